import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientInfo, Clock } from '@steward/kernel';
import { AuditRepository, type NewAuditEvent } from './audit.repository.js';

/** An event as a service reports it; the client's IP and user agent are added here. */
export type AuditEntry = Omit<NewAuditEvent, 'ip' | 'userAgent'>;

/**
 * Appends the auth events of one request, stamped with the client's IP and user agent, and with the
 * clock's time, so an event lines up with the lock or expiry it records.
 */
export class AuditTrail {
  constructor(private readonly em: EntityManager, private readonly client: ClientInfo, private readonly clock: Clock) {}

  /** Appends inside the caller's transaction, so the event commits (or not) with the change it describes. */
  async record(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await new AuditRepository(tx).append({ ...entry, ip: this.client.ip, userAgent: this.client.userAgent }, this.clock());
  }

  /** Appends in a transaction of its own: for failures, which change nothing else that could commit with them. */
  async recordNow(entry: AuditEntry): Promise<void> {
    await this.em.transactional((tx) => this.record(tx, entry));
  }
}
