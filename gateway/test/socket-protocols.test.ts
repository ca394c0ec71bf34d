import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUsage, seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { legacyClient, modernClient, rawSocket, type Received, type SocketClient } from './fixtures/socket-clients.js';

/*
 * Both GraphQL-over-WebSocket protocols on one URL (graphql-ws and the legacy
 * subscriptions-transport-ws that GraphQL Playground speaks), and CORS for browsers on other
 * origins, over HTTP and WebSocket alike.
 */

const USAGE = 'subscription Usage($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id records costUsd organization { name } } }';
const ALLOWED = 'https://console.example.com';

let stack: TestStack;
let org: SeededOrganization;
let memberKey: string;
let outsiderKey: string;
const clients: SocketClient[] = [];

beforeAll(async () => {
  stack = await startTestStack({
    CORS_ORIGINS: `${ALLOWED}, http://localhost:*`,
    WS_MAX_SOCKETS_PER_CALLER: '2',
    WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '2',
    WS_MAX_SUBSCRIPTIONS_PER_CALLER: '3',
  });
  org = await seed(stack).org({ name: 'Two Protocols Inc' });
  memberKey = (await org.apiKey('member')).secret;
  outsiderKey = (await (await seed(stack).org({ name: 'Elsewhere Ltd' })).apiKey('owner')).secret;
});
afterAll(async () => {
  for (const client of clients) client.dispose();
  await stack?.stop();
});

const open = (make: typeof modernClient, token: string | null) => {
  const client = make(stack.gatewayUrl, token);
  clients.push(client);
  return client;
};

async function until(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const recordOne = async () => (await recordUsage(stack, org.id, memberKey, [{}])).batches[0]!.id;

/** Neither protocol acknowledges a subscription's start: usage is recorded until every subscriber has seen one. */
async function untilListening(subscriptions: Received[]): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const id = await recordOne();
    try {
      await until('a priming event', () => subscriptions.every((live) => live.ids().includes(id)), 500);
      return;
    } catch (error) {
      if (subscriptions.some((live) => live.failures.length > 0 || live.codes().length > 0)) throw new Error(`Refused: ${subscriptions.map((live) => live.codes())}`);
      if (!(error instanceof Error) || !error.message.startsWith('Timed out')) throw error;
    }
  }
  throw new Error('The subscriptions never started receiving events');
}

describe('both subscription protocols on /graphql', () => {
  it('delivers the same event to a graphql-ws client and a subscriptions-transport-ws client', async () => {
    const modern = open(modernClient, memberKey).subscribe(USAGE, { o: org.id });
    const legacy = open(legacyClient, memberKey).subscribe(USAGE, { o: org.id });
    await untilListening([modern, legacy]);
    const id = await recordOne();
    await until('the event on both protocols', () => modern.ids().includes(id) && legacy.ids().includes(id));
    const payload = (live: Received) => live.results.find((result) => result.data?.usage?.id === id);
    expect(payload(legacy)).toEqual(payload(modern));
    expect(payload(modern)?.data?.usage).toMatchObject({ id, records: 1, organization: { name: 'Two Protocols Inc' } });
  });

  it('refuses an outsider and an anonymous caller the same way on both protocols', async () => {
    for (const [token, code] of [[outsiderKey, 'NOT_FOUND'], [null, 'UNAUTHENTICATED']] as const) {
      const modern = open(modernClient, token).subscribe(USAGE, { o: org.id });
      const legacy = open(legacyClient, token).subscribe(USAGE, { o: org.id });
      await until(`refusals (${code})`, () => modern.codes().length > 0 && legacy.codes().length > 0);
      expect(modern.codes(), JSON.stringify([modern, legacy])).toContain(code);
      expect(legacy.codes()).toContain(code);
      expect([...modern.ids(), ...legacy.ids()]).toEqual([]);
    }
  });

  it('closes a legacy socket with 4401 for a bad token, like graphql-ws', async () => {
    const init = JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer stw_not_a_key' } });
    const closed = await rawSocket(stack.gatewayUrl, ['graphql-ws'], { messages: [init] });
    expect(closed).toMatchObject({ opened: true, protocol: 'graphql-ws', code: 4401 });
    expect(closed.reason).toMatch(/^Unauthenticated/);
  });

  it('tells a client that offers neither protocol why it is closed', async () => {
    for (const offered of [['mqtt'], []]) {
      const closed = await rawSocket(stack.gatewayUrl, offered);
      expect(closed.code).toBe(4406);
      expect(closed.reason).toMatch(/graphql-transport-ws.*graphql-ws/);
    }
  });

  it('closes a socket that sends a message over the body limit, on either protocol', async () => {
    const huge = Buffer.alloc(1024 * 1024 + 1, 'a');
    for (const protocol of ['graphql-transport-ws', 'graphql-ws']) {
      expect(await rawSocket(stack.gatewayUrl, [protocol], { messages: [huge] })).toMatchObject({ opened: true, code: 1009 });
    }
  });
});

