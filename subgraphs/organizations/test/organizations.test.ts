import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddTeamMemberDocument,
  ChangeMemberRoleDocument,
  CreateOrganizationDocument,
  CreateTeamDocument,
  DeleteOrganizationDocument,
  DeleteTeamDocument,
  LeaveOrganizationDocument,
  MembersDocument,
  MyMembershipsDocument,
  OrganizationDocument,
  RemoveMemberDocument,
  RemoveTeamMemberDocument,
  TeamsDocument,
  UpdateOrganizationDocument,
  UpdateTeamDocument,
} from '@steward/client';
import { ALL_PERMISSIONS, BUILT_IN_ROLES, GRANTS_CHANGED_TOPIC } from '@steward/kernel';
import { seed, startTestStack, uniqueSlug, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

type Result = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
function expectError(res: Result, code: string, field?: string) {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
  // The whole answer is null, or the one field that failed is.
  expect(Object.values((res.data ?? {}) as Record<string, unknown>).every((value) => value === null)).toBe(true);
}

describe('creating an organization', () => {
  it('makes the caller its owner and gives it the four built-in roles', async () => {
    const user = await seed(stack).user();
    const slug = uniqueSlug('acme');
    const res = await stack.request(CreateOrganizationDocument, { input: { name: '  Acme  ', slug, maxMembers: 10 } }, { token: user.accessToken });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createOrganization;
    expect(created).toMatchObject({ name: 'Acme', slug, maxMembers: 10, memberCount: 1, settings: { invitationTtlHours: 168, allowedInvitationDomains: [] } });
    expect(created.viewerPermissions).toEqual(ALL_PERMISSIONS.filter((p) => BUILT_IN_ROLES.owner.permissions.includes(p)));
    expect(created.viewerCanDelete).toBe(true);
    const mine = await stack.request(MyMembershipsDocument, {}, { token: user.accessToken });
    expect(mine.data!.me!.memberships).toEqual([{ id: expect.any(String), organization: { id: created.id, slug, name: 'Acme' }, role: { id: expect.any(String), name: 'Owner', builtIn: 'owner' } }]);
  });

  it('names the offending field of an invalid slug or name', async () => {
    const user = await seed(stack).user();
    for (const slug of ['Upper-Case', 'ab', '-leading', 'trailing-', 'under_score', 'x'.repeat(41)]) {
      expectError(await stack.request(CreateOrganizationDocument, { input: { name: 'Acme', slug } }, { token: user.accessToken }), 'BAD_USER_INPUT', 'input.slug');
    }
    expectError(await stack.request(CreateOrganizationDocument, { input: { name: '  ', slug: uniqueSlug() } }, { token: user.accessToken }), 'BAD_USER_INPUT', 'input.name');
  });

  it('refuses a slug another live organization uses, with CONFLICT on input.slug', async () => {
    const existing = await seed(stack).org();
    const user = await seed(stack).user();
    const res = await stack.request(CreateOrganizationDocument, { input: { name: 'Copy', slug: existing.slug } }, { token: user.accessToken });
    expectError(res, 'CONFLICT', 'input.slug');
  });

  it('is for signed-in users only', async () => {
    expectError(await stack.request(CreateOrganizationDocument, { input: { name: 'Anon', slug: uniqueSlug() } }), 'UNAUTHENTICATED');
    const key = await (await seed(stack).org()).apiKey('owner');
    expectError(await stack.request(CreateOrganizationDocument, { input: { name: 'Bot', slug: uniqueSlug() } }, { token: key.secret }), 'FORBIDDEN');
  });
});

describe('reading and changing an organization', () => {
  let org: SeededOrganization;
  beforeAll(async () => {
    org = await seed(stack).org();
  });

  it('finds it by slug as by id, and wants exactly one of them', async () => {
    const bySlug = await stack.request(OrganizationDocument, { slug: org.slug }, { token: org.owner.accessToken });
    expect(bySlug.data!.organization!.id).toBe(org.id);
    expectError(await stack.request(OrganizationDocument, {}, { token: org.owner.accessToken }), 'BAD_USER_INPUT', 'id');
    expectError(await stack.request(OrganizationDocument, { id: org.id, slug: org.slug }, { token: org.owner.accessToken }), 'BAD_USER_INPUT');
  });

  it('renames it, changes its slug and merges settings', async () => {
    const slug = uniqueSlug('renamed');
    const res = await stack.request(
      UpdateOrganizationDocument,
      { input: { organizationId: org.id, name: 'Renamed', slug, settings: { invitationTtlHours: 24 } } },
      { token: org.owner.accessToken },
    );
    expect(res.data!.updateOrganization).toMatchObject({ name: 'Renamed', slug, settings: { invitationTtlHours: 24, allowedInvitationDomains: [] } });
    const again = await stack.request(UpdateOrganizationDocument, { input: { organizationId: org.id, settings: { allowedInvitationDomains: ['example.test'] } } }, { token: org.owner.accessToken });
    expect(again.data!.updateOrganization.settings).toEqual({ invitationTtlHours: 24, allowedInvitationDomains: ['example.test'] });
    expectError(
      await stack.request(UpdateOrganizationDocument, { input: { organizationId: org.id, settings: { invitationTtlHours: 0 } } }, { token: org.owner.accessToken }),
      'BAD_USER_INPUT',
      'input.settings.invitationTtlHours',
    );
  });

  it('refuses a seat limit below the member count, and removes the limit with an explicit null', async () => {
    await org.member('viewer');
    expectError(
      await stack.request(UpdateOrganizationDocument, { input: { organizationId: org.id, maxMembers: 1 } }, { token: org.owner.accessToken }),
      'BAD_USER_INPUT',
      'input.maxMembers',
    );
    const limited = await stack.request(UpdateOrganizationDocument, { input: { organizationId: org.id, maxMembers: 2 } }, { token: org.owner.accessToken });
    expect(limited.data!.updateOrganization.maxMembers).toBe(2);
    const unlimited = await stack.request(UpdateOrganizationDocument, { input: { organizationId: org.id, maxMembers: null } }, { token: org.owner.accessToken });
    expect(unlimited.data!.updateOrganization.maxMembers).toBeNull();
  });

  it('tells each member what they may do through viewerCan… fields, exactly as their built-in role says', async () => {
    const flagPermissions = {
      viewerCanUpdate: 'organization:update',
      viewerCanDelete: 'organization:delete',
      viewerCanInvite: 'member:invite',
      viewerCanManageMembers: 'member:manage',
      viewerCanManageTeams: 'team:manage',
      viewerCanManageRoles: 'role:manage',
      viewerCanManageApiKeys: 'apikey:manage',
      viewerCanManageSso: 'sso:manage',
      viewerCanReadAuditEvents: 'audit:read',
    } as const;
    for (const role of ['viewer', 'member', 'admin', 'owner'] as const) {
      const member = await org.member(role);
      const seen = (await stack.request(OrganizationDocument, { id: org.id }, { token: member.accessToken })).data!.organization!;
      const held = new Set<string>(BUILT_IN_ROLES[role].permissions);
      const expected = Object.fromEntries(Object.entries(flagPermissions).map(([flag, permission]) => [flag, held.has(permission)]));
      expect(Object.fromEntries(Object.keys(flagPermissions).map((flag) => [flag, seen[flag as keyof typeof flagPermissions]])), role).toEqual(expected);
    }
  });
});

describe('deleting an organization', () => {
  it('keeps its rows, frees its slug and ends every member’s and key’s access at once', async () => {
    const org = await seed(stack).org();
    const member = await org.member('member');
    const key = await org.apiKey('viewer');
    const res = await stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    expect(res.data!.deleteOrganization).toBe(org.id);

    const [row] = await stack.database.query<{ deleted_at: Date | null; deleted_by: string; members: string }>(
      'select deleted_at, deleted_by, (select count(*) from organizations.memberships where organization_id = $1) as members from organizations.organizations where id = $1',
      [org.id],
    );
    expect(row!.deleted_at).not.toBeNull();
    expect(row!.deleted_by).toBe(org.owner.id);
    expect(Number(row!.members)).toBe(2);

    for (const token of [org.owner.accessToken, member.accessToken]) expectError(await stack.request(OrganizationDocument, { id: org.id }, { token }), 'NOT_FOUND');
    const asKey = await stack.request(OrganizationDocument, { id: org.id }, { token: key.secret });
    expect(asKey.status).toBe(401);

    const reused = await stack.request(CreateOrganizationDocument, { input: { name: 'Second life', slug: org.slug } }, { token: member.accessToken });
    expect(reused.errors).toBeUndefined();
  });

  const isLive = async (organizationId: string) =>
    (await stack.database.query<{ deleted_at: Date | null }>('select deleted_at from organizations.organizations where id = $1', [organizationId]))[0]!.deleted_at === null;
  const viewerCanDelete = async (organizationId: string, token: string) =>
    (await stack.post<{ organization: { viewerCanDelete: boolean } }>({ query: 'query($id: ID) { organization(id: $id) { viewerCanDelete } }', variables: { id: organizationId } }, { token })).data
      ?.organization.viewerCanDelete;

  it('refuses organization:delete in a custom role, whether listed, inherited from owner or already stored', async () => {
    const org = await seed(stack).org();
    const listed = await stack.post({
      query: 'mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }',
      variables: { i: { organizationId: org.id, name: 'Deleters', permissions: ['audit:read', 'organization:delete'] } },
    }, { token: org.owner.accessToken });
    expectError(listed, 'BAD_USER_INPUT', 'input.permissions.1');
    expect(listed.errors![0]!.message).toContain('reserved for the built-in Owner role');

    // An owner may make a role inheriting from owner; it carries everything but the owners-only right.
    const heir = await org.member(await org.role([], { name: 'Heir', parentRoleId: org.roles.owner }));
    expect(await viewerCanDelete(org.id, heir.accessToken)).toBe(false);
    expectError(await stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: heir.accessToken }), 'FORBIDDEN');

    // A row written before the rule existed grants nothing either.
    const legacyRole = await org.role(['audit:read'], { name: 'Legacy' });
    await stack.database.query(`update organizations.roles set permissions = '["organization:delete", "audit:read"]'::jsonb where id = $1`, [legacyRole]);
    const legacy = await org.member(legacyRole);
    expectError(await stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: legacy.accessToken }), 'FORBIDDEN');
    expect(await isLive(org.id)).toBe(true);
    expect(await viewerCanDelete(org.id, org.owner.accessToken)).toBe(true);
  });

  const RESTORE = 'mutation($o: ID!, $s: String) { restoreOrganization(organizationId: $o, slug: $s) { id slug name } }';
  const restore = (organizationId: string, token: string, slug?: string) =>
    stack.post<{ restoreOrganization: { id: string; slug: string; name: string } }>({ query: RESTORE, variables: { o: organizationId, s: slug ?? null } }, { token });

  it('lets an owner restore it with its members and keys, whose access returns at once', async () => {
    const announced: string[] = [];
    const stopListening = await stack.bus.subscribe(GRANTS_CHANGED_TOPIC, (payload) => announced.push(payload));
    try {
      const org = await seed(stack).org();
      const member = await org.member('member');
      const key = await org.apiKey('viewer');
      await stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: org.owner.accessToken });
      expect((await stack.request(OrganizationDocument, { id: org.id }, { token: key.secret })).status).toBe(401);
      announced.length = 0;

      const restored = await restore(org.id, org.owner.accessToken);
      expect(restored.errors).toBeUndefined();
      expect(restored.data!.restoreOrganization).toEqual({ id: org.id, slug: org.slug, name: org.name });
      for (let i = 0; i < 100 && !announced.includes('*'); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(announced).toContain('*');
      expect((await stack.request(OrganizationDocument, { id: org.id }, { token: member.accessToken })).data!.organization!.id).toBe(org.id);
      expect((await stack.request(OrganizationDocument, { id: org.id }, { token: key.secret })).data!.organization!.id).toBe(org.id);
      const [row] = await stack.database.query<{ deleted_at: Date | null; deleted_by: string | null }>('select deleted_at, deleted_by from organizations.organizations where id = $1', [org.id]);
      expect(row).toEqual({ deleted_at: null, deleted_by: null });
      const actions = await stack.database.query<{ action: string }>('select action from organizations.audit_events where organization_id = $1 order by created_at desc limit 2', [org.id]);
      expect(actions.map((a) => a.action)).toEqual(['organization.restored', 'organization.deleted']);
    } finally {
      await stopListening();
    }
  });

  it('asks for a new slug when another organization took the old one since', async () => {
    const org = await seed(stack).org();
    await stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    await seed(stack).org({ slug: org.slug });
    const conflict = await restore(org.id, org.owner.accessToken);
    expectError(conflict, 'CONFLICT', 'slug');
    expect(conflict.errors![0]!.message).toContain('Restore it with a new slug');
    expectError(await restore(org.id, org.owner.accessToken, 'Not A Slug'), 'BAD_USER_INPUT', 'slug');
    const fresh = uniqueSlug('restored');
    expect((await restore(org.id, org.owner.accessToken, fresh)).data!.restoreOrganization.slug).toBe(fresh);
  });

  it('restores for owners only, within the restore window', async () => {
    const org = await seed(stack).org();
    const admin = await org.member('admin');
    const key = await org.apiKey('owner');
    const outsider = await seed(stack).user();
    await stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    expectError(await restore(org.id, admin.accessToken), 'FORBIDDEN');
    expectError(await restore(org.id, outsider.accessToken), 'NOT_FOUND');
    // The key no longer authenticates (its organization is gone), which refuses it before any rule.
    expect((await restore(org.id, key.secret)).status).toBe(401);
    // Thirty-one days pass (every test after this one makes its own users: these sessions have run out).
    stack.clock.advance(31 * 86_400_000);
    const late = await restore(org.id, org.owner.accessToken);
    expectError(late, 'CONFLICT');
    expect(late.errors![0]!.message).toContain('more than 30 days ago');
    // A live organization is not restorable either: there is nothing to restore.
    const live = await seed(stack).org();
    expectError(await restore(live.id, live.owner.accessToken), 'NOT_FOUND');
  });

  it('refuses an API key with the owner role, saying that keys cannot do this', async () => {
    const org = await seed(stack).org();
    const key = await org.apiKey('owner');
    expect(await viewerCanDelete(org.id, key.secret)).toBe(false);
    const res = await stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: key.secret });
    expectError(res, 'FORBIDDEN');
    expect(res.errors![0]!.message).toMatch(/API keys cannot .*delete the organization/);
    expect(await isLive(org.id)).toBe(true);
  });
});

