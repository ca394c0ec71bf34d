/**
 * Ingest throughput of `recordLlmUsage` through the gateway, in calls of 1,000 records sent with an
 * API key, next to its ceiling measured in the same run on the same database: a raw multi-row
 * INSERT of the same rows (1,000 per statement, bound parameters) into the raw request table, with
 * no GraphQL, no validation, no pricing, no rollups, no budgets and no events.
 *
 * A call through the gateway does everything ingest does: gateway authentication (the API key is
 * verified by organizations on every request), zod validation of 1,000 records, the check of their
 * project ids with projects (one internal HTTP lookup per call), pricing, one
 * transaction with the idempotent raw insert, the hourly and daily rollup upserts, one batch row per
 * project, budget spend (one organization budget exists), the policy-check jobs of the new requests
 * and the post-commit bus events. Policy judges those requests in the background of the same
 * process and database while the calls run, so its cost shows in the ingest figures (on PGlite it
 * dominates). After each round of calls the bench waits until every recorded request has its
 * decision: that wait is timed and reported as the sustained rate (recorded and judged), and the
 * ceiling's round then runs on a quiet stack instead of beside the previous round's judging.
 *
 * The whole stack runs in this process (`startTestStack`: a fresh in-memory PGlite, or a fresh
 * database on the PostgreSQL server named by DATABASE_URL; configured with NODE_ENV=production as the
 * image sets it; the gateway's body limit is raised to 2 MB and its rate limit is off). Records span
 * 20 projects and 6 models over the last day. graphql-js reads the process's own NODE_ENV when it is
 * loaded (outside production it checks every `instanceOf` for a second copy of itself), so run the
 * bench with NODE_ENV=production to measure what the image runs.
 *
 * A third kind of call, the floor, is what every call pays before it writes anything: the same
 * 1,000-record mutation through the gateway whose last record names a project the organization
 * does not have, so metrics refuses it with BAD_USER_INPUT after the gateway and the subgraph have
 * parsed and coerced the variables, zod has validated the records, projects has answered the
 * reference lookup and the prices have been read. A recorded call does all of that and then writes,
 * so ingest's share of the ceiling can never exceed the floor's.
 *
 * Per concurrency, ROUNDS (3) alternating rounds of each are summed; the rows end with ingest's
 * share of the ceiling (issue 16's figure) and the floor's. Each row also shows the CPU per call
 * of the stack (this process) and, on PostgreSQL, of the database's backends: during the rounds,
 * and for "recorded and judged" over the rounds and the waits for judging together. The bench
 * fails if a recorded request is never judged, or judged twice, or if a floor call is not refused.
 *
 * Run: `NODE_ENV=production npx tsx bench/src/metrics-ingest.ts`, or with
 *      `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { AS_DEPLOYED, cpuMsPerRequest, deployedSecrets, postgresBackends, thisProcess, type Part } from './processes.js';
import { fixed, isEntryPoint, median, printTable } from './stats.js';

const BATCH = 1000;
const WARMUP_CALLS = 2;
const CALLS = 20;
/** Alternating rounds of ingest and ceiling per concurrency (ROUNDS, default 3). */
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONCURRENCY = [1, 4];
/** Longest wait for policy to judge what a round recorded. */
const JUDGING_TIMEOUT_MS = 120_000;
const MODELS = [
  ['openai', 'gpt-4'],
  ['openai', 'gpt-4-turbo'],
  ['openai', 'gpt-3.5-turbo'],
  ['anthropic', 'claude-3-opus-20240229'],
  ['anthropic', 'claude-3-sonnet-20240229'],
  ['anthropic', 'claude-3-haiku-20240307'],
] as const;
/** Ids of the organization's 20 projects, created through the API in `main` (ingest refuses unknown ones). */
const PROJECTS: string[] = [];
const RECORD = /* GraphQL */ `
  mutation BenchRecord($organizationId: ID!, $records: [LlmUsageInput!]!) {
    recordLlmUsage(organizationId: $organizationId, records: $records) { accepted }
  }
`;

interface BenchRecord {
  requestId: string;
  occurredAt: string;
  projectId: string;
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  status: 'SUCCESS' | 'ERROR';
}

