import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, and never produces the same ciphertext twice', () => {
    const a = box.seal('client-secret', 'row-1');
    const b = box.seal('client-secret', 'row-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('client-secret');
    expect(box.open(a, 'row-1')).toBe('client-secret');
  });

  it('refuses a ciphertext moved to another row, altered, or sealed under another key', () => {
    const sealed = box.seal('client-secret', 'row-1');
    expect(box.open(sealed, 'row-2')).toBeNull();
    const [version, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(box.open([version, iv, tag, flipped.toString('base64url')].join('.'), 'row-1')).toBeNull();
    expect(new SecretBox(randomBytes(32)).open(sealed, 'row-1')).toBeNull();
    expect(box.open('garbage', 'row-1')).toBeNull();
  });

  it('refuses keys that are not 256 bits', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
