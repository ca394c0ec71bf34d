import { LRUCache } from 'lru-cache';
import type { Caller } from './caller.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors.js';
import { GRANTS_CHANGED_TOPIC, type EventBus } from './event-bus.js';
import { grantsRoute } from './access-routes.js';
import type { RouteClient } from './internal-route.js';
import type { Logger } from './logger.js';
import { isId } from './ids.js';
import { isPeopleOnly, isPermission, type Permission } from './permissions.js';
import { TenantScope } from './tenancy.js';

/** What a principal may do in one organization. */
export interface OrganizationGrant {
  organizationId: string;
  permissions: Permission[];
}

/**
 * A principal as organizations knows it: `user:<userId>` or `apikey:<apiKeyId>`. Grants are
 * cached and invalidated per principal key.
 */
export type PrincipalKey = `user:${string}` | `apikey:${string}`;

/** Where grants come from: organizations' own tables (inside organizations) or its HTTP endpoint (elsewhere). */
export interface GrantsSource {
  grantsFor(principal: PrincipalKey): Promise<OrganizationGrant[]>;
}

/** The principal key of a caller, or null for callers that hold no grants (anonymous, services). */
export function principalOf(caller: Caller): PrincipalKey | null {
  if (caller.kind === 'user') return `user:${caller.userId}`;
  if (caller.kind === 'apiKey') return `apikey:${caller.apiKeyId}`;
  return null;
}

/**
 * Asks organizations for grants over its internal route (`grantsRoute`), as a service principal
 * with an internal token. Subgraphs other than organizations use this; they never read its tables.
 */
export class HttpGrantsSource implements GrantsSource {
  constructor(private readonly routes: RouteClient) {}

  async grantsFor(principal: PrincipalKey): Promise<OrganizationGrant[]> {
    const { grants } = await this.routes.call(grantsRoute, { principal });
    return grants.map((grant) => ({ organizationId: grant.organizationId, permissions: grant.permissions.filter(isPermission) }));
  }
}

/** Options of {@link CachedGrantsSource}. */
export interface GrantsCacheOptions {
  /** How many principals are kept at most (10,000 by default); the least recently used go first. */
  maxEntries?: number;
}

/**
 * A process-wide cache in front of a grants source. Entries live `ttlMs` at most and are dropped
 * as soon as organizations announces a change on the bus, so a removed member loses access in
 * every subgraph within the bus latency (milliseconds), not the TTL. When the bus had to
 * reconnect (announcements may have been lost meanwhile) everything is dropped. The cache is
 * bounded: at most `maxEntries` principals, least recently used evicted first (lru-cache).
 */
export class CachedGrantsSource implements GrantsSource {
  /**
   * The lookup itself is cached (a promise), so concurrent requests of one principal ask once.
   * Keyed by string: invalidations arrive as bus payloads, and an unknown one simply matches nothing.
   */
  private readonly entries: LRUCache<string, Promise<OrganizationGrant[]>> | null;
  private unsubscribe: (() => Promise<void>) | null = null;
  private stopReconnect: (() => void) | null = null;

  constructor(private readonly inner: GrantsSource, ttlMs = 30_000, options: GrantsCacheOptions = {}) {
    // A TTL of 0 means "do not cache"; lru-cache would read it as "never expires".
    this.entries = ttlMs > 0 ? new LRUCache({ max: Math.max(1, options.maxEntries ?? 10_000), ttl: ttlMs }) : null;
  }

  /** Starts listening for invalidations; call before serving requests. */
  async listen(bus: EventBus, logger?: Logger): Promise<void> {
    this.stopReconnect = bus.onReconnect?.(() => {
      logger?.warn('Grants cache dropped: the event bus reconnected and may have missed changes (entries=%d)', this.size);
      this.clear();
    }) ?? null;
    this.unsubscribe = await bus.subscribe(GRANTS_CHANGED_TOPIC, (payload) => {
      logger?.debug('Grants changed (principal=%s)', payload);
      if (payload === '*') this.clear();
      else this.entries?.delete(payload);
    });
  }

  async stop(): Promise<void> {
    this.stopReconnect?.();
    await this.unsubscribe?.();
  }

  /** How many principals are cached now (expired entries not yet swept included). */
  get size(): number {
    return this.entries?.size ?? 0;
  }

  /** Drops every entry; the next request of each principal asks the source again. */
  clear(): void {
    this.entries?.clear();
  }

  grantsFor(principal: PrincipalKey): Promise<OrganizationGrant[]> {
    if (!this.entries) return this.inner.grantsFor(principal);
    const entries = this.entries;
    const cached = entries.get(principal);
    if (cached) return cached;
    const grants = this.inner.grantsFor(principal);
    entries.set(principal, grants);
    // A failed lookup must not be cached (unless a newer lookup replaced it meanwhile).
    grants.catch(() => {
      if (entries.peek(principal) === grants) entries.delete(principal);
    });
    return grants;
  }
}