describe('caps on what a caller holds open', () => {
  it('refuses a third subscription on one socket and a fourth of one caller, on either protocol, and frees slots as subscriptions end', async () => {
    const key = (await org.apiKey('member')).secret;
    const first = open(modernClient, key);
    const [a, b, overSocket] = [first.subscribe(USAGE, { o: org.id }), first.subscribe(USAGE, { o: org.id }), first.subscribe(USAGE, { o: org.id })];
    await until('the third subscription refused', () => overSocket.codes().length > 0);
    expect(overSocket.codes()).toEqual(['RATE_LIMITED']);
    expect(JSON.stringify(overSocket.results)).toMatch(/WS_MAX_SUBSCRIPTIONS_PER_SOCKET/);
    const second = open(legacyClient, key);
    const c = second.subscribe(USAGE, { o: org.id });
    const overCaller = second.subscribe(USAGE, { o: org.id });
    await until('the caller’s fourth subscription refused', () => overCaller.codes().length > 0);
    expect(overCaller.codes()).toEqual(['RATE_LIMITED']);
    expect(JSON.stringify(overCaller.results)).toMatch(/WS_MAX_SUBSCRIPTIONS_PER_CALLER/);
    await untilListening([a, b, c]);

    // A third socket of the same caller is closed at connection_init.
    const init = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } });
    const third = await rawSocket(stack.gatewayUrl, ['graphql-transport-ws'], { messages: [init] });
    expect(third).toMatchObject({ opened: true, code: 4429, reason: expect.stringMatching(/WS_MAX_SOCKETS_PER_CALLER/) });

    // Closing the legacy socket frees its subscription and the socket slot.
    second.dispose();
    // The server learns of the close a moment later: until then a new socket or subscription may still be refused.
    const replacement = open(modernClient, key);
    let admitted = false;
    for (let attempt = 0; attempt < 20 && !admitted; attempt += 1) {
      admitted = await untilListening([replacement.subscribe(USAGE, { o: org.id })]).then(
        () => true,
        (error: Error) => (/^Refused/.test(error.message) ? false : Promise.reject(error)),
      );
    }
    expect(admitted).toBe(true);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

  it('answers a preflight from a listed origin before the CSRF check, credentials and headers allowed', async () => {
    for (const origin of [ALLOWED, 'http://localhost:5173']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    }
    const query = await fetch(stack.gatewayUrl, { method: 'POST', headers: { origin: ALLOWED, 'content-type': 'application/json', authorization: `Bearer ${memberKey}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(query.status).toBe(200);
    expect(query.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('refuses a preflight from an origin not listed, and gives its requests no CORS headers', async () => {
    const res = await preflight('https://evil.example.net');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/CORS_ORIGINS/);
    const query = await fetch(stack.gatewayUrl, { method: 'POST', headers: { origin: 'https://evil.example.net', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(query.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('checks a socket’s Origin against the same list, and always lets the gateway’s own pages in', async () => {
    expect(await rawSocket(stack.gatewayUrl, ['graphql-transport-ws'], { origin: 'https://evil.example.net' })).toMatchObject({ opened: false, status: 403 });
    const own = new URL(stack.gatewayUrl).origin;
    for (const origin of [ALLOWED, own]) {
      const init = JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer stw_not_a_key' } });
      // Let in (then refused for the bad token): the Origin passed.
      expect(await rawSocket(stack.gatewayUrl, ['graphql-transport-ws'], { origin, messages: [init] })).toMatchObject({ opened: true, code: 4401 });
    }
  });
});
