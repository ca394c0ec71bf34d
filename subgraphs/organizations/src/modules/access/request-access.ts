import { AccessControl, ForbiddenError, TenantScope, type Caller, type GrantsSource, type Permission } from '@steward/kernel';

/**
 * The caller's permissions for one request: the kernel's AccessControl (grants read once), which
 * `forget` replaces after this request changed grants, so later fields and mutations of the same
 * operation see the change. Adds the rule that nobody hands out more than they hold.
 */
export class RequestAccess {
  private control: AccessControl;
  private anyGrant: Promise<TenantScope> | null = null;

  constructor(private readonly caller: Caller, private readonly source: GrantsSource) {
    this.control = new AccessControl(caller, source);
  }

  can(organizationId: string, permission: Permission): Promise<boolean> {
    return this.control.can(organizationId, permission);
  }

  /** UNAUTHENTICATED, NOT_FOUND('Organization') for outsiders, FORBIDDEN for members without `permission`. */
  assert(organizationId: string, permission: Permission): Promise<void> {
    return this.control.assert(organizationId, permission);
  }

  permissionsIn(organizationId: string): Promise<Permission[]> {
    return this.control.permissionsIn(organizationId);
  }

  /**
   * The tenant scope of what the caller may read with `permission`, once per request. Without one:
   * every organization where the caller holds any grant, which loaders resolve ids in (the types'
   * rules then ask for the permission each field needs, as they did for `_entities`).
   */
  scope(permission?: Permission): Promise<TenantScope> {
    if (permission) return this.control.scope(permission);
    this.anyGrant ??= this.control.organizationIds().then((ids) => new TenantScope(ids));
    return this.anyGrant;
  }

  /** Asserts `permission` in the organization (as {@link assert}) and returns its scope, for repositories of a service call. */
  scopeOf(organizationId: string, permission: Permission): Promise<TenantScope> {
    return this.control.scopeOf(organizationId, permission);
  }

  /** Whether the caller holds every one of `permissions` in the organization. */
  async holdsAll(organizationId: string, permissions: readonly Permission[]): Promise<boolean> {
    const held = new Set(await this.permissionsIn(organizationId));
    return permissions.every((permission) => held.has(permission));
  }

  /**
   * FORBIDDEN unless the caller holds every one of `permissions`: giving a role, creating a key
   * or editing a role may never reach beyond the caller's own rights (no escalation), and a
   * member who holds more than the caller is out of the caller's reach.
   */
  async assertHoldsAll(organizationId: string, permissions: readonly Permission[], what: string): Promise<void> {
    const held = new Set(await this.permissionsIn(organizationId));
    const missing = permissions.filter((permission) => !held.has(permission));
    if (missing.length) throw new ForbiddenError(`${what} needs permissions you do not hold: ${missing.join(', ')}.`);
  }

  /**
   * Reads the caller's grants again through `source` and asserts `permission` (as {@link assert}).
   * Changes call it once they hold their organization's lock, with a source on their transaction:
   * what the request read before the lock may predate a change that committed meanwhile. Later
   * checks of the request use these grants.
   */
  async recheck(organizationId: string, permission: Permission, source: GrantsSource): Promise<void> {
    this.control = new AccessControl(this.caller, source);
    this.anyGrant = null;
    await this.control.assert(organizationId, permission);
  }

  /** Drops what this request read of the caller's grants, after it changed them. */
  forget(): void {
    this.control = new AccessControl(this.caller, this.source);
    this.anyGrant = null;
  }
}