/** Why an API key is refused a people-only permission, for clients and logs alike. */
export function apiKeyRefusal(permission: Permission): string {
  return `API keys cannot use ${permission}: what a key creates or changes about access would outlive its revocation. Sign in as a person to do this.`;
}

/**
 * Per-request authorization: "may this caller do P in organization O?". Grants are fetched once
 * per request. Used by every subgraph's services (the fine check) and shield rules (the coarse gate).
 * An API key never holds a people-only permission, whatever its role says.
 */
export class AccessControl {
  private grants: Promise<Map<string, Set<Permission>>> | null = null;
  /**
   * The grants once loaded, those of well-formed organization ids only (what `can` could ever
   * answer true for), so checks later in the request answer without awaiting or re-checking the id.
   */
  private loaded: Map<string, Set<Permission>> | null = null;
  private readonly scopes = new Map<Permission, Promise<TenantScope>>();

  constructor(readonly caller: Caller, private readonly source: GrantsSource) {}

  private load(): Promise<Map<string, Set<Permission>>> {
    if (this.grants) return this.grants;
    const principal = principalOf(this.caller);
    const isKey = this.caller.kind === 'apiKey';
    this.grants = principal
      ? this.source
          .grantsFor(principal)
          .then(
            (list) =>
              new Map(
                list
                  // An API key acts in its own organization only, whatever organizations answers (defence in depth).
                  .filter((grant) => !this.foreignToApiKey(grant.organizationId))
                  .map((grant) => [grant.organizationId, new Set(grant.permissions.filter((permission) => !isKey || !isPeopleOnly(permission)))]),
              ),
          )
      : Promise.resolve(new Map());
    // A failed lookup is the awaiting caller's to report; `canNow` keeps answering undefined.
    this.grants.then(
      (grants) => (this.loaded = new Map([...grants].filter(([organizationId]) => isId(organizationId)))),
      () => undefined,
    );
    return this.grants;
  }

  private foreignToApiKey(organizationId: string): boolean {
    return this.caller.kind === 'apiKey' && this.caller.organizationId !== organizationId;
  }

  async can(organizationId: string, permission: Permission): Promise<boolean> {
    if (!isId(organizationId)) return false;
    return (await this.load()).get(organizationId)?.has(permission) ?? false;
  }

  /**
   * What {@link can} answers, when the request's grants are already loaded; undefined before that
   * (ask `can`). For checks made once per field of a page, which need not wait for anything.
   */
  canNow(organizationId: string, permission: Permission): boolean | undefined {
    if (!this.loaded) return undefined;
    return this.loaded.get(organizationId)?.has(permission) ?? false;
  }

  /**
   * Throws UNAUTHENTICATED for anonymous callers, FORBIDDEN for an API key asking for a people-only
   * permission (in any organization, so existence is not revealed), NOT_FOUND when the caller has
   * nothing in that organization (so its existence is not revealed; an API key has nothing outside
   * its own), FORBIDDEN when they lack the permission.
   */
  async assert(organizationId: string, permission: Permission): Promise<void> {
    if (!principalOf(this.caller)) throw new UnauthenticatedError();
    if (this.caller.kind === 'apiKey' && isPeopleOnly(permission)) throw new ForbiddenError(apiKeyRefusal(permission));
    const permissions = isId(organizationId) ? (await this.load()).get(organizationId) : undefined;
    if (!permissions) throw new NotFoundError('Organization');
    if (!permissions.has(permission)) throw new ForbiddenError(`You need the ${permission} permission in this organization.`);
  }

  async permissionsIn(organizationId: string): Promise<Permission[]> {
    return [...((await this.load()).get(organizationId) ?? [])];
  }

  /** Organizations where the caller holds `permission` (or any grant when omitted). */
  async organizationIds(permission?: Permission): Promise<string[]> {
    const out: string[] = [];
    for (const [organizationId, permissions] of await this.load()) {
      if (!permission || permissions.has(permission)) out.push(organizationId);
    }
    return out;
  }

  /**
   * The tenant scope of what the caller may read with `permission`: every organization where they
   * hold it, computed once per request. Repositories that resolve entities by id (`_entities`,
   * loaders) are built on it, so another tenant's id finds nothing.
   */
  scope(permission: Permission): Promise<TenantScope> {
    let scope = this.scopes.get(permission);
    if (!scope) {
      scope = this.organizationIds(permission).then((ids) => new TenantScope(ids));
      this.scopes.set(permission, scope);
    }
    return scope;
  }

  /**
   * The tenant scope of one organization after asserting `permission` there: what a service method
   * acting in that organization builds its repositories on.
   */
  async scopeOf(organizationId: string, permission: Permission): Promise<TenantScope> {
    await this.assert(organizationId, permission);
    return TenantScope.of(organizationId);
  }

  /** Who is acting, for `created_by`-style columns: `user:<id>`, `apikey:<id>`, `service:<name>` or `anonymous`. */
  principal(): string {
    return principalOf(this.caller) ?? (this.caller.kind === 'service' ? `service:${this.caller.name}` : 'anonymous');
  }
}
