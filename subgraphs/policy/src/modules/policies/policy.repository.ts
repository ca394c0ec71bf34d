import { LockMode } from '@mikro-orm/core';
import { TenantRepository, afterKey, likeContains, toConnection, type Connection, type PageRequest } from '@steward/kernel';
import { PolicySchema, PolicyVersionSchema, type Policy, type PolicyVersion } from './policy.entity.js';
import type { PolicyFilter } from './policy.models.js';

/** Policies and their versions in the organizations of its scope, and nothing else. */
export class PolicyRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<Policy[]> {
    return this.find(PolicySchema, { id: { $in: [...ids] } });
  }

  findVersionsByIds(ids: readonly string[]): Promise<PolicyVersion[]> {
    return this.find(PolicyVersionSchema, { id: { $in: [...ids] } });
  }

  /** The policy under a row lock, so concurrent changes to one policy take turns (inside a transaction). */
  lockById(id: string): Promise<Policy | null> {
    return this.findOne(PolicySchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  findByName(organizationId: string, name: string): Promise<Policy | null> {
    return this.findOne(PolicySchema, { organizationId, name: { $ilike: likeContains(name).slice(1, -1) } });
  }

  pageForOrganization(organizationId: string, filter: PolicyFilter, page: PageRequest<{ at: Date; id: string } | null>): Promise<Connection<Policy>> {
    return this.findPage(
      PolicySchema,
      {
        organizationId,
        status: filter.status ?? 'ACTIVE',
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.search ? { name: { $ilike: likeContains(filter.search) } } : {}),
      },
      page,
      { createdAt: 'asc', id: 'asc' },
    );
  }

  /** A policy's versions, newest first. */
  async versionsPage(policyId: string, page: PageRequest<number>): Promise<Connection<PolicyVersion>> {
    const rows = await this.find(PolicyVersionSchema, { policyId, ...afterKey([['number', 'desc']], page.after === null ? null : [page.after]) }, { orderBy: { number: 'desc' }, limit: page.first + 1 });
    return toConnection(rows, page.first, (row) => [row.number]);
  }

  async nextVersionNumber(policyId: string): Promise<number> {
    const [row] = await this.sql<{ next: number }>('select coalesce(max(number), 0) + 1 as next from policy.policy_versions where policy_id = ? and {{tenant}}', [policyId]);
    return Number(row?.next ?? 1);
  }

  addPolicy(policy: Policy): Policy {
    return this.create(PolicySchema, policy);
  }

  addVersion(version: PolicyVersion): PolicyVersion {
    return this.create(PolicyVersionSchema, version);
  }

  save(): Promise<void> {
    return this.flush();
  }
}
