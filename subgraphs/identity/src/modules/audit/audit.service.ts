import { keys, parsePage, toConnection, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../identity.context.js';
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
  constructor(private readonly scope: ServiceScope) {}

  /** The caller's events, newest first; the chain position (`seq`) is the cursor's key. */
  async listMine(args: PageArgs): Promise<Connection<AuditEventView>> {
    const { user } = await this.scope.guard.requireLiveSession();
    const page = parsePage(args, keys.integer);
    const events = await new AuditRepository(this.scope.em).listForUser(user.id, page.first + 1, page.after);
    return toConnection(events, page.first, (event) => [event.seq], view);
  }

  /** Recomputes the whole hash chain (platform admins only). */
  async verifyChain(): Promise<AuditChainVerification> {
    await this.scope.guard.requirePlatformAdmin();
    return verifyAuditChain(this.scope.em);
  }
}
