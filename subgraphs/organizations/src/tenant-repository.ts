import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Base of every repository of tenant data: each query is limited to the organizations it was
 * constructed with (one for a service call, the caller's organizations for entity resolution),
 * so another tenant's rows cannot be read or written through it, whatever id a client sends.
 */
export abstract class TenantRepository {
  constructor(protected readonly em: EntityManager, protected readonly organizationIds: readonly string[]) {}

  /** The filter every query of the repository includes. */
  protected get inTenant(): { organizationId: { $in: string[] } } {
    return { organizationId: { $in: [...this.organizationIds] } };
  }

  /** Writing outside the scope is a programming error, never a client's: fail loudly. */
  protected assertInScope(organizationId: string): void {
    if (!this.organizationIds.includes(organizationId)) {
      throw new Error(`${this.constructor.name} is scoped to other organizations than ${organizationId}.`);
    }
  }
}
