import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiKeysDocument,
  ChangeMemberRoleDocument,
  CreateApiKeyDocument,
  CreateOidcConnectionDocument,
  CreateRoleDocument,
  CreateSamlConnectionDocument,
  CreateTeamDocument,
  DeleteRoleDocument,
  InviteMemberDocument,
  MyOrganizationsDocument,
  OrganizationAuditEventsDocument,
  PermissionsDocument,
  RemoveMemberDocument,
  RevokeApiKeyDocument,
  RolesDocument,
  SsoConnectionsDocument,
  UpdateOidcConnectionDocument,
  UpdateRoleDocument,
  UpdateSamlConnectionDocument,
} from '@steward/client';
import { BUILT_IN_ROLES, GRANTS_CHANGED_TOPIC, INTERNAL_TOKEN_HEADER, InternalTokenCodec, PEOPLE_ONLY_PERMISSIONS, PERMISSIONS, type Caller } from '@steward/kernel';
import { seed, startTestStack, uniqueEmail, uniqueSlug, type SeededMember, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { EXPIRED_CERTIFICATE, VALID_CERTIFICATE, VALID_CERTIFICATE_FINGERPRINT } from './fixtures/certificates.js';

let stack: TestStack;
const announced: string[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  await stack.bus.subscribe(GRANTS_CHANGED_TOPIC, (payload) => announced.push(payload));
});
afterAll(async () => {
  await stack?.stop();
});

