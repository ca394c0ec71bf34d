import { NotFoundError, UnauthenticatedError, principalOf, type AccessControl, type Caller, type Permission } from '@steward/kernel';

/** Steward ids are UUIDs (any version). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-supplied id can be an id of Steward's (they are UUIDs); other ids match nothing. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * The caller's rights as metrics applies them: the organization grants, and an API key acting in
 * its own organization only (defence in depth; organizations grants a key nothing elsewhere).
 */
export class MetricsAccess {
  constructor(
    readonly caller: Caller,
    private readonly access: AccessControl,
  ) {}

  /** Throws UNAUTHENTICATED, NOT_FOUND (another tenant) or FORBIDDEN unless the caller holds `permission` in the organization. */
  async assert(organizationId: string, permission: Permission): Promise<void> {
    if (this.foreignToApiKey(organizationId) || !isUuid(organizationId)) {
      if (!principalOf(this.caller)) throw new UnauthenticatedError();
      throw new NotFoundError('Organization');
    }
    await this.access.assert(organizationId, permission);
  }

  async can(organizationId: string, permission: Permission): Promise<boolean> {
    if (this.foreignToApiKey(organizationId) || !isUuid(organizationId)) return false;
    return this.access.can(organizationId, permission);
  }

  /** Organizations in which the caller holds `permission`. */
  async organizationsWith(permission: Permission): Promise<string[]> {
    const ids = await this.access.organizationIds(permission);
    return ids.filter((id) => !this.foreignToApiKey(id));
  }

  /** Who is acting, for `recorded_by` / `created_by` columns: `user:<id>` or `apikey:<id>`. */
  principal(): string {
    if (this.caller.kind === 'user') return `user:${this.caller.userId}`;
    if (this.caller.kind === 'apiKey') return `apikey:${this.caller.apiKeyId}`;
    return this.caller.kind === 'service' ? `service:${this.caller.name}` : 'anonymous';
  }

  private foreignToApiKey(organizationId: string): boolean {
    return this.caller.kind === 'apiKey' && this.caller.organizationId !== organizationId;
  }
}
