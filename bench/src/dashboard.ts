/**
 * The organization dashboard of issue 16 through the gateway, on one organization seeded through the
 * public API: max(DASHBOARD_PROJECTS) projects × 5 versions (V1 retired by the promotion of V2, V2 in
 * production, V3 retired by `degradeVersion`, V4 and V5 candidates), 4 gate baselines per project
 * (`accuracy` measured on the production version), and RECORDS (100,000) LLM usage records spread over the
 * last 90 days and every version (recordLlmUsage in calls of 1,000; ingest takes any past `occurredAt`, so
 * none is refused). One organization serves every size (the dashboard pages its first N projects), so
 * the 100,000 records are ingested once. The policy checks ingest queues are cancelled before anything
 * is measured (judging the records takes the policy subgraph minutes, and would run during the runs).
 * Then, per N, after 3 s of untimed warm-up, the dashboard query at concurrency 1 and 16 for SECONDS,
 * next to `{ me { id } }` at the same concurrency (a baseline from the same run, for noisy machines).
 *
 * Subgraph CPU per request: with DATABASE_URL (PostgreSQL), the subgraphs named in DASHBOARD_SPAWN
 * (metrics,projects) and a gateway each run in a process of their own (`main.ts`, as deployed:
 * NODE_ENV=production and the start script's Node flags) in front of the seeding stack's other subgraphs, and each process's CPU (utime+stime in /proc/<pid>/stat) over
 * a run is divided by its requests; "this process" is the rest of the subgraphs plus the client, "postgres" the
 * server's backends connected to the bench's database (the server is shared). On PGlite
 * everything is one process: `process.cpuUsage()` over the run, which includes the gateway and the client.
 * SQL statements per dashboard request are counted (bench/src/sql-tally.ts) on the one-process stack.
 * Every answer is checked to hold N projects and no error; those that do not are counted (errors column).
 *
 * Run: `npx tsx bench/src/dashboard.ts` (PGlite, one process), or
 *      `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/src/dashboard.ts` (processes).
 *      DASHBOARD_PROJECTS=20,100  DASHBOARD_RECORDS=100000  DASHBOARD_SECONDS=10  DASHBOARD_CONCURRENCY=1,16
 *      DASHBOARD_SPAWN=metrics,projects
 *      DASHBOARD_UNBATCHED=1 also runs the dashboard through a second gateway that sends entity fetches alone (SUBGRAPH_BATCHING=false).
 *      DASHBOARD_SQL_KINDS=1 lists the statements per request by kind.
 *      DASHBOARD_CPU_PROF=<dir> writes CPU profiles of each spawned process to <dir>/<name>/ (node --cpu-prof).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { recordUsage, seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { AS_DEPLOYED, deployedSecrets, freePort, postgresBackends, run, spawnPart, spawnSubgraphs, thisProcess, type Part } from './processes.js';
import { tallyStatements } from './sql-tally.js';
import { fixed, isEntryPoint, machineLine, printTable } from './stats.js';

const SIZES = (process.env.DASHBOARD_PROJECTS ?? '20,100').split(',').map(Number);
const RECORDS = Number(process.env.DASHBOARD_RECORDS ?? 100_000);
const SECONDS = Number(process.env.DASHBOARD_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const SPAWN = (process.env.DASHBOARD_SPAWN ?? 'metrics,projects').split(',').filter(Boolean);
const CONCURRENCIES = (process.env.DASHBOARD_CONCURRENCY ?? '1,16').split(',').map(Number);
const UNBATCHED = process.env.DASHBOARD_UNBATCHED === '1';
const VERSIONS = 5;
const DAYS = 90;

/** Issue 16's organization overview, as a dashboard sends it. */
export const DASHBOARD = `query Dashboard($organizationId: ID!, $first: Int!) {
  me { id name email }
  organization(id: $organizationId) { id slug name memberCount viewerCanUpdate
    projects(first: $first) { edges { node { id slug name
      usage { requests errorRate costUsd costPerRequestUsd latencyP95Ms }
      currentVersion { id number name stage gate { status conditions { metric threshold actualValue status } } }
      versions(first: 5) { edges { node { id number name stage gate { status } usage { requests costUsd latencyP95Ms } } } } } }
      pageInfo { hasNextPage endCursor } } } }`;
