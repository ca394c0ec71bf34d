import type { EntityManager } from '@mikro-orm/core';
import { SessionSchema, type Session } from './session.entity.js';

/** Sessions of users; refresh tokens are looked up by their hash only. */
export class SessionRepository {
  constructor(private readonly em: EntityManager) {}

  add(data: Omit<Session, 'revokedAt' | 'revokedReason' | 'lastSeenAt'>): Session {
    return this.em.create(SessionSchema, { ...data, lastSeenAt: data.createdAt, revokedAt: null, revokedReason: null });
  }

  findById(id: string): Promise<Session | null> {
    return this.em.findOne(SessionSchema, { id });
  }

  /**
   * Replaces a live session's refresh-token hash in one conditional UPDATE, so two concurrent
   * refreshes with the same token cannot both succeed. Returns the session id, or null.
   */
  async rotate(oldHash: string, newHash: string, now: Date, expiresAt: Date): Promise<string | null> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `update identity.sessions
          set refresh_token_hash = ?, last_seen_at = ?, expires_at = ?
        where refresh_token_hash = ? and revoked_at is null and expires_at > ?
        returning id`,
      [newHash, now, expiresAt, oldHash, now],
    );
    return rows[0]?.id ?? null;
  }

  /** Marks a live session revoked; returns whether one was. */
  async revoke(id: string, reason: string, now: Date): Promise<boolean> {
    const affected = await this.em.nativeUpdate(SessionSchema, { id, revokedAt: null }, { revokedAt: now, revokedReason: reason });
    return affected > 0;
  }
}
