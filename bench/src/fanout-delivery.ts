/**
 * The gateway's own delivery work per event and subscriber, without sockets, subgraphs or a
 * database: SUBSCRIBERS (1,000) subscription streams (gateway/src/subscriptions/event-stream.ts)
 * on one in-process bus topic, each its own session of one user, consumed the way graphql-ws
 * consumes them (`for await`, then JSON.stringify of the message). The event query is answered by
 * a stand-in that answers after one turn of the event loop, so what is timed is the fan-out itself:
 * the bus dispatch, the grants check, the shared answer and every stream's hand-over.
 *
 * Side by side in the same run: the same number of plain bus listeners (dispatch alone, the floor),
 * then the streams with a shareable selection (one answer for all) and a viewer-dependent one (one
 * answer per session). Prints per event: the time from publish to the last subscriber's message,
 * and CPU per subscriber (process.cpuUsage over EVENTS events).
 *
 * Run: `npx tsx bench/src/fanout-delivery.ts`  (SUBSCRIBERS=1000 EVENTS=50)
 */
import { parse, type ExecutionResult } from 'graphql';
import { InProcessEventBus, type Caller, type GrantsSource, type InternalTokenCodec, type Permission, type SubscriptionRoute } from '@steward/kernel';
import { ConnectionIdentity } from '../../gateway/src/subscriptions/connection-identity.js';
import { EventAnswers } from '../../gateway/src/subscriptions/event-answers.js';
import { EVENT_ID_VARIABLE } from '../../gateway/src/subscriptions/event-query.js';
import { eventStream } from '../../gateway/src/subscriptions/event-stream.js';
import { SubscriptionPlan } from '../../gateway/src/subscriptions/operation-plan.js';
import { TopicFanout } from '../../gateway/src/subscriptions/topic-fanout.js';
import { fixed, isEntryPoint, machineLine, median, percentile, printTable, sortedCopy } from './stats.js';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const EVENTS = Number(process.env.EVENTS ?? 50);
const TOPIC = 'bench.usage';
const ORGANIZATION = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';

const route: SubscriptionRoute = { topic: TOPIC, queryField: 'llmUsageBatch', permission: 'metrics:read', matches: (args, event) => args.organizationId === event.organizationId };
const grants: GrantsSource = { grantsFor: async () => [{ organizationId: ORGANIZATION, permissions: ['metrics:read', 'projects:read'] as Permission[] }] };
/** Never asked: the stand-in runner does not sign internal tokens. */
const tokens = {} as InternalTokenCodec;
const logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } as never;

interface Row {
  label: string;
  last: number[];
  cpuMicrosPerSubscriber: number;
}

/** Publishes EVENTS events one at a time; `arrived(count)` resolves when `count` subscribers have the current one. */
async function drive(bus: InProcessEventBus, received: { count: number; at: number; waiter: (() => void) | null }): Promise<Omit<Row, 'label'>> {
  const last: number[] = [];
  const cpu = process.cpuUsage();
  for (let event = 0; event < EVENTS; event += 1) {
    received.count = 0;
    const done = new Promise<void>((resolve) => (received.waiter = resolve));
    const startedAt = performance.now();
    await bus.publish(TOPIC, JSON.stringify({ id: `batch-${event}`, organizationId: ORGANIZATION }));
    await done;
    last.push(received.at - startedAt);
  }
  const used = process.cpuUsage(cpu);
  return { last, cpuMicrosPerSubscriber: (used.user + used.system) / EVENTS / SUBSCRIBERS };
}

async function plainListeners(): Promise<Row> {
  const bus = new InProcessEventBus();
  const fanout = new TopicFanout(bus);
  const received = { count: 0, at: 0, waiter: null as (() => void) | null };
  for (let index = 0; index < SUBSCRIBERS; index += 1) {
    await fanout.listen(TOPIC, (occurrence) => {
      JSON.stringify({ id: String(index), type: 'next', payload: occurrence.json() });
      if (++received.count === SUBSCRIBERS) (received.at = performance.now()), received.waiter?.();
    });
  }
  const row = await drive(bus, received);
  await fanout.close();
  return { label: `${SUBSCRIBERS} plain bus listeners (floor)`, ...row };
}

async function streams(label: string, shareable: boolean): Promise<Row> {
  const bus = new InProcessEventBus();
  const fanout = new TopicFanout(bus);
  let queries = 0;
  const answers = new EventAnswers(async (_connection, _document, variables): Promise<ExecutionResult> => {
    queries += 1;
    await new Promise((resolve) => setImmediate(resolve));
    return { data: { usage: { id: variables[EVENT_ID_VARIABLE], requests: 1, costUsd: '0.01' } } };
  });
  const received = { count: 0, at: 0, waiter: null as (() => void) | null };
  const document = parse('subscription S($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id requests costUsd } }');
  const eventQuery = parse('query S($o: ID!, $eventId: ID!) { usage: llmUsageBatch(id: $eventId) { id requests costUsd } }');
  const iterators: AsyncIterator<ExecutionResult>[] = [];
  for (let index = 0; index < SUBSCRIBERS; index += 1) {
    const caller: Caller = { kind: 'user', userId: USER, sessionId: `session-${index}` };
    const connection = new ConnectionIdentity(caller, { name: 'bench', version: '1', address: '127.0.0.1' } as never, tokens);
    const plan = new SubscriptionPlan(connection, { document, operationName: 'S', field: 'llmUsageRecorded', route, args: { organizationId: ORGANIZATION }, eventQuery, variables: { o: ORGANIZATION }, alias: 'usage', shareable });
    const stream = eventStream(plan, { fanout, answers, grants, logger });
    iterators.push(stream);
    void (async () => {
      for await (const result of stream) {
        JSON.stringify({ id: String(index), type: 'next', payload: result });
        if (++received.count === SUBSCRIBERS) (received.at = performance.now()), received.waiter?.();
      }
    })();
  }
  // Streams listen from their first pull; wait until every one is registered.
  while (fanout.listenerCount(TOPIC) < SUBSCRIBERS) await new Promise((resolve) => setImmediate(resolve));
  const row = await drive(bus, received);
  for (const iterator of iterators) await iterator.return?.();
  await fanout.close();
  return { label: `${label} (${queries / EVENTS} queries per event)`, ...row };
}

export async function main(): Promise<void> {
  console.log(`\n# Gateway fan-out work per event, no sockets or database: ${SUBSCRIBERS} subscribers, ${EVENTS} events`);
  console.log(`# ${machineLine()}`);
  const rows = [await plainListeners(), await streams('streams, shareable selection', true), await streams('streams, one answer per session', false)];
  printTable(
    ['path', 'publish → last message, p50 (ms)', 'p99 (ms)', 'CPU per subscriber and event (µs)'],
    rows.map((row) => [row.label, fixed(median(row.last), 2), fixed(percentile(sortedCopy(row.last), 99), 2), fixed(row.cpuMicrosPerSubscriber, 1)]),
  );
}

if (isEntryPoint(import.meta.url)) await main();
