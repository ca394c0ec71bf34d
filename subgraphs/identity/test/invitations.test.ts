import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateInvitationCodeDocument, InvitationCodesDocument, RegisterDocument, RevokeInvitationCodeDocument } from '@steward/client';
import { seed, startTestStack, uniqueEmail, type SeededUser, type TestStack } from '@steward/standalone/testing';

const ADMIN_EMAIL = uniqueEmail('admin');
let stack: TestStack;
let admin: SeededUser;
beforeAll(async () => {
  stack = await startTestStack({
    REGISTRATION: 'invite',
    PLATFORM_ADMIN_EMAILS: ` other-admin@example.test , ${ADMIN_EMAIL.toUpperCase()},third-admin@example.test,fourth-admin@example.test`,
  });
  // The first admin registers without a code and becomes an admin by verifying the address.
  admin = await seed(stack).verifiedUser({ email: ADMIN_EMAIL });
});
afterAll(async () => {
  await stack?.stop();
});

/** An hour from now on identity's clock, which a test may have advanced. */
const inAnHour = () => new Date(stack.clock().getTime() + 3_600_000).toISOString();
async function newCode(maxUses = 1) {
  const res = await stack.request(CreateInvitationCodeDocument, { maxUses, expiresAt: inAnHour() }, { token: admin.accessToken });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createInvitationCode;
}
const register = (invitationCode?: string, email = uniqueEmail('invitee')) =>
  stack.request(RegisterDocument, { input: { email, password: 'an invited passphrase', name: 'Invitee', ...(invitationCode ? { invitationCode } : {}) } });

describe('invitation-only registration', () => {
  it('refuses registration without a code, naming the field', async () => {
    const email = uniqueEmail('uninvited');
    const res = await register(undefined, email);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.invitationCode' });
    expect(await stack.database.query('select 1 from identity.users where email = $1', [email])).toHaveLength(0);
  });

  it('registers with a valid code and counts the use', async () => {
    const created = await newCode(2);
    expect(created.code).toMatch(/^sinv_/);
    expect(created.invitation).toMatchObject({ maxUses: 2, uses: 0, usable: true });
    expect((await register(created.code)).errors).toBeUndefined();
    const [row] = await stack.database.query<{ uses: number }>('select uses from identity.invitation_codes where id = $1', [created.invitation.id]);
    expect(Number(row!.uses)).toBe(1);
  });

  it('admits exactly one of five parallel registrations with a one-use code', async () => {
    const { code, invitation } = await newCode(1);
    const results = await Promise.all(Array.from({ length: 5 }, () => register(code)));
    expect(results.filter((r) => r.data?.register)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.field === 'input.invitationCode')).toHaveLength(4);
    const [row] = await stack.database.query<{ uses: number }>('select uses from identity.invitation_codes where id = $1', [invitation.id]);
    expect(Number(row!.uses)).toBe(1);
  });

  it('gives the use back when the registration itself fails', async () => {
    const taken = await seed(stack).user({ invitationCode: (await newCode(1)).code });
    const { code, invitation } = await newCode(1);
    const duplicate = await register(code, taken.email);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await register(code)).errors).toBeUndefined();
    const [row] = await stack.database.query<{ uses: number }>('select uses from identity.invitation_codes where id = $1', [invitation.id]);
    expect(Number(row!.uses)).toBe(1);
  });

  it('refuses revoked and expired codes', async () => {
    const revoked = await newCode(5);
    expect((await stack.request(RevokeInvitationCodeDocument, { id: revoked.invitation.id }, { token: admin.accessToken })).data).toEqual({ revokeInvitationCode: true });
    expect((await register(revoked.code)).errors?.[0]?.extensions?.field).toBe('input.invitationCode');

    const expired = await newCode(5);
    // Its hour passes.
    stack.clock.advance(3_600_000 + 1000);
    expect((await register(expired.code)).errors?.[0]?.extensions?.field).toBe('input.invitationCode');
    expect((await register('sinv_made-up-code')).errors?.[0]?.extensions?.field).toBe('input.invitationCode');
  });

  it('stores only a hash of each code', async () => {
    const { code } = await newCode(1);
    const rows = await stack.database.query('select * from identity.invitation_codes');
    expect(JSON.stringify(rows)).not.toContain(code.slice(5, 25));
  });
});

describe('who manages invitation codes', () => {
  it('refuses a signed-in user who is not a platform admin', async () => {
    const user = await seed(stack).user({ invitationCode: (await newCode(1)).code });
    const res = await stack.request(CreateInvitationCodeDocument, { maxUses: 1, expiresAt: inAnHour() }, { token: user.accessToken });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await stack.request(InvitationCodesDocument, {}, { token: user.accessToken });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(list.data?.invitationCodes ?? null).toBeNull();
  });

  it('gives an admin address its powers only once the address is verified', async () => {
    const email = 'other-admin@example.test';
    const squatter = await seed(stack).user({ email, invitationCode: (await newCode(1)).code });
    const res = await stack.request(CreateInvitationCodeDocument, { maxUses: 1, expiresAt: inAnHour() }, { token: squatter.accessToken });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a listed admin address skip the code only while no listed address is verified', async () => {
    // The first admin verified in beforeAll: from then on a listed address is invited like everyone.
    const refused = await register(undefined, 'third-admin@example.test');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.invitationCode' });
    expect(await stack.database.query("select 1 from identity.users where email = 'third-admin@example.test'")).toHaveLength(0);
    // Back to the bootstrap state (no listed address verified yet): a listed address needs no code, an unlisted one still does.
    await stack.database.query('update identity.users set email_verified = false where email = $1', [ADMIN_EMAIL.toLowerCase()]);
    try {
      expect((await register(undefined, 'fourth-admin@example.test')).errors).toBeUndefined();
      expect((await register(undefined, uniqueEmail('not-listed'))).errors?.[0]?.extensions?.field).toBe('input.invitationCode');
    } finally {
      await stack.database.query('update identity.users set email_verified = true where email = $1', [ADMIN_EMAIL.toLowerCase()]);
    }
  });

  it('refuses codes that expire in the past or allow no use', async () => {
    const past = await stack.request(CreateInvitationCodeDocument, { maxUses: 1, expiresAt: new Date(stack.clock().getTime() - 1000).toISOString() }, { token: admin.accessToken });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'args.expiresAt' });
    const none = await stack.request(CreateInvitationCodeDocument, { maxUses: 0, expiresAt: inAnHour() }, { token: admin.accessToken });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'args.maxUses' });
  });

  it('lists codes newest first with opaque cursors, at most 100 a page', async () => {
    const created = [await newCode(1), await newCode(2), await newCode(3)].map((c) => c.invitation.id).reverse();
    const page1 = (await stack.request(InvitationCodesDocument, { first: 2 }, { token: admin.accessToken })).data!.invitationCodes!;
    expect(page1.edges.map((e) => e.node.id)).toEqual(created.slice(0, 2));
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await stack.request(InvitationCodesDocument, { first: 1, after: page1.pageInfo.endCursor }, { token: admin.accessToken })).data!.invitationCodes!;
    expect(page2.edges.map((e) => e.node.id)).toEqual(created.slice(2, 3));

    const tooMany = await stack.request(InvitationCodesDocument, { first: 101 }, { token: admin.accessToken });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await stack.request(InvitationCodesDocument, { after: 'not-a-cursor' }, { token: admin.accessToken });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
