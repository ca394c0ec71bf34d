import { X509Certificate } from 'node:crypto';

/** What Steward keeps of a SAML identity provider's signing certificate. */
export interface SigningCertificate {
  pem: string;
  subject: string;
  /** SHA-256 fingerprint, colon-separated upper-case hex. */
  fingerprint: string;
  expiresAt: Date;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/;
const ACCEPTED_KEY_TYPES = new Set(['rsa', 'rsa-pss', 'ec', 'ed25519', 'ed448']);

/**
 * Parses and checks a certificate given as PEM or as bare base64 (how IdP metadata carries it).
 * Returns the certificate, or a message for a person saying what is wrong with it.
 */
export function parseSigningCertificate(text: string, now = new Date()): SigningCertificate | { problem: string } {
  const base64 = (PEM_BLOCK.exec(text)?.[1] ?? text).replace(/\s+/g, '');
  if (!base64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return { problem: 'is not a PEM or base64-encoded X.509 certificate' };
  const pem = `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return { problem: 'is not a valid X.509 certificate' };
  }
  const validFrom = new Date(certificate.validFrom);
  const validTo = new Date(certificate.validTo);
  if (Number.isNaN(validFrom.getTime()) || Number.isNaN(validTo.getTime())) return { problem: 'has unreadable validity dates' };
  if (validFrom > now) return { problem: `is not valid before ${validFrom.toISOString()}` };
  if (validTo <= now) return { problem: `expired on ${validTo.toISOString()}` };
  const keyType = certificate.publicKey.asymmetricKeyType;
  if (!keyType || !ACCEPTED_KEY_TYPES.has(keyType)) return { problem: 'has a public key that cannot verify SAML signatures' };
  return {
    pem: certificate.toString(),
    subject: certificate.subject.split('\n').join(', '),
    fingerprint: certificate.fingerprint256,
    expiresAt: validTo,
  };
}