const ME = '{ me { id } }';
/** At concurrency 16 a saturated subgraph answers after the default 10 s: wait, and never open the circuit, so every request counts. */
const PATIENT_GATEWAY = { SUBGRAPH_TIMEOUT_MS: '300000', REQUEST_TIMEOUT_MS: '300000', SUBGRAPH_CIRCUIT_FAILURES: '0' };

/** One project: five versions in every stage the API allows, four baselines, one measurement. */
async function seedProject(stack: TestStack, org: SeededOrganization, index: number): Promise<{ projectId: string; versionIds: string[] }> {
  const project = await seed(stack).project(org, { name: `Dashboard project ${index}` });
  const versions = [];
  for (let v = 0; v < VERSIONS; v++) versions.push(await project.version());
  const stage = async (mutation: 'promoteVersion' | 'degradeVersion', versionId: string) => {
    const query = `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { __typename } }`;
    const res = await stack.post({ query, variables: { input: { versionId, reason: 'Dashboard bench.' } } }, { token: org.owner.accessToken });
    if (!res.data || res.errors) throw new Error(`Seeding failed: ${JSON.stringify(res.errors)}`);
  };
  // Promoted before the baselines exist, so no gate stands in the way.
  await stage('promoteVersion', versions[0]!.id);
  await stage('promoteVersion', versions[1]!.id);
  await stage('degradeVersion', versions[2]!.id);
  for (const [metric, operator, threshold] of [['error_rate', 'LTE', 0.05], ['p95_latency_ms', 'LTE', 3000], ['cost_per_request', 'LTE', 0.1], ['accuracy', 'GTE', 0.8]] as const) {
    await project.baseline({ metric, operator, threshold, severity: metric === 'accuracy' ? 'WARN' : 'ERROR' });
  }
  await versions[1]!.measure({ accuracy: 0.91 });
  return { projectId: project.id, versionIds: versions.map((version) => version.id) };
}

/** An organization of `size` projects and RECORDS usage records spread over 90 days and its versions. */
async function seedOrganization(stack: TestStack, size: number): Promise<{ org: SeededOrganization; seconds: { projects: number; usage: number } }> {
  let startedAt = performance.now();
  const org = await seed(stack).org();
  const projects: { projectId: string; versionIds: string[] }[] = [];
  // Four projects at a time: the seeding overlaps round trips without swamping a 2-core machine.
  for (let first = 0; first < size; first += 4) {
    const batch = Array.from({ length: Math.min(4, size - first) }, (_, offset) => seedProject(stack, org, first + offset));
    projects.push(...(await Promise.all(batch)));
  }
  const projectSeconds = (performance.now() - startedAt) / 1000;
  startedAt = performance.now();
  const pairs = projects.flatMap(({ projectId, versionIds }) => versionIds.map((versionId) => ({ projectId, versionId })));
  const now = Date.now();
  const models = ['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet'];
  const runId = randomBytes(4).toString('hex');
  let accepted = 0;
  for (let offset = 0; offset < RECORDS; offset += 1000) {
    const records = Array.from({ length: Math.min(1000, RECORDS - offset) }, (_, k) => {
      const i = offset + k;
      const error = i % 40 === 0;
      const occurredAt = new Date(now - 60_000 - Math.floor((i / RECORDS) * DAYS * 86_400_000)).toISOString();
      return { requestId: `dash-${runId}-${i}`, occurredAt, ...pairs[(i * 7) % pairs.length]!, provider: i % 3 === 2 ? 'anthropic' : 'openai', model: models[i % 3]!,
        inputTokens: 200 + ((i * 37) % 3000), outputTokens: 50 + ((i * 53) % 700), latencyMs: 120 + ((i * 7919) % 4000) + (i % 100 === 0 ? 20_000 : 0),
        status: error ? 'ERROR' : 'SUCCESS', ...(error ? { errorType: 'timeout' } : {}) };
    });
    accepted += (await recordUsage(stack, org.id, org.owner.accessToken, records)).accepted;
  }
  if (accepted !== RECORDS) throw new Error(`Ingest accepted ${accepted} of ${RECORDS} records`);
  return { org, seconds: { projects: projectSeconds, usage: (performance.now() - startedAt) / 1000 } };
}

