import type { EntityManager } from '@mikro-orm/postgresql';
import { isId, placeholders, type BuiltInRoleName, type Clock, type GrantsSource, type OrganizationGrant, type PrincipalKey } from '@steward/kernel';
import { RoleGraph, type RoleNode } from '../roles/role-graph.js';

interface RoleRow {
  id: string;
  organization_id: string;
  built_in: BuiltInRoleName | null;
  permissions: string[] | string;
  parent_role_id: string | null;
}

/**
 * Grants straight from organizations' tables: what `/internal/grants` answers other subgraphs,
 * and what this subgraph's own AccessControl reads. Plain SQL, so it sees the rows, never an
 * identity map's stale copy: on the request's entity manager, outside any transaction (committed
 * data); on a transaction's, after the locks it holds (see `changeOrganization`).
 *
 * The one reader of tenant tables that is not a `TenantRepository`, on purpose: it answers "what
 * may this principal do, in every organization", which is the input of every tenant scope, so no
 * scope can exist before it runs. It is bounded by the principal instead: one user's memberships
 * or one API key, and then the roles of exactly the organizations those name.
 */
export class LocalGrantsSource implements GrantsSource {
  constructor(private readonly em: EntityManager, private readonly clock: Clock) {}

  async grantsFor(principal: PrincipalKey): Promise<OrganizationGrant[]> {
    const [kind, id] = principal.split(':') as ['user' | 'apikey', string];
    if (!isId(id)) return [];
    const holdings = kind === 'user' ? await this.membershipsOf(id) : await this.apiKeyHolding(id);
    if (!holdings.length) return [];
    const graphs = await this.roleGraphs(holdings.map((holding) => holding.organizationId));
    return holdings.map(({ organizationId, roleId }) => ({
      organizationId,
      permissions: roleId ? (graphs.get(organizationId)?.permissionsOf(roleId) ?? []) : [],
    }));
  }

  private async membershipsOf(userId: string): Promise<{ organizationId: string; roleId: string | null }[]> {
    const rows = await this.em.execute<{ organization_id: string; role_id: string }[]>(
      `select m.organization_id, m.role_id
         from organizations.memberships m
         join organizations.organizations o on o.id = m.organization_id and o.deleted_at is null
        where m.user_id = ?`,
      [userId],
    );
    return rows.map((row) => ({ organizationId: row.organization_id, roleId: row.role_id }));
  }

  /** A key grants only while it is neither revoked nor expired, and its organization is live. */
  private async apiKeyHolding(apiKeyId: string): Promise<{ organizationId: string; roleId: string | null }[]> {
    const rows = await this.em.execute<{ organization_id: string; role_id: string | null }[]>(
      `select k.organization_id, k.role_id
         from organizations.api_keys k
         join organizations.organizations o on o.id = k.organization_id and o.deleted_at is null
        where k.id = ? and k.revoked_at is null and (k.expires_at is null or k.expires_at > ?)`,
      [apiKeyId, this.clock()],
    );
    return rows.map((row) => ({ organizationId: row.organization_id, roleId: row.role_id }));
  }

  private async roleGraphs(organizationIds: string[]): Promise<Map<string, RoleGraph>> {
    const rows = await this.em.execute<RoleRow[]>(
      `select id, organization_id, built_in, permissions, parent_role_id
         from organizations.roles where organization_id in (${placeholders(organizationIds)})`,
      organizationIds,
    );
    const byOrganization = new Map<string, RoleNode[]>();
    for (const row of rows) {
      const list = byOrganization.get(row.organization_id) ?? [];
      list.push({
        id: row.id,
        builtIn: row.built_in,
        // jsonb arrives parsed from pg and PGlite alike; a string would mean a driver that does not parse it.
        permissions: typeof row.permissions === 'string' ? (JSON.parse(row.permissions) as string[]) : row.permissions,
        parentRoleId: row.parent_role_id,
      });
      byOrganization.set(row.organization_id, list);
    }
    return new Map([...byOrganization].map(([organizationId, roles]) => [organizationId, new RoleGraph(roles)]));
  }
}
