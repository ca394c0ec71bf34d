import type { AccessControl } from '@steward/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID; ids that are not cannot match a row, so they never reach SQL. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The organizations a repository may touch, fixed when it is constructed. Every query of a
 * tenant-scoped repository is limited to these ids, so a row of another tenant cannot come back
 * whatever id a caller sends.
 */
export class TenantScope {
  private readonly ids: ReadonlySet<string>;

  constructor(organizationIds: Iterable<string>) {
    this.ids = new Set([...organizationIds].filter(isUuid));
  }

  get organizationIds(): string[] {
    return [...this.ids];
  }

  get isEmpty(): boolean {
    return this.ids.size === 0;
  }

  includes(organizationId: string): boolean {
    return this.ids.has(organizationId);
  }
}

/** The scope of what the caller may read: organizations where they hold `project:read`, fetched once per request. */
export function readableScope(access: AccessControl): () => Promise<TenantScope> {
  let scope: Promise<TenantScope> | null = null;
  return () => (scope ??= access.organizationIds('project:read').then((ids) => new TenantScope(ids)));
}
