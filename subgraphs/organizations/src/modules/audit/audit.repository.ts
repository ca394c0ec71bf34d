import { afterPosition, type PageRequest } from '../../pagination.js';
import { TenantRepository } from '../../tenant-repository.js';
import { AuditEventSchema, type AuditEvent } from './audit-event.entity.js';

/** Reads one organization's audit trail (events are written by `AuditTrail`). */
export class AuditRepository extends TenantRepository {
  /** Newest first; one row more than the page so the caller knows whether another page follows. */
  listPage(page: PageRequest): Promise<AuditEvent[]> {
    return this.em.find(
      AuditEventSchema,
      { ...this.inTenant, ...afterPosition(page.after, 'desc') },
      { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: page.first + 1 },
    );
  }
}
