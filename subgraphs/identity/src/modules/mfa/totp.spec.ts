import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.js';

// RFC 6238 appendix B (SHA-1 rows): the shared secret is the ASCII string "12345678901234567890",
// here in base32. The appendix lists 8-digit codes; a 6-digit code is the last six of them.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];
const sixDigits = (code: string) => code.slice(-6);

describe('TOTP (RFC 6238, 6 digits, 30-second steps)', () => {
  it('matches the RFC 6238 test vectors at their own step', () => {
    for (const [seconds, code] of RFC_VECTORS) expect(matchTotp(RFC_SECRET, sixDigits(code), new Date(seconds * 1000))).toBe(Math.floor(seconds / 30));
  });

  it('accepts the codes of the previous, current and next step only', () => {
    const [seconds, code] = RFC_VECTORS[2]!;
    const step = Math.floor(seconds / 30);
    for (const offset of [-1, 0, 1]) expect(matchTotp(RFC_SECRET, sixDigits(code), new Date((seconds - offset * 30) * 1000))).toBe(step);
    for (const offset of [-2, 2]) expect(matchTotp(RFC_SECRET, sixDigits(code), new Date((seconds - offset * 30) * 1000))).toBeNull();
  });

  it('takes a code with spaces, and refuses anything but six digits', () => {
    const at = new Date(59_000);
    expect(matchTotp(RFC_SECRET, '287 082', at)).toBe(1);
    for (const code of ['abcdef', '94287082', '28708', '']) expect(matchTotp(RFC_SECRET, code, at)).toBeNull();
  });

  it('makes 160-bit base32 secrets and puts them in the otpauth URI', () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(newTotpSecret());
    const uri = new URL(otpauthUri('GEZDGNBVGY3TQOJQ', 'ada@example.test', 'Steward'));
    expect(`${uri.protocol}//${uri.host}`).toBe('otpauth://totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Steward:ada@example.test');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret: 'GEZDGNBVGY3TQOJQ', issuer: 'Steward', algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
