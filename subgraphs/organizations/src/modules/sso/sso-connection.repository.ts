import { TenantRepository } from '../../tenant-repository.js';
import { SsoConnectionSchema, type SsoConnection } from './sso-connection.entity.js';

type NewConnection = Omit<SsoConnection, 'id' | 'createdAt' | 'updatedAt'>;

/** SSO connections of the organizations in scope. */
export class SsoConnectionRepository extends TenantRepository {
  findById(id: string): Promise<SsoConnection | null> {
    return this.em.findOne(SsoConnectionSchema, { ...this.inTenant, id });
  }

  findManyByIds(ids: readonly string[]): Promise<SsoConnection[]> {
    return this.em.find(SsoConnectionSchema, { ...this.inTenant, id: { $in: [...ids] } });
  }

  /** By name. */
  list(): Promise<SsoConnection[]> {
    return this.em.find(SsoConnectionSchema, this.inTenant, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** A new connection with its id chosen up front, since the secret is encrypted bound to it. */
  add(id: string, data: NewConnection, now: Date): SsoConnection {
    this.assertInScope(data.organizationId);
    return this.em.create(SsoConnectionSchema, { ...data, id, createdAt: now, updatedAt: now });
  }

  remove(connection: SsoConnection): void {
    this.assertInScope(connection.organizationId);
    this.em.remove(connection);
  }
}
