import { keys, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AuditRepository } from './audit.repository.js';

export type AuditEventPage = Connection<AuditEvent>;

/** Reading an organization's audit trail. */
export class AuditService {
  constructor(private readonly scope: ServiceScope) {}

  async list(organizationId: string, args: PageArgs): Promise<AuditEventPage> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'audit:read');
    return new AuditRepository(this.scope.em, tenant).listPage(parsePage(args, keys.timeId));
  }
}
