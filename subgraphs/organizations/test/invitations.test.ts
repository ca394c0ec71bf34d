import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AcceptInvitationDocument, InvitationsDocument, InviteMemberDocument, RevokeInvitationDocument, UpdateOrganizationDocument } from '@steward/client';
import { deliveredOutboxRows, latestMail, mailSentBy, seed, startTestStack, uniqueEmail, type SeededOrganization, type SeededUser, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;

beforeAll(async () => {
  stack = await startTestStack({ PUBLIC_APP_URL: 'https://app.steward.test/' });
  org = await seed(stack).org();
});
afterAll(async () => {
  await stack?.stop();
});

/** Invites `email` to `organization` as a viewer (by its owner) and returns the mailed token. */
async function invite(email: string, organization = org): Promise<{ id: string; token: string }> {
  let id = '';
  // A second invitation to the same address must not be read back as the first one's mail.
  const mail = await mailSentBy(stack, email, /You are invited/, async () => {
    const res = await stack.request(InviteMemberDocument, { input: { organizationId: organization.id, email, roleId: organization.roles.viewer } }, { token: organization.owner.accessToken });
    expect(res.errors).toBeUndefined();
    id = res.data!.inviteMember.id;
  });
  return { id, token: decodeURIComponent(mail.token ?? '') };
}

function accept(token: string, user: SeededUser) {
  return stack.request(AcceptInvitationDocument, { token }, { token: user.accessToken });
}

function expectRefused(res: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }, code: string) {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(res.data ?? null).toBeNull();
}

