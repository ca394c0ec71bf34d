import { Secret, TOTP } from 'otpauth';

/**
 * RFC 6238 settings every authenticator app understands: SHA-1, 6 digits, 30-second steps. The
 * arithmetic is otpauth's; what stays here is the policy (these settings, the window, the input rules).
 */
const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Codes of one step before and after the current one are accepted (clock drift). */
export const TOTP_WINDOW = 1;

/** A new 160-bit secret (the size RFC 4226 recommends for SHA-1), in the base32 form authenticator apps take. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The time step whose code equals `code` within the accepted window, or null. The step is what
 * replay protection records, so a code is refused once a code of its step or a later one was used.
 */
export function matchTotp(secretBase32: string, code: string, at: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const totp = new TOTP({ ...TOTP_SETTINGS, secret: Secret.fromBase32(secretBase32) });
  const timestamp = at.getTime();
  const delta = totp.validate({ token, timestamp, window: TOTP_WINDOW });
  return delta === null ? null : totp.counter({ timestamp }) + delta;
}

/** The `otpauth://` URI an authenticator app scans as a QR code (label `issuer:account`, issuer also as a parameter). */
export function otpauthUri(secretBase32: string, accountName: string, issuer: string): string {
  return new TOTP({ ...TOTP_SETTINGS, issuer, label: accountName, secret: Secret.fromBase32(secretBase32) }).toString();
}