type Result = { status?: number; data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
function expectError(res: Result, code: string, field?: string) {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
  expect(Object.values((res.data ?? {}) as Record<string, unknown>).every((value) => value === null)).toBe(true);
}

/** Waits for the bus to deliver `payload` on the grants topic. */
async function expectAnnounced(payload: string): Promise<void> {
  for (let i = 0; i < 100 && !announced.includes(payload); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(announced).toContain(payload);
}

/**
 * Waits until every announcement made so far has arrived: the bus delivers in order, so a marker
 * published now arrives after them (a principal nobody is, so no cache drops anything real).
 */
async function allAnnounced(): Promise<void> {
  const marker = `user:${randomUUID()}`;
  await stack.bus.publish(GRANTS_CHANGED_TOPIC, marker);
  await expectAnnounced(marker);
}

describe('the permission catalogue and roles', () => {
  it('lists every permission of the kernel’s catalogue with its description', async () => {
    const user = await seed(stack).user();
    const res = await stack.request(PermissionsDocument, {}, { token: user.accessToken });
    expect(res.data!.permissions).toEqual(Object.entries(PERMISSIONS).map(([key, description]) => ({ key, area: key.split(':')[0], description })));
  });

  it('lets a custom role inherit its parent’s permissions, and grants them to its holders at once', async () => {
    const org = await seed(stack).org();
    const auditor = await org.role(['audit:read'], { name: 'Auditor', parentRoleId: org.roles.viewer });
    const roles = await stack.request(RolesDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    expect(roles.data!.roles.map((r) => r.name)).toEqual(['Owner', 'Admin', 'Member', 'Viewer', 'Auditor']);
    const role = roles.data!.roles.find((r) => r.id === auditor)!;
    expect(role.permissions).toEqual(['audit:read']);
    expect(new Set(role.effectivePermissions)).toEqual(new Set([...BUILT_IN_ROLES.viewer.permissions, 'audit:read']));
    expect(role.parentRole).toEqual({ id: org.roles.viewer, name: 'Viewer' });

    const holder = await org.member(auditor);
    expect((await stack.request(OrganizationAuditEventsDocument, { organizationId: org.id }, { token: holder.accessToken })).errors).toBeUndefined();
    expectError(await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Nope' } }, { token: holder.accessToken }), 'FORBIDDEN');

    // Editing the role changes what its holders may do on their next request, and tells every process.
    announced.length = 0;
    const updated = await stack.request(UpdateRoleDocument, { input: { organizationId: org.id, roleId: auditor, permissions: ['audit:read', 'team:manage'] } }, { token: org.owner.accessToken });
    expect(updated.data!.updateRole.effectivePermissions).toContain('team:manage');
    await expectAnnounced('*');
    expect((await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Now allowed' } }, { token: holder.accessToken })).errors).toBeUndefined();
  });

  it('refuses a parent that would make a cycle, and changes to built-in roles', async () => {
    const org = await seed(stack).org();
    const a = await org.role(['audit:read'], { name: 'A' });
    const b = await org.role(['team:manage'], { name: 'B', parentRoleId: a });
    const token = org.owner.accessToken;
    expectError(await stack.request(UpdateRoleDocument, { input: { organizationId: org.id, roleId: a, parentRoleId: b } }, { token }), 'BAD_USER_INPUT', 'input.parentRoleId');
    expectError(await stack.request(UpdateRoleDocument, { input: { organizationId: org.id, roleId: a, parentRoleId: a } }, { token }), 'BAD_USER_INPUT', 'input.parentRoleId');
    expectError(await stack.request(UpdateRoleDocument, { input: { organizationId: org.id, roleId: org.roles.admin, name: 'Boss' } }, { token }), 'BAD_USER_INPUT', 'input.roleId');
    expectError(await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: org.roles.viewer }, { token }), 'BAD_USER_INPUT', 'roleId');
    expectError(
      await stack.request(CreateRoleDocument, { input: { organizationId: org.id, name: 'Typo', permissions: ['audit:read', 'project:teleport'] } }, { token }),
      'BAD_USER_INPUT',
      'input.permissions.1',
    );
    expectError(await stack.request(CreateRoleDocument, { input: { organizationId: org.id, name: 'viewer', permissions: [] } }, { token }), 'CONFLICT', 'input.name');
  });

  it('refuses to delete a role while anything uses it', async () => {
    const org = await seed(stack).org();
    const token = org.owner.accessToken;
    const parent = await org.role(['audit:read'], { name: 'Parent' });
    const child = await org.role([], { name: 'Child', parentRoleId: parent });
    const holder = await org.member(child);
    const res = await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: child }, { token });
    expectError(res, 'CONFLICT');
    expect(res.errors![0]!.message).toContain('1 member');
    expectError(await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: parent }, { token }), 'CONFLICT');

    await stack.request(ChangeMemberRoleDocument, { input: { organizationId: org.id, membershipId: holder.membershipId, roleId: org.roles.viewer } }, { token });
    expect((await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: child }, { token })).data!.deleteRole).toBe(child);
    expect((await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: parent }, { token })).data!.deleteRole).toBe(parent);
  });

  it('refuses to delete a role a pending invitation or a live API key still gives, until they are revoked', async () => {
    const org = await seed(stack).org();
    const token = org.owner.accessToken;
    const invited = await org.role(['audit:read'], { name: 'Invited' });
    const keyed = await org.role(['audit:read'], { name: 'Keyed' });
    const invitation = (await stack.request(InviteMemberDocument, { input: { organizationId: org.id, email: uniqueEmail('pending'), roleId: invited } }, { token })).data!.inviteMember.id;
    const key = await org.apiKey(keyed);

    const byInvitation = await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: invited }, { token });
    expectError(byInvitation, 'CONFLICT');
    expect(byInvitation.errors![0]!.message).toContain('1 pending invitation');
    const byKey = await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: keyed }, { token });
    expectError(byKey, 'CONFLICT');
    expect(byKey.errors![0]!.message).toContain('1 API key');

    await stack.post({ query: 'mutation($o: ID!, $i: ID!) { revokeInvitation(organizationId: $o, invitationId: $i) { id } }', variables: { o: org.id, i: invitation } }, { token });
    await stack.request(RevokeApiKeyDocument, { organizationId: org.id, apiKeyId: key.id }, { token });
    expect((await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: invited }, { token })).data!.deleteRole).toBe(invited);
    expect((await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: keyed }, { token })).data!.deleteRole).toBe(keyed);
  });

  it('offers to change or delete a role exactly when the service would accept it', async () => {
    const org = await seed(stack).org();
    const admin = await org.member('admin');
    const weak = await org.role(['audit:read'], { name: 'Weak' });
    const used = await org.role(['audit:read'], { name: 'Used' });
    await org.member(used);
    const strong = await org.role(['sso:manage'], { name: 'Strong' });
    const flags = async (token: string) => {
      const res = await stack.post<{ roles: { id: string; name: string; viewerCanUpdate: boolean; viewerCanDelete: boolean }[] }>(
        { query: 'query($o: ID!) { roles(organizationId: $o) { id name viewerCanUpdate viewerCanDelete } }', variables: { o: org.id } },
        { token },
      );
      return Object.fromEntries(res.data!.roles.map((role) => [role.name, [role.viewerCanUpdate, role.viewerCanDelete]]));
    };
    expect(await flags(admin.accessToken)).toEqual({
      Owner: [false, false],
      Admin: [false, false],
      Member: [false, false],
      Viewer: [false, false],
      Weak: [true, true],
      Used: [true, false],
      Strong: [false, false],
    });
    expect((await flags(org.owner.accessToken)).Strong).toEqual([true, true]);
    expect(Object.values(await flags((await org.member('viewer')).accessToken)).flat().every((flag) => flag === false)).toBe(true);

    // What the flags promise, the mutations do, and what they withhold, the mutations refuse.
    const asAdmin = { token: admin.accessToken };
    expect((await stack.request(UpdateRoleDocument, { input: { organizationId: org.id, roleId: used, description: 'ok' } }, asAdmin)).errors).toBeUndefined();
    expectError(await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: used }, asAdmin), 'CONFLICT');
    expectError(await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: strong }, asAdmin), 'FORBIDDEN');
    expect((await stack.request(DeleteRoleDocument, { organizationId: org.id, roleId: weak }, asAdmin)).data!.deleteRole).toBe(weak);
  });

  it('never lets anyone hand out more than they hold', async () => {
    const org = await seed(stack).org();
    const admin = await org.member('admin');
    const token = admin.accessToken;
    const attempts = {
      'a role with a permission the admin lacks': await stack.request(CreateRoleDocument, { input: { organizationId: org.id, name: 'SSO', permissions: ['sso:manage'] } }, { token }),
      'a role inheriting from owner': await stack.request(CreateRoleDocument, { input: { organizationId: org.id, name: 'Heir', permissions: [], parentRoleId: org.roles.owner } }, { token }),
      'an invitation as owner': await stack.request(InviteMemberDocument, { input: { organizationId: org.id, email: uniqueEmail(), roleId: org.roles.owner } }, { token }),
      'an API key with the owner role': await stack.request(CreateApiKeyDocument, { input: { organizationId: org.id, name: 'Root', roleId: org.roles.owner } }, { token }),
    };
    for (const [what, res] of Object.entries(attempts)) {
      expect(res.errors?.[0]?.extensions?.code, what).toBe('FORBIDDEN');
      expect(res.errors![0]!.message, what).toMatch(/permissions you do not hold: .*(organization:delete|sso:manage)/);
    }
    // A role the owner made stronger than the admin is out of the admin's reach too.
    const strong = await org.role(['sso:manage'], { name: 'SSO admins' });
    expectError(await stack.request(UpdateRoleDocument, { input: { organizationId: org.id, roleId: strong, permissions: [] } }, { token }), 'FORBIDDEN');
  });
});

