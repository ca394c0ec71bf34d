import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse } from 'graphql';
import { BUILT_IN_ROLES, isOwnerOnly, listSdlFiles, withImpliedPermissions, type Permission } from '@steward/kernel';
import {
  mailSentBy,
  seed,
  startTestStack,
  uniqueEmail,
  uniqueSlug,
  type SeededMember,
  type SeededOrganization,
  type SeededProject,
  type TestStack,
} from '@steward/standalone/testing';
import { eventually } from '@steward/kernel/testing';
import { VALID_CERTIFICATE } from '../subgraphs/organizations/test/fixtures/certificates.js';
import { startFakeGitHub, type FakeGitHub } from '../subgraphs/repos/test/fakes/fake-github.js';
import { githubPayload } from '../subgraphs/repos/test/github-payloads.js';

// The supergraph's permission matrix: every mutation of every subgraph (and organizations' queries),
// run through the real gateway by members holding each built-in role and by a custom role holding
// exactly what the operation needs. Expectations come from the kernel's catalogue, never a second copy:
// allowed when the role's permissions include everything the case needs, FORBIDDEN otherwise.

const root = path.resolve(import.meta.dirname, '..');

/**
 * Identity's self-service mutations: they act on the caller's own account, session or sign-in and
 * name no organization, so no organization permission can guard them (identity's tests cover them).
 */
const SELF_SERVICE = new Set([
  'register',
  'login',
  'refreshSession',
  'logout',
  'requestEmailVerification',
  'verifyEmail',
  'createInvitationCode',
  'revokeInvitationCode',
  'enrollTotp',
  'confirmTotp',
  'disableTotp',
  'regenerateBackupCodes',
  'changePassword',
  'requestPasswordReset',
  'resetPassword',
  'revokeSession',
  'revokeOtherSessions',
]);

/** Every Mutation field declared by any subgraph's module SDL, with the subgraph declaring it. */
function declaredMutations(): { subgraph: string; field: string }[] {
  const out: { subgraph: string; field: string }[] = [];
  for (const subgraph of readdirSync(path.join(root, 'subgraphs'))) {
    const modules = path.join(root, 'subgraphs', subgraph, 'src', 'modules');
    let files: string[];
    try {
      files = listSdlFiles(modules);
    } catch {
      continue;
    }
    for (const file of files) {
      for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
        if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Mutation') {
          for (const field of definition.fields ?? []) out.push({ subgraph, field: field.name.value });
        }
      }
    }
  }
  return out;
}

type Actor = 'owner' | 'admin' | 'member' | 'viewer' | 'custom';
const ACTORS: Actor[] = ['owner', 'admin', 'member', 'viewer', 'custom'];

/** What one actor runs a case with: the shared organization, its role, and the member itself. */
interface Fixture {
  org: SeededOrganization;
  actor: SeededMember;
  /** The role id the actor holds (built-in or custom). */
  roleId: string;
}
interface Operation {
  query: string;
  variables: Record<string, unknown>;
}
interface Case {
  field: string;
  /** Tells variants of one field apart (e.g. a forced promotion). */
  variant?: string;
  /** What the catalogue says the operation needs; empty for operations any signed-in member may run. */
  needs: Permission[];
  /** Builds a fresh target as the organization's first owner and returns the operation the actor sends. */
  prepare(fixture: Fixture): Promise<Operation>;
}

/** What a custom role for `needs` holds: exactly that, except owner-only permissions no custom role may hold. */
const customPermissionsFor = (needs: Permission[]) => needs.filter((permission) => !isOwnerOnly(permission));
const holds = (actor: Actor, needs: Permission[]): readonly Permission[] =>
  actor === 'custom' ? withImpliedPermissions(customPermissionsFor(needs)) : BUILT_IN_ROLES[actor].permissions;
const expectedOutcome = (actor: Actor, needs: Permission[]) => (needs.every((permission) => holds(actor, needs).includes(permission)) ? 'allowed' : 'FORBIDDEN');

