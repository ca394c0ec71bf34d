import { BUILT_IN_ROLES, type Permission } from '@steward/kernel';
import { mailSentBy, seed, uniqueEmail, uniqueSlug, type SeededOrganization } from '@steward/standalone/testing';
import { VALID_CERTIFICATE } from '../../subgraphs/organizations/test/fixtures/certificates.js';
import { customPermissionsFor, op, world, type Case, type Fixture } from './world.js';

// The matrix's cases for organizations: its queries and every mutation.

const newTeam = async () => (await world.asOwner('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { organizationId: world.org.id, name: uniqueSlug('team') } })).createTeam.id as string;
const newRole = () => world.org.role(['organization:read'], { name: uniqueSlug('role') });
const OIDC = { name: 'IdP', issuerUrl: 'https://idp.example.test', clientId: 'steward', clientSecret: 's3cret', allowedDomains: ['example.test'] };
const SAML = { name: 'SAML', entityId: 'urn:idp', ssoUrl: 'https://idp.example.test/sso', certificate: VALID_CERTIFICATE, allowedDomains: ['example.test'] };
const newOidc = async () =>
  (await world.asOwner('mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }', { i: { organizationId: world.org.id, ...OIDC } })).createOidcConnection.id as string;
const newSaml = async () =>
  (await world.asOwner('mutation($i: CreateSamlConnectionInput!) { createSamlConnection(input: $i) { id } }', { i: { organizationId: world.org.id, ...SAML } })).createSamlConnection.id as string;

/**
 * An organization of the same owner that the actor joins with its role, for operations that
 * consume the actor's membership or the organization itself.
 */
async function freshOrganizationJoinedBy(fixture: Fixture, needs: Permission[]): Promise<SeededOrganization> {
  const fresh = await seed(world.stack).org({ owner: world.org.owner });
  const builtIn = (Object.entries(world.org.roles).find(([, id]) => id === fixture.roleId)?.[0] ?? null) as keyof typeof BUILT_IN_ROLES | null;
  await fresh.member(builtIn ?? (await fresh.role(customPermissionsFor(needs))), fixture.actor);
  return fresh;
}

export const ORGANIZATION_QUERIES: Case[] = [
  { field: 'organization', needs: ['organization:read'], prepare: async () => op('query($id: ID) { organization(id: $id) { id name } }', { id: world.org.id }) },
  { field: 'members', needs: ['organization:read'], prepare: async () => op('query($o: ID!) { members(organizationId: $o) { totalCount } }', { o: world.org.id }) },
  { field: 'teams', needs: ['organization:read'], prepare: async () => op('query($o: ID!) { teams(organizationId: $o) { id } }', { o: world.org.id }) },
  { field: 'roles', needs: ['organization:read'], prepare: async () => op('query($o: ID!) { roles(organizationId: $o) { id } }', { o: world.org.id }) },
  { field: 'invitations', needs: ['member:invite'], prepare: async () => op('query($o: ID!) { invitations(organizationId: $o) { totalCount } }', { o: world.org.id }) },
  { field: 'apiKeys', needs: ['apikey:manage'], prepare: async () => op('query($o: ID!) { apiKeys(organizationId: $o) { totalCount } }', { o: world.org.id }) },
  { field: 'ssoConnections', needs: ['sso:manage'], prepare: async () => op('query($o: ID!) { ssoConnections(organizationId: $o) { id } }', { o: world.org.id }) },
  {
    field: 'organizationAuditEvents',
    needs: ['audit:read'],
    prepare: async () => op('query($o: ID!) { organizationAuditEvents(organizationId: $o) { pageInfo { hasNextPage } } }', { o: world.org.id }),
  },
];

export const ORGANIZATION_MUTATIONS: Case[] = [
  {
    field: 'createOrganization',
    needs: [],
    prepare: async () => op('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', { i: { name: 'Side project', slug: uniqueSlug() } }),
  },
  {
    field: 'updateOrganization',
    needs: ['organization:update'],
    prepare: async () => op('mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }', { i: { organizationId: world.org.id, name: 'Renamed' } }),
  },
  {
    field: 'deleteOrganization',
    needs: ['organization:delete'],
    prepare: async (fixture) => op('mutation($o: ID!) { deleteOrganization(organizationId: $o) }', { o: (await freshOrganizationJoinedBy(fixture, ['organization:delete'])).id }),
  },
  {
    field: 'restoreOrganization',
    needs: ['organization:delete'],
    prepare: async (fixture) => {
      const fresh = await freshOrganizationJoinedBy(fixture, ['organization:delete']);
      await world.asOwner('mutation($o: ID!) { deleteOrganization(organizationId: $o) }', { o: fresh.id }, fresh);
      return op('mutation($o: ID!) { restoreOrganization(organizationId: $o) { id } }', { o: fresh.id });
    },
  },
  {
    field: 'inviteMember',
    needs: ['member:invite'],
    prepare: async () =>
      op('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organizationId: world.org.id, email: uniqueEmail('invitee'), roleId: world.directoryRole } }),
  },
  {
    field: 'acceptInvitation',
    needs: [],
    prepare: async ({ actor }) => {
      const fresh = await seed(world.stack).org({ owner: world.org.owner });
      const mail = await mailSentBy(world.stack, actor.email, /You are invited/, () =>
        world.asOwner('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organizationId: fresh.id, email: actor.email, roleId: fresh.roles.viewer } }, fresh),
      );
      return op('mutation($t: String!) { acceptInvitation(token: $t) { id } }', { t: decodeURIComponent(mail.token ?? '') });
    },
  },
  {
    field: 'revokeInvitation',
    needs: ['member:invite'],
    prepare: async () => {
      const { inviteMember } = await world.asOwner('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', {
        i: { organizationId: world.org.id, email: uniqueEmail('invitee'), roleId: world.org.roles.viewer },
      });
      return op('mutation($o: ID!, $i: ID!) { revokeInvitation(organizationId: $o, invitationId: $i) { id } }', { o: world.org.id, i: inviteMember.id });
    },
  },
  {
    field: 'changeMemberRole',
    needs: ['member:manage'],
    prepare: async () => {
      const target = await world.org.member(world.directoryRole);
      const other = await world.org.role(['organization:read'], { name: uniqueSlug('role') });
      return op('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', {
        i: { organizationId: world.org.id, membershipId: target.membershipId, roleId: other },
      });
    },
  },
  {
    field: 'removeMember',
    needs: ['member:manage'],
    prepare: async () => op('mutation($o: ID!, $m: ID!) { removeMember(organizationId: $o, membershipId: $m) }', { o: world.org.id, m: (await world.org.member(world.directoryRole)).membershipId }),
  },
  {
    field: 'leaveOrganization',
    needs: [],
    prepare: async (fixture) => op('mutation($o: ID!) { leaveOrganization(organizationId: $o) }', { o: (await freshOrganizationJoinedBy(fixture, [])).id }),
  },
  {
    field: 'createTeam',
    needs: ['team:manage'],
    prepare: async () => op('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { organizationId: world.org.id, name: uniqueSlug('team') } }),
  },
  {
    field: 'updateTeam',
    needs: ['team:manage'],
    prepare: async () => op('mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id } }', { i: { organizationId: world.org.id, teamId: await newTeam(), description: 'changed' } }),
  },
  {
    field: 'deleteTeam',
    needs: ['team:manage'],
    prepare: async () => op('mutation($o: ID!, $t: ID!) { deleteTeam(organizationId: $o, teamId: $t) }', { o: world.org.id, t: await newTeam() }),
  },
  {
    field: 'addTeamMember',
    needs: ['team:manage'],
    prepare: async ({ actor }) =>
      op('mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }', { i: { organizationId: world.org.id, teamId: await newTeam(), membershipId: actor.membershipId } }),
  },
  {
    field: 'removeTeamMember',
    needs: ['team:manage'],
    prepare: async ({ actor }) => {
      const input = { organizationId: world.org.id, teamId: await newTeam(), membershipId: actor.membershipId };
      await world.asOwner('mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }', { i: input });
      return op('mutation($i: TeamMemberInput!) { removeTeamMember(input: $i) { id } }', { i: input });
    },
  },
  {
    field: 'createRole',
    needs: ['role:manage'],
    prepare: async () =>
      op('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { organizationId: world.org.id, name: uniqueSlug('role'), permissions: ['organization:read'] } }),
  },
  {
    field: 'updateRole',
    needs: ['role:manage'],
    prepare: async () => op('mutation($i: UpdateRoleInput!) { updateRole(input: $i) { id } }', { i: { organizationId: world.org.id, roleId: await newRole(), description: 'changed' } }),
  },
  {
    field: 'deleteRole',
    needs: ['role:manage'],
    prepare: async () => op('mutation($o: ID!, $r: ID!) { deleteRole(organizationId: $o, roleId: $r) }', { o: world.org.id, r: await newRole() }),
  },
  {
    field: 'createApiKey',
    needs: ['apikey:manage'],
    prepare: async () =>
      op('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }', { i: { organizationId: world.org.id, name: 'ci', roleId: world.directoryRole } }),
  },
  {
    field: 'revokeApiKey',
    needs: ['apikey:manage'],
    prepare: async () => op('mutation($o: ID!, $k: ID!) { revokeApiKey(organizationId: $o, apiKeyId: $k) { id } }', { o: world.org.id, k: (await world.org.apiKey('viewer')).id }),
  },
  {
    field: 'createOidcConnection',
    needs: ['sso:manage'],
    prepare: async () => op('mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }', { i: { organizationId: world.org.id, ...OIDC } }),
  },
  {
    field: 'updateOidcConnection',
    needs: ['sso:manage'],
    prepare: async () =>
      op('mutation($i: UpdateOidcConnectionInput!) { updateOidcConnection(input: $i) { id } }', { i: { organizationId: world.org.id, connectionId: await newOidc(), clientSecret: 'rotated' } }),
  },
  {
    field: 'createSamlConnection',
    needs: ['sso:manage'],
    prepare: async () => op('mutation($i: CreateSamlConnectionInput!) { createSamlConnection(input: $i) { id } }', { i: { organizationId: world.org.id, ...SAML } }),
  },
  {
    field: 'updateSamlConnection',
    needs: ['sso:manage'],
    prepare: async () =>
      op('mutation($i: UpdateSamlConnectionInput!) { updateSamlConnection(input: $i) { id } }', { i: { organizationId: world.org.id, connectionId: await newSaml(), name: 'Renamed' } }),
  },
  {
    field: 'deleteSsoConnection',
    needs: ['sso:manage'],
    prepare: async () => op('mutation($o: ID!, $c: ID!) { deleteSsoConnection(organizationId: $o, connectionId: $c) }', { o: world.org.id, c: await newOidc() }),
  },
];