let sequence = 0;
function records(count: number): BenchRecord[] {
  const now = Date.now();
  return Array.from({ length: count }, () => {
    const i = sequence++;
    const [provider, model] = MODELS[i % MODELS.length]!;
    return {
      requestId: `bench-${i}`,
      occurredAt: new Date(now - (i % 86_400) * 1000).toISOString(),
      projectId: PROJECTS[i % PROJECTS.length]!,
      provider,
      model,
      inputTokens: 200 + (i % 3000),
      outputTokens: 50 + (i % 700),
      latencyMs: 150 + ((i * 7919) % 9000),
      status: i % 50 === 0 ? 'ERROR' : 'SUCCESS',
    };
  });
}

/** Runs `calls` operations with `concurrency` workers and returns the wall time in ms. */
async function timed(calls: number, concurrency: number, once: () => Promise<void>): Promise<number> {
  let issued = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < calls) {
        issued += 1;
        await once();
      }
    }),
  );
  return performance.now() - startedAt;
}

/**
 * Waits until policy has logged one decision (sampling is off) for each of the `expected` requests
 * recorded since the last wait, which ended at `since`; returns the wait in ms. It counts only the
 * decisions made since then (an index range): counting all of the organization's, ten times a
 * second, took 8 ms of PostgreSQL each time by the last rounds, beside the judging it waits for.
 */
