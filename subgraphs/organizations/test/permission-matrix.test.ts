import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { BUILT_IN_ROLES, loadTypeDefs, withImpliedPermissions, type Permission } from '@steward/kernel';
import { ORGANIZATIONS_SDL_DIR } from '@steward/organizations';
import { seed, startTestStack, uniqueEmail, uniqueSlug, type SeededMember, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { VALID_CERTIFICATE } from './fixtures/certificates.js';

// Every organization-scoped operation, the one permission the catalogue says it needs, and how to
// build a fresh target for it (the organization's first owner prepares, the actor under test acts).

type RoleUnderTest = 'owner' | 'admin' | 'member' | 'viewer' | 'custom';
/** The custom role holds exactly this one permission. */
const CUSTOM_PERMISSION: Permission = 'team:manage';
const granted: Record<RoleUnderTest, readonly Permission[]> = {
  owner: BUILT_IN_ROLES.owner.permissions,
  admin: BUILT_IN_ROLES.admin.permissions,
  member: BUILT_IN_ROLES.member.permissions,
  viewer: BUILT_IN_ROLES.viewer.permissions,
  // What the catalogue says the one permission implies (team:manage needs to see the organization).
  custom: withImpliedPermissions([CUSTOM_PERMISSION]),
};

interface Fixture {
  org: SeededOrganization;
  role: RoleUnderTest;
  actor: SeededMember;
}
interface Case {
  field: string;
  permission: Permission;
  prepare(fixture: Fixture): Promise<{ query: string; variables: Record<string, unknown> }>;
}

let stack: TestStack;
const fixtures = new Map<RoleUnderTest, Fixture>();

/** Runs an operation as the organization's first owner; it must succeed. */
async function asBoss<T = Record<string, any>>(org: SeededOrganization, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await stack.post<T>({ query, variables }, { token: org.owner.accessToken });
  if (res.errors) throw new Error(`Preparing failed: ${JSON.stringify(res.errors)}`);
  return res.data!;
}
const newTeam = async (org: SeededOrganization) =>
  (await asBoss(org, 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { organizationId: org.id, name: uniqueSlug('team') } })).createTeam.id as string;
const newRole = async (org: SeededOrganization) => org.role(['organization:read'], { name: uniqueSlug('role') });
const newOidc = async (org: SeededOrganization) =>
  (
    await asBoss(org, 'mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }', {
      i: { organizationId: org.id, name: 'IdP', issuerUrl: 'https://idp.example.test', clientId: 'steward', clientSecret: 's3cret', allowedDomains: ['example.test'] },
    })
  ).createOidcConnection.id as string;
const newSaml = async (org: SeededOrganization) =>
  (
    await asBoss(org, 'mutation($i: CreateSamlConnectionInput!) { createSamlConnection(input: $i) { id } }', {
      i: { organizationId: org.id, name: 'SAML', entityId: 'urn:idp', ssoUrl: 'https://idp.example.test/sso', certificate: VALID_CERTIFICATE, allowedDomains: ['example.test'] },
    })
  ).createSamlConnection.id as string;

const op = (query: string, variables: Record<string, unknown>) => ({ query, variables });