let stack: TestStack;
let org: SeededOrganization;
let project: SeededProject;
/**
 * A role holding only `organization:read`: what members under management and invitations are given,
 * so that a custom role holding exactly `member:manage` or `member:invite` (plus what it implies) has
 * them within reach (nobody hands out or manages more than they hold).
 */
let directoryRole: string;
const members = new Map<string, SeededMember>();
const roleIds = new Map<string, string>();

const op = (query: string, variables: Record<string, unknown> = {}): Operation => ({ query, variables });
async function asOwner<T = Record<string, any>>(query: string, variables: Record<string, unknown>, target = org): Promise<T> {
  const res = await stack.post<T>({ query, variables }, { token: target.owner.accessToken });
  if (res.errors) throw new Error(`Preparing failed: ${JSON.stringify(res.errors)}`);
  return res.data!;
}
const customKey = (needs: Permission[]) => `custom:${customPermissionsFor(needs).join(',')}`;

const newTeam = async () => (await asOwner('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { organizationId: org.id, name: uniqueSlug('team') } })).createTeam.id as string;
const newRole = () => org.role(['organization:read'], { name: uniqueSlug('role') });
const OIDC = { name: 'IdP', issuerUrl: 'https://idp.example.test', clientId: 'steward', clientSecret: 's3cret', allowedDomains: ['example.test'] };
const SAML = { name: 'SAML', entityId: 'urn:idp', ssoUrl: 'https://idp.example.test/sso', certificate: VALID_CERTIFICATE, allowedDomains: ['example.test'] };
const newOidc = async () =>
  (await asOwner('mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }', { i: { organizationId: org.id, ...OIDC } })).createOidcConnection.id as string;
const newSaml = async () =>
  (await asOwner('mutation($i: CreateSamlConnectionInput!) { createSamlConnection(input: $i) { id } }', { i: { organizationId: org.id, ...SAML } })).createSamlConnection.id as string;
const PROMOTE = 'mutation($i: PromoteVersionInput!) { promoteVersion(input: $i) { version { id } } }';
const newBudget = async () =>
  (
    await asOwner('mutation($i: CreateBudgetInput!) { createBudget(input: $i) { id } }', {
      i: { organizationId: org.id, name: uniqueSlug('budget'), scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '100.00' },
    })
  ).createBudget.id as string;
/** Metric names are snake_case identifiers. */
const metricName = () => `metric_${Math.random().toString(36).slice(2, 10)}`;
let usageSequence = 0;
const usageRecord = () => ({
  requestId: `matrix-${Date.now().toString(36)}-${(usageSequence += 1)}`,
  occurredAt: new Date().toISOString(),
  provider: 'openai',
  model: 'gpt-4',
  inputTokens: 100,
  outputTokens: 50,
  status: 'SUCCESS',
});

/**
 * An organization of the same owner that the actor joins with its role, for operations that
 * consume the actor's membership or the organization itself.
 */
async function freshOrganizationJoinedBy(fixture: Fixture, needs: Permission[]): Promise<SeededOrganization> {
  const fresh = await seed(stack).org({ owner: org.owner });
  const builtIn = (Object.entries(org.roles).find(([, id]) => id === fixture.roleId)?.[0] ?? null) as keyof typeof BUILT_IN_ROLES | null;
  await fresh.member(builtIn ?? (await fresh.role(customPermissionsFor(needs))), fixture.actor);
  return fresh;
}

const ORGANIZATION_QUERIES: Case[] = [
  { field: 'organization', needs: ['organization:read'], prepare: async () => op('query($id: ID) { organization(id: $id) { id name } }', { id: org.id }) },
  { field: 'members', needs: ['organization:read'], prepare: async () => op('query($o: ID!) { members(organizationId: $o) { totalCount } }', { o: org.id }) },
  { field: 'teams', needs: ['organization:read'], prepare: async () => op('query($o: ID!) { teams(organizationId: $o) { id } }', { o: org.id }) },
  { field: 'roles', needs: ['organization:read'], prepare: async () => op('query($o: ID!) { roles(organizationId: $o) { id } }', { o: org.id }) },
  { field: 'invitations', needs: ['member:invite'], prepare: async () => op('query($o: ID!) { invitations(organizationId: $o) { totalCount } }', { o: org.id }) },
  { field: 'apiKeys', needs: ['apikey:manage'], prepare: async () => op('query($o: ID!) { apiKeys(organizationId: $o) { totalCount } }', { o: org.id }) },
  { field: 'ssoConnections', needs: ['sso:manage'], prepare: async () => op('query($o: ID!) { ssoConnections(organizationId: $o) { id } }', { o: org.id }) },
  {
    field: 'organizationAuditEvents',
    needs: ['audit:read'],
    prepare: async () => op('query($o: ID!) { organizationAuditEvents(organizationId: $o) { pageInfo { hasNextPage } } }', { o: org.id }),
  },
];

const ORGANIZATION_MUTATIONS: Case[] = [
  {
    field: 'createOrganization',
    needs: [],
    prepare: async () => op('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', { i: { name: 'Side project', slug: uniqueSlug() } }),
  },
  {
    field: 'updateOrganization',
    needs: ['organization:update'],
    prepare: async () => op('mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }', { i: { organizationId: org.id, name: 'Renamed' } }),
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
      await asOwner('mutation($o: ID!) { deleteOrganization(organizationId: $o) }', { o: fresh.id }, fresh);
      return op('mutation($o: ID!) { restoreOrganization(organizationId: $o) { id } }', { o: fresh.id });
    },
  },
  {
    field: 'inviteMember',
    needs: ['member:invite'],
    prepare: async () =>
      op('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organizationId: org.id, email: uniqueEmail('invitee'), roleId: directoryRole } }),
  },
  {
    field: 'acceptInvitation',
    needs: [],
    prepare: async ({ actor }) => {
      const fresh = await seed(stack).org({ owner: org.owner });
      const mail = await mailSentBy(stack, actor.email, /You are invited/, () =>
        asOwner('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organizationId: fresh.id, email: actor.email, roleId: fresh.roles.viewer } }, fresh),
      );
      return op('mutation($t: String!) { acceptInvitation(token: $t) { id } }', { t: decodeURIComponent(mail.token ?? '') });
    },
  },
  {
    field: 'revokeInvitation',
    needs: ['member:invite'],
    prepare: async () => {
      const { inviteMember } = await asOwner('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', {
        i: { organizationId: org.id, email: uniqueEmail('invitee'), roleId: org.roles.viewer },
      });
      return op('mutation($o: ID!, $i: ID!) { revokeInvitation(organizationId: $o, invitationId: $i) { id } }', { o: org.id, i: inviteMember.id });
    },
  },
  {
    field: 'changeMemberRole',
    needs: ['member:manage'],
    prepare: async () => {
      const target = await org.member(directoryRole);
      const other = await org.role(['organization:read'], { name: uniqueSlug('role') });
      return op('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', {
        i: { organizationId: org.id, membershipId: target.membershipId, roleId: other },
      });
    },
  },
  {
    field: 'removeMember',
    needs: ['member:manage'],
    prepare: async () => op('mutation($o: ID!, $m: ID!) { removeMember(organizationId: $o, membershipId: $m) }', { o: org.id, m: (await org.member(directoryRole)).membershipId }),
  },
  {
    field: 'leaveOrganization',
    needs: [],
    prepare: async (fixture) => op('mutation($o: ID!) { leaveOrganization(organizationId: $o) }', { o: (await freshOrganizationJoinedBy(fixture, [])).id }),
  },
  {
    field: 'createTeam',
    needs: ['team:manage'],
    prepare: async () => op('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { organizationId: org.id, name: uniqueSlug('team') } }),
  },
  {
    field: 'updateTeam',
    needs: ['team:manage'],
    prepare: async () => op('mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id } }', { i: { organizationId: org.id, teamId: await newTeam(), description: 'changed' } }),
  },
  {
    field: 'deleteTeam',
    needs: ['team:manage'],
    prepare: async () => op('mutation($o: ID!, $t: ID!) { deleteTeam(organizationId: $o, teamId: $t) }', { o: org.id, t: await newTeam() }),
  },
  {
    field: 'addTeamMember',
    needs: ['team:manage'],
    prepare: async ({ actor }) =>
      op('mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }', { i: { organizationId: org.id, teamId: await newTeam(), membershipId: actor.membershipId } }),
  },
  {
    field: 'removeTeamMember',
    needs: ['team:manage'],
    prepare: async ({ actor }) => {
      const input = { organizationId: org.id, teamId: await newTeam(), membershipId: actor.membershipId };
      await asOwner('mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }', { i: input });
      return op('mutation($i: TeamMemberInput!) { removeTeamMember(input: $i) { id } }', { i: input });
    },
  },
  {
    field: 'createRole',
    needs: ['role:manage'],
    prepare: async () =>
      op('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { organizationId: org.id, name: uniqueSlug('role'), permissions: ['organization:read'] } }),
  },
  {
    field: 'updateRole',
    needs: ['role:manage'],
    prepare: async () => op('mutation($i: UpdateRoleInput!) { updateRole(input: $i) { id } }', { i: { organizationId: org.id, roleId: await newRole(), description: 'changed' } }),
  },
  {
    field: 'deleteRole',
    needs: ['role:manage'],
    prepare: async () => op('mutation($o: ID!, $r: ID!) { deleteRole(organizationId: $o, roleId: $r) }', { o: org.id, r: await newRole() }),
  },
  {
    field: 'createApiKey',
    needs: ['apikey:manage'],
    prepare: async () =>
      op('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }', { i: { organizationId: org.id, name: 'ci', roleId: directoryRole } }),
  },
  {
    field: 'revokeApiKey',
    needs: ['apikey:manage'],
    prepare: async () => op('mutation($o: ID!, $k: ID!) { revokeApiKey(organizationId: $o, apiKeyId: $k) { id } }', { o: org.id, k: (await org.apiKey('viewer')).id }),
  },
  {
    field: 'createOidcConnection',
    needs: ['sso:manage'],
    prepare: async () => op('mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }', { i: { organizationId: org.id, ...OIDC } }),
  },
  {
    field: 'updateOidcConnection',
    needs: ['sso:manage'],
    prepare: async () =>
      op('mutation($i: UpdateOidcConnectionInput!) { updateOidcConnection(input: $i) { id } }', { i: { organizationId: org.id, connectionId: await newOidc(), clientSecret: 'rotated' } }),
  },
  {
    field: 'createSamlConnection',
    needs: ['sso:manage'],
    prepare: async () => op('mutation($i: CreateSamlConnectionInput!) { createSamlConnection(input: $i) { id } }', { i: { organizationId: org.id, ...SAML } }),
  },
  {
    field: 'updateSamlConnection',
    needs: ['sso:manage'],
    prepare: async () =>
      op('mutation($i: UpdateSamlConnectionInput!) { updateSamlConnection(input: $i) { id } }', { i: { organizationId: org.id, connectionId: await newSaml(), name: 'Renamed' } }),
  },
  {
    field: 'deleteSsoConnection',
    needs: ['sso:manage'],
    prepare: async () => op('mutation($o: ID!, $c: ID!) { deleteSsoConnection(organizationId: $o, connectionId: $c) }', { o: org.id, c: await newOidc() }),
  },
];

const PROJECTS_MUTATIONS: Case[] = [
  {
    field: 'createProject',
    needs: ['project:write'],
    prepare: async () => op('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', { i: { organizationId: org.id, name: 'New', slug: uniqueSlug('project') } }),
  },
  {
    field: 'updateProject',
    needs: ['project:write'],
    prepare: async () => op('mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }', { i: { id: project.id, description: `changed ${Math.random()}` } }),
  },
  {
    field: 'archiveProject',
    needs: ['project:archive'],
    prepare: async () => op('mutation($id: ID!) { archiveProject(id: $id) { id } }', { id: (await seed(stack).project(org)).id }),
  },
  {
    field: 'unarchiveProject',
    needs: ['project:archive'],
    prepare: async () => {
      const archived = await seed(stack).project(org);
      await asOwner('mutation($id: ID!) { archiveProject(id: $id) { id } }', { id: archived.id });
      return op('mutation($id: ID!) { unarchiveProject(id: $id) { id } }', { id: archived.id });
    },
  },
  {
    field: 'createVersion',
    needs: ['version:create'],
    prepare: async () =>
      op('mutation($i: CreateVersionInput!) { createVersion(input: $i) { id } }', {
        i: { projectId: project.id, name: uniqueSlug('v'), modelConfig: { model: 'gpt-4o-mini' }, changelog: 'Matrix.' },
      }),
  },
  {
    field: 'promoteVersion',
    needs: ['version:promote'],
    // No baselines: the gate passes, so only the permission decides.
    prepare: async () => op(PROMOTE, { i: { versionId: (await (await seed(stack).project(org)).version()).id, reason: 'Ready.' } }),
  },
  {
    field: 'promoteVersion',
    variant: 'forced past a failing gate',
    needs: ['version:promote', 'version:force-promote'],
    prepare: async () => {
      const failing = await seed(stack).project(org);
      await failing.baseline({ metric: 'accuracy', operator: 'GTE', threshold: 0.9 });
      const version = await failing.version();
      await version.measure({ accuracy: 0.1 });
      return op(PROMOTE, { i: { versionId: version.id, reason: 'Hotfix.', force: true } });
    },
  },
  {
    field: 'degradeVersion',
    needs: ['version:promote'],
    prepare: async () =>
      op('mutation($i: DegradeVersionInput!) { degradeVersion(input: $i) { id } }', { i: { versionId: (await (await seed(stack).project(org)).version()).id, reason: 'Bad.' } }),
  },
  {
    field: 'rollbackVersion',
    needs: ['version:promote'],
    prepare: async () => {
      const lifecycle = await seed(stack).project(org);
      for (const version of [await lifecycle.version(), await lifecycle.version()]) await asOwner(PROMOTE, { i: { versionId: version.id, reason: 'Next.' } });
      return op('mutation($i: RollbackVersionInput!) { rollbackVersion(input: $i) { version { id } } }', { i: { projectId: lifecycle.id, reason: 'Regression.' } });
    },
  },
  {
    field: 'setBaseline',
    needs: ['baseline:manage'],
    prepare: async () =>
      op('mutation($i: SetBaselineInput!) { setBaseline(input: $i) { id } }', { i: { projectId: project.id, metric: metricName(), operator: 'GTE', threshold: 0.5 } }),
  },
  {
    field: 'removeBaseline',
    needs: ['baseline:manage'],
    prepare: async () => op('mutation($id: ID!) { removeBaseline(id: $id) { id } }', { id: await project.baseline({ metric: metricName(), operator: 'GTE', threshold: 0.5 }) }),
  },
  {
    field: 'recordVersionMeasurements',
    needs: ['version:create'],
    prepare: async () =>
      op('mutation($i: RecordVersionMeasurementsInput!) { recordVersionMeasurements(input: $i) { id } }', {
        i: { versionId: (await project.version()).id, values: [{ metric: 'accuracy', value: 0.8 }] },
      }),
  },
];

const METRICS_MUTATIONS: Case[] = [
  {
    field: 'recordLlmUsage',
    needs: ['metrics:write'],
    prepare: async () => op('mutation($o: ID!, $r: [LlmUsageInput!]!) { recordLlmUsage(organizationId: $o, records: $r) { batches { id } } }', { o: org.id, r: [usageRecord()] }),
  },
  {
    field: 'createBudget',
    needs: ['budget:manage'],
    prepare: async () =>
      op('mutation($i: CreateBudgetInput!) { createBudget(input: $i) { id } }', {
        i: { organizationId: org.id, name: uniqueSlug('budget'), scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '10.00' },
      }),
  },
  {
    field: 'updateBudget',
    needs: ['budget:manage'],
    prepare: async () => op('mutation($id: ID!, $i: UpdateBudgetInput!) { updateBudget(id: $id, input: $i) { id } }', { id: await newBudget(), i: { limitUsd: '20.00' } }),
  },
  {
    field: 'deleteBudget',
    needs: ['budget:manage'],
    prepare: async () => op('mutation($id: ID!) { deleteBudget(id: $id) }', { id: await newBudget() }),
  },
  {
    field: 'setModelPrice',
    needs: ['budget:manage'],
    prepare: async () =>
      op('mutation($i: SetModelPriceInput!) { setModelPrice(input: $i) { id } }', {
        i: { organizationId: org.id, provider: 'openai', modelPattern: uniqueSlug('model'), inputUsdPerMillion: '1.00', outputUsdPerMillion: '2.00' },
      }),
  },
];

let repositorySequence = 0;
/** A repository connected by the owner, with a unique name. */
const newRepository = () => seed(stack).repository(org, { fullName: `matrix/repo-${(repositorySequence += 1)}-${Date.now().toString(36)}` });

/** Publishing jobs of the matrix's reviews talk to this fake GitHub, never to api.github.com. */
let github: Promise<FakeGitHub> | undefined;
/** The head commit of the recorded `pull_request` payload (pull request #2). */
const MATRIX_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
/** A pull request of a new repository on the fake GitHub, created by its recorded `pull_request` webhook. */
async function newPullRequest(): Promise<string> {
  // Started once, by whichever actor's case comes first (they run at once).
  const fake = await (github ??= startFakeGitHub({ token: 'ghp_matrix_token_1' }));
  const fullName = `matrix/review-${(repositorySequence += 1)}-${Date.now().toString(36)}`;
  fake.addRepository({ fullName, commits: { [MATRIX_HEAD]: {} }, pullRequests: [{ number: 2, headSha: MATRIX_HEAD, baseSha: MATRIX_HEAD, files: [] }] });
  const repository = await seed(stack).repository(org, { fullName, apiBaseUrl: fake.apiBaseUrl, accessToken: 'ghp_matrix_token_1' });
  await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', fullName)));
  const listed = await eventually(
    () => asOwner<{ pullRequests: { edges: { node: { id: string } }[] } }>('query($r: ID!) { pullRequests(repositoryId: $r) { edges { node { id } } } }', { r: repository.id }),
    (data) => data.pullRequests.edges.length > 0,
    'the pull request created by the webhook',
  );
  return listed.pullRequests.edges[0]!.node.id;
}

const REPOS_MUTATIONS: Case[] = [
  {
    field: 'connectRepository',
    needs: ['repo:manage'],
    prepare: async () =>
      op('mutation($i: ConnectRepositoryInput!) { connectRepository(input: $i) { repository { id } } }', {
        i: { organizationId: org.id, provider: 'GITHUB', fullName: `matrix/connect-${(repositorySequence += 1)}`, accessToken: 'ghp_matrix_token_1' },
      }),
  },
  {
    field: 'updateRepository',
    needs: ['repo:manage'],
    prepare: async () => op('mutation($i: UpdateRepositoryInput!) { updateRepository(input: $i) { id } }', { i: { id: (await newRepository()).id, defaultBranch: 'trunk' } }),
  },
  {
    field: 'disconnectRepository',
    needs: ['repo:manage'],
    prepare: async () => op('mutation($id: ID!) { disconnectRepository(id: $id) { id } }', { id: (await newRepository()).id }),
  },
  {
    field: 'rotateWebhookSecret',
    needs: ['repo:manage'],
    prepare: async () => op('mutation($id: ID!) { rotateWebhookSecret(id: $id) { webhookSecret } }', { id: (await newRepository()).id }),
  },
  {
    field: 'redeliverWebhook',
    needs: ['repo:manage'],
    prepare: async () => {
      const repository = await newRepository();
      const sent = await repository.send(repository.githubDelivery('ping', { zen: 'Keep it logically awesome.', repository: { full_name: repository.fullName } }));
      return op('mutation($id: ID!) { redeliverWebhook(id: $id) { id } }', { id: sent.body.id });
    },
  },
  {
    field: 'publishReview',
    needs: ['repo:manage'],
    prepare: async () =>
      op('mutation($id: ID!, $i: PublishReviewInput!) { publishReview(pullRequestId: $id, input: $i) { checkRun { id } } }', {
        id: await newPullRequest(),
        i: { findings: [{ fingerprint: 'matrix-1', path: 'README.md', line: 1, severity: 'INFO', category: 'docs', message: 'A finding.' }] },
      }),
  },
];

let policySequence = 0;
const newPolicy = async () =>
  (
    await asOwner('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { id currentVersion { id } } }', {
      i: { organizationId: org.id, name: `matrix policy ${(policySequence += 1)}`, type: 'COST', defaultEnforcement: 'STRICT', rules: [{ maxCostPerRequestUsd: 0.25 }] },
    })
  ).createPolicy as { id: string; currentVersion: { id: string } };
const newAssignment = async () =>
  (await asOwner('mutation($i: AssignPolicyInput!) { assignPolicy(input: $i) { id } }', { i: { policyId: (await newPolicy()).id, subjectKind: 'ORGANIZATION', subjectId: org.id } })).assignPolicy.id as string;
const expensiveRequest = { request: { model: 'gpt-4o', provider: 'openai', costUsd: 9 } };

const POLICY_MUTATIONS: Case[] = [
  {
    field: 'createPolicy',
    needs: ['policy:manage'],
    prepare: async () =>
      op('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { id } }', {
        i: { organizationId: org.id, name: `matrix policy ${(policySequence += 1)}`, type: 'USAGE', defaultEnforcement: 'WARNING', rules: [{ deniedModels: ['gpt-3*'] }] },
      }),
  },
  {
    field: 'updatePolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($i: UpdatePolicyInput!) { updatePolicy(input: $i) { id } }', { i: { policyId: (await newPolicy()).id, description: 'Changed.' } }),
  },
  {
    field: 'activatePolicyVersion',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($id: ID!) { activatePolicyVersion(versionId: $id) { id } }', { id: (await newPolicy()).currentVersion.id }),
  },
  {
    field: 'retirePolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($id: ID!) { retirePolicy(policyId: $id) { id } }', { id: (await newPolicy()).id }),
  },
  {
    field: 'assignPolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($i: AssignPolicyInput!) { assignPolicy(input: $i) { id } }', { i: { policyId: (await newPolicy()).id, subjectKind: 'ORGANIZATION', subjectId: org.id } }),
  },
  {
    field: 'unassignPolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($id: ID!) { unassignPolicy(assignmentId: $id) { id } }', { id: await newAssignment() }),
  },
  {
    field: 'grantPolicyException',
    needs: ['policy:manage'],
    prepare: async () =>
      op('mutation($i: GrantPolicyExceptionInput!) { grantPolicyException(input: $i) { id } }', {
        i: { assignmentId: await newAssignment(), subjectKind: 'USER', subjectId: org.owner.id, reason: 'Matrix.', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      }),
  },
  {
    field: 'revokePolicyException',
    needs: ['policy:manage'],
    prepare: async () => {
      const granted = await asOwner('mutation($i: GrantPolicyExceptionInput!) { grantPolicyException(input: $i) { id } }', {
        i: { assignmentId: await newAssignment(), subjectKind: 'USER', subjectId: org.owner.id, reason: 'Matrix.', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      });
      return op('mutation($id: ID!) { revokePolicyException(exceptionId: $id) { id } }', { id: granted.grantPolicyException.id });
    },
  },
  {
    field: 'evaluatePolicies',
    needs: ['policy:evaluate'],
    prepare: async () => op('mutation($i: EvaluatePoliciesInput!) { evaluatePolicies(input: $i) { id } }', { i: { organizationId: org.id, action: 'LLM_REQUEST', context: expensiveRequest, dryRun: true } }),
  },
  {
    field: 'updatePolicyViolation',
    needs: ['policy:manage'],
    prepare: async () => {
      await newAssignment();
      const decision = await asOwner('mutation($i: EvaluatePoliciesInput!) { evaluatePolicies(input: $i) { id } }', { i: { organizationId: org.id, action: 'LLM_REQUEST', context: expensiveRequest } });
      const violations = await asOwner('query($o: ID!) { policyViolations(organizationId: $o, first: 100) { edges { node { id decisionId } } } }', { o: org.id });
      const violation = (violations.policyViolations.edges as { node: { id: string; decisionId: string } }[]).find((edge) => edge.node.decisionId === decision.evaluatePolicies.id)!;
      return op('mutation($i: UpdatePolicyViolationInput!) { updatePolicyViolation(input: $i) { id } }', { i: { violationId: violation.node.id, status: 'ACKNOWLEDGED' } });
    },
  },
];

const CASES: Case[] = [...ORGANIZATION_QUERIES, ...ORGANIZATION_MUTATIONS, ...PROJECTS_MUTATIONS, ...METRICS_MUTATIONS, ...REPOS_MUTATIONS, ...POLICY_MUTATIONS];

beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
  project = await seed(stack).project(org);
  directoryRole = await org.role(['organization:read'], { name: 'Directory' });
  // One member per built-in role and one per distinct custom permission set, made once and reused.
  const customSets = new Map(CASES.map((c) => [customKey(c.needs), customPermissionsFor(c.needs)]));
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) roleIds.set(role, org.roles[role]);
  for (const [key, permissions] of customSets) roleIds.set(key, await org.role(permissions, { name: key }));
  await Promise.all([...roleIds].map(async ([key, roleId]) => members.set(key, await org.member(roleId))));
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await (await github)?.stop();
});

