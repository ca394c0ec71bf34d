/**
 * Fan-out cost of live subscriptions: N graphql-ws subscribers (default 1,000; env SUBSCRIBERS) on
 * one organization's `llmUsageRecorded`, each on its own connection to the gateway, while usage is
 * recorded through the gateway at a steady rate: one recording every EVENT_INTERVAL_MS (default
 * 5,000), EVENTS of them (default 10), on a timer that does not wait for deliveries (an open loop,
 * so a gateway that falls behind shows it as growing latency). Each run then waits up to
 * EVENT_TIMEOUT_MS (default 60,000) for the last deliveries.
 *
 * Latency is event → delivery: from the moment the usage event reaches this process's bus (a tap
 * listening on the same bus as the gateway) to the moment a client receives its payload. Per event
 * the gateway runs the subscriber's selection as a query through itself and the metrics subgraph,
 * with that subscriber's identity (see gateway/src/subscriptions); the selection is
 * `id requests costUsd`, one subgraph fetch. Subscribers share one answer when it cannot differ
 * between them (the same selection and variables, the same caller kind and permissions in the
 * event's organization, and no `@viewerDependent` field), so the run is done three ways:
 *   - N sessions: every subscriber signed in separately (one user, N sessions): one query per event,
 *     as for N people of one role watching one organization;
 *   - N sessions, personal selection: the same with `organization { viewerCanUpdate }` added, a
 *     viewer-dependent field: N queries per event (each through metrics and organizations), the
 *     cost every subscriber paid before answers were shared across sessions — the baseline;
 *   - 1 session: every subscriber on the same access token (a wall of dashboards): 1 query per event.
 * All subscribers are one user, so grants are one cached entry: the figures are the gateway's
 * fan-out work, not grants lookups.
 *
 * Side by side in the same run: the raw bus (publish → listener, no GraphQL) and one subscriber,
 * then N subscribers both ways, with the ratios against one subscriber, and the CPU this process
 * (the whole stack) used per event while the events were timed. The subscribers run in a
 * process of their own (fanout-clients.ts), as people's browsers do: their sockets and parsing do
 * not share the gateway's event loop, though on a small machine they share its cores. The stack
 * runs in this process on a fresh in-memory PGlite, or on a fresh database on the PostgreSQL server
 * named by DATABASE_URL (whose bus is LISTEN/NOTIFY). FANOUT_RUNS picks runs (default
 * `sessions,personal,shared`; the single subscriber always runs). FANOUT_CPU_PROF=<dir> writes a CPU
 * profile of this process (the stack) over each run's timed events to <dir>.
 *
 * Run: `npm run subscription-fanout -w bench`, `npx tsx bench/src/subscription-fanout.ts`, or
 *      `SUBSCRIBERS=1000 DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/src/subscription-fanout.ts`.
 */
import { createLogger, type EventBus } from '@steward/kernel';
import { createTestDatabase } from '@steward/kernel/testing';
import { METRICS_TOPICS } from '@steward/metrics';
import { startSteward } from '@steward/standalone';
import { localStackEnv } from '@steward/standalone/testing';
import { startProfile, startSubscriberProcess } from './fanout-clients.js';
import { measureBus, pause, type RunResult } from './fanout-runs.js';
import { bearer, graphql } from './policy-fixtures.js';
import { fixed, isEntryPoint, machineLine, median, percentile, printTable, sortedCopy } from './stats.js';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const EVENTS = Number(process.env.EVENTS ?? 10);
const EVENT_INTERVAL_MS = Number(process.env.EVENT_INTERVAL_MS ?? 5000);
const EVENT_TIMEOUT_MS = Number(process.env.EVENT_TIMEOUT_MS ?? 60_000);
/** Sign-ins at once while setting up (each hashes a password). */
const SIGN_IN_CONCURRENCY = 8;
const SUBSCRIPTION = 'subscription Fanout($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id requests costUsd } }';
/** The same with a viewer-dependent field: every session's answer is its own. */
const PERSONAL_SUBSCRIPTION = 'subscription Fanout($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id requests costUsd organization { viewerCanUpdate } } }';
const RECORD = /* GraphQL */ `
  mutation BenchRecord($organizationId: ID!, $records: [LlmUsageInput!]!) {
    recordLlmUsage(organizationId: $organizationId, records: $records) { batches { id } }
  }
`;

/**
 * Opens one subscriber per entry of `tokens` (each its own connection, signed in with that token),
 * waits until all listen, then records EVENTS usage batches every EVENT_INTERVAL_MS and times
 * their delivery. `token` records the usage.
 */