describe('API keys', () => {
  let org: SeededOrganization;
  beforeAll(async () => {
    org = await seed(stack).org();
  });

  it('shows the secret once, stores only its hash, and acts through the gateway with its role', async () => {
    const created = await stack.request(CreateApiKeyDocument, { input: { organizationId: org.id, name: 'CI', roleId: org.roles.member } }, { token: org.owner.accessToken });
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^stw_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'CI', secretPreview: secret.slice(0, 8), active: true, role: { id: org.roles.member }, createdBy: { id: org.owner.id } });
    const rows = await stack.database.query<{ secret_hash: string }>('select secret_hash from organizations.api_keys where id = $1', [apiKey.id]);
    expect(rows[0]!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(secret);

    const listed = await stack.request(ApiKeysDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    const asKey = await stack.request(MyOrganizationsDocument, {}, { token: secret });
    expect(asKey.data!.myOrganizations.map((o) => [o.id, o.viewerCanManageTeams])).toEqual([[org.id, false]]);
    expectError(await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'By a key' } }, { token: secret }), 'FORBIDDEN');

    const [{ last_used_at }] = (await stack.database.query<{ last_used_at: Date | null }>('select last_used_at from organizations.api_keys where id = $1', [apiKey.id])) as [
      { last_used_at: Date | null },
    ];
    expect(last_used_at).not.toBeNull();
  });

  it('records what a key does in the audit trail as the key', async () => {
    const key = await org.apiKey('admin');
    const created = await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Made by a key' } }, { token: key.secret });
    const events = await stack.request(OrganizationAuditEventsDocument, { organizationId: org.id, first: 1 }, { token: org.owner.accessToken });
    expect(events.data!.organizationAuditEvents.edges[0]!.node).toMatchObject({
      action: 'team.created',
      targetId: created.data!.createTeam.id,
      actor: { kind: 'API_KEY', apiKeyId: key.id, user: null },
    });
  });

  it('stops working at once when revoked, and when expired', async () => {
    const key = await org.apiKey('viewer');
    expect((await stack.request(MyOrganizationsDocument, {}, { token: key.secret })).status).toBe(200);
    announced.length = 0;
    const revoked = await stack.request(RevokeApiKeyDocument, { organizationId: org.id, apiKeyId: key.id }, { token: org.owner.accessToken });
    expect(revoked.data!.revokeApiKey).toMatchObject({ active: false, revokedAt: expect.any(String) });
    await expectAnnounced(`apikey:${key.id}`);
    const after = await stack.request(MyOrganizationsDocument, {}, { token: key.secret });
    expect(after.status).toBe(401);
    expect(after.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const expiring = await org.apiKey('viewer', { expiresAt: new Date(stack.clock().getTime() + 60_000).toISOString() });
    // Its minute passes.
    stack.clock.advance(61_000);
    expect((await stack.request(MyOrganizationsDocument, {}, { token: expiring.secret })).status).toBe(401);
  });

  it('cannot mint keys, invite or change members, edit roles or configure SSO, whatever its role, so revoking it ends everything it could do', async () => {
    const key = await org.apiKey('owner');
    const member = await org.member('viewer');
    const spareKey = await org.apiKey('viewer');
    const role = await org.role(['audit:read'], { name: `Spare ${Math.random().toString(36).slice(2, 6)}` });
    const invitation = (
      await stack.request(InviteMemberDocument, { input: { organizationId: org.id, email: uniqueEmail('pending'), roleId: org.roles.viewer } }, { token: org.owner.accessToken })
    ).data!.inviteMember.id;
    const o = org.id;
    const attempts: [string, string, Record<string, unknown>][] = [
      ['createApiKey', 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { organizationId: o, name: 'Child', roleId: org.roles.viewer } }],
      ['revokeApiKey', 'mutation($o: ID!, $k: ID!) { revokeApiKey(organizationId: $o, apiKeyId: $k) { id } }', { o, k: spareKey.id }],
      ['inviteMember', 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { organizationId: o, email: uniqueEmail('accomplice'), roleId: org.roles.admin } }],
      ['revokeInvitation', 'mutation($o: ID!, $i: ID!) { revokeInvitation(organizationId: $o, invitationId: $i) { id } }', { o, i: invitation }],
      ['changeMemberRole', 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', { i: { organizationId: o, membershipId: member.membershipId, roleId: org.roles.admin } }],
      ['removeMember', 'mutation($o: ID!, $m: ID!) { removeMember(organizationId: $o, membershipId: $m) }', { o, m: member.membershipId }],
      ['createRole', 'mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { organizationId: o, name: 'By a key', permissions: [] } }],
      ['updateRole', 'mutation($i: UpdateRoleInput!) { updateRole(input: $i) { id } }', { i: { organizationId: o, roleId: role, permissions: ['team:manage'] } }],
      ['deleteRole', 'mutation($o: ID!, $r: ID!) { deleteRole(organizationId: $o, roleId: $r) }', { o, r: role }],
      [
        'createOidcConnection',
        'mutation($i: CreateOidcConnectionInput!) { createOidcConnection(input: $i) { id } }',
        { i: { organizationId: o, name: 'Rogue', issuerUrl: 'https://rogue.example.test', clientId: 'x', clientSecret: 'y', allowedDomains: ['example.test'] } },
      ],
    ];
    const before = await stack.database.query<{ n: string }>(
      `select (select count(*) from organizations.api_keys where organization_id = $1 and revoked_at is null)
            + (select count(*) from organizations.invitations where organization_id = $1 and revoked_at is null)
            + (select count(*) from organizations.roles where organization_id = $1)
            + (select count(*) from organizations.sso_connections where organization_id = $1) as n`,
      [o],
    );
    for (const [field, query, variables] of attempts) {
      const res = await stack.post<Record<string, unknown>>({ query, variables }, { token: key.secret });
      expect(res.errors?.map((e) => e.extensions?.code), field).toEqual(['FORBIDDEN']);
      expect(res.errors![0]!.message, field).toMatch(/^API keys cannot manage access .*Sign in as a person/);
      expect(res.data?.[field] ?? null, field).toBeNull();
    }
    const after = await stack.database.query<{ n: string }>(
      `select (select count(*) from organizations.api_keys where organization_id = $1 and revoked_at is null)
            + (select count(*) from organizations.invitations where organization_id = $1 and revoked_at is null)
            + (select count(*) from organizations.roles where organization_id = $1)
            + (select count(*) from organizations.sso_connections where organization_id = $1) as n`,
      [o],
    );
    expect(after).toEqual(before);
    const [{ role_id }] = (await stack.database.query<{ role_id: string }>('select role_id from organizations.memberships where id = $1', [member.membershipId])) as [{ role_id: string }];
    expect(role_id).toBe(org.roles.viewer);

    // Its grants, its flags and the listings of access agree: none of it is the key's.
    const seen = await stack.post<{ myOrganizations: Record<string, unknown>[] }>(
      { query: '{ myOrganizations { viewerPermissions viewerCanInvite viewerCanManageMembers viewerCanManageRoles viewerCanManageApiKeys viewerCanManageSso viewerCanDelete viewerCanManageTeams } }' },
      { token: key.secret },
    );
    const [flags] = seen.data!.myOrganizations;
    expect(flags).toMatchObject({
      viewerCanInvite: false,
      viewerCanManageMembers: false,
      viewerCanManageRoles: false,
      viewerCanManageApiKeys: false,
      viewerCanManageSso: false,
      viewerCanDelete: false,
      viewerCanManageTeams: true,
    });
    expect(flags!.viewerPermissions).toEqual(expect.arrayContaining(['team:manage', 'audit:read']));
    for (const peopleOnly of PEOPLE_ONLY_PERMISSIONS) expect(flags!.viewerPermissions).not.toContain(peopleOnly);
    const listing = await stack.request(ApiKeysDocument, { organizationId: o }, { token: key.secret });
    expectError(listing, 'FORBIDDEN');
    expect(listing.errors![0]!.message).toMatch(/^API keys cannot use apikey:manage/);
  });

  it('refuses an expiry in the past', async () => {
    const res = await stack.request(
      CreateApiKeyDocument,
      { input: { organizationId: org.id, name: 'Old', roleId: org.roles.viewer, expiresAt: '2001-01-01T00:00:00Z' } },
      { token: org.owner.accessToken },
    );
    expectError(res, 'BAD_USER_INPUT', 'input.expiresAt');
  });
});

