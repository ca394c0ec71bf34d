import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What a one-time token proves. */
export type OneTimeTokenPurpose = 'password_reset' | 'email_verification';

/** A still-usable token's owner. */
export interface OneTimeTokenOwner {
  userId: string;
  email: string;
}

/** Single-use, expiring tokens sent by mail; only their SHA-256 is stored. */
export class OneTimeTokenRepository {
  constructor(private readonly em: EntityManager) {}

  async add(data: { userId: string; purpose: OneTimeTokenPurpose; tokenHash: string; email: string; now: Date; expiresAt: Date }): Promise<void> {
    await this.em.execute(
      `insert into identity.one_time_tokens (id, user_id, purpose, token_hash, email, created_at, expires_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), data.userId, data.purpose, data.tokenHash, data.email, data.now, data.expiresAt],
    );
  }

  /** The owner of an unused, unexpired token, without using it up. */
  async peek(purpose: OneTimeTokenPurpose, tokenHash: string, now: Date): Promise<OneTimeTokenOwner | null> {
    const [row] = await this.em.execute<{ user_id: string; email: string }[]>(
      `select user_id, email from identity.one_time_tokens
        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?`,
      [tokenHash, purpose, now],
    );
    return row ? { userId: row.user_id, email: row.email } : null;
  }

  /**
   * Uses a token up in one conditional UPDATE: of two concurrent uses exactly one gets the owner,
   * the other null (as do used, expired and unknown tokens).
   */
  async consume(purpose: OneTimeTokenPurpose, tokenHash: string, now: Date): Promise<OneTimeTokenOwner | null> {
    const [row] = await this.em.execute<{ user_id: string; email: string }[]>(
      `update identity.one_time_tokens set used_at = ?
        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
        returning user_id, email`,
      [now, tokenHash, purpose, now],
    );
    return row ? { userId: row.user_id, email: row.email } : null;
  }

  /** Voids every unused token of the user for the purpose (e.g. after the password changed). */
  async voidAll(userId: string, purpose: OneTimeTokenPurpose, now: Date): Promise<void> {
    await this.em.execute('update identity.one_time_tokens set used_at = ? where user_id = ? and purpose = ? and used_at is null', [now, userId, purpose]);
  }
}
