import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse } from 'graphql';
import { BUILT_IN_ROLES, listSdlFiles, withImpliedPermissions, type Permission } from '@steward/kernel';
import { seed, startTestStack, type SeededMember } from '@steward/standalone/testing';
import { ANALYSIS_MUTATIONS } from './permission-matrix/analysis.cases.js';
import { METRICS_MUTATIONS } from './permission-matrix/metrics.cases.js';
import { ORGANIZATION_MUTATIONS, ORGANIZATION_QUERIES } from './permission-matrix/organizations.cases.js';
import { POLICY_MUTATIONS } from './permission-matrix/policy.cases.js';
import { PROJECTS_MUTATIONS } from './permission-matrix/projects.cases.js';
import { REPOS_MUTATIONS, stopRepoFakes } from './permission-matrix/repos.cases.js';
import { customPermissionsFor, world, type Case, type Fixture } from './permission-matrix/world.js';

// The supergraph's permission matrix: every mutation of every subgraph (and organizations' queries),
// run through the real gateway by members holding each built-in role and by a custom role holding
// exactly what the operation needs. Expectations come from the kernel's catalogue, never a second copy:
// allowed when the role's permissions include everything the case needs, FORBIDDEN otherwise.
// The cases live in permission-matrix/, one file per subgraph.

const root = path.resolve(import.meta.dirname, '..');

/**
 * Identity's self-service mutations: they act on the caller's own account, session or sign-in and
 * name no organization, so no organization permission can guard them (identity's tests cover them).
 */
const SELF_SERVICE = new Set([
  'register',
  'requestRegistration',
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

const holds = (actor: Actor, needs: Permission[]): readonly Permission[] =>
  actor === 'custom' ? withImpliedPermissions(customPermissionsFor(needs)) : BUILT_IN_ROLES[actor].permissions;
const expectedOutcome = (actor: Actor, needs: Permission[]) => (needs.every((permission) => holds(actor, needs).includes(permission)) ? 'allowed' : 'FORBIDDEN');

const members = new Map<string, SeededMember>();
const roleIds = new Map<string, string>();
const customKey = (needs: Permission[]) => `custom:${customPermissionsFor(needs).join(',')}`;

const CASES: Case[] = [...ORGANIZATION_QUERIES, ...ORGANIZATION_MUTATIONS, ...PROJECTS_MUTATIONS, ...METRICS_MUTATIONS, ...REPOS_MUTATIONS, ...POLICY_MUTATIONS, ...ANALYSIS_MUTATIONS];

beforeAll(async () => {
  // Analysis tasks are left unrun: a session the matrix starts stays QUEUED, so it can always be cancelled.
  const stack = await startTestStack({ ANALYSIS_PROCESS_TASKS: 'false' });
  const org = await seed(stack).org();
  world.stack = stack;
  world.org = org;
  world.project = await seed(stack).project(org);
  world.directoryRole = await org.role(['organization:read'], { name: 'Directory' });
  // One member per built-in role and one per distinct custom permission set, made once and reused.
  const customSets = new Map(CASES.map((c) => [customKey(c.needs), customPermissionsFor(c.needs)]));
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) roleIds.set(role, org.roles[role]);
  for (const [key, permissions] of customSets) roleIds.set(key, await org.role(permissions, { name: key }));
  await Promise.all([...roleIds].map(async ([key, roleId]) => members.set(key, await org.member(roleId))));
}, 120_000);
afterAll(async () => {
  await world.stack?.stop();
  await stopRepoFakes();
});

/** `allowed`, or the error codes the actor got (FORBIDDEN when the gate or the service refused). */
async function outcome(testCase: Case, actor: Actor): Promise<string> {
  const key = actor === 'custom' ? customKey(testCase.needs) : actor;
  const fixture: Fixture = { org: world.org, actor: members.get(key)!, roleId: roleIds.get(key)! };
  const { query, variables } = await testCase.prepare(fixture);
  const res = await world.stack.post<Record<string, unknown>>({ query, variables }, { token: fixture.actor.accessToken });
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
