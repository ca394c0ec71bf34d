import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec, type Caller } from '@steward/kernel';
import { seed, startTestStack, uniqueEmail, type SeededApiKey, type SeededMember, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

// A member of organization A, even its owner, asks for organization B's objects every way the API
// allows. The answer is always NOT_FOUND, FORBIDDEN or null — never data.

let stack: TestStack;
let orgA: SeededOrganization;
let orgB: SeededOrganization;
let ownerA: SeededMember;
let keyA: SeededApiKey;
const b = {} as { teamId: string; roleId: string; invitationId: string; apiKeyId: string; ssoId: string; member: SeededMember };

async function asB<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await stack.post<T>({ query, variables }, { token: orgB.owner.accessToken });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

beforeAll(async () => {
  stack = await startTestStack();
  orgA = await seed(stack).org({ name: 'Alpha' });
  orgB = await seed(stack).org({ name: 'Bravo' });
  ownerA = await orgA.member('owner');
  keyA = await orgA.apiKey('admin');
  b.member = await orgB.member('admin');
  b.roleId = await orgB.role(['organization:read'], { name: 'Bravo readers' });
  b.teamId = (await asB('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { organizationId: orgB.id, name: 'Bravo team' } })).createTeam.id;
  b.invitationId = (
    await asB('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organizationId: orgB.id, email: uniqueEmail(), roleId: orgB.roles.viewer } })
  ).inviteMember.id;
  b.apiKeyId = (await orgB.apiKey('viewer')).id;
  b.ssoId = (
    await asB('mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }', {
      i: { organizationId: orgB.id, name: 'Bravo IdP', issuerUrl: 'https://bravo.example.test', clientId: 'c', clientSecret: 's', allowedDomains: ['bravo.test'] },
    })
  ).createOidcConnection.id;
});
afterAll(async () => {
  await stack?.stop();
});

function expectNothing(res: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] }, field: string, codes = ['NOT_FOUND']) {
  expect(res.errors?.length, `${field} answered without an error`).toBeGreaterThan(0);
  expect(codes).toContain(res.errors![0]!.extensions?.code);
  expect(res.data?.[field] ?? null).toBeNull();
}

describe('asking for another organization by id or slug', () => {
  it('answers NOT_FOUND for organization B by id and by slug, as for an id that does not exist', async () => {
    for (const variables of [{ id: orgB.id }, { slug: orgB.slug }, { id: '00000000-0000-4000-8000-000000000000' }, { slug: 'no-such-org' }]) {
      const res = await stack.post({ query: 'query($id: ID, $slug: String) { organization(id: $id, slug: $slug) { id name } }', variables }, { token: ownerA.accessToken });
      expectNothing(res, 'organization');
      expect(res.errors![0]!.message).toBe('Organization was not found.');
    }
  });

  it('answers NOT_FOUND for every list of organization B', async () => {
    const lists = [
      'members(organizationId: $o) { totalCount }',
      'teams(organizationId: $o) { id }',
      'roles(organizationId: $o) { id }',
      'invitations(organizationId: $o) { totalCount }',
      'apiKeys(organizationId: $o) { totalCount }',
      'ssoConnections(organizationId: $o) { id }',
      'organizationAuditEvents(organizationId: $o) { pageInfo { hasNextPage } }',
    ];
    for (const selection of lists) {
      const res = await stack.post({ query: `query($o: ID!) { ${selection} }`, variables: { o: orgB.id } }, { token: ownerA.accessToken });
      expectNothing(res, selection.slice(0, selection.indexOf('(')));
    }
  });

  it('lists only organization A in myOrganizations, for its owner and for its API key', async () => {
    for (const token of [ownerA.accessToken, keyA.secret]) {
      const res = await stack.post<{ myOrganizations: { id: string }[] }>({ query: '{ myOrganizations { id } }' }, { token });
      expect(res.data!.myOrganizations.map((o) => o.id)).toEqual([orgA.id]);
    }
  });

  it('refuses organization B to organization A’s API key', async () => {
    const res = await stack.post({ query: 'query($id: ID) { organization(id: $id) { id name } }', variables: { id: orgB.id } }, { token: keyA.secret });
    expectNothing(res, 'organization');
  });
});

describe('acting on another organization’s objects', () => {
  it('cannot change them through organization A, where they do not exist', async () => {
    const attempts: [string, string, Record<string, unknown>][] = [
      ['updateTeam', 'mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id } }', { i: { organizationId: orgA.id, teamId: b.teamId, name: 'Hijacked' } }],
      ['deleteTeam', 'mutation($o: ID!, $t: ID!) { deleteTeam(organizationId: $o, teamId: $t) }', { o: orgA.id, t: b.teamId }],
      ['updateRole', 'mutation($i: UpdateRoleInput!) { updateRole(input: $i) { id } }', { i: { organizationId: orgA.id, roleId: b.roleId, permissions: [] } }],
      ['deleteRole', 'mutation($o: ID!, $r: ID!) { deleteRole(organizationId: $o, roleId: $r) }', { o: orgA.id, r: b.roleId }],
      [
        'changeMemberRole',
        'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }',
        { i: { organizationId: orgA.id, membershipId: b.member.membershipId, roleId: orgA.roles.viewer } },
      ],
      ['removeMember', 'mutation($o: ID!, $m: ID!) { removeMember(organizationId: $o, membershipId: $m) }', { o: orgA.id, m: b.member.membershipId }],
      ['revokeInvitation', 'mutation($o: ID!, $i: ID!) { revokeInvitation(organizationId: $o, invitationId: $i) { id } }', { o: orgA.id, i: b.invitationId }],
      ['revokeApiKey', 'mutation($o: ID!, $k: ID!) { revokeApiKey(organizationId: $o, apiKeyId: $k) { id } }', { o: orgA.id, k: b.apiKeyId }],
      ['deleteSsoConnection', 'mutation($o: ID!, $c: ID!) { deleteSsoConnection(organizationId: $o, connectionId: $c) }', { o: orgA.id, c: b.ssoId }],
    ];
    for (const [field, query, variables] of attempts) {
      expectNothing(await stack.post({ query, variables }, { token: ownerA.accessToken }), field);
    }
  });

  it('cannot give organization B’s roles or members in organization A', async () => {
    const invite = await stack.post(
      { query: 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', variables: { i: { organizationId: orgA.id, email: uniqueEmail(), roleId: b.roleId } } },
      { token: ownerA.accessToken },
    );
    expectNothing(invite, 'inviteMember', ['BAD_USER_INPUT']);
    expect(invite.errors![0]!.extensions?.field).toBe('input.roleId');
    const team = (await stack.post<{ createTeam: { id: string } }>(
      { query: 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', variables: { i: { organizationId: orgA.id, name: 'Alpha team' } } },
      { token: ownerA.accessToken },
    )).data!.createTeam;
    const add = await stack.post(
      { query: 'mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }', variables: { i: { organizationId: orgA.id, teamId: team.id, membershipId: b.member.membershipId } } },
      { token: ownerA.accessToken },
    );
    expectNothing(add, 'addTeamMember', ['BAD_USER_INPUT']);
  });

  it('leaves organization B’s rows untouched by all of the above', async () => {
    const [row] = await stack.database.query<{ teams: string; roles: string; memberships: string; live_keys: string; pending: string; sso: string }>(
      `select (select count(*) from organizations.teams where organization_id = $1 and name = 'Bravo team') as teams,
              (select count(*) from organizations.roles where id = $2) as roles,
              (select count(*) from organizations.memberships where organization_id = $1) as memberships,
              (select count(*) from organizations.api_keys where organization_id = $1 and revoked_at is null) as live_keys,
              (select count(*) from organizations.invitations where organization_id = $1 and revoked_at is null and accepted_at is null) as pending,
              (select count(*) from organizations.sso_connections where organization_id = $1) as sso`,
      [orgB.id, b.roleId],
    );
    expect(Object.values(row!).map(Number)).toEqual([1, 1, 2, 1, 1, 1]);
  });
});

describe('reaching organization B through nested fields', () => {
  it('shows a shared user’s memberships only in organizations the caller can read', async () => {
    // B's admin also joins A; A's owner looks at A's members and follows that user's memberships.
    await orgA.member('viewer', b.member);
    const res = await stack.post<{ members: { edges: { node: { user: { id: string; memberships: { organization: { id: string; name: string } }[] } } }[] } }>(
      {
        query: 'query($o: ID!) { members(organizationId: $o, first: 100) { edges { node { user { id memberships { organization { id name } } } } } } }',
        variables: { o: orgA.id },
      },
      { token: ownerA.accessToken },
    );
    expect(res.errors).toBeUndefined();
    const shared = res.data!.members.edges.find((edge) => edge.node.user.id === b.member.id)!;
    expect(shared.node.user.memberships.map((m) => m.organization.id)).toEqual([orgA.id]);

    // The user themself sees both.
    const own = await stack.post<{ me: { memberships: { organization: { id: string } }[] } }>(
      { query: '{ me { memberships { organization { id } } } }' },
      { token: b.member.accessToken },
    );
    expect(own.data!.me.memberships.map((m) => m.organization.id).sort()).toEqual([orgA.id, orgB.id].sort());
  });
});

describe('the _entities side door', () => {
  const entitiesQuery = `query($r: [_Any!]!) { _entities(representations: $r) {
    ... on Organization { id name slug }
    ... on Team { id name }
    ... on Role { id name effectivePermissions }
    ... on Membership { id joinedAt }
    ... on Invitation { id email }
    ... on SsoConnection { id issuerUrl }
  } }`;
  const representationsOf = (ids: { organizationId: string; teamId: string; roleId: string; membershipId: string; invitationId: string; ssoId: string }) => [
    { __typename: 'Organization', id: ids.organizationId },
    { __typename: 'Team', id: ids.teamId },
    { __typename: 'Role', id: ids.roleId },
    { __typename: 'Membership', id: ids.membershipId },
    { __typename: 'Invitation', id: ids.invitationId },
    { __typename: 'SsoConnection', id: ids.ssoId },
  ];

  it('is not part of the gateway’s API: a hand-written _entities request gets no data', async () => {
    const res = await stack.post({ query: entitiesQuery, variables: { r: [{ __typename: 'Organization', id: orgB.id }] } }, { token: ownerA.accessToken });
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data ?? null).toBeNull();
  });

  async function entitiesAs(caller: Caller, representations: unknown[]) {
    const token = await new InternalTokenCodec(stack.internalSecret).sign({ caller, client: { ip: null, userAgent: null } });
    return stack.post<{ _entities: (Record<string, unknown> | null)[] }>(
      { query: entitiesQuery, variables: { r: representations } },
      { url: stack.subgraphUrls.organizations, headers: { [INTERNAL_TOKEN_HEADER]: token } },
    );
  }

  it('resolves organization A’s own objects for its owner (the control)', async () => {
    const team = (await stack.post<{ teams: { id: string }[] }>({ query: 'query($o: ID!) { teams(organizationId: $o) { id } }', variables: { o: orgA.id } }, { token: ownerA.accessToken }))
      .data!.teams[0]!;
    const res = await entitiesAs({ kind: 'user', userId: ownerA.id, sessionId: null }, [
      { __typename: 'Organization', id: orgA.id },
      { __typename: 'Team', id: team.id },
      { __typename: 'Membership', id: ownerA.membershipId },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((e) => e?.id)).toEqual([orgA.id, team.id, ownerA.membershipId]);
  });

  it('resolves none of organization B’s objects, even sent as the gateway would send them', async () => {
    const representations = representationsOf({
      organizationId: orgB.id,
      teamId: b.teamId,
      roleId: b.roleId,
      membershipId: b.member.membershipId,
      invitationId: b.invitationId,
      ssoId: b.ssoId,
    });
    for (const caller of [{ kind: 'user', userId: ownerA.id, sessionId: null }, { kind: 'apiKey', apiKeyId: keyA.id, organizationId: orgA.id }] as Caller[]) {
      const res = await entitiesAs(caller, representations);
      expect(res.data!._entities).toEqual(representations.map(() => null));
    }
  });
});
