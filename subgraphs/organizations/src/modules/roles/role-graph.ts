import { ALL_PERMISSIONS, BUILT_IN_ROLES, isOwnerOnly, isPermission, withImpliedPermissions, type BuiltInRoleName, type Permission } from '@steward/kernel';

/** What the graph needs to know of a role. */
export interface RoleNode {
  id: string;
  builtIn?: BuiltInRoleName | null;
  permissions: readonly string[];
  parentRoleId?: string | null;
}

/** The order built-in roles are listed in, strongest first. */
export const BUILT_IN_ORDER: BuiltInRoleName[] = ['owner', 'admin', 'member', 'viewer'];

/**
 * The permissions a role lists itself: the catalogue's for built-in roles, the stored ones (still in
 * the catalogue, never owner-only: a row written before that rule existed grants nothing more) otherwise.
 */
export function ownPermissions(role: Pick<RoleNode, 'builtIn' | 'permissions'>): Permission[] {
  if (role.builtIn) return [...BUILT_IN_ROLES[role.builtIn].permissions];
  return role.permissions.filter((key): key is Permission => isPermission(key) && !isOwnerOnly(key));
}

/**
 * The roles of one organization and their inheritance. A role's effective permissions are its
 * own plus everything its ancestors grant. Writes refuse cycles; reads stop at one anyway, so a
 * cycle that slipped into stored data can never hang a request.
 */
export class RoleGraph {
  private readonly byId: Map<string, RoleNode>;

  constructor(roles: Iterable<RoleNode>) {
    this.byId = new Map([...roles].map((role) => [role.id, role]));
  }

  has(roleId: string): boolean {
    return this.byId.has(roleId);
  }

  /** The role and its ancestors, nearest first. */
  lineage(roleId: string): RoleNode[] {
    const out: RoleNode[] = [];
    const seen = new Set<string>();
    for (let id: string | null = roleId; id && !seen.has(id); ) {
      seen.add(id);
      const role = this.byId.get(id);
      if (!role) break;
      out.push(role);
      id = role.parentRoleId ?? null;
    }
    return out;
  }

  /**
   * Effective permissions of a role, in catalogue order; empty for an unknown role. They include
   * what the catalogue says held permissions imply, and owner-only permissions only for the
   * built-in owner role itself (a custom role inheriting from owner does not get them).
   */
  permissionsOf(roleId: string): Permission[] {
    const lineage = this.lineage(roleId);
    const isOwner = lineage[0]?.builtIn === 'owner';
    return withImpliedPermissions(lineage.flatMap(ownPermissions)).filter((permission) => isOwner || !isOwnerOnly(permission));
  }

  /** Whether making `parentId` the parent of `roleId` would make `roleId` its own ancestor. */
  wouldCreateCycle(roleId: string, parentId: string): boolean {
    return this.lineage(parentId).some((role) => role.id === roleId);
  }

  /** The effective permissions `role` would have with other own permissions or another parent. */
  permissionsIf(role: RoleNode): Permission[] {
    return new RoleGraph([...this.byId.values(), role]).permissionsOf(role.id);
  }
}

const CATALOGUE_ORDER = new Map(ALL_PERMISSIONS.map((permission, index) => [permission, index]));

/** Sorts permissions as the catalogue lists them, so answers are stable. */
export function sortPermissions(permissions: Iterable<Permission>): Permission[] {
  return [...new Set(permissions)].sort((a, b) => CATALOGUE_ORDER.get(a)! - CATALOGUE_ORDER.get(b)!);
}