describe('SSO connections', () => {
  let org: SeededOrganization;
  beforeAll(async () => {
    org = await seed(stack).org();
  });

  it('stores an OIDC client secret encrypted and never returns it', async () => {
    const token = org.owner.accessToken;
    const created = await stack.request(
      CreateOidcConnectionDocument,
      { input: { organizationId: org.id, name: 'Okta', issuerUrl: 'https://acme.okta.test', clientId: 'steward', clientSecret: 'very-secret-value', allowedDomains: ['Acme.test', 'acme.test'] } },
      { token },
    );
    const connection = created.data!.createOidcConnection;
    expect(connection).toMatchObject({ protocol: 'OIDC', hasClientSecret: true, allowedDomains: ['acme.test'], issuerUrl: 'https://acme.okta.test' });
    const [row] = await stack.database.query<{ client_secret_encrypted: string }>('select client_secret_encrypted from organizations.sso_connections where id = $1', [connection.id]);
    expect(row!.client_secret_encrypted).toMatch(/^v1\./);
    expect(row!.client_secret_encrypted).not.toContain('very-secret-value');

    const rotated = await stack.request(UpdateOidcConnectionDocument, { input: { organizationId: org.id, connectionId: connection.id, clientSecret: 'rotated-secret' } }, { token });
    expect(rotated.errors).toBeUndefined();
    const [after] = await stack.database.query<{ client_secret_encrypted: string }>('select client_secret_encrypted from organizations.sso_connections where id = $1', [connection.id]);
    expect(after!.client_secret_encrypted).not.toBe(row!.client_secret_encrypted);

    const everything = JSON.stringify([
      await stack.request(SsoConnectionsDocument, { organizationId: org.id }, { token }),
      await stack.request(OrganizationAuditEventsDocument, { organizationId: org.id, first: 100 }, { token }),
    ]);
    expect(everything).not.toContain('very-secret-value');
    expect(everything).not.toContain('rotated-secret');
    expect(everything).toContain('clientSecretRotated');

    expectError(
      await stack.request(
        CreateOidcConnectionDocument,
        { input: { organizationId: org.id, name: 'Plain', issuerUrl: 'http://insecure.test', clientId: 'c', clientSecret: 's', allowedDomains: ['acme.test'] } },
        { token },
      ),
      'BAD_USER_INPUT',
      'input.issuerUrl',
    );
  });

  it('checks a SAML signing certificate and keeps its fingerprint and expiry', async () => {
    const token = org.owner.accessToken;
    const input = { organizationId: org.id, name: 'ADFS', entityId: 'urn:acme:adfs', ssoUrl: 'https://adfs.acme.test/sso', allowedDomains: ['acme.test'] };
    const created = await stack.request(CreateSamlConnectionDocument, { input: { ...input, certificate: VALID_CERTIFICATE } }, { token });
    expect(created.data!.createSamlConnection).toMatchObject({
      protocol: 'SAML',
      certificateFingerprint: VALID_CERTIFICATE_FINGERPRINT,
      certificateSubject: 'CN=idp.example.test, O=Steward Tests',
      certificateExpiresAt: expect.stringMatching(/^2126-/),
      hasClientSecret: null,
    });
    const expired = await stack.request(CreateSamlConnectionDocument, { input: { ...input, certificate: EXPIRED_CERTIFICATE } }, { token });
    expectError(expired, 'BAD_USER_INPUT', 'input.certificate');
    expect(expired.errors![0]!.message).toContain('expired on 2001-01-01');
    expectError(await stack.request(CreateSamlConnectionDocument, { input: { ...input, certificate: 'not a certificate!' } }, { token }), 'BAD_USER_INPUT', 'input.certificate');
    const wrongKind = await stack.request(
      UpdateOidcConnectionDocument,
      { input: { organizationId: org.id, connectionId: created.data!.createSamlConnection.id, clientId: 'x' } },
      { token },
    );
    expectError(wrongKind, 'BAD_USER_INPUT', 'input.connectionId');
    const renamed = await stack.request(UpdateSamlConnectionDocument, { input: { organizationId: org.id, connectionId: created.data!.createSamlConnection.id, name: 'AD FS' } }, { token });
    expect(renamed.data!.updateSamlConnection.name).toBe('AD FS');
  });
});