async function judged(stack: TestStack, organizationId: string, expected: number, since: Date): Promise<number> {
  const startedAt = performance.now();
  for (;;) {
    const [row] = await stack.database.query<{ n: string }>(
      `select count(*) as n from policy.decisions where organization_id = $1 and action = 'LLM_REQUEST' and created_at >= $2`,
      [organizationId, since],
    );
    const n = Number(row!.n);
    if (n > expected) throw new Error(`Policy logged ${n} decisions for ${expected} recorded requests`);
    if (n === expected) return performance.now() - startedAt;
    if (performance.now() - startedAt > JUDGING_TIMEOUT_MS) throw new Error(`Policy judged ${n} of ${expected} recorded requests in ${JUDGING_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The ceiling: the same rows straight into the raw table, one 1,000-row INSERT per call. */
async function rawInsert(stack: TestStack, organizationId: string, batch: BenchRecord[]): Promise<void> {
  const columns = 14;
  const values: unknown[] = [];
  const tuples = batch.map((r, row) => {
    const n = row * columns;
    values.push(organizationId, r.requestId, randomUUID(), r.occurredAt, new Date().toISOString(), r.projectId, r.provider, r.model, r.inputTokens, r.outputTokens, r.latencyMs, r.status === 'ERROR', 0, 'COMPUTED');
    return `(${Array.from({ length: columns }, (_, c) => `$${n + c + 1}`).join(', ')}, 0, 0)`;
  });
  await stack.database.query(
    `insert into metrics.llm_requests (organization_id, request_id, batch_id, occurred_at, recorded_at, project_id, provider, model,
       input_tokens, output_tokens, latency_ms, is_error, cost_micros, cost_source, cache_read_tokens, cache_write_tokens)
     values ${tuples.join(', ')}`,
    values,
  );
}

export async function main(): Promise<void> {
  const stack = await startTestStack({ ...deployedSecrets(), ...AS_DEPLOYED, RATE_LIMIT_PER_MINUTE: '0' });
  try {
    const org = await seed(stack).org();
    const key = await org.apiKey('member');
    for (let i = 0; i < 20; i++) PROJECTS.push((await seed(stack).project(org)).id);
    const budget = await stack.post(
      {
        query: 'mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }',
        variables: { input: { organizationId: org.id, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1000000' } },
      },
      { token: org.owner.accessToken },
    );
    if (budget.errors) throw new Error(`Creating the bench budget failed: ${JSON.stringify(budget.errors)}`);

    const viaGateway = async () => {
      const res = await stack.post<{ recordLlmUsage: { accepted: number } }>(
        { query: RECORD, variables: { organizationId: org.id, records: records(BATCH) } },
        { token: key.secret },
      );
      if (res.data?.recordLlmUsage.accepted !== BATCH) {
        // The client only sees a masked error: show what the stack logged about it.
        const logged = stack.logLines.filter((line) => /"level":(50|60)/.test(line)).slice(-3);
        throw new Error(`A bench call failed: ${JSON.stringify(res.errors)}\n${logged.join('\n')}`);
      }
    };
    // The floor: refused by the reference check, after everything a call does before it writes.
    const refused = async () => {
      const batch = records(BATCH);
      batch[BATCH - 1]!.projectId = randomUUID();
      const res = await stack.post({ query: RECORD, variables: { organizationId: org.id, records: batch } }, { token: key.secret });
      if (res.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT') throw new Error(`A floor call was not refused as BAD_USER_INPUT: ${JSON.stringify(res).slice(0, 500)}`);
    };
    const ceilingOrganization = randomUUID();
    const ceiling = () => rawInsert(stack, ceilingOrganization, records(BATCH));

    console.log(`\n# LLM usage ingest, calls of ${BATCH} records (${stack.database.description}; node ${process.version}, ${cpus().length} CPUs)`);
    console.log(`# ${ROUNDS} alternating rounds of ${CALLS} timed calls (${CALLS * BATCH} records) each, after ${WARMUP_CALLS} warm-up calls`);
    const rows: string[][] = [];
    // Requests recorded since the last wait for judging, which ended at `since`.
    let recorded = 0;
    let since = new Date(0);
    const ingest = async () => {
      await viaGateway();
      recorded += BATCH;
    };
    const waitForJudging = async () => {
      const waited = await judged(stack, org.id, recorded, since);
      recorded = 0;
      since = new Date();
      return waited;
    };
    // CPU of the whole stack (this process) and of the database's PostgreSQL backends (on PGlite, in this process).
    const parts: Part[] = [thisProcess('stack'), ...(stack.database.target.kind === 'postgres' ? [postgresBackends(stack.database)] : [])];
    const sampleCpu = () => Promise.all(parts.map((part) => part.cpuSeconds()));
    /** Adds the CPU ms each part used since `before` to `into`. */
    const addCpu = async (into: number[], before: Map<number, number>[]) => {
      const after = await sampleCpu();
      after.forEach((used, i) => (into[i] = (into[i] ?? 0) + cpuMsPerRequest(before[i]!, used, 1)));
    };
    for (const concurrency of CONCURRENCY) {
      // Alternating rounds of each, summed: the machine's load drifts between rows.
      const kind = () => ({ wallMs: 0, perCall: [] as number[], cpuMs: [] as number[] });
      const totals = { ingest: kind(), ceiling: kind(), floor: kind(), judgingMs: 0, sustainedCpuMs: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const [key, once] of [
          ['ingest', ingest],
          ['ceiling', ceiling],
          ['floor', refused],
        ] as const) {
          await timed(WARMUP_CALLS, Math.min(concurrency, WARMUP_CALLS), once);
          // The warm-up's judging is not the timed round's.
          if (key === 'ingest') await waitForJudging();
          const before = await sampleCpu();
          totals[key].wallMs += await timed(CALLS, concurrency, async () => {
            const startedAt = performance.now();
            await once();
            totals[key].perCall.push(performance.now() - startedAt);
          });
          await addCpu(totals[key].cpuMs, before);
          if (key === 'ingest') {
            totals.judgingMs += await waitForJudging();
            await addCpu(totals.sustainedCpuMs, before);
          }
        }
      }
      const records = ROUNDS * CALLS * BATCH;
      const rate = (key: 'ingest' | 'ceiling' | 'floor') => records / (totals[key].wallMs / 1000);
      const sustained = records / ((totals.ingest.wallMs + totals.judgingMs) / 1000);
      // CPU ms per call of 1,000 records, of each part.
      const cpu = (used: number[]) => parts.map((_, i) => fixed((used[i] ?? 0) / (ROUNDS * CALLS), 1));
      const blank = parts.map(() => '');
      rows.push(['recordLlmUsage via gateway', String(concurrency), fixed(rate('ingest'), 0), fixed(median(totals.ingest.perCall), 0), ...cpu(totals.ingest.cpuMs)]);
      rows.push(['  recorded and judged (until no backlog)', String(concurrency), fixed(sustained, 0), '', ...cpu(totals.sustainedCpuMs)]);
      rows.push(['raw multi-row INSERT (ceiling)', String(concurrency), fixed(rate('ceiling'), 0), fixed(median(totals.ceiling.perCall), 0), ...cpu(totals.ceiling.cpuMs)]);
      rows.push(['refused before writing (floor)', String(concurrency), fixed(rate('floor'), 0), fixed(median(totals.floor.perCall), 0), ...cpu(totals.floor.cpuMs)]);
      rows.push(['ingest / ceiling', String(concurrency), `${fixed((100 * rate('ingest')) / rate('ceiling'), 1)} %`, '', ...blank]);
      rows.push(['floor / ceiling (ingest cannot exceed it)', String(concurrency), `${fixed((100 * rate('floor')) / rate('ceiling'), 1)} %`, '', ...blank]);
    }
    printTable(['what', 'concurrency', 'records/s', 'median ms per 1,000', ...parts.map((part) => `${part.name} CPU ms per 1,000`)], rows);
  } finally {
    await stack.stop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