describe('members', () => {
  it('keeps at least one owner: the last owner can neither leave nor be demoted nor removed', async () => {
    const org = await seed(stack).org();
    const [ownerMembership] = (await stack.request(MembersDocument, { organizationId: org.id }, { token: org.owner.accessToken })).data!.members.edges;
    expectError(await stack.request(LeaveOrganizationDocument, { organizationId: org.id }, { token: org.owner.accessToken }), 'CONFLICT');
    expectError(
      await stack.request(ChangeMemberRoleDocument, { input: { organizationId: org.id, membershipId: ownerMembership!.node.id, roleId: org.roles.admin } }, { token: org.owner.accessToken }),
      'CONFLICT',
    );
    expectError(await stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: ownerMembership!.node.id }, { token: org.owner.accessToken }), 'CONFLICT');

    // With a second owner, the first may step down.
    const second = await org.member('owner');
    const demoted = await stack.request(
      ChangeMemberRoleDocument,
      { input: { organizationId: org.id, membershipId: ownerMembership!.node.id, roleId: org.roles.admin } },
      { token: second.accessToken },
    );
    expect(demoted.data!.changeMemberRole.role).toMatchObject({ builtIn: 'admin' });
    expectError(await stack.request(LeaveOrganizationDocument, { organizationId: org.id }, { token: second.accessToken }), 'CONFLICT');
  });

  it('keeps owners out of an admin’s reach', async () => {
    const org = await seed(stack).org();
    const admin = await org.member('admin');
    const owner = await org.member('owner');
    const viewer = await org.member('viewer');
    const attempts = [
      stack.request(ChangeMemberRoleDocument, { input: { organizationId: org.id, membershipId: owner.membershipId, roleId: org.roles.viewer } }, { token: admin.accessToken }),
      stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: owner.membershipId }, { token: admin.accessToken }),
      stack.request(ChangeMemberRoleDocument, { input: { organizationId: org.id, membershipId: viewer.membershipId, roleId: org.roles.owner } }, { token: admin.accessToken }),
    ];
    for (const res of await Promise.all(attempts)) expectError(res, 'FORBIDDEN');
    const members = await stack.request(MembersDocument, { organizationId: org.id, first: 100 }, { token: admin.accessToken });
    const byId = new Map(members.data!.members.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(owner.membershipId)).toMatchObject({ viewerCanChangeRole: false, viewerCanRemove: false });
    expect(byId.get(viewer.membershipId)).toMatchObject({ viewerCanChangeRole: true, viewerCanRemove: true });
    const promoted = await stack.request(
      ChangeMemberRoleDocument,
      { input: { organizationId: org.id, membershipId: viewer.membershipId, roleId: org.roles.member } },
      { token: admin.accessToken },
    );
    expect(promoted.data!.changeMemberRole.role).toMatchObject({ builtIn: 'member' });
  });

  it('ends a removed or departed member’s access at once', async () => {
    const org = await seed(stack).org();
    const removed = await org.member('member');
    const departing = await org.member('member');
    expect((await stack.request(OrganizationDocument, { id: org.id }, { token: removed.accessToken })).errors).toBeUndefined();
    const res = await stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: removed.membershipId }, { token: org.owner.accessToken });
    expect(res.data!.removeMember).toBe(removed.membershipId);
    expectError(await stack.request(OrganizationDocument, { id: org.id }, { token: removed.accessToken }), 'NOT_FOUND');
    expect((await stack.request(LeaveOrganizationDocument, { organizationId: org.id }, { token: departing.accessToken })).data!.leaveOrganization).toBe(departing.membershipId);
    expectError(await stack.request(OrganizationDocument, { id: org.id }, { token: departing.accessToken }), 'NOT_FOUND');
    expectError(await stack.request(LeaveOrganizationDocument, { organizationId: org.id }, { token: departing.accessToken }), 'NOT_FOUND');
  });

  it('pages members oldest first with opaque cursors and checks page arguments', async () => {
    const org = await seed(stack).org();
    const joined = [await org.member('viewer'), await org.member('viewer'), await org.member('viewer')];
    const first = await stack.request(MembersDocument, { organizationId: org.id, first: 2 }, { token: org.owner.accessToken });
    expect(first.data!.members.totalCount).toBe(4);
    expect(first.data!.members.pageInfo.hasNextPage).toBe(true);
    const rest = await stack.request(MembersDocument, { organizationId: org.id, first: 2, after: first.data!.members.pageInfo.endCursor }, { token: org.owner.accessToken });
    const ids = [...first.data!.members.edges, ...rest.data!.members.edges].map((e) => e.node.user!.id);
    expect(ids).toEqual([org.owner.id, ...joined.map((m) => m.id)]);
    expect(rest.data!.members.pageInfo.hasNextPage).toBe(false);

    expectError(await stack.request(MembersDocument, { organizationId: org.id, first: 0 }, { token: org.owner.accessToken }), 'BAD_USER_INPUT', 'first');
    expectError(await stack.request(MembersDocument, { organizationId: org.id, first: 101 }, { token: org.owner.accessToken }), 'BAD_USER_INPUT', 'first');
    expectError(await stack.request(MembersDocument, { organizationId: org.id, after: 'not-a-cursor' }, { token: org.owner.accessToken }), 'BAD_USER_INPUT', 'after');
  });
});

