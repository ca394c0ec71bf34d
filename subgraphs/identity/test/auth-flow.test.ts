import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginDocument, LogoutDocument, MeDocument, RefreshSessionDocument, RegisterDocument } from '@steward/client';
import { seed, startTestStack, uniqueEmail, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  // Strict rotation here: no grace window for a client's double refresh (sessions.test.ts covers that).
  stack = await startTestStack({ REFRESH_REUSE_GRACE_SECONDS: '0' });
});
afterAll(async () => {
  await stack?.stop();
});

describe('the account lifecycle through the gateway', () => {
  it('registers, logs in, reads me, refreshes once, refuses the rotated token, and logs out', async () => {
    const email = uniqueEmail('Lifecycle').toUpperCase();
    const password = 'a perfectly long passphrase';

    const registered = await stack.request(RegisterDocument, { input: { email, password, name: 'Ada' } });
    expect(registered.errors).toBeUndefined();
    const user = registered.data!.register.user;
    expect(user.email).toBe(email.toLowerCase());
    expect(user.name).toBe('Ada');
    expect(user.emailVerified).toBe(false);
    expect(Date.parse(registered.data!.register.accessTokenExpiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(Date.parse(registered.data!.register.accessTokenExpiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    // Emails are matched case-insensitively.
    const login = await stack.request(LoginDocument, { input: { email: `  ${email.toLowerCase()} `, password } });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user.id).toBe(user.id);
    const { accessToken, refreshToken } = login.data!.login;

    const me = await stack.request(MeDocument, {}, { token: accessToken });
    expect(me.data!.me).toMatchObject({ id: user.id, email: email.toLowerCase(), name: 'Ada' });

    const refreshed = await stack.request(RefreshSessionDocument, { refreshToken });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refreshSession.user.id).toBe(user.id);
    expect(refreshed.data!.refreshSession.refreshToken).not.toBe(refreshToken);

    const newAccess = refreshed.data!.refreshSession.accessToken;
    const meAgain = await stack.request(MeDocument, {}, { token: newAccess });
    expect(meAgain.data!.me?.id).toBe(user.id);

    // Right after the refresh the rotated-away token is refused (no grace window here): presenting
    // it is reuse, which also revokes the session it belonged to, new refresh token included.
    const reused = await stack.request(RefreshSessionDocument, { refreshToken });
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(reused.data).toBeNull();
    const afterReuse = await stack.request(RefreshSessionDocument, { refreshToken: refreshed.data!.refreshSession.refreshToken });
    expect(afterReuse.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A fresh session for the logout part.
    const again = await stack.request(LoginDocument, { input: { email, password } });
    expect(again.errors).toBeUndefined();
    const logout = await stack.request(LogoutDocument, {}, { token: again.data!.login.accessToken });
    expect(logout.data).toEqual({ logout: true });
    const afterLogout = await stack.request(RefreshSessionDocument, { refreshToken: again.data!.login.refreshToken });
    expect(afterLogout.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers me with null for an anonymous caller', async () => {
    const res = await stack.request(MeDocument, {});
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ me: null });
  });

  it('gives the same error for an unknown email and for a wrong password', async () => {
    const user = await seed(stack).user();
    const wrongPassword = await stack.request(LoginDocument, { input: { email: user.email, password: 'not the right passphrase' } });
    const unknownEmail = await stack.request(LoginDocument, { input: { email: uniqueEmail('nobody'), password: user.password } });
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors?.[0]).toEqual(wrongPassword.errors?.[0]);
  });

  it('refuses logout without an access token', async () => {
    const res = await stack.request(LogoutDocument, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a session usable by another device after one device logs out', async () => {
    const user = await seed(stack).user();
    const second = await stack.request(LoginDocument, { input: { email: user.email, password: user.password } });
    await stack.request(LogoutDocument, {}, { token: user.accessToken });
    const refreshSecond = await stack.request(RefreshSessionDocument, { refreshToken: second.data!.login.refreshToken });
    expect(refreshSecond.errors).toBeUndefined();
    const refreshFirst = await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken });
    expect(refreshFirst.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets exactly one of two concurrent refreshes with the same token succeed', async () => {
    const user = await seed(stack).user();
    const results = await Promise.all([
      stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken }),
      stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken }),
    ]);
    expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED').length).toBe(1);
  });

  it('stores only a hash of the password and of refresh tokens', async () => {
    const user = await seed(stack).user();
    const [row] = await stack.database.query<{ password_hash: string }>('select password_hash from identity.users where id = $1', [user.id]);
    expect(row!.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row!.password_hash).not.toContain(user.password);
    const sessions = await stack.database.query<{ refresh_token_hash: string }>('select refresh_token_hash from identity.sessions where user_id = $1', [user.id]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.refresh_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions[0]!.refresh_token_hash).not.toBe(user.refreshToken);
  });
});