/**
 * Cancels the policy checks ingest queued for the seeded usage and waits for those running, so no
 * background work counts as the dashboard's: judging 100,000 records takes the policy subgraph
 * minutes, and is not what this bench measures.
 */
async function settleJobs(stack: TestStack): Promise<void> {
  // pg-boss names a job's queue `name`; the embedded queue `queue`.
  const policyChecks = `${stack.database.target.kind === 'postgres' ? 'name' : 'queue'} like '%policy-check'`;
  await stack.database.query(`update steward_jobs.job set state = 'cancelled' where ${policyChecks} and state in ('created', 'retry')`);
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const [row] = await stack.database.query<{ running: number }>(`select count(*)::int as running from steward_jobs.job where ${policyChecks} and state = 'active'`);
    if (row!.running === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('Policy checks of the seeded usage still run after 60 s');
}

/**
 * Spawns the SPAWN subgraphs and a gateway in front of them and of the stack's other subgraphs, and
 * with DASHBOARD_UNBATCHED a second one that sends every entity fetch alone (SUBGRAPH_BATCHING=false).
 */
async function spawnStack(stack: TestStack, databaseUrl: string, secrets: Record<string, string>, children: ChildProcess[]): Promise<{ gatewayUrl: string; unbatchedUrl: string | null; parts: Part[] }> {
  const common = { ...PATIENT_GATEWAY, ...AS_DEPLOYED, ...secrets, LOG_LEVEL: 'warn', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', AUTH_FAILURES_PER_MINUTE: '0', QUERY_COST_BUDGET_PER_MINUTE: '0' };
  const { urls, parts } = await spawnSubgraphs(stack.subgraphUrls, SPAWN, { ...common, DATABASE_URL: databaseUrl }, children);
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const routed = Object.fromEntries(Object.entries(urls).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url]));
  parts.push(await spawnPart('gateway', 'gateway/src/main.ts', { ...common, ...routed, DATABASE_URL: '', PORT: String(gatewayPort) }, gatewayUrl, children));
  if (!UNBATCHED) return { gatewayUrl, unbatchedUrl: null, parts };
  const unbatchedPort = await freePort();
  const unbatchedUrl = `http://127.0.0.1:${unbatchedPort}/graphql`;
  const env = { ...common, ...routed, DATABASE_URL: '', PORT: String(unbatchedPort), SUBGRAPH_BATCHING: 'false' };
  parts.push(await spawnPart('unbatched gateway', 'gateway/src/main.ts', env, unbatchedUrl, children));
  return { gatewayUrl, unbatchedUrl, parts };
}

/** SQL statements per dashboard request on the one-process stack (sequential requests, after a warm-up). */
async function statementsPerRequest(stack: TestStack, token: string, body: string): Promise<number> {
  const send = () => stack.post(body, { token });
  await send();
  const tally = tallyStatements(stack.database.target);
  for (let i = 0; i < 5; i++) await send();
  tally.stop();
  const counted = [...tally.counts()].filter(([kind]) => !kind.startsWith('job queue'));
  if (process.env.DASHBOARD_SQL_KINDS) for (const [kind, count] of counted.sort((a, b) => b[1] - a[1])) console.log(`#   ${fixed(count / 5, 1)} × ${kind}`);
  return counted.reduce((sum, [, count]) => sum + count, 0) / 5;
}