describe('teams', () => {
  it('creates, renames and deletes teams and changes their members', async () => {
    const org = await seed(stack).org();
    const member = await org.member('member');
    const token = org.owner.accessToken;
    const created = await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Platform', description: 'Keeps the lights on' } }, { token });
    const teamId = created.data!.createTeam.id;
    expectError(await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'platform' } }, { token }), 'CONFLICT', 'input.name');

    const added = await stack.request(AddTeamMemberDocument, { input: { organizationId: org.id, teamId, membershipId: member.membershipId } }, { token });
    expect(added.data!.addTeamMember.members!.map((m) => m.user!.id)).toEqual([member.id]);
    // Adding twice changes nothing.
    const again = await stack.request(AddTeamMemberDocument, { input: { organizationId: org.id, teamId, membershipId: member.membershipId } }, { token });
    expect(again.data!.addTeamMember.members).toHaveLength(1);

    const renamed = await stack.request(UpdateTeamDocument, { input: { organizationId: org.id, teamId, name: 'Infrastructure' } }, { token });
    expect(renamed.data!.updateTeam).toMatchObject({ name: 'Infrastructure', description: 'Keeps the lights on', viewerCanManage: true });

    const removed = await stack.request(RemoveTeamMemberDocument, { input: { organizationId: org.id, teamId, membershipId: member.membershipId } }, { token });
    expect(removed.data!.removeTeamMember.members).toEqual([]);

    expect((await stack.request(DeleteTeamDocument, { organizationId: org.id, teamId }, { token })).data!.deleteTeam).toBe(teamId);
    expect((await stack.request(TeamsDocument, { organizationId: org.id }, { token })).data!.teams).toEqual([]);
  });

  it('drops a member from their teams when they leave the organization', async () => {
    const org = await seed(stack).org();
    const member = await org.member('member');
    const token = org.owner.accessToken;
    const teamId = (await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Core' } }, { token })).data!.createTeam.id;
    await stack.request(AddTeamMemberDocument, { input: { organizationId: org.id, teamId, membershipId: member.membershipId } }, { token });
    const members = await stack.request(MembersDocument, { organizationId: org.id }, { token });
    expect(members.data!.members.edges.find((e) => e.node.id === member.membershipId)!.node.teams).toEqual([{ id: teamId, name: 'Core' }]);
    await stack.request(LeaveOrganizationDocument, { organizationId: org.id }, { token: member.accessToken });
    const teams = await stack.request(TeamsDocument, { organizationId: org.id }, { token });
    expect(teams.data!.teams[0]!.members).toEqual([]);
  });
});

