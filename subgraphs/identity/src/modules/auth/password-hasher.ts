import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** argon2id cost parameters. */
export interface Argon2Params {
  memoryKiB: number;
  timeCost: number;
  parallelism: number;
}

/** Hashes and verifies passwords with argon2id; the parameters come from configuration. */
export class PasswordHasher {
  private constructor(
    private readonly params: Argon2Params,
    /** A hash of a random string, verified when the email is unknown so both paths cost the same. */
    private readonly dummyHash: string,
  ) {}

  /**
   * A hasher with its dummy hash made at start: made lazily, the first unknown-email sign-in would
   * hash and then verify, taking twice as long as a known one and telling the two apart.
   */
  static async create(params: Argon2Params): Promise<PasswordHasher> {
    const dummy = await argon2.hash(`steward-dummy-${randomBytes(16).toString('hex')}`, {
      type: argon2.argon2id,
      memoryCost: params.memoryKiB,
      timeCost: params.timeCost,
      parallelism: params.parallelism,
    });
    return new PasswordHasher(params, dummy);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.params.memoryKiB,
      timeCost: this.params.timeCost,
      parallelism: this.params.parallelism,
    });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same work as a real verification, for unknown accounts. */
  async verifyDummy(password: string): Promise<void> {
    await this.verify(this.dummyHash, password);
  }

  /** True when the stored hash was made with other parameters than the configured ones. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, { memoryCost: this.params.memoryKiB, timeCost: this.params.timeCost, parallelism: this.params.parallelism });
  }
}