export async function main(): Promise<void> {
  const secrets = deployedSecrets();
  const stack = await startTestStack({ ...PATIENT_GATEWAY, ...secrets, NODE_ENV: 'test', LOG_LEVEL: 'warn', ACCESS_TOKEN_TTL_SECONDS: '86400' });
  const children: ChildProcess[] = [];
  try {
    const target = stack.database.target;
    const { org, seconds } = await seedOrganization(stack, Math.max(...SIZES));
    await settleJobs(stack);
    if (target.kind === 'postgres') await stack.database.query('analyze');
    const separate = target.kind === 'postgres' ? await spawnStack(stack, target.url, secrets, children) : null;
    const gatewayUrl = separate?.gatewayUrl ?? stack.gatewayUrl;
    const parts = separate ? [...separate.parts, thisProcess('this process'), postgresBackends(stack.database)] : [thisProcess('whole stack + client')];
    console.log(`\n# organization dashboard through the gateway (${stack.database.description}; ${separate ? `${SPAWN.join(', ')} and the gateway in processes of their own` : 'one process'})`);
    console.log(`# ${machineLine()}`);
    console.log(`# one organization: ${Math.max(...SIZES)} projects × ${VERSIONS} versions, ${RECORDS.toLocaleString('en')} usage records over ${DAYS} days (seeded in ${fixed(seconds.projects, 1)} s + ${fixed(seconds.usage, 1)} s of ingest)`);
    for (const size of SIZES) {
      console.log(`\n## a page of ${size} projects`);
      const body = JSON.stringify({ query: DASHBOARD, variables: { organizationId: org.id, first: size } });
      const sample = await stack.post<{ organization: unknown }>(body, { token: org.owner.accessToken });
      console.log(`# answer: ${Buffer.byteLength(JSON.stringify(sample))} bytes of JSON; ${fixed(await statementsPerRequest(stack, org.owner.accessToken, body), 1)} SQL statements per request`);
      const checkDashboard = (data: unknown) => {
        const edges = (data as { organization?: { projects?: { edges?: unknown[] } } }).organization?.projects?.edges;
        return edges?.length === size ? null : `${edges?.length} projects instead of ${size}`;
      };
      // Untimed: the spawned processes compile the dashboard's code paths here, not in the first measured run.
      for (const url of [gatewayUrl, separate?.unbatchedUrl]) if (url) await run(url, org.owner.accessToken, body, Math.max(...CONCURRENCIES), WARM_UP_SECONDS, [], checkDashboard);
      const rows: string[][] = [];
      for (const concurrency of CONCURRENCIES) {
        const runs: [string, string, string, (data: unknown) => string | null, number][] = [
          ['me (baseline)', gatewayUrl, JSON.stringify({ query: ME }), () => null, Math.min(SECONDS, 3)],
          ['dashboard', gatewayUrl, body, checkDashboard, SECONDS],
        ];
        if (separate?.unbatchedUrl) runs.push(['dashboard unbatched', separate.unbatchedUrl, body, checkDashboard, SECONDS]);
        for (const [label, url, query, check, seconds] of runs) {
          const result = await run(url, org.owner.accessToken, query, concurrency, seconds, parts, check);
          rows.push([`${label} c=${concurrency}`, String(result.requests), String(result.failures), fixed(result.rate, 1), fixed(result.p50, 1), fixed(result.p99, 1), ...result.cpuMsPerRequest.map((ms) => fixed(ms, 1))]);
        }
      }
      printTable(['query', 'requests', 'errors', 'req/s', 'p50 (ms)', 'p99 (ms)', ...parts.map((part) => `${part.name} CPU ms/req`)], rows);
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
    await stack.stop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
