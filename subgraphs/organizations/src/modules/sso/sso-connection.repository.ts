import { TenantRepository } from '@steward/kernel';
import { SsoConnectionSchema, type SsoConnection } from './sso-connection.entity.js';

type NewConnection = Omit<SsoConnection, 'id' | 'createdAt' | 'updatedAt'>;

/** SSO connections of the organizations in scope. */
export class SsoConnectionRepository extends TenantRepository {
  findById(id: string): Promise<SsoConnection | null> {
    return this.findOne(SsoConnectionSchema, { id });
  }

  findManyByIds(ids: readonly string[]): Promise<SsoConnection[]> {
    return this.find(SsoConnectionSchema, { id: { $in: [...ids] } });
  }

  /** By name. */
  list(): Promise<SsoConnection[]> {
    return this.find(SsoConnectionSchema, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** A new connection with its id chosen up front, since the secret is encrypted bound to it. */
  add(id: string, data: NewConnection, now: Date): SsoConnection {
    return this.create(SsoConnectionSchema, { ...data, id, createdAt: now, updatedAt: now });
  }

  removeConnection(connection: SsoConnection): void {
    this.remove(connection);
  }
}
