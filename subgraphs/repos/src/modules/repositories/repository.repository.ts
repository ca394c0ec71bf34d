import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantRepository, likeContains, runSql, type Connection, type PageRequest } from '@steward/kernel';
import { RepositorySchema, type Repository } from './repository.entity.js';
import type { RepositoryFilter } from './repository.models.js';

const LIST_ORDER = { createdAt: 'asc', id: 'asc' } as const;

/** Connected repositories of the organizations in its scope, and nothing else. */
export class RepositoryRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<Repository[]> {
    return this.find(RepositorySchema, { id: { $in: [...ids] } });
  }

  /** The repository under a row lock, so concurrent changes to one repository take turns (inside a transaction). */
  lockById(id: string): Promise<Repository | null> {
    return this.findOne(RepositorySchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** The live (not disconnected) connection of this repository in the organization, if any. */
  findConnected(organizationId: string, provider: Repository['provider'], fullName: string): Promise<Repository | null> {
    return this.findOne(RepositorySchema, { organizationId, provider, fullName: { $ilike: likeContains(fullName).slice(1, -1) }, status: { $ne: 'DISCONNECTED' } });
  }

  pageForOrganization(organizationId: string, filter: RepositoryFilter, page: PageRequest<unknown>): Promise<Connection<Repository>> {
    return this.findPage(
      RepositorySchema,
      {
        organizationId,
        status: filter.status ?? { $ne: 'DISCONNECTED' },
        ...(filter.provider ? { provider: filter.provider } : {}),
        ...(filter.projectId ? { projectId: filter.projectId } : {}),
        ...(filter.search ? { fullName: { $ilike: likeContains(filter.search) } } : {}),
      },
      page,
      LIST_ORDER,
    );
  }

  /** `Project.repositories`: the connected repositories of a project, in the organizations of the scope. */
  pageForProject(projectId: string, page: PageRequest<unknown>): Promise<Connection<Repository>> {
    return this.findPage(RepositorySchema, { projectId, status: { $ne: 'DISCONNECTED' } }, page, LIST_ORDER);
  }

  add(repository: Repository): Repository {
    return this.create(RepositorySchema, repository);
  }

  /** Records that a delivery arrived (never moves the time backwards). */
  async touchDelivery(id: string, at: Date): Promise<void> {
    await this.sql('update repos.repositories set last_delivery_at = greatest(coalesce(last_delivery_at, ?), ?) where id = ? and {{tenant}}', [at, at, id]);
  }

  /** The provider refused the stored token: the repository needs a new one before Steward calls the provider again. */
  async markNeedsReauth(id: string, at: Date): Promise<void> {
    await this.sql(`update repos.repositories set status = 'NEEDS_REAUTH', updated_at = ? where id = ? and status = 'ACTIVE' and {{tenant}}`, [at, id]);
  }

  save(): Promise<void> {
    return this.flush();
  }
}

/** What the webhook ingress needs to know about the repository a URL names. */
export interface WebhookTarget {
  organizationId: string;
  provider: Repository['provider'];
  status: Repository['status'];
  webhookSecretSealed: string;
}

/**
 * The repository a webhook URL names, as the ingress needs it (owner, provider, status, sealed
 * secret), in one read: the one read that starts without a tenant, since a provider's request
 * carries none. Everything the delivery then writes goes through repositories scoped to that owner.
 */
export async function webhookTargetOf(em: EntityManager, repositoryId: string): Promise<WebhookTarget | null> {
  const rows = await runSql<{ organization_id: string; provider: Repository['provider']; status: Repository['status']; webhook_secret_sealed: string }>(
    em,
    'select organization_id, provider, status, webhook_secret_sealed from repos.repositories where id = ?',
    [repositoryId],
  );
  const row = rows[0];
  return row ? { organizationId: row.organization_id, provider: row.provider, status: row.status, webhookSecretSealed: row.webhook_secret_sealed } : null;
}