describe('cost of nested lists', () => {
  const NESTED = `query($o: ID!) { members(organizationId: $o, first: 100) { totalCount edges { node {
    id joinedAt viewerCanRemove
    role { name effectivePermissions memberCount parentRole { id } }
    teams { name members { id } }
    user { id memberships { organization { id name memberCount } role { name } } }
  } } } }`;

  /** An organization with `count` members besides its owner, all in one team. */
  async function organizationWith(count: number): Promise<SeededOrganization> {
    const org = await seed(stack).org();
    const teamId = (await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Everyone' } }, { token: org.owner.accessToken })).data!.createTeam.id;
    for (let i = 0; i < count; i += 1) {
      const member = await org.member(i % 2 ? 'viewer' : 'member');
      await stack.request(AddTeamMemberDocument, { input: { organizationId: org.id, teamId, membershipId: member.membershipId } }, { token: org.owner.accessToken });
    }
    return org;
  }

  async function statementsFor(org: SeededOrganization): Promise<number> {
    const counter = stack.queryCounters.organizations!;
    counter.reset();
    const res = await stack.post<{ members: { totalCount: number } }>({ query: NESTED, variables: { o: org.id } }, { token: org.owner.accessToken });
    expect(res.errors).toBeUndefined();
    return counter.count;
  }

  it('costs the same number of SQL statements for 2 members as for 7', async () => {
    const small = await organizationWith(1);
    const large = await organizationWith(6);
    const [few, many] = [await statementsFor(small), await statementsFor(large)];
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

