import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LoginDocument,
  MeDocument,
  RefreshSessionDocument,
  RevokeOtherSessionsDocument,
  RevokeSessionDocument,
  SessionsDocument,
} from '@steward/client';
import { seed, startTestStack, type SeededUser, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
/** The grace window for a client's double refresh; "after the window" cases advance the stack's clock past it. */
const GRACE_SECONDS = 10;
beforeAll(async () => {
  stack = await startTestStack({ REFRESH_REUSE_GRACE_SECONDS: String(GRACE_SECONDS) });
});
afterAll(async () => {
  await stack?.stop();
});

const PHONE = 'StewardPhone/1.0 (test)';
const LAPTOP = 'StewardLaptop/2.0 (test)';

async function loginAs(user: SeededUser, userAgent: string) {
  const res = await stack.request(LoginDocument, { input: { email: user.email, password: user.password } }, { headers: { 'user-agent': userAgent } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.login;
}

async function sessionsOf(token: string) {
  const res = await stack.request(SessionsDocument, {}, { token });
  return res;
}

const sessionRows = (userId: string) =>
  stack.database.query<{ id: string; revoked_at: Date | null; revoked_reason: string | null }>(
    'select id, revoked_at, revoked_reason from identity.sessions where user_id = $1 order by created_at',
    [userId],
  );

describe('sessions and devices', () => {
  it('lists the user’s sessions with user agent, IP and times, flagging the current one', async () => {
    const user = await seed(stack).user();
    const phone = await loginAs(user, PHONE);
    await loginAs(user, LAPTOP);
    const res = await sessionsOf(phone.accessToken);
    expect(res.errors).toBeUndefined();
    const sessions = res.data!.sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const current = sessions.find((s) => s.current)!;
    expect(current.userAgent).toBe(PHONE);
    expect(current.ip).toMatch(/127\.0\.0\.1/);
    expect(sessions.map((s) => s.userAgent)).toEqual(expect.arrayContaining([PHONE, LAPTOP]));
    for (const session of sessions) {
      expect(Date.parse(session.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(session.createdAt));
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(stack.clock().getTime() + 29 * 86_400_000);
    }
  });

  it('moves lastSeenAt forward on each refresh and leaves createdAt alone', async () => {
    const user = await seed(stack).user();
    const phone = await loginAs(user, PHONE);
    const before = (await sessionsOf(phone.accessToken)).data!.sessions.find((s) => s.current)!;
    expect(before.lastSeenAt).toBe(before.createdAt);
    stack.clock.advance(50);
    const refreshed = (await stack.request(RefreshSessionDocument, { refreshToken: phone.refreshToken })).data!.refreshSession;
    // Using the access token (any query) does not count as being seen: only sign-in and refresh do.
    await stack.request(MeDocument, {}, { token: refreshed.accessToken });
    const after = (await sessionsOf(refreshed.accessToken)).data!.sessions.find((s) => s.current)!;
    expect(after.id).toBe(before.id);
    expect(after.createdAt).toBe(before.createdAt);
    expect(Date.parse(after.lastSeenAt) - Date.parse(before.lastSeenAt)).toBeGreaterThanOrEqual(50);
    expect(Date.parse(after.lastSeenAt)).toBeLessThanOrEqual(stack.clock().getTime());
  });

  it('refuses to list sessions without an access token', async () => {
    const res = await sessionsOf('');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revokes one session: its refresh token stops working and its access token can no longer manage the account', async () => {
    const user = await seed(stack).user();
    const phone = await loginAs(user, PHONE);
    const laptop = await loginAs(user, LAPTOP);
    const laptopSession = (await sessionsOf(laptop.accessToken)).data!.sessions.find((s) => s.current)!;

    const revoked = await stack.request(RevokeSessionDocument, { id: laptopSession.id }, { token: phone.accessToken });
    expect(revoked.data).toEqual({ revokeSession: true });

    const refresh = await stack.request(RefreshSessionDocument, { refreshToken: laptop.refreshToken });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const manage = await sessionsOf(laptop.accessToken);
    expect(manage.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Everywhere else in the graph too: the gateway heard of the revocation on the bus (within a second).
    const deadline = Date.now() + 1000;
    let me = await stack.request(MeDocument, {}, { token: laptop.accessToken });
    while (me.status !== 401 && Date.now() < deadline) me = await stack.request(MeDocument, {}, { token: laptop.accessToken });
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const remaining = (await sessionsOf(phone.accessToken)).data!.sessions.map((s) => s.id);
    expect(remaining).not.toContain(laptopSession.id);
    expect(remaining).toHaveLength(2);
  });

  it('answers NOT_FOUND for another user’s session and leaves it alone', async () => {
    const owner = await seed(stack).user();
    const stranger = await seed(stack).user();
    const ownerSession = (await sessionsOf(owner.accessToken)).data!.sessions[0]!;
    const res = await stack.request(RevokeSessionDocument, { id: ownerSession.id }, { token: stranger.accessToken });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sessionRows(owner.id))[0]!.revoked_at).toBeNull();
    const garbage = await stack.request(RevokeSessionDocument, { id: 'not-a-uuid' }, { token: stranger.accessToken });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('signs out every other session and keeps the current one', async () => {
    const user = await seed(stack).user();
    const phone = await loginAs(user, PHONE);
    const laptop = await loginAs(user, LAPTOP);
    const res = await stack.request(RevokeOtherSessionsDocument, {}, { token: phone.accessToken });
    expect(res.data).toEqual({ revokeOtherSessions: 2 });
    const left = (await sessionsOf(phone.accessToken)).data!.sessions;
    expect(left).toHaveLength(1);
    expect(left[0]!.current).toBe(true);
    expect((await stack.request(RefreshSessionDocument, { refreshToken: laptop.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.request(RefreshSessionDocument, { refreshToken: phone.refreshToken })).errors).toBeUndefined();
  });
});

describe('refresh-token rotation and reuse detection', () => {
  it('gives a concurrent double refresh from one client the same new tokens, not two branches', async () => {
    const user = await seed(stack).user();
    const results = await Promise.all([
      stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken }),
      stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken }),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const [first, second] = results.map((r) => r.data!.refreshSession);
    expect(first!.refreshToken).toBe(second!.refreshToken);
    expect(first!.refreshToken).not.toBe(user.refreshToken);
    const rows = await sessionRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.revoked_at).toBeNull();
    // And the shared successor keeps working.
    expect((await stack.request(RefreshSessionDocument, { refreshToken: first!.refreshToken })).errors).toBeUndefined();
  });

  it('revokes the whole sign-in family when a rotated token comes back after the grace window', async () => {
    const user = await seed(stack).user();
    const other = await loginAs(user, LAPTOP);
    const first = (await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken })).data!.refreshSession;
    const second = (await stack.request(RefreshSessionDocument, { refreshToken: first.refreshToken })).data!.refreshSession;
    stack.clock.advance(GRACE_SECONDS * 1000 + 200);

    const replay = await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The legitimate holder's current token dies with the family.
    const current = await stack.request(RefreshSessionDocument, { refreshToken: second.refreshToken });
    expect(current.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A separate sign-in of the same user is another family and lives on.
    expect((await stack.request(RefreshSessionDocument, { refreshToken: other.refreshToken })).errors).toBeUndefined();

    const rows = await sessionRows(user.id);
    expect(rows.filter((r) => r.revoked_reason === 'refresh_token_reuse')).toHaveLength(1);
    const events = await stack.database.query<{ type: string; details: { revokedSessionIds: string[] } }>(
      "select type, details from identity.audit_events where user_id = $1 and type = 'REFRESH_TOKEN_REUSED'",
      [user.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.details.revokedSessionIds).toHaveLength(1);
  });

  it('treats a rotated token presented by another client inside the grace window as reuse', async () => {
    const user = await seed(stack).user();
    const rotated = (await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken }, { headers: { 'user-agent': PHONE } })).data!.refreshSession;
    const thief = await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken }, { headers: { 'user-agent': 'curl/8.0' } });
    expect(thief.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(thief.data).toBeNull();
    const owner = await stack.request(RefreshSessionDocument, { refreshToken: rotated.refreshToken }, { headers: { 'user-agent': PHONE } });
    expect(owner.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps only hashes of rotated tokens, and the successor only sealed under its predecessor', async () => {
    const user = await seed(stack).user();
    const next = (await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken })).data!.refreshSession;
    const rows = await stack.database.query<Record<string, string>>(
      'select u.* from identity.used_refresh_tokens u join identity.sessions s on s.id = u.session_id where s.user_id = $1',
      [user.id],
    );
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(user.refreshToken);
    expect(stored).not.toContain(next.refreshToken);
    expect(stored).not.toContain(next.refreshToken.slice(4, 24));
  });
});
