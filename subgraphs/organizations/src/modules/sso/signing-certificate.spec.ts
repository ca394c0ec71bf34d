import { describe, expect, it } from 'vitest';
import { EXPIRED_CERTIFICATE, VALID_CERTIFICATE, VALID_CERTIFICATE_FINGERPRINT } from '../../../test/fixtures/certificates.js';
import { parseSigningCertificate } from './signing-certificate.js';

describe('parseSigningCertificate', () => {
  it('reads a PEM certificate: subject, SHA-256 fingerprint and expiry', () => {
    const parsed = parseSigningCertificate(VALID_CERTIFICATE);
    expect(parsed).toMatchObject({ subject: 'CN=idp.example.test, O=Steward Tests', fingerprint: VALID_CERTIFICATE_FINGERPRINT });
    expect('expiresAt' in parsed && parsed.expiresAt.getUTCFullYear()).toBe(2126);
  });

  it('accepts the bare base64 form IdP metadata uses', () => {
    const bare = VALID_CERTIFICATE.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    expect(parseSigningCertificate(bare)).toMatchObject({ fingerprint: VALID_CERTIFICATE_FINGERPRINT });
  });

  it('refuses an expired certificate, saying when it expired', () => {
    expect(parseSigningCertificate(EXPIRED_CERTIFICATE)).toEqual({ problem: 'expired on 2001-01-01T00:00:00.000Z' });
  });

  it('refuses text that is not a certificate', () => {
    expect(parseSigningCertificate('this is not a certificate!')).toEqual({ problem: 'is not a PEM or base64-encoded X.509 certificate' });
    expect(parseSigningCertificate('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).toEqual({ problem: 'is not a valid X.509 certificate' });
  });
});