describe('the audit trail', () => {
  it('records every change with its actor and the object before and after', async () => {
    const org = await seed(stack).org();
    const member = await org.member('viewer');
    await stack.request(
      ChangeMemberRoleDocument,
      { input: { organizationId: org.id, membershipId: member.membershipId, roleId: org.roles.member } },
      { token: org.owner.accessToken },
    );
    const res = await stack.request(OrganizationAuditEventsDocument, { organizationId: org.id, first: 100 }, { token: org.owner.accessToken });
    const events = res.data!.organizationAuditEvents.edges.map((e) => e.node);
    expect(events.map((e) => e.action)).toEqual(['member.role_changed', 'member.joined', 'invitation.sent', 'organization.created']);
    expect(events[0]).toMatchObject({
      targetType: 'Membership',
      targetId: member.membershipId,
      actor: { kind: 'USER', user: { id: org.owner.id }, apiKeyId: null },
      before: { userId: member.id, roleId: org.roles.viewer },
      after: { userId: member.id, roleId: org.roles.member },
    });
    expect(events[1]!.actor.user!.id).toBe(member.id);
    const page = await stack.request(OrganizationAuditEventsDocument, { organizationId: org.id, first: 3 }, { token: org.owner.accessToken });
    const rest = await stack.request(
      OrganizationAuditEventsDocument,
      { organizationId: org.id, first: 3, after: page.data!.organizationAuditEvents.pageInfo.endCursor },
      { token: org.owner.accessToken },
    );
    expect(rest.data!.organizationAuditEvents.edges.map((e) => e.node.action)).toEqual(['organization.created']);
  });

  it('writes nothing when the change fails', async () => {
    const org = await seed(stack).org();
    await stack.request(CreateRoleDocument, { input: { organizationId: org.id, name: 'Viewer', permissions: [] } }, { token: org.owner.accessToken });
    const rows = await stack.database.query<{ action: string }>('select action from organizations.audit_events where organization_id = $1', [org.id]);
    expect(rows.map((r) => r.action)).toEqual(['organization.created']);
  });
});