async function measureFanout(options: { label: string; gatewayUrl: string; token: string; tokens: string[]; organizationId: string; eventSeen: Map<string, number>; subscription?: string }): Promise<RunResult> {
  const { label, gatewayUrl, token, tokens, organizationId, eventSeen } = options;
  const count = tokens.length;
  const record = async (retried = false): Promise<string> => {
    const recorded = graphql<{ recordLlmUsage: { batches: { id: string }[] } }>(
      gatewayUrl,
      RECORD,
      {
        organizationId,
        records: [{ requestId: `bench-${crypto.randomUUID()}`, occurredAt: new Date().toISOString(), provider: 'openai', model: 'gpt-4', inputTokens: 1000, outputTokens: 500, latencyMs: 800, status: 'SUCCESS' }],
      },
      bearer(token),
    );
    try {
      return (await recorded).recordLlmUsage.batches[0]!.id;
    } catch (error) {
      // A burst of subgraph fetches leaves keep-alive sockets the subgraph may close as they are
      // reused (ECONNRESET, masked as INTERNAL_SERVER_ERROR); retry once and say so.
      if (retried) throw error;
      console.log(`# a recording failed and was retried: ${error instanceof Error ? error.message : String(error)}`);
      return record(true);
    }
  };

  const setupStartedAt = performance.now();
  const subscribers = startSubscriberProcess(label);
  try {
    await subscribers.open({ url: gatewayUrl.replace(/^http/, 'ws'), tokens, subscription: options.subscription ?? SUBSCRIPTION, organizationId });
    // graphql-ws does not acknowledge a subscription: record until every subscriber has had a result.
    const listening = async () => {
      for (let attempt = 0; attempt < 30; attempt += 1) {
        await record();
        const deadline = performance.now() + Math.max(2000, count * 20);
        while (performance.now() < deadline && !(await subscribers.status([])).everyoneStarted) await pause(10);
        const status = await subscribers.status([]);
        if (status.everyoneStarted) return;
        if (status.errors) throw new Error(`Subscribers failed: ${JSON.stringify(status.failures)}`);
      }
      throw new Error('The subscribers never all started receiving events.');
    };
    await listening();
    // Let the priming events drain, so the first timed event meets an idle gateway.
    let settled = (await subscribers.status([])).results;
    for (;;) {
      await pause(500);
      const now = (await subscribers.status([])).results;
      if (now === settled) break;
      settled = now;
    }
    const setupMs = performance.now() - setupStartedAt;
    const errorsBefore = (await subscribers.status([])).errors;
    const profile = await startProfile(label);

    // An open loop: recordings leave on a timer, whether or not the previous one is delivered yet.
    const ids: Promise<string>[] = [];
    const cpuBefore = process.cpuUsage();
    for (let event = 0; event < EVENTS; event += 1) {
      if (event > 0) await pause(EVENT_INTERVAL_MS);
      const id = record();
      ids.push(id);
      // A recording that fails ends the run below; don't let it reject unobserved meanwhile.
      id.catch(() => undefined);
    }
    const recorded = await Promise.all(ids);
    const deadline = performance.now() + EVENT_TIMEOUT_MS;
    while (performance.now() < deadline && !(await subscribers.status(recorded)).everyoneHas) await pause(10);
    const cpu = process.cpuUsage(cpuBefore);

    await profile();
    const arrivals = await subscribers.arrivals(recorded);
    const latencies: number[] = [];
    const lastDelivery: number[] = [];
    let delivered = 0;
    for (const id of recorded) {
      const seenAt = eventSeen.get(id);
      if (seenAt === undefined) throw new Error(`The bus tap never saw batch ${id}.`);
      const times = arrivals[id] ?? [];
      delivered += times.length;
      for (const at of times) latencies.push(at - seenAt);
      if (times.length === count) lastDelivery.push(Math.max(...times) - seenAt);
    }
    const status = await subscribers.status([]);
    const errors = status.errors - errorsBefore;
    if (status.errors) console.log(`# ${count} subscribers: ${errors} error results while timed (${errorsBefore} while priming), e.g. ${JSON.stringify(status.failures[0])}`);
    return { label, subscribers: count, events: EVENTS, expected: EVENTS * count, delivered, errors, latencies, lastDelivery, setupMs, stackCpuMs: (cpu.user + cpu.system) / 1000 / EVENTS };
  } finally {
    await subscribers.close();
  }
}

