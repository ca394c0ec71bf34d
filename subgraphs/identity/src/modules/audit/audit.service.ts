import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { parsePageArgs, toConnection, type Connection } from '../../pagination.js';
import type { CallerGuard } from '../sessions/caller-guard.js';
import { verifyAuditChain, type AuditChainVerification } from './audit-chain-verifier.js';
import type { AuditEventType } from './audit-event-type.js';
import { AuditRepository, type StoredAuditEvent } from './audit.repository.js';

/** An audit event as its user sees it (mirrors the `AuditEvent` type). */
export interface AuditEventView {
  id: string;
  type: AuditEventType;
  occurredAt: Date;
  ip: string | null;
  userAgent: string | null;
  sessionId: string | null;
  reason: string | null;
  /** Resolved to `actor` by `AuditEvent.actor`. */
  actorId: string | null;
}

const SeqCursorModel = z.number().int().positive();

function view(event: StoredAuditEvent): AuditEventView {
  return {
    id: event.id,
    type: event.type as AuditEventType,
    occurredAt: event.occurredAt,
    ip: event.ip,
    userAgent: event.userAgent,
    sessionId: event.sessionId,
    actorId: event.actorId,
    reason: typeof event.details.reason === 'string' ? event.details.reason : null,
  };
}

/** Reading the audit trail: a user's own events, and the chain check for platform admins. */
export class AuditService {
  constructor(private readonly em: EntityManager, private readonly guard: CallerGuard) {}

  /** The caller's events, newest first. */
  async listMine(args: unknown): Promise<Connection<AuditEventView>> {
    const { user } = await this.guard.requireLiveSession();
    const { first, after } = parsePageArgs(args, (value) => {
      const seq = SeqCursorModel.safeParse(value);
      return seq.success ? seq.data : null;
    });
    const events = await new AuditRepository(this.em).listForUser(user.id, first + 1, after);
    return toConnection(events, first, view, (event) => event.seq);
  }

  /** Recomputes the whole hash chain (platform admins only). */
  async verifyChain(): Promise<AuditChainVerification> {
    await this.guard.requirePlatformAdmin();
    return verifyAuditChain(this.em);
  }
}
