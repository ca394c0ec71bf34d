import { randomUUID } from 'node:crypto';
import { afterPosition, type PageRequest } from '../../pagination.js';
import { TenantRepository } from '../../tenant-repository.js';
import { ApiKeySchema, type ApiKey } from './api-key.entity.js';

/** API keys of the organizations in scope. */
export class ApiKeyRepository extends TenantRepository {
  findById(id: string): Promise<ApiKey | null> {
    return this.em.findOne(ApiKeySchema, { ...this.inTenant, id });
  }

  /** Newest first; one row more than the page so the caller knows whether another page follows. */
  listPage(page: PageRequest): Promise<ApiKey[]> {
    return this.em.find(
      ApiKeySchema,
      { ...this.inTenant, ...afterPosition(page.after, 'desc') },
      { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: page.first + 1 },
    );
  }

  count(): Promise<number> {
    return this.em.count(ApiKeySchema, this.inTenant);
  }

  add(data: Pick<ApiKey, 'organizationId' | 'name' | 'roleId' | 'secretHash' | 'secretPreview' | 'createdBy' | 'expiresAt'>, now: Date): ApiKey {
    this.assertInScope(data.organizationId);
    return this.em.create(ApiKeySchema, { ...data, id: randomUUID(), createdAt: now, revokedAt: null, lastUsedAt: null });
  }
}
