import type { EntityManager } from '@mikro-orm/postgresql';
import { SessionSchema, type Session } from './session.entity.js';

/** A refresh token that was rotated away, kept to tell a client's double refresh from token theft. */
export interface RotatedRefreshToken {
  sessionId: string;
  familyId: string;
  rotatedAt: Date;
  successorSealed: string | null;
  rotatedByIp: string | null;
  rotatedByUserAgent: string | null;
}

/** Sessions of users; refresh tokens are looked up by their hash only. */
export class SessionRepository {
  constructor(private readonly em: EntityManager) {}

  add(data: Omit<Session, 'revokedAt' | 'revokedReason' | 'lastSeenAt'>): Session {
    return this.em.create(SessionSchema, { ...data, lastSeenAt: data.createdAt, revokedAt: null, revokedReason: null });
  }

  findById(id: string): Promise<Session | null> {
    return this.em.findOne(SessionSchema, { id });
  }

  /** The session if it belongs to the user and can still be used. */
  findLive(id: string, userId: string, now: Date): Promise<Session | null> {
    return this.em.findOne(SessionSchema, { id, userId, revokedAt: null, expiresAt: { $gt: now } });
  }

  /** The user's usable sessions, most recently seen first. */
  listLive(userId: string, now: Date): Promise<Session[]> {
    return this.em.find(SessionSchema, { userId, revokedAt: null, expiresAt: { $gt: now } }, { orderBy: { lastSeenAt: 'desc', id: 'asc' } });
  }

  /**
   * Replaces a live session's refresh-token hash in one conditional UPDATE, so two concurrent
   * refreshes with the same token cannot both rotate it. Returns the session, or null.
   */
  async rotate(oldHash: string, newHash: string, now: Date, expiresAt: Date, ip: string | null): Promise<{ id: string; familyId: string; userId: string } | null> {
    const rows = await this.em.execute<{ id: string; family_id: string; user_id: string }[]>(
      `update identity.sessions
          set refresh_token_hash = ?, last_seen_at = ?, expires_at = ?, ip = coalesce(?, ip)
        where refresh_token_hash = ? and revoked_at is null and expires_at > ?
        returning id, family_id, user_id`,
      [newHash, now, expiresAt, ip, oldHash, now],
    );
    const row = rows[0];
    return row ? { id: row.id, familyId: row.family_id, userId: row.user_id } : null;
  }

  /** Remembers a rotated-away token (its hash only) and its successor sealed under it. */
  async recordRotated(tokenHash: string, session: { id: string; familyId: string }, now: Date, successorSealed: string, client: { ip: string | null; userAgent: string | null }): Promise<void> {
    await this.em.execute(
      `insert into identity.used_refresh_tokens (token_hash, session_id, family_id, rotated_at, successor_sealed, rotated_by_ip, rotated_by_user_agent)
       values (?, ?, ?, ?, ?, ?, ?)`,
      [tokenHash, session.id, session.familyId, now, successorSealed, client.ip, client.userAgent],
    );
  }

  async findRotated(tokenHash: string): Promise<RotatedRefreshToken | null> {
    const [row] = await this.em.execute<{ session_id: string; family_id: string; rotated_at: Date | string; successor_sealed: string | null; rotated_by_ip: string | null; rotated_by_user_agent: string | null }[]>(
      'select session_id, family_id, rotated_at, successor_sealed, rotated_by_ip, rotated_by_user_agent from identity.used_refresh_tokens where token_hash = ?',
      [tokenHash],
    );
    if (!row) return null;
    return {
      sessionId: row.session_id,
      familyId: row.family_id,
      rotatedAt: new Date(row.rotated_at),
      successorSealed: row.successor_sealed,
      rotatedByIp: row.rotated_by_ip,
      rotatedByUserAgent: row.rotated_by_user_agent,
    };
  }

  /** The live session whose current refresh token has this hash, if any. */
  async findLiveByTokenHash(tokenHash: string, now: Date): Promise<Session | null> {
    return this.em.findOne(SessionSchema, { refreshTokenHash: tokenHash, revokedAt: null, expiresAt: { $gt: now } });
  }

  /** Marks a live session revoked; returns whether one was. */
  async revoke(id: string, reason: string, now: Date): Promise<boolean> {
    const affected = await this.em.nativeUpdate(SessionSchema, { id, revokedAt: null }, { revokedAt: now, revokedReason: reason });
    return affected > 0;
  }

  /** Revokes one of the user's live sessions; false when it is not theirs or already ended. */
  async revokeOwn(userId: string, id: string, reason: string, now: Date): Promise<boolean> {
    const affected = await this.em.nativeUpdate(SessionSchema, { id, userId, revokedAt: null }, { revokedAt: now, revokedReason: reason });
    return affected > 0;
  }

  /** Revokes every live session of the user except `keepId`; returns the revoked ids. */
  async revokeAllOf(userId: string, keepId: string | null, reason: string, now: Date): Promise<string[]> {
    const rows = await this.em.execute<{ id: string }[]>(
      `update identity.sessions set revoked_at = ?, revoked_reason = ?
        where user_id = ? and revoked_at is null and (?::uuid is null or id <> ?::uuid)
        returning id`,
      [now, reason, userId, keepId, keepId],
    );
    return rows.map((row) => row.id);
  }

  /** Revokes every session descended from one sign-in; returns the revoked ids. */
  async revokeFamily(familyId: string, reason: string, now: Date): Promise<string[]> {
    const rows = await this.em.execute<{ id: string }[]>(
      'update identity.sessions set revoked_at = ?, revoked_reason = ? where family_id = ? and revoked_at is null returning id',
      [now, reason, familyId],
    );
    return rows.map((row) => row.id);
  }
}