describe('the internal routes other processes use', () => {
  const sign = (caller: Caller) => new InternalTokenCodec(stack.internalSecret).sign({ caller, client: { ip: null, userAgent: null } });
  const service: Caller = { kind: 'service', name: 'projects' };
  const url = (path: string) => new URL(path, stack.subgraphUrls.organizations).toString();

  it('answers a user’s and a key’s grants per organization, and none for an unknown principal', async () => {
    const org = await seed(stack).org();
    const member = await org.member('member');
    const key = await org.apiKey('viewer');
    const headers = { [INTERNAL_TOKEN_HEADER]: await sign(service) };
    const grants = async (principal: string) => {
      const response = await fetch(url(`/internal/grants?principal=${encodeURIComponent(principal)}`), { headers });
      return { status: response.status, body: (await response.json()) as { grants: { organizationId: string; permissions: string[] }[] } };
    };
    const forMember = await grants(`user:${member.id}`);
    expect(forMember.status).toBe(200);
    expect(forMember.body.grants).toEqual([{ organizationId: org.id, permissions: expect.arrayContaining([...BUILT_IN_ROLES.member.permissions]) }]);
    expect(forMember.body.grants[0]!.permissions).toHaveLength(BUILT_IN_ROLES.member.permissions.length);
    expect((await grants(`apikey:${key.id}`)).body.grants).toEqual([{ organizationId: org.id, permissions: expect.arrayContaining([...BUILT_IN_ROLES.viewer.permissions]) }]);
    expect((await grants('user:00000000-0000-4000-8000-000000000000')).body).toEqual({ grants: [] });
    expect((await grants('user:not-a-uuid')).body).toEqual({ grants: [] });
    expect((await fetch(url('/internal/grants?principal=root'), { headers })).status).toBe(400);
  });

  it('verifies API key secrets for the gateway: 200 for a live key, 404 otherwise', async () => {
    const org = await seed(stack).org();
    const key = await org.apiKey('viewer');
    const verify = async (secret: unknown) => {
      const response = await fetch(url('/internal/api-keys/verify'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: await sign({ kind: 'service', name: 'gateway' }) },
        body: JSON.stringify({ secret }),
      });
      return { status: response.status, body: await response.json() };
    };
    expect(await verify(key.secret)).toEqual({ status: 200, body: { apiKeyId: key.id, organizationId: org.id } });
    // Change the last character to one it is not (a fixed replacement would be a no-op one time in 64).
    const tampered = `${key.secret.slice(0, -1)}${key.secret.endsWith('A') ? 'B' : 'A'}`;
    expect(await verify(tampered)).toEqual({ status: 404, body: {} });
    expect(await verify('stw_short')).toEqual({ status: 404, body: {} });
    expect(await verify(42)).toEqual({ status: 404, body: {} });
  });

  it('refuses callers without an internal token, and callers that are not services', async () => {
    expect((await fetch(url('/internal/grants?principal=user:x'))).status).toBe(401);
    const asUser = await fetch(url('/internal/grants?principal=user:x'), {
      headers: { [INTERNAL_TOKEN_HEADER]: await sign({ kind: 'user', userId: '00000000-0000-4000-8000-000000000000', sessionId: null }) },
    });
    expect(asUser.status).toBe(403);
    const verify = await fetch(url('/internal/api-keys/verify'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"secret":"stw_x"}' });
    expect(verify.status).toBe(401);
  });

  it('announces on the bus whose grants changed', async () => {
    const org = await seed(stack).org();
    announced.length = 0;
    const member = await org.member('viewer');
    await expectAnnounced(`user:${member.id}`);
    // Joining announced the member already (maybe more than once): only a fresh announcement proves the role change made one.
    await allAnnounced();
    announced.length = 0;
    await stack.request(ChangeMemberRoleDocument, { input: { organizationId: org.id, membershipId: member.membershipId, roleId: org.roles.member } }, { token: org.owner.accessToken });
    await expectAnnounced(`user:${member.id}`);
    announced.length = 0;
    const key = await org.apiKey('viewer');
    await expectAnnounced(`apikey:${key.id}`);
  });
});

