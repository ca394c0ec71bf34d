import { randomUUID } from 'node:crypto';
import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { ApiKeySchema, type ApiKey } from './api-key.entity.js';

/** API keys of the organizations in scope. */
export class ApiKeyRepository extends TenantRepository {
  findById(id: string): Promise<ApiKey | null> {
    return this.findOne(ApiKeySchema, { id });
  }

  /** Reads the row again even when this entity manager already holds it (decisions must not use a stale copy). */
  findCurrent(id: string): Promise<ApiKey | null> {
    return this.findOne(ApiKeySchema, { id }, { refresh: true });
  }

  /** Of `ids`, those of keys in scope (revoked ones included). */
  async keysAmong(ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    return (await this.find(ApiKeySchema, { id: { $in: [...ids] } })).map((key) => key.id);
  }

  /** A page of keys, newest first. */
  listPage(page: PageRequest<unknown>): Promise<Connection<ApiKey>> {
    return this.findPage(ApiKeySchema, {}, page, { createdAt: 'desc', id: 'desc' });
  }

  countAll(): Promise<number> {
    return this.count(ApiKeySchema, {});
  }

  add(data: Pick<ApiKey, 'organizationId' | 'name' | 'roleId' | 'secretHash' | 'secretPreview' | 'createdBy' | 'expiresAt'>, now: Date): ApiKey {
    return this.create(ApiKeySchema, { ...data, id: randomUUID(), createdAt: now, revokedAt: null, lastUsedAt: null });
  }
}
