import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller, Clock, TenantScope } from '@steward/kernel';
import { AuditRepository } from './audit.repository.js';

/** A snapshot of an object's relevant fields; never secrets. */
export type AuditSnapshot = Record<string, unknown> | null;

/** One change to record. */
export interface AuditEntry {
  organizationId: string;
  action: string;
  targetType: string;
  targetId: string;
  before: AuditSnapshot;
  after: AuditSnapshot;
}

/**
 * Appends audit events for the caller of one request. `record` takes the transaction's entity
 * manager and the scope the change was made in, so the event commits or rolls back together with
 * the change it describes, and lands in the organization the change was allowed in.
 */
export class AuditTrail {
  constructor(private readonly caller: Caller, private readonly clock: Clock) {}

  record(tx: EntityManager, tenant: TenantScope, entry: AuditEntry): void {
    const actor =
      this.caller.kind === 'user'
        ? { actorKind: 'USER' as const, actorId: this.caller.userId }
        : this.caller.kind === 'apiKey'
          ? { actorKind: 'API_KEY' as const, actorId: this.caller.apiKeyId }
          : { actorKind: 'SYSTEM' as const, actorId: null };
    new AuditRepository(tx, tenant).append({ ...actor, ...entry, before: jsonSafe(entry.before), after: jsonSafe(entry.after), createdAt: this.clock() });
  }
}

/** Dates become ISO strings, so a snapshot reads the same before and after a round trip through jsonb. */
function jsonSafe(snapshot: AuditSnapshot): AuditSnapshot {
  return snapshot === null ? null : (JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>);
}