describe('a change of grants, in every subgraph', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** The codes an attempt got, or `allowed`. */
  const outcome = (res: Result, field: string) =>
    res.errors ? [...new Set(res.errors.map((e) => String(e.extensions?.code)))].join(',') : (res.data as Record<string, unknown>)?.[field] ? 'allowed' : 'nothing';
  /** Milliseconds from `since` until `attempt` answers one of `codes`; fails the test after 2 s. */
  async function refusedWithin(since: number, attempt: () => Promise<string>, codes: string[]): Promise<number> {
    for (;;) {
      const got = await attempt();
      const elapsed = Date.now() - since;
      if (codes.includes(got)) return elapsed;
      if (elapsed > 2000) throw new Error(`Still ${got} after ${elapsed} ms`);
      await sleep(20);
    }
  }

  it('takes effect in projects and metrics within 2 seconds of demoting a member to viewer, and of removing them', async () => {
    const org = await seed(stack).org();
    const project = await seed(stack).project(org);
    const member: SeededMember = await org.member('member');
    let sequence = 0;
    const createVersion = async () =>
      outcome(
        await stack.post({
          query: 'mutation($i: CreateVersionInput!) { createVersion(input: $i) { id } }',
          variables: { i: { projectId: project.id, name: uniqueSlug('v'), modelConfig: { model: 'gpt-4o-mini' }, changelog: 'Propagation.' } },
        }, { token: member.accessToken }),
        'createVersion',
      );
    const recordUsage = async () =>
      outcome(
        await stack.post({
          query: 'mutation($o: ID!, $r: [LlmUsageInput!]!) { recordLlmUsage(organizationId: $o, records: $r) { batches { id } } }',
          variables: {
            o: org.id,
            r: [{ requestId: `propagation-${Date.now()}-${(sequence += 1)}`, occurredAt: new Date().toISOString(), provider: 'openai', model: 'gpt-4', inputTokens: 10, outputTokens: 5, status: 'SUCCESS' }],
          },
        }, { token: member.accessToken }),
        'recordLlmUsage',
      );
    // Both subgraphs now hold the member's grants in their caches (30 s TTL by default).
    expect([await createVersion(), await recordUsage()]).toEqual(['allowed', 'allowed']);

    const demotedAt = Date.now();
    const demoted = await stack.request(ChangeMemberRoleDocument, { input: { organizationId: org.id, membershipId: member.membershipId, roleId: org.roles.viewer } }, { token: org.owner.accessToken });
    expect(demoted.errors).toBeUndefined();
    expect(await refusedWithin(demotedAt, createVersion, ['FORBIDDEN'])).toBeLessThan(2000);
    expect(await refusedWithin(demotedAt, recordUsage, ['FORBIDDEN'])).toBeLessThan(2000);

    // A viewer still reads; once removed, the organization's objects are gone for them.
    const readUsage = async () =>
      outcome(await stack.post({ query: 'query($o: ID!) { llmUsageBatches(organizationId: $o) { pageInfo { hasNextPage } } }', variables: { o: org.id } }, { token: member.accessToken }), 'llmUsageBatches');
    const readProject = async () => outcome(await stack.post({ query: 'query($id: ID!) { project(id: $id) { id } }', variables: { id: project.id } }, { token: member.accessToken }), 'project');
    expect([await readProject(), await readUsage()]).toEqual(['allowed', 'allowed']);
    const removedAt = Date.now();
    const removed = await stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: member.membershipId }, { token: org.owner.accessToken });
    expect(removed.errors).toBeUndefined();
    expect(await refusedWithin(removedAt, readProject, ['nothing', 'NOT_FOUND'])).toBeLessThan(2000);
    expect(await refusedWithin(removedAt, readUsage, ['NOT_FOUND', 'FORBIDDEN'])).toBeLessThan(2000);
    expect(await refusedWithin(removedAt, createVersion, ['NOT_FOUND', 'FORBIDDEN'])).toBeLessThan(2000);
  });
});
