import { parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { InProcessEventBus, createLogger, type GrantsSource, type InternalTokenCodec, type SubscriptionRoute } from '@steward/kernel';
import { ConnectionIdentity } from './connection-identity.js';
import { EventAnswers } from './event-answers.js';
import { EVENT_ID_VARIABLE } from './event-query.js';
import { eventStream } from './event-stream.js';
import { SubscriptionPlan } from './operation-plan.js';
import { TopicFanout } from './topic-fanout.js';

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER_ORG = '00000000-0000-4000-8000-000000000009';
const route: SubscriptionRoute = { topic: 'usage', queryField: 'usageBatch', permission: 'metrics:read', matches: (args, event) => args.organizationId === event.organizationId };
const grants: GrantsSource = { grantsFor: async () => [{ organizationId: ORG, permissions: ['metrics:read'] }] };
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A promise and the function that settles it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * One subscriber's stream on an in-process bus. Event queries are answered by `answer` (the
 * gateway's runner is exercised end to end in gateway/test/subscriptions.test.ts).
 */
function subscriber(answer: (eventId: string) => Promise<ExecutionResult>, options: { organizationId?: string; backlog?: number } = {}) {
  const bus = new InProcessEventBus();
  const fanout = new TopicFanout(bus);
  const connection = new ConnectionIdentity({ kind: 'user', userId: '00000000-0000-4000-8000-000000000002', sessionId: null }, { address: '127.0.0.1' } as never, {} as InternalTokenCodec);
  const organizationId = options.organizationId ?? ORG;
  const plan = new SubscriptionPlan(connection, {
    document: parse('subscription { usage: usageRecorded(organizationId: "x") { id } }'),
    operationName: undefined,
    field: 'usageRecorded',
    route,
    args: { organizationId },
    eventQuery: parse('query($eventId: ID!) { usage: usageBatch(id: $eventId) { id } }'),
    variables: {},
    alias: 'usage',
    shareable: true,
  });
  const answers = new EventAnswers(async (_connection, _document, variables) => answer(String(variables[EVENT_ID_VARIABLE])));
  const stream = eventStream(plan, { fanout, answers, grants, logger: createLogger({ level: 'silent' }) }, { backlog: options.backlog });
  const publish = (id: string) => bus.publish('usage', JSON.stringify({ id, organizationId }));
  const listening = async () => {
    while (fanout.listenerCount('usage') === 0) await nextTurn();
  };
  return { stream, fanout, publish, listening };
}

const usage = (id: string): ExecutionResult => ({ data: { usage: { id } } });

describe('one subscription’s event stream', () => {
  it('listens from the first pull and sends results in the order events arrived, however fast each answer comes', async () => {
    const slow = deferred<ExecutionResult>();
    const { stream, fanout, publish, listening } = subscriber((id) => (id === 'a' ? slow.promise : Promise.resolve(usage(id))));
    expect(fanout.listenerCount('usage')).toBe(0);
    const first = stream.next();
    await listening();
    await publish('a');
    await publish('b');
    await nextTurn();
    slow.resolve(usage('a'));
    expect(await first).toEqual({ value: usage('a'), done: false });
    expect(await stream.next()).toEqual({ value: usage('b'), done: false });
    await stream.return!();
    expect(fanout.listenerCount('usage')).toBe(0);
  });

  it('skips an event whose answer carries neither the object nor an error', async () => {
    const { stream, publish, listening } = subscriber(async (id) => (id === 'gone' ? { data: { usage: null } } : usage(id)));
    const first = stream.next();
    await listening();
    await publish('gone');
    await publish('kept');
    expect(await first).toEqual({ value: usage('kept'), done: false });
    await stream.return!();
  });

  it('ends a pull still waiting for an event as soon as it is returned, and stops listening', async () => {
    const { stream, fanout, listening } = subscriber(async (id) => usage(id));
    const waiting = stream.next();
    await listening();
    await stream.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(fanout.listenerCount('usage')).toBe(0);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('ends with SubscriptionBehindError once more events wait than the backlog holds, after handing over those it kept', async () => {
    // Answers wait until every event has arrived, so 'a' and 'b' fill the backlog and 'c' overflows it.
    const arrived = deferred<void>();
    const { stream, fanout, publish, listening } = subscriber(async (id) => arrived.promise.then(() => usage(id)), { backlog: 2 });
    const first = stream.next();
    await listening();
    for (const id of ['a', 'b', 'c']) await publish(id);
    await nextTurn();
    expect(fanout.listenerCount('usage')).toBe(0);
    arrived.resolve();
    expect(await first).toEqual({ value: usage('a'), done: false });
    expect(await stream.next()).toEqual({ value: usage('b'), done: false });
    const behind = await stream.next();
    expect(behind.value?.errors?.[0]?.message).toMatch(/fell more than 2 events behind/);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('answers an event in an organization where the subscriber holds nothing with NOT_FOUND, and ends', async () => {
    let asked = 0;
    const { stream, fanout, publish, listening } = subscriber(
      async (id) => {
        asked += 1;
        return usage(id);
      },
      { organizationId: OTHER_ORG },
    );
    const first = stream.next();
    await listening();
    await publish('a');
    const refused = await first;
    expect(refused.value?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(fanout.listenerCount('usage')).toBe(0);
    expect(asked).toBe(0);
  });
});

describe('deliveries shared between streams', () => {
  const ALICE = '00000000-0000-4000-8000-00000000000a';
  const BOB = '00000000-0000-4000-8000-00000000000b';

  it('works out one delivery per event for the sessions of one principal, and separate ones for another principal and per connection for a viewer-dependent selection', async () => {
    const bus = new InProcessEventBus();
    const fanout = new TopicFanout(bus);
    const lookups: string[] = [];
    // Alice may read the organization's usage; Bob holds nothing there.
    const perPrincipal: GrantsSource = {
      grantsFor: async (principal) => {
        lookups.push(principal);
        return principal === `user:${ALICE}` ? [{ organizationId: ORG, permissions: ['metrics:read'] }] : [];
      },
    };
    const asked: string[] = [];
    const answers = new EventAnswers(async (connection, _document, variables) => {
      asked.push(connection.key);
      return usage(String(variables[EVENT_ID_VARIABLE]));
    });
    const closed: string[] = [];
    const open = (userId: string, sessionId: string, shareable: boolean) => {
      const connection = new ConnectionIdentity({ kind: 'user', userId, sessionId }, { ip: null, userAgent: null }, {} as InternalTokenCodec);
      const plan = new SubscriptionPlan(connection, {
        document: parse('subscription { usage: usageRecorded(organizationId: "x") { id } }'),
        operationName: undefined,
        field: 'usageRecorded',
        route,
        args: { organizationId: ORG },
        eventQuery: parse('query($eventId: ID!) { usage: usageBatch(id: $eventId) { id } }'),
        variables: {},
        alias: 'usage',
        shareable,
      });
      return eventStream(plan, { fanout, answers, grants: perPrincipal, logger: createLogger({ level: 'silent' }) }, { onClose: () => closed.push(sessionId) });
    };
    const aliceSessions = ['a1', 'a2', 'a3'].map((session) => open(ALICE, session, true));
    const bob = open(BOB, 'b1', true);
    const alicePersonal = ['p1', 'p2'].map((session) => open(ALICE, session, false));
    const streams = [...aliceSessions, bob, ...alicePersonal];
    const pulls = streams.map((stream) => stream.next());
    while (fanout.listenerCount('usage') < streams.length) await nextTurn();
    await bus.publish('usage', JSON.stringify({ id: 'e1', organizationId: ORG }));
    const results = await Promise.all(pulls);

    for (const index of [0, 1, 2, 4, 5]) expect(results[index]).toEqual({ value: usage('e1'), done: false });
    expect(results[3]!.value?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // One grants check per principal, one answer for Alice's three sessions, one per personal connection.
    expect(lookups.sort()).toEqual([`user:${ALICE}`, `user:${BOB}`]);
    expect(asked).toHaveLength(3);
    expect(new Set(asked).size).toBe(3);
    // Bob's refused stream ended, and its end ran its onClose; the others run theirs when returned.
    expect(await bob.next()).toEqual({ value: undefined, done: true });
    expect(closed).toEqual(['b1']);
    for (const stream of streams) await stream.return!();
    expect(closed.sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'p1', 'p2']);
    expect(fanout.listenerCount('usage')).toBe(0);
  });
});
