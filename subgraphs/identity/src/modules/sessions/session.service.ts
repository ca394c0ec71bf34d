import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, type Clock, type Logger } from '@steward/kernel';
import { z } from 'zod';
import { AuditEventType } from '../audit/audit-event-type.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { CallerGuard } from './caller-guard.js';
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

const SessionIdModel = z.uuid();

/** The signed-in user's devices: listing them and signing them out. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly guard: CallerGuard,
    private readonly audit: AuditTrail,
    private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  /** The caller's live sessions, the current one flagged. */
  async listMine(): Promise<SessionView[]> {
    const { user, sessionId } = await this.guard.requireLiveSession();
    const sessions = await new SessionRepository(this.em).listLive(user.id, this.clock());
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
  async revoke(rawId: unknown): Promise<boolean> {
    const { user } = await this.guard.requireLiveSession();
    const id = SessionIdModel.safeParse(rawId);
    if (!id.success) throw new NotFoundError('Session');
    const revoked = await this.em.transactional(async (tx) => {
      const done = await new SessionRepository(tx).revokeOwn(user.id, id.data, 'revoked_by_user', this.clock());
      if (done) await this.audit.record(tx, { type: AuditEventType.SESSION_REVOKED, userId: user.id, actorId: user.id, sessionId: id.data });
      return done;
    });
    if (!revoked) throw new NotFoundError('Session');
    this.logger.info('Session revoked by its user (userId=%s, sessionId=%s)', user.id, id.data);
    return true;
  }

  /** Signs out every session of the caller except the current one; returns how many. */
  async revokeOthers(): Promise<number> {
    const { user, sessionId } = await this.guard.requireLiveSession();
    const revoked = await this.em.transactional(async (tx) => {
      const ids = await new SessionRepository(tx).revokeAllOf(user.id, sessionId, 'revoked_by_user', this.clock());
      if (ids.length) {
        await this.audit.record(tx, { type: AuditEventType.SESSION_REVOKED, userId: user.id, actorId: user.id, sessionId, details: { revokedSessionIds: ids } });
      }
      return ids;
    });
    this.logger.info('Other sessions revoked (userId=%s, count=%d)', user.id, revoked.length);
    return revoked.length;
  }
}
