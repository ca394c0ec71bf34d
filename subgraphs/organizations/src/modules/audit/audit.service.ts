import type { EntityManager } from '@mikro-orm/postgresql';
import { parsePageArgs, toConnection, type Connection } from '../../pagination.js';
import type { RequestAccess } from '../access/request-access.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AuditRepository } from './audit.repository.js';

export type AuditEventPage = Connection<AuditEvent>;

/** Reading an organization's audit trail. */
export class AuditService {
  constructor(private readonly em: EntityManager, private readonly access: RequestAccess) {}

  async list(organizationId: string, args: { first?: number | null; after?: string | null }): Promise<AuditEventPage> {
    await this.access.assert(organizationId, 'audit:read');
    const page = parsePageArgs(args);
    return toConnection(await new AuditRepository(this.em, [organizationId]).listPage(page), page);
  }
}
