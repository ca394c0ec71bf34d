import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri } from './totp.js';

// RFC 6238 appendix B (SHA-1 rows): the shared secret is the ASCII string "12345678901234567890".
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it('reproduces the RFC 6238 test vectors', () => {
    for (const [seconds, expected] of RFC_VECTORS) expect(hotp(RFC_SECRET, Math.floor(seconds / 30), 8)).toBe(expected);
  });

  it('accepts the codes of the previous, current and next step only', () => {
    const at = new Date(1_111_111_111_000);
    const step = Math.floor(1_111_111_111 / 30);
    for (const offset of [-1, 0, 1]) expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step + offset), at)).toBe(step + offset);
    for (const offset of [-2, 2]) expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step + offset), at)).toBeNull();
    expect(matchTotp(RFC_SECRET, 'abcdef', at)).toBeNull();
  });

  it('round-trips secrets through base32 and puts them in the otpauth URI', () => {
    expect(base32Encode(RFC_SECRET)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ').equals(RFC_SECRET)).toBe(true);
    expect(otpauthUri('GEZDGNBVGY3TQOJQ', 'ada@example.test', 'Steward')).toBe(
      'otpauth://totp/Steward:ada%40example.test?secret=GEZDGNBVGY3TQOJQ&issuer=Steward&algorithm=SHA1&digits=6&period=30',
    );
  });
});
