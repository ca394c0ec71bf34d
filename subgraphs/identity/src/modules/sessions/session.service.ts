import { NotFoundError, isId } from '@steward/kernel';
import type { ServiceScope } from '../../identity.context.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { SessionRepository } from './session.repository.js';

/** A session as its owner sees it (mirrors the `Session` type). */
export interface SessionView {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** The signed-in user's devices: listing them and signing them out. */
export class SessionService {
  constructor(private readonly scope: ServiceScope) {}

  /** The caller's live sessions, the current one flagged. */
  async listMine(): Promise<SessionView[]> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    const sessions = await new SessionRepository(this.scope.em).listLive(user.id, this.scope.clock());
    return sessions.map((session) => ({
      id: session.id,
      userAgent: session.userAgent ?? null,
      ip: session.ip ?? null,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      current: session.id === sessionId,
    }));
  }

  /** Signs one of the caller's sessions out; someone else's session is reported as not found. */
  async revoke(id: unknown): Promise<boolean> {
    const { user } = await this.scope.guard.requireLiveSession();
    if (!isId(id)) throw new NotFoundError('Session');
    const now = this.scope.clock();
    const revoked = await this.scope.em.transactional(async (tx) => {
      const done = await new SessionRepository(tx).revokeOwn(user.id, id, 'revoked_by_user', now);
      if (done) await this.scope.audit.record(tx, { type: AuditEventType.SESSION_REVOKED, userId: user.id, actorId: user.id, sessionId: id });
      return done;
    });
    if (!revoked) throw new NotFoundError('Session');
    await this.scope.deps.revocations.announce([id], now);
    this.scope.logger.info('Session revoked by its user (userId=%s, sessionId=%s)', user.id, id);
    return true;
  }

  /** Signs out every session of the caller except the current one; returns how many. */
  async revokeOthers(): Promise<number> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    const now = this.scope.clock();
    const revoked = await this.scope.em.transactional(async (tx) => {
      const ids = await new SessionRepository(tx).revokeAllOf(user.id, sessionId, 'revoked_by_user', now);
      if (ids.length) {
        await this.scope.audit.record(tx, { type: AuditEventType.SESSION_REVOKED, userId: user.id, actorId: user.id, sessionId, details: { revokedSessionIds: ids } });
      }
      return ids;
    });
    await this.scope.deps.revocations.announce(revoked, now);
    this.scope.logger.info('Other sessions revoked (userId=%s, count=%d)', user.id, revoked.length);
    return revoked.length;
  }
}
