/**
 * The permission catalogue: every action any subgraph guards, in one typed place. Roles are sets
 * of these; services assert them; the `permissions` query lists them with these descriptions.
 */
export const PERMISSIONS = {
  'organization:read': 'See the organization, its settings, members and teams.',
  'organization:update': 'Rename the organization and change its settings and seat limit.',
  'organization:delete': 'Delete the organization (soft delete; recoverable).',
  'member:invite': 'Invite people to join the organization.',
  'member:manage': 'Change members’ roles and remove members.',
  'team:manage': 'Create, rename and delete teams and change their members.',
  'role:manage': 'Create, change and delete custom roles.',
  'apikey:manage': 'Create and revoke API keys (service accounts).',
  'sso:manage': 'Configure single sign-on connections.',
  'audit:read': 'Read the organization’s audit trail.',
  'project:read': 'See projects, versions, baselines and gate results.',
  'project:write': 'Create and change projects and their settings.',
  'project:archive': 'Archive and unarchive projects.',
  'version:create': 'Create project versions and record their measurements.',
  'version:promote': 'Promote, degrade and roll back project versions.',
  'version:force-promote': 'Promote a version whose quality gate fails, with a recorded reason.',
  'baseline:manage': 'Set and remove quality-gate baselines.',
  'repo:read': 'See repositories, pull requests and review comments.',
  'repo:manage': 'Connect and disconnect repositories, manage webhooks and publish reviews to pull requests.',
  'analysis:read': 'See analysis sessions, artifacts and findings.',
  'analysis:run': 'Start and cancel analyses.',
  'policy:read': 'See policies, assignments, decisions and violations.',
  'policy:manage': 'Create, change, assign and retire policies.',
  'policy:evaluate': 'Ask for policy decisions (the decision API an LLM proxy or CI calls); every decision is logged.',
  'metrics:read': 'See LLM usage, costs, forecasts and live metrics.',
  'metrics:write': 'Record LLM usage.',
  'budget:manage': 'Create, change and delete budgets and model prices.',
} as const;

/** One action of the catalogue, e.g. `project:write`. */
export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

const VIEWER: Permission[] = ['organization:read', 'project:read', 'repo:read', 'analysis:read', 'policy:read', 'metrics:read'];
const MEMBER: Permission[] = [...VIEWER, 'project:write', 'version:create', 'analysis:run', 'policy:evaluate', 'metrics:write'];
const ADMIN: Permission[] = [
  ...MEMBER,
  'organization:update',
  'member:invite',
  'member:manage',
  'team:manage',
  'role:manage',
  'apikey:manage',
  'audit:read',
  'project:archive',
  'version:promote',
  'baseline:manage',
  'repo:manage',
  'policy:manage',
  'budget:manage',
];
const OWNER: Permission[] = [...ADMIN, 'organization:delete', 'sso:manage', 'version:force-promote'];

/** Built-in roles, each a strict superset of the next: owner ⊃ admin ⊃ member ⊃ viewer. */
export const BUILT_IN_ROLES = {
  owner: { description: 'Full control, including deleting the organization.', permissions: OWNER },
  admin: { description: 'Manages members, roles, projects, policies and budgets.', permissions: ADMIN },
  member: { description: 'Works on projects: creates versions, runs analyses, records usage.', permissions: MEMBER },
  viewer: { description: 'Reads everything in the organization, changes nothing.', permissions: VIEWER },
} as const satisfies Record<string, { description: string; permissions: Permission[] }>;
export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES;

/**
 * Permissions only the built-in owner role holds: no custom role may list or inherit them, so
 * "owners only" cannot be widened by an owner-made role. The organizations service checks the
 * owner role itself on top.
 */
export const OWNER_ONLY_PERMISSIONS: readonly Permission[] = ['organization:delete'];

/**
 * Permissions an API key never exercises, whatever its role: they create or change who has access
 * (members, invitations, roles, keys, identity providers) or end the tenant. What a leaked key
 * created would outlive its revocation, so these are for signed-in people only.
 */
export const PEOPLE_ONLY_PERMISSIONS: readonly Permission[] = ['organization:delete', 'member:invite', 'member:manage', 'role:manage', 'apikey:manage', 'sso:manage'];

export function isOwnerOnly(permission: Permission): boolean {
  return OWNER_ONLY_PERMISSIONS.includes(permission);
}

export function isPeopleOnly(permission: Permission): boolean {
  return PEOPLE_ONLY_PERMISSIONS.includes(permission);
}

/**
 * What holding a permission implies: changing something includes seeing it (a role with only
 * `project:write` must find the project it may change), and force-promoting is a kind of promoting.
 * Built-in roles are closed under this already; custom roles get the closure as effective permissions.
 */
export const IMPLIED_PERMISSIONS: Partial<Record<Permission, readonly Permission[]>> = {
  'organization:update': ['organization:read'],
  'organization:delete': ['organization:read'],
  'member:invite': ['organization:read'],
  'member:manage': ['organization:read'],
  'team:manage': ['organization:read'],
  'role:manage': ['organization:read'],
  'apikey:manage': ['organization:read'],
  'sso:manage': ['organization:read'],
  'audit:read': ['organization:read'],
  'project:write': ['project:read'],
  'project:archive': ['project:read'],
  'version:create': ['project:read'],
  'version:promote': ['project:read'],
  'version:force-promote': ['version:promote', 'project:read'],
  'baseline:manage': ['project:read'],
  'repo:manage': ['repo:read'],
  'analysis:run': ['analysis:read'],
  'policy:manage': ['policy:read'],
  'policy:evaluate': ['policy:read'],
  'metrics:write': ['metrics:read'],
  'budget:manage': ['metrics:read'],
};

/** `permissions` and everything they imply, in catalogue order. */
export function withImpliedPermissions(permissions: Iterable<Permission>): Permission[] {
  const out = new Set<Permission>();
  const add = (permission: Permission): void => {
    if (out.has(permission)) return;
    out.add(permission);
    for (const implied of IMPLIED_PERMISSIONS[permission] ?? []) add(implied);
  };
  for (const permission of permissions) add(permission);
  return ALL_PERMISSIONS.filter((permission) => out.has(permission));
}