/** `allowed`, or the error codes the actor got (FORBIDDEN when the gate or the service refused). */
async function outcome(testCase: Case, actor: Actor): Promise<string> {
  const key = actor === 'custom' ? customKey(testCase.needs) : actor;
  const fixture: Fixture = { org, actor: members.get(key)!, roleId: roleIds.get(key)! };
  const { query, variables } = await testCase.prepare(fixture);
  const res = await stack.post<Record<string, unknown>>({ query, variables }, { token: fixture.actor.accessToken });
  if (!res.errors && res.data?.[testCase.field]) return 'allowed';
  if (res.errors && (res.data?.[testCase.field] ?? null) === null) return [...new Set(res.errors.map((e) => String(e.extensions?.code)))].join(',');
  return `unexpected: ${JSON.stringify(res)}`;
}

describe('the permission matrix of the supergraph', () => {
  it.each(CASES.map((c) => [`${c.field}${c.variant ? ` (${c.variant})` : ''}`, c.needs.join(' + ') || 'no permission', c] as const))(
    '%s needs %s, for each built-in role and a custom role holding exactly that',
    async (_name, _needs, testCase) => {
      // The actors' targets are independent, so they run at once (the file stays well under a minute).
      const got = Object.fromEntries(await Promise.all(ACTORS.map(async (actor) => [actor, await outcome(testCase, actor)] as const)));
      expect(got).toEqual(Object.fromEntries(ACTORS.map((actor) => [actor, expectedOutcome(actor, testCase.needs)])));
    },
  );

  it('has a case for every mutation any subgraph declares, except identity’s self-service ones', () => {
    const declared = declaredMutations();
    expect(declared.length).toBeGreaterThan(40);
    const missing = declared.filter(({ field }) => !SELF_SERVICE.has(field) && !CASES.some((c) => c.field === field));
    expect(missing).toEqual([]);
    // The exemptions are identity's and still exist: a renamed or moved mutation must not stay exempt.
    const exempt = declared.filter(({ field }) => SELF_SERVICE.has(field));
    expect(exempt.map(({ field }) => field).sort()).toEqual([...SELF_SERVICE].sort());
    expect(new Set(exempt.map(({ subgraph }) => subgraph))).toEqual(new Set(['identity']));
  });
});