describe('inviting', () => {
  it('mails a single-use link and keeps only the token’s hash', async () => {
    const email = uniqueEmail('Invitee');
    const { id, token } = await invite(email.toUpperCase());
    expect(token).toMatch(/^soi_[A-Za-z0-9_-]{43}$/);
    const mail = await latestMail(stack, email, /You are invited/);
    expect(mail.subject).toContain('Test Organization');
    expect(mail.text).toContain(`https://app.steward.test/accept-invitation?token=${token}`);
    // Once delivered, the outbox keeps who and what, but not the link.
    const [kept] = await deliveredOutboxRows(stack, 'organizations', email);
    expect(kept).toMatchObject({ subject: mail.subject, body: '' });
    expect(kept!.sent_at).not.toBeNull();
    const [row] = await stack.database.query<{ token_hash: string; email: string }>('select token_hash, email from organizations.invitations where id = $1', [id]);
    expect(row!.email).toBe(email.toLowerCase());
    expect(row!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    // Outside production without SMTP the mail itself goes to the log (the kernel's LogMailTransport); nothing else may show the token.
    expect(stack.logLines.filter((line) => line.includes(token.slice(4)) && !line.includes('"mail":'))).toEqual([]);
  });

  it('joins the invited account with the invited role', async () => {
    const user = await seed(stack).verifiedUser();
    const { token } = await invite(user.email);
    const res = await accept(token, user);
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptInvitation).toMatchObject({ organization: { id: org.id }, role: { id: org.roles.viewer, builtIn: 'viewer' } });
  });

  it('replaces a pending invitation to the same address: the older link stops working', async () => {
    const user = await seed(stack).verifiedUser();
    const first = await invite(user.email);
    const second = await invite(user.email);
    expectRefused(await accept(first.token, user), 'INVITATION_REVOKED');
    expect((await accept(second.token, user)).errors).toBeUndefined();
  });

  it('only invites addresses at the organization’s allowed domains when it has any', async () => {
    const restricted = await seed(stack).org();
    await stack.request(
      UpdateOrganizationDocument,
      { input: { organizationId: restricted.id, settings: { allowedInvitationDomains: ['Corp.Example'] } } },
      { token: restricted.owner.accessToken },
    );
    const res = await stack.request(
      InviteMemberDocument,
      { input: { organizationId: restricted.id, email: 'someone@elsewhere.test', roleId: restricted.roles.viewer } },
      { token: restricted.owner.accessToken },
    );
    expectRefused(res, 'BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('input.email');
    const allowed = await stack.request(
      InviteMemberDocument,
      { input: { organizationId: restricted.id, email: 'someone@corp.example', roleId: restricted.roles.viewer } },
      { token: restricted.owner.accessToken },
    );
    expect(allowed.errors).toBeUndefined();
  });

  it('names the field of a malformed email', async () => {
    const res = await stack.request(InviteMemberDocument, { input: { organizationId: org.id, email: 'not-an-email', roleId: org.roles.viewer } }, { token: org.owner.accessToken });
    expectRefused(res, 'BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('input.email');
  });
});

describe('accepting is refused with a clear code', () => {
  it('when the invitation expired', async () => {
    const user = await seed(stack).verifiedUser();
    const { token } = await invite(user.email);
    // The organization's invitation lifetime (168 hours by default) passes.
    stack.clock.advance(168 * 3_600_000 + 60_000);
    expectRefused(await accept(token, user), 'INVITATION_EXPIRED');
  });

  it('when the invitation was revoked', async () => {
    const user = await seed(stack).verifiedUser();
    const { id, token } = await invite(user.email);
    const revoked = await stack.request(RevokeInvitationDocument, { organizationId: org.id, invitationId: id }, { token: org.owner.accessToken });
    expect(revoked.data!.revokeInvitation.status).toBe('REVOKED');
    expectRefused(await accept(token, user), 'INVITATION_REVOKED');
  });

  it('when the token was used already, by the same account or another', async () => {
    const user = await seed(stack).verifiedUser();
    const { token } = await invite(user.email);
    expect((await accept(token, user)).errors).toBeUndefined();
    expectRefused(await accept(token, user), 'INVITATION_ALREADY_USED');
    expectRefused(await accept(token, await seed(stack).verifiedUser()), 'INVITATION_ALREADY_USED');
  });

  it('when the signed-in account has another email than the invited one (and the invitation stays usable)', async () => {
    const invited = await seed(stack).verifiedUser();
    const other = await seed(stack).verifiedUser();
    const { token } = await invite(invited.email);
    expectRefused(await accept(token, other), 'INVITATION_EMAIL_MISMATCH');
    expect((await accept(token, invited)).errors).toBeUndefined();
  });

  it('when the account’s email is right but not verified yet', async () => {
    const unverified = await seed(stack).user();
    const { token } = await invite(unverified.email);
    const res = await accept(token, unverified);
    expectRefused(res, 'EMAIL_NOT_VERIFIED');
    expect(res.errors![0]!.message).toMatch(/Verify your email/);
  });

  it('when the seat limit is reached, at invitation and at acceptance', async () => {
    const small = await seed(stack).org({ maxMembers: 2 });
    const [first, second, third] = [await seed(stack).verifiedUser(), await seed(stack).verifiedUser(), await seed(stack).verifiedUser()];
    const a = await invite(first.email, small);
    const b = await invite(second.email, small);
    expect((await accept(a.token, first)).errors).toBeUndefined();
    const full = await accept(b.token, second);
    expectRefused(full, 'SEAT_LIMIT_REACHED');
    expect(full.errors![0]!.message).toContain('limit of 2 members');
    const refused = await stack.request(InviteMemberDocument, { input: { organizationId: small.id, email: third.email, roleId: small.roles.viewer } }, { token: small.owner.accessToken });
    expectRefused(refused, 'SEAT_LIMIT_REACHED');
  });

  it('when the token is unknown or malformed, or the caller is an API key', async () => {
    const user = await seed(stack).verifiedUser();
    expectRefused(await accept(`soi_${'A'.repeat(43)}`, user), 'NOT_FOUND');
    expectRefused(await accept('garbage', user), 'NOT_FOUND');
    const key = await org.apiKey('admin');
    const { token } = await invite(uniqueEmail());
    expectRefused(await stack.request(AcceptInvitationDocument, { token }, { token: key.secret }), 'FORBIDDEN');
  });
});

describe('races decided in the database', () => {
  it('gives the last free seat to exactly one of two simultaneous acceptances', async () => {
    for (let round = 0; round < 3; round += 1) {
      const small = await seed(stack).org({ maxMembers: 2 });
      const [first, second] = [await seed(stack).verifiedUser(), await seed(stack).verifiedUser()];
      const [a, b] = [await invite(first.email, small), await invite(second.email, small)];
      const results = await Promise.all([accept(a.token, first), accept(b.token, second)]);
      const codes = results.map((res) => res.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['OK', 'SEAT_LIMIT_REACHED']);
      const [{ count }] = (await stack.database.query<{ count: string }>('select count(*) from organizations.memberships where organization_id = $1', [small.id])) as [
        { count: string },
      ];
      expect(Number(count)).toBe(2);
    }
  });

  it('lets one token join once when it is presented twice at the same moment', async () => {
    const user = await seed(stack).verifiedUser();
    const { token } = await invite(user.email);
    const results = await Promise.all([accept(token, user), accept(token, user)]);
    const codes = results.map((res) => res.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'OK')[0]).toMatch(/^(INVITATION_ALREADY_USED|CONFLICT)$/);
  });
});

describe('listing invitations', () => {
  it('filters by status and pages newest first', async () => {
    const listed = await seed(stack).org();
    const emails = [uniqueEmail('a'), uniqueEmail('b'), uniqueEmail('c')];
    const ids: string[] = [];
    for (const email of emails) ids.push((await invite(email, listed)).id);
    await stack.request(RevokeInvitationDocument, { organizationId: listed.id, invitationId: ids[0]! }, { token: listed.owner.accessToken });

    const pending = await stack.request(InvitationsDocument, { organizationId: listed.id, status: 'PENDING', first: 1 }, { token: listed.owner.accessToken });
    expect(pending.data!.invitations.totalCount).toBe(2);
    expect(pending.data!.invitations.edges.map((e) => e.node.email)).toEqual([emails[2]]);
    expect(pending.data!.invitations.pageInfo.hasNextPage).toBe(true);
    const next = await stack.request(
      InvitationsDocument,
      { organizationId: listed.id, status: 'PENDING', first: 1, after: pending.data!.invitations.pageInfo.endCursor },
      { token: listed.owner.accessToken },
    );
    expect(next.data!.invitations.edges.map((e) => e.node.email)).toEqual([emails[1]]);
    expect(next.data!.invitations.pageInfo.hasNextPage).toBe(false);

    const revoked = await stack.request(InvitationsDocument, { organizationId: listed.id, status: 'REVOKED' }, { token: listed.owner.accessToken });
    expect(revoked.data!.invitations.edges.map((e) => [e.node.email, e.node.status, e.node.viewerCanRevoke])).toEqual([[emails[0], 'REVOKED', false]]);
  });
});