const CASES: Case[] = [
  { field: 'organization', permission: 'organization:read', prepare: async ({ org }) => op('query($id: ID) { organization(id: $id) { id name } }', { id: org.id }) },
  { field: 'members', permission: 'organization:read', prepare: async ({ org }) => op('query($o: ID!) { members(organizationId: $o) { totalCount } }', { o: org.id }) },
  { field: 'teams', permission: 'organization:read', prepare: async ({ org }) => op('query($o: ID!) { teams(organizationId: $o) { id } }', { o: org.id }) },
  { field: 'roles', permission: 'organization:read', prepare: async ({ org }) => op('query($o: ID!) { roles(organizationId: $o) { id } }', { o: org.id }) },
  { field: 'invitations', permission: 'member:invite', prepare: async ({ org }) => op('query($o: ID!) { invitations(organizationId: $o) { totalCount } }', { o: org.id }) },
  { field: 'apiKeys', permission: 'apikey:manage', prepare: async ({ org }) => op('query($o: ID!) { apiKeys(organizationId: $o) { totalCount } }', { o: org.id }) },
  { field: 'ssoConnections', permission: 'sso:manage', prepare: async ({ org }) => op('query($o: ID!) { ssoConnections(organizationId: $o) { id } }', { o: org.id }) },
  {
    field: 'organizationAuditEvents',
    permission: 'audit:read',
    prepare: async ({ org }) => op('query($o: ID!) { organizationAuditEvents(organizationId: $o) { pageInfo { hasNextPage } } }', { o: org.id }),
  },
  {
    field: 'updateOrganization',
    permission: 'organization:update',
    prepare: async ({ org }) => op('mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }', { i: { organizationId: org.id, name: 'Renamed' } }),
  },
  {
    field: 'deleteOrganization',
    permission: 'organization:delete',
    // A fresh organization of the same owner, which the actor joins with the role under test.
    prepare: async ({ org, role, actor }) => {
      const fresh = await seed(stack).org({ owner: org.owner });
      await fresh.member(role === 'custom' ? await fresh.role([CUSTOM_PERMISSION]) : role, actor);
      return op('mutation($o: ID!) { deleteOrganization(organizationId: $o) }', { o: fresh.id });
    },
  },
  {
    field: 'inviteMember',
    permission: 'member:invite',
    prepare: async ({ org }) =>
      op('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organizationId: org.id, email: uniqueEmail('invitee'), roleId: org.roles.viewer } }),
  },
  {
    field: 'revokeInvitation',
    permission: 'member:invite',
    prepare: async ({ org }) => {
      const { inviteMember } = await asBoss(org, 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', {
        i: { organizationId: org.id, email: uniqueEmail('invitee'), roleId: org.roles.viewer },
      });
      return op('mutation($o: ID!, $i: ID!) { revokeInvitation(organizationId: $o, invitationId: $i) { id } }', { o: org.id, i: inviteMember.id });
    },
  },
  {
    field: 'changeMemberRole',
    permission: 'member:manage',
    prepare: async ({ org }) => {
      const target = await org.member('viewer');
      return op('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', {
        i: { organizationId: org.id, membershipId: target.membershipId, roleId: org.roles.viewer },
      });
    },
  },
  {
    field: 'removeMember',
    permission: 'member:manage',
    prepare: async ({ org }) => {
      const target = await org.member('viewer');
      return op('mutation($o: ID!, $m: ID!) { removeMember(organizationId: $o, membershipId: $m) }', { o: org.id, m: target.membershipId });
    },
  },
  {
    field: 'createTeam',
    permission: 'team:manage',
    prepare: async ({ org }) => op('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { organizationId: org.id, name: uniqueSlug('team') } }),
  },
  {
    field: 'updateTeam',
    permission: 'team:manage',
    prepare: async ({ org }) =>
      op('mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id } }', { i: { organizationId: org.id, teamId: await newTeam(org), description: 'changed' } }),
  },
  {
    field: 'deleteTeam',
    permission: 'team:manage',
    prepare: async ({ org }) => op('mutation($o: ID!, $t: ID!) { deleteTeam(organizationId: $o, teamId: $t) }', { o: org.id, t: await newTeam(org) }),
  },
  {
    field: 'addTeamMember',
    permission: 'team:manage',
    prepare: async ({ org, actor }) =>
      op('mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }', { i: { organizationId: org.id, teamId: await newTeam(org), membershipId: actor.membershipId } }),
  },
  {
    field: 'removeTeamMember',
    permission: 'team:manage',
    prepare: async ({ org, actor }) => {
      const teamId = await newTeam(org);
      const input = { organizationId: org.id, teamId, membershipId: actor.membershipId };
      await asBoss(org, 'mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }', { i: input });
      return op('mutation($i: TeamMemberInput!) { removeTeamMember(input: $i) { id } }', { i: input });
    },
  },
  {
    field: 'createRole',
    permission: 'role:manage',
    prepare: async ({ org }) =>
      op('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { organizationId: org.id, name: uniqueSlug('role'), permissions: ['organization:read'] } }),
  },
  {
    field: 'updateRole',
    permission: 'role:manage',
    prepare: async ({ org }) =>
      op('mutation($i: UpdateRoleInput!) { updateRole(input: $i) { id } }', { i: { organizationId: org.id, roleId: await newRole(org), description: 'changed' } }),
  },
  {
    field: 'deleteRole',
    permission: 'role:manage',
    prepare: async ({ org }) => op('mutation($o: ID!, $r: ID!) { deleteRole(organizationId: $o, roleId: $r) }', { o: org.id, r: await newRole(org) }),
  },
  {
    field: 'createApiKey',
    permission: 'apikey:manage',
    prepare: async ({ org }) =>
      op('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }', { i: { organizationId: org.id, name: 'ci', roleId: org.roles.viewer } }),
  },
  {
    field: 'revokeApiKey',
    permission: 'apikey:manage',
    prepare: async ({ org }) => op('mutation($o: ID!, $k: ID!) { revokeApiKey(organizationId: $o, apiKeyId: $k) { id } }', { o: org.id, k: (await org.apiKey('viewer')).id }),
  },
  {
    field: 'createOidcConnection',
    permission: 'sso:manage',
    prepare: async ({ org }) =>
      op('mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }', {
        i: { organizationId: org.id, name: 'IdP', issuerUrl: 'https://idp.example.test', clientId: 'steward', clientSecret: 's3cret', allowedDomains: ['example.test'] },
      }),
  },
  {
    field: 'updateOidcConnection',
    permission: 'sso:manage',
    prepare: async ({ org }) =>
      op('mutation($i: UpdateOidcConnectionInput!) { updateOidcConnection(input: $i) { id } }', {
        i: { organizationId: org.id, connectionId: await newOidc(org), clientSecret: 'rotated' },
      }),
  },
  {
    field: 'createSamlConnection',
    permission: 'sso:manage',
    prepare: async ({ org }) =>
      op('mutation($i: CreateSamlConnectionInput!) { createSamlConnection(input: $i) { id } }', {
        i: { organizationId: org.id, name: 'SAML', entityId: 'urn:idp', ssoUrl: 'https://idp.example.test/sso', certificate: VALID_CERTIFICATE, allowedDomains: ['example.test'] },
      }),
  },
  {
    field: 'updateSamlConnection',
    permission: 'sso:manage',
    prepare: async ({ org }) =>
      op('mutation($i: UpdateSamlConnectionInput!) { updateSamlConnection(input: $i) { id } }', {
        i: { organizationId: org.id, connectionId: await newSaml(org), name: 'Renamed' },
      }),
  },
  {
    field: 'deleteSsoConnection',
    permission: 'sso:manage',
    prepare: async ({ org }) => op('mutation($o: ID!, $c: ID!) { deleteSsoConnection(organizationId: $o, connectionId: $c) }', { o: org.id, c: await newOidc(org) }),
  },
];

beforeAll(async () => {
  stack = await startTestStack();
  const org = await seed(stack).org();
  const customRole = await org.role([CUSTOM_PERMISSION], { name: 'Team curator' });
  for (const role of ['owner', 'admin', 'member', 'viewer', 'custom'] as const) {
    fixtures.set(role, { org, role, actor: await org.member(role === 'custom' ? customRole : role) });
  }
});
afterAll(async () => {
  await stack?.stop();
});

describe.each(['owner', 'admin', 'member', 'viewer', 'custom'] as const)('a member whose role is %s', (role) => {
  it.each(CASES.map((c) => [c.field, c.permission, c] as const))('%s needs %s', async (_field, permission, testCase) => {
    const fixture = fixtures.get(role)!;
    const { query, variables } = await testCase.prepare(fixture);
    const res = await stack.post<Record<string, unknown>>({ query, variables }, { token: fixture.actor.accessToken });
    if (granted[role].includes(permission)) {
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data?.[testCase.field]).toBeTruthy();
    } else {
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.data?.[testCase.field] ?? null).toBeNull();
    }
  });
});

describe('the matrix itself', () => {
  it('covers every query and mutation of organizations that an organization permission guards', () => {
    const roots = loadTypeDefs(ORGANIZATIONS_SDL_DIR).definitions.filter(
      (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && (d.name.value === 'Query' || d.name.value === 'Mutation'),
    );
    const fields = roots.flatMap((root) => (root.fields ?? []).map((field) => field.name.value));
    // Not guarded by a permission of one organization: they take no organization, or need only a membership.
    const unscoped = new Set(['myOrganizations', 'permissions', 'createOrganization', 'acceptInvitation', 'leaveOrganization']);
    expect(fields.filter((name) => !unscoped.has(name) && !CASES.some((c) => c.field === name))).toEqual([]);
  });
});
