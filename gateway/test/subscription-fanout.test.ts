import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventBus } from '@steward/kernel';
import { recordUsage, seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { LiveClients, until, untilListening as untilListeningTo, type Live } from './fixtures/live-clients.js';
import { startSecondGateway } from './fixtures/second-gateway.js';

/*
 * How one event reaches many subscribers: answers shared within a session, and across sessions
 * when the selection has no viewer-dependent field, and exactly-once delivery with two gateways on one PostgreSQL bus. Access and expiry are in
 * subscriptions.test.ts.
 */

const USAGE = 'subscription Usage($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id } }';

let stack: TestStack;
let org: SeededOrganization;
let memberKey: string;
const sockets = new LiveClients(() => stack.gatewayUrl);
const connect = (token: string | null, gatewayUrl?: string) => sockets.connect(token, gatewayUrl);
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org({ name: 'Live Fanout Inc' });
  memberKey = (await org.apiKey('member')).secret;
});
afterAll(async () => {
  await sockets.disposeAll();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await stack?.stop();
});

/** Records one usage record in `org` (as an API key with metrics:write) and returns the new batch's id. */
const recordOne = async () => (await recordUsage(stack, org.id, memberKey, [{}])).batches[0]!.id;
const untilListening = (subscriptions: Live[], record: () => Promise<string> = recordOne) => untilListeningTo(subscriptions, record);

describe('one event, many subscribers', () => {
  it('sends the metrics subgraph one event query for every subscriber with the same permissions, and one per session for a viewer-dependent selection', async () => {
    const quiet = await seed(stack).org({ name: 'Shared Answers' });
    const recorder = (await quiet.apiKey('member')).secret;
    const record = async () => (await recordUsage(stack, quiet.id, recorder, [{}])).batches[0]!.id;
    /** GraphQL requests the metrics subgraph has answered, from its Prometheus counter. */
    const metricsRequests = async () => {
      const exposition = await (await fetch(new URL('/metrics', stack.subgraphUrls.metrics!))).text();
      const line = exposition.split('\n').find((candidate) => candidate.startsWith('steward_http_requests_total{') && candidate.includes('route="/graphql"') && candidate.includes('status="2xx"'));
      return Number(line?.split(' ').at(-1) ?? Number.NaN);
    };
    /** Records one event and returns how many metrics requests it cost until every subscription had it. */
    const costOfOneEvent = async (subscriptions: Live[]) => {
      const before = await metricsRequests();
      const id = await record();
      await until('the event everywhere', () => subscriptions.every((live) => live.ids().includes(id)));
      return { id, requests: (await metricsRequests()) - before };
    };
    const query = 'subscription Usage($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id requests costUsd } }';
    const tabs = [connect(quiet.owner.accessToken), connect(quiet.owner.accessToken), connect(quiet.owner.accessToken)];
    const sameSession = [...tabs.map((tab) => tab.subscribe(query, { o: quiet.id })), tabs[0]!.subscribe(query, { o: quiet.id }), tabs[0]!.subscribe(query, { o: quiet.id })];
    await untilListening(sameSession, record);

    // The recording itself is one request; five subscriptions of one session add one more between them.
    const shared = await costOfOneEvent(sameSession);
    expect(shared.requests).toBe(2);
    const answers = sameSession.map((live) => live.received.find((result) => result.data?.usage?.id === shared.id));
    for (const answer of answers) expect(answer).toEqual({ data: { usage: { id: shared.id, requests: 1, costUsd: expect.any(String) } } });

    // Two more sign-ins of the same user are two more sessions: their queries are not the same request.
    const signIn = async () => {
      const res = await stack.post<{ login: { accessToken: string } }>({
        query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email: quiet.owner.email, password: quiet.owner.password } },
      });
      return res.data!.login.accessToken;
    };
    // A selection with no viewer-dependent field is answered once for every session holding the same permissions.
    const otherSessions = [connect(await signIn()).subscribe(query, { o: quiet.id }), connect(await signIn()).subscribe(query, { o: quiet.id })];
    await untilListening(otherSessions, record);
    const acrossSessions = await costOfOneEvent([...sameSession, ...otherSessions]);
    expect(acrossSessions.requests).toBe(2);

    // A viewer-dependent field (`viewerCanUpdate`) makes each session's answer its own again.
    const personal = 'subscription Usage($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id organization { viewerCanUpdate } } }';
    const personalSessions = [connect(await signIn()).subscribe(personal, { o: quiet.id }), connect(await signIn()).subscribe(personal, { o: quiet.id })];
    await untilListening(personalSessions, record);
    const separate = await costOfOneEvent([...sameSession, ...otherSessions, ...personalSessions]);
    expect(separate.requests).toBe(4);
  });

  // PGlite runs embedded in one process, where the bus is in-process by design: there is no second
  // gateway process to reach, so this case needs PostgreSQL (LISTEN/NOTIFY).
  it.runIf(process.env.DATABASE_URL)('delivers each event exactly once per subscriber with two gateways on one PostgreSQL bus', async () => {
    const database = stack.database.target;
    if (database.kind !== 'postgres') throw new Error('Needs PostgreSQL');
    // A second gateway as another process would run it: its own bus connection and grants cache.
    const bus = new PostgresEventBus(database.url, stack.logger);
    const second = await startSecondGateway(stack, {}, {}, bus);
    const secondUrl = second.url;
    cleanups.push(async () => {
      await second.stop();
      await bus.close();
    });

    const onFirst = connect(org.owner.accessToken).subscribe(USAGE, { o: org.id });
    const onSecond = connect(org.owner.accessToken, secondUrl).subscribe(USAGE, { o: org.id });
    const alsoOnSecond = connect(org.owner.accessToken, secondUrl).subscribe(USAGE, { o: org.id });
    const all = [onFirst, onSecond, alsoOnSecond];
    await untilListening(all);

    const first = await recordOne();
    await until('the first event everywhere', () => all.every((live) => live.ids().includes(first)));
    const later = await recordOne();
    await until('the later event everywhere', () => all.every((live) => live.ids().includes(later)));
    // A duplicate would be sent before anything recorded later on the same socket: a sentinel event
    // that reached every subscriber marks the point by which any duplicate would have arrived.
    const sentinel = await recordOne();
    await until('the sentinel event everywhere', () => all.every((live) => live.ids().includes(sentinel)));

    for (const live of all) {
      expect(live.ids().filter((id) => id === first)).toHaveLength(1);
      // Exactly once for every event, the priming ones included.
      expect(new Set(live.ids()).size).toBe(live.ids().length);
      expect(live.failures).toEqual([]);
    }
  });
});