/** Runs the fan-out benchmark against a fresh stack and prints one table. */
export async function main(): Promise<void> {
  const database = await createTestDatabase();
  // The local stack has no per-client rate limit, which every subscriber's event query would count against.
  // A long run must not outlive the subscribers' access token (the socket closes at its expiry).
  // Setting up signs in SUBSCRIBERS times (argon2 each): a busy machine must not trip the subgraph timeout.
  // Every subscriber is one user (one caller to the per-caller socket caps), which a real crowd is not.
  const env = localStackEnv({
    LOG_LEVEL: 'silent',
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    SUBGRAPH_TIMEOUT_MS: '120000',
    WS_MAX_SOCKETS_PER_CALLER: String(SUBSCRIBERS + 10),
    WS_MAX_SUBSCRIPTIONS_PER_CALLER: String(SUBSCRIBERS + 10),
  });
  // BENCH_LOG_LEVEL=warn shows why a delivery failed; silent by default so logging costs nothing.
  const steward = await startSteward({ env, database: database.target, logger: createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' }) });
  // When each usage event reaches this process's bus, the gateway's listener included.
  const eventSeen = new Map<string, number>();
  const tap = await steward.bus.subscribe(METRICS_TOPICS.llmUsageRecorded, (payload) => {
    const { id } = JSON.parse(payload) as { id: string };
    eventSeen.set(id, performance.timeOrigin + performance.now());
  });
  try {
    const email = `bench-${Date.now().toString(36)}@example.test`;
    const password = 'a long enough passphrase';
    const { register } = await graphql<{ register: { accessToken: string } }>(
      steward.gatewayUrl,
      'mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }',
      { input: { email, password, name: 'Bench Owner' } },
    );
    const token = register.accessToken;
    const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
      steward.gatewayUrl,
      'mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: 'Bench Fanout', slug: `bench-fanout-${Date.now().toString(36)}` } },
      bearer(token),
    );
    const organizationId = createOrganization.id;
    // One session per subscriber: the same user signed in SUBSCRIBERS times.
    const sessions: string[] = [];
    for (let start = 0; start < SUBSCRIBERS; start += SIGN_IN_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(SIGN_IN_CONCURRENCY, SUBSCRIBERS - start) }, () =>
        graphql<{ login: { accessToken: string } }>(steward.gatewayUrl, 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password } }),
      );
      for (const { login } of await Promise.all(batch)) sessions.push(login.accessToken);
    }

    console.log(`\n# Subscription fan-out: event → delivery through the gateway (${database.description})`);
    console.log(`# ${machineLine()}`);
    console.log(`# ${EVENTS} events per run, one every ${EVENT_INTERVAL_MS} ms (open loop); each subscriber on its own graphql-ws connection`);
    const bus = await measureBus(steward.bus);
    const common = { gatewayUrl: steward.gatewayUrl, token, organizationId, eventSeen };
    const single = await measureFanout({ ...common, label: '1 subscriber', tokens: [token] });
    const runs = new Set((process.env.FANOUT_RUNS ?? 'sessions,personal,shared').split(','));
    const separate = runs.has('sessions') ? await measureFanout({ ...common, label: `${SUBSCRIBERS} subscribers, ${SUBSCRIBERS} sessions`, tokens: sessions }) : null;
    const personal = runs.has('personal') ? await measureFanout({ ...common, label: `${SUBSCRIBERS} sessions, personal selection`, tokens: sessions, subscription: PERSONAL_SUBSCRIPTION }) : null;
    const shared = runs.has('shared') ? await measureFanout({ ...common, label: `${SUBSCRIBERS} subscribers, 1 session`, tokens: sessions.map(() => token) }) : null;

    const row = (result: RunResult) => {
      const sorted = sortedCopy(result.latencies);
      return [
        result.label,
        String(result.events),
        `${result.delivered}/${result.expected}`,
        String(result.errors),
        fixed(percentile(sorted, 50), 2),
        fixed(percentile(sorted, 99), 2),
        fixed(median(result.lastDelivery), 2),
        result.stackCpuMs === null ? '-' : fixed(result.stackCpuMs, 1),
        result.setupMs ? fixed(result.setupMs / 1000, 1) : '-',
      ];
    };
    const p50 = (r: RunResult) => percentile(sortedCopy(r.latencies), 50);
    const p99 = (r: RunResult) => percentile(sortedCopy(r.latencies), 99);
    const last = (r: RunResult) => median(r.lastDelivery);
    const ratioRow = (result: RunResult, label: string) => [label, '', '', '', fixed(p50(result) / p50(single), 1), fixed(p99(result) / p99(single), 1), fixed(last(result) / last(single), 1), fixed(result.stackCpuMs! / single.stackCpuMs!, 1), ''];
    const measured = [separate, personal, shared].filter((result): result is RunResult => result !== null);
    const ratios = [
      [separate, `${SUBSCRIBERS} sessions / 1`],
      [personal, 'personal selection / 1'],
      [shared, '1 session / 1'],
    ] as const;
    printTable(
      ['path', 'events', 'delivered', 'errors', 'p50 (ms)', 'p99 (ms)', 'last delivery, median (ms)', 'stack CPU per event (ms)', 'setup (s)'],
      [row(bus), row(single), ...measured.map(row), ...ratios.flatMap(([result, label]) => (result ? [ratioRow(result, label)] : []))],
    );
    for (const result of measured) {
      const missing = result.expected - result.delivered;
      if (missing) console.log(`# ${result.label}: ${missing} deliveries missing, ${result.errors} answered with an error instead (waited up to ${EVENT_TIMEOUT_MS} ms after the last recording)`);
    }
  } finally {
    await tap();
    await steward.stop();
    await database.drop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
