import argon2 from 'argon2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasswordHasher } from './password-hasher.js';

const cheap = { memoryKiB: 1024, timeCost: 1, parallelism: 1 };

describe('PasswordHasher', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('makes its dummy hash at start, so the first unknown-email check only verifies', async () => {
    const hasher = await PasswordHasher.create(cheap);
    // Counts calls into argon2 (outside the project) without changing what they do.
    const hash = vi.spyOn(argon2, 'hash');
    const verify = vi.spyOn(argon2, 'verify');
    await hasher.verifyDummy('some guess');
    expect(hash).not.toHaveBeenCalled();
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('verifies what it hashed and refuses anything else', async () => {
    const hasher = await PasswordHasher.create(cheap);
    const stored = await hasher.hash('a long enough passphrase');
    expect(await hasher.verify(stored, 'a long enough passphrase')).toBe(true);
    expect(await hasher.verify(stored, 'another passphrase')).toBe(false);
    expect(await hasher.verify('not a hash', 'a long enough passphrase')).toBe(false);
  });
});
