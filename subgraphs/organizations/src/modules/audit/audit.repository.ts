import { randomUUID } from 'node:crypto';
import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { AuditEventSchema, type AuditEvent } from './audit-event.entity.js';

/** One organization's audit trail: appended to inside the transaction of each change, read newest first. */
export class AuditRepository extends TenantRepository {
  /** A page of events, newest first. */
  listPage(page: PageRequest<unknown>): Promise<Connection<AuditEvent>> {
    return this.findPage(AuditEventSchema, {}, page, { createdAt: 'desc', id: 'desc' });
  }

  /** Adds an event, written with the transaction's flush. */
  append(event: Omit<AuditEvent, 'id'>): AuditEvent {
    return this.create(AuditEventSchema, { id: randomUUID(), ...event });
  }
}
