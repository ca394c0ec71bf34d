import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ChangePasswordDocument, LoginDocument, LogoutDocument, MeDocument, RefreshSessionDocument, RevokeOtherSessionsDocument, RevokeSessionDocument, SessionsDocument } from '@steward/client';
import { PostgresEventBus, type EventBus } from '@steward/kernel';
import { createGatewayClient, seed, startTestStack, type GatewayClient, type SeededUser, type TestStack } from '@steward/standalone/testing';
import { startSecondGateway } from './fixtures/second-gateway.js';

// Two gateways in front of one set of subgraphs. On PostgreSQL the second has its own bus
// connection, as another process would; embedded PGlite has one process and its in-process bus.
let stack: TestStack;
let second: { url: string; client: GatewayClient; stop(): Promise<void> };
let secondBus: EventBus | null = null;
const cleanups: (() => Promise<void>)[] = [];

const busFor = (target: TestStack['database']['target']): EventBus | null => (target.kind === 'postgres' ? new PostgresEventBus(target.url, stack.logger) : null);

async function startGateway(bus: EventBus | null) {
  const started = await startSecondGateway(stack, {}, {}, bus ?? stack.bus);
  return { url: started.url, client: createGatewayClient(started.url), stop: started.stop };
}

beforeAll(async () => {
  stack = await startTestStack();
  secondBus = busFor(stack.database.target);
  second = await startGateway(secondBus);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await second?.stop();
  await secondBus?.close();
  await stack?.stop();
});

/** A promise that fails the test when `promise` takes longer than `ms`. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** A graphql-ws socket that sent `connection_init` with `token`: whether it was acknowledged, and how it closes. */
async function openSocket(gatewayUrl: string, token: string) {
  const socket = new WebSocket(gatewayUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  cleanups.push(async () => socket.close());
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  const first = await Promise.race([once(socket, 'message').then(([data]) => (JSON.parse(String(data)) as { type: string }).type), closed.then(() => 'closed')]);
  return { acknowledged: first === 'connection_ack', closed };
}

/** Polls until `client` refuses `token` (at most `ms`), then returns the refusal. */
async function refusedWithin(ms: number, client: GatewayClient, token: string) {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await client.request(MeDocument, {}, { token });
    if (res.status === 401 || Date.now() > deadline) return res;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function expectRefused(client: GatewayClient, token: string) {
  const res = await refusedWithin(1000, client, token);
  expect(res.status).toBe(401);
  expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/session has ended/), extensions: { code: 'UNAUTHENTICATED' } });
}

async function expectAccepted(client: GatewayClient, token: string, userId: string) {
  const res = await client.request(MeDocument, {}, { token });
  expect(res.status).toBe(200);
  expect(res.data!.me!.id).toBe(userId);
}

/** Another sign-in of `user`: a session of its own, with its own tokens and id. */
async function signIn(user: SeededUser, password = user.password) {
  const res = await stack.request(LoginDocument, { input: { email: user.email, password } });
  const { accessToken, refreshToken } = res.data!.login;
  const sessions = await stack.request(SessionsDocument, {}, { token: accessToken });
  const sessionId = sessions.data!.sessions.find((session) => session.current)!.id;
  return { accessToken, refreshToken, sessionId };
}

describe('an ended session stops working on every gateway at once', () => {
  it('logout: the token is refused on both gateways within a second and its sockets on both close with 4401', async () => {
    const user = await seed(stack).user();
    const token = user.accessToken;
    await expectAccepted(stack, token, user.id);
    await expectAccepted(second.client, token, user.id);
    const [onFirst, onSecond] = await Promise.all([openSocket(stack.gatewayUrl, token), openSocket(second.url, token)]);
    expect([onFirst.acknowledged, onSecond.acknowledged]).toEqual([true, true]);

    expect((await stack.request(LogoutDocument, {}, { token })).data).toEqual({ logout: true });

    for (const socket of [onFirst, onSecond]) {
      const closed = await within(1000, 'closing the socket', socket.closed);
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(/^Unauthenticated: The session has ended/);
    }
    await expectRefused(second.client, token);
    await expectRefused(stack, token);
    // A new socket with the same token is refused at connection_init.
    const again = await openSocket(second.url, token);
    expect(again.acknowledged).toBe(false);
    expect((await again.closed).code).toBe(4401);
  });

  it('a gateway started after the revocation refuses the token too: it reads the recent revocations from identity', async () => {
    const [ended, live] = [await seed(stack).user(), await seed(stack).user()];
    await stack.request(LogoutDocument, {}, { token: ended.accessToken });
    await expectRefused(stack, ended.accessToken);

    const laterBus = busFor(stack.database.target);
    const later = await startGateway(laterBus);
    cleanups.push(async () => {
      await later.stop();
      await laterBus?.close();
    });
    // Refused on its first request, with nothing announced since it started.
    const res = await later.client.request(MeDocument, {}, { token: ended.accessToken });
    expect(res.status).toBe(401);
    await expectAccepted(later.client, live.accessToken, live.id);
  });

  it('revokeSession ends that session only; revokeOtherSessions ends every other one', async () => {
    const user = await seed(stack).user();
    const [one, two, three] = [await signIn(user), await signIn(user), await signIn(user)];
    expect((await stack.request(RevokeSessionDocument, { id: two.sessionId }, { token: one.accessToken })).data).toEqual({ revokeSession: true });
    await expectRefused(second.client, two.accessToken);
    await expectAccepted(second.client, one.accessToken, user.id);
    await expectAccepted(second.client, three.accessToken, user.id);

    const socket = await openSocket(second.url, three.accessToken);
    expect(socket.acknowledged).toBe(true);
    expect((await stack.request(RevokeOtherSessionsDocument, {}, { token: one.accessToken })).data!.revokeOtherSessions).toBeGreaterThanOrEqual(2);
    expect((await within(1000, 'closing the socket', socket.closed)).code).toBe(4401);
    await expectRefused(second.client, three.accessToken);
    await expectRefused(second.client, user.accessToken);
    await expectAccepted(second.client, one.accessToken, user.id);
  });

  it('a password change ends the other sessions and keeps the one that changed it', async () => {
    const user = await seed(stack).user();
    const other = await signIn(user);
    const changed = await stack.request(ChangePasswordDocument, { currentPassword: user.password, newPassword: `${user.password}-changed-9` }, { token: user.accessToken });
    expect(changed.data).toEqual({ changePassword: true });
    await expectRefused(second.client, other.accessToken);
    await expectAccepted(second.client, user.accessToken, user.id);
  });

  it('a reused refresh token ends the whole sign-in family, including the session it was rotated into', async () => {
    const user = await seed(stack).user();
    const signedIn = await signIn(user);
    const rotated = await stack.request(RefreshSessionDocument, { refreshToken: signedIn.refreshToken });
    const fresh = rotated.data!.refreshSession.accessToken;
    await expectAccepted(second.client, fresh, user.id);
    // The rotated-away token again, from another client: theft, not a client's double refresh.
    const reused = await stack.request(RefreshSessionDocument, { refreshToken: signedIn.refreshToken }, { headers: { 'user-agent': 'someone-else' } });
    expect(reused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    await expectRefused(second.client, fresh);
    await expectRefused(second.client, signedIn.accessToken);
    await expectAccepted(second.client, user.accessToken, user.id);
  });
});
