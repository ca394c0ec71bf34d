import { DeadlockException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, type Permission, type TenantScope } from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { LocalGrantsSource } from '../access/local-grants-source.js';
import type { Organization } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';

const CONCURRENT_CHANGE = 'Another change to this organization was being made at the same time. Try again.';

/**
 * Runs one change of a live organization in a transaction that first locks the organization's
 * row. Every change of an organization's members, invitations, roles, keys, teams, SSO
 * connections or settings goes through here, so changes of one organization are decided one at
 * a time, and row locks are always taken in one order (the organization, then its rows), which
 * leaves no two of them able to deadlock. A change waiting for the lock sees, once it holds it,
 * everything committed before: it re-reads what it decides on, and with `permission` the caller's
 * grants are read again and asserted, so an actor demoted, removed or revoked meanwhile is
 * refused (FORBIDDEN, or NOT_FOUND once outside) instead of acting on rights it no longer holds.
 * `permission` is null where the caller needs none (leaving, accepting with a token).
 */
export async function changeOrganization<T>(
  scope: Pick<ServiceScope, 'em' | 'access' | 'clock'>,
  tenant: TenantScope,
  organizationId: string,
  permission: Permission | null,
  work: (tx: EntityManager, organization: Organization) => Promise<T>,
): Promise<T> {
  try {
    return await scope.em.transactional(async (tx) => {
      const organization = await new OrganizationRepository(tx, tenant).lock(organizationId);
      if (!organization) throw new NotFoundError('Organization');
      // Read on the transaction's own connection: a second one per waiting change could exhaust the pool.
      if (permission) await scope.access.recheck(organizationId, permission, new LocalGrantsSource(tx, scope.clock));
      return work(tx, organization);
    });
  } catch (error) {
    // Not expected with the lock order above; should a statement outside it still deadlock, the client gets a domain answer.
    if (error instanceof DeadlockException) throw new ConflictError(CONCURRENT_CHANGE);
    throw error;
  }
}
