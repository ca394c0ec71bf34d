/**
 * Steward's gateway against Hive Gateway (2.15's runtime, @graphql-hive/gateway-runtime, a dev
 * dependency of bench/ only) over the same supergraph and the same subgraphs, in one run.
 *
 * The stack starts in this process (`startTestStack`, PGlite or the PostgreSQL server named by
 * DATABASE_URL) and is seeded through the public API: one organization with PROJECTS (20) projects
 * of 5 versions each and some usage. On PostgreSQL the subgraphs the queries reach (identity,
 * organizations, projects, metrics) then run in processes of their own on the same database, as
 * deployed and as the issue measured them, so neither gateway waits on one process that hosts
 * every subgraph and the load generator too (on PGlite they stay in this process). Each gateway
 * runs in a process of its own; every spawned process gets NODE_ENV=production, as the image sets it:
 *   - Steward's: `gateway/src/main.ts` as deployed (rate limits and cost budget off; no bus);
 *   - Hive's: bench/src/hive-gateway-process.ts, with a plugin doing the same authentication work
 *     (verify the access token with identity's JWKS, sign an internal token) and in-flight
 *     deduplication of subgraph requests off.
 * Both answer `{ me { id email } }` and the dashboard query of issue 16; their answers are compared
 * first. Then, per query and concurrency (1 and 16), the gateways take turns (Steward, Hive,
 * Steward, Hive: ROUNDS × SECONDS each) and the table shows each gateway's req/s, p50/p99 and its
 * own process's CPU per request (/proc utime+stime), the CPU per request of the work behind either
 * gateway (the subgraphs' processes, and this one: the load generator), and Steward's ratios to Hive's.
 *
 * Run: `npx tsx bench/src/gateway-vs-hive.ts` or with DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.
 *      PROJECTS=20  SECONDS=5  ROUNDS=2  QUERIES=me,dashboard  CONCURRENCY=1,16
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwksUrlFor, readSupergraph } from '@steward/gateway';
import { recordUsage, seed, startTestStack } from '@steward/standalone/testing';
import { DASHBOARD } from './dashboard.js';
import { AS_DEPLOYED, combinedPart, deployedSecrets, freePort, run, spawnPart, spawnSubgraphs, thisProcess, type Part, type Run } from './processes.js';
import { fixed, isEntryPoint, machineLine, printTable } from './stats.js';

const PROJECTS = Number(process.env.PROJECTS ?? 20);
const SECONDS = Number(process.env.SECONDS ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const WARM_UP_SECONDS = 2;
const CONCURRENCIES = (process.env.CONCURRENCY ?? '1,16').split(',').map(Number);
/** Which queries to run (`me`, `dashboard`); both by default. */
const QUERIES = new Set((process.env.QUERIES ?? 'me,dashboard').split(','));
/** On PostgreSQL, the subgraphs the two queries reach run in processes of their own, as deployed. */
const SPAWN = ['identity', 'organizations', 'projects', 'metrics'];
const ME = '{ me { id email } }';

/** The supergraph with each subgraph's routing URL replaced by where this run serves it. */
function supergraphFor(urls: Readonly<Record<string, string>>): string {
  return readSupergraph().sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole));
}

/** Sums the rounds of one gateway into one run (rates and CPU weighted by requests). */
function combined(runs: Run[]): Run {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const weigh = (pick: (r: Run) => number) => runs.reduce((sum, r) => sum + pick(r) * r.requests, 0) / requests;
  return {
    requests,
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
    rate: runs.reduce((sum, r) => sum + r.rate, 0) / runs.length,
    p50: weigh((r) => r.p50),
    p99: Math.max(...runs.map((r) => r.p99)),
    cpuMsPerRequest: runs[0]!.cpuMsPerRequest.map((_, index) => weigh((r) => r.cpuMsPerRequest[index]!)),
  };
}

export async function main(): Promise<void> {
  const children: ChildProcess[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'steward-vs-hive-'));
  const secrets = deployedSecrets();
  const stack = await startTestStack({ ...secrets, NODE_ENV: 'test', LOG_LEVEL: 'warn', ACCESS_TOKEN_TTL_SECONDS: '86400' });
  try {
    const org = await seed(stack).org({ name: 'Gateway Comparison' });
    const recorder = (await org.apiKey('member')).secret;
    for (let index = 0; index < PROJECTS; index++) {
      const project = await seed(stack).project(org);
      for (let version = 0; version < 5; version++) await project.version();
      await recordUsage(stack, org.id, recorder, Array.from({ length: 20 }, () => ({ projectId: project.id })));
    }
    const token = org.owner.accessToken;

    const common = { ...AS_DEPLOYED, ...secrets, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
    const target = stack.database.target;
    const spawned = target.kind === 'postgres' ? await spawnSubgraphs(stack.subgraphUrls, SPAWN, { ...common, DATABASE_URL: target.url }, children) : null;
    const subgraphUrls = spawned?.urls ?? stack.subgraphUrls;
    const supergraphPath = join(scratch, 'supergraph.graphql');
    writeFileSync(supergraphPath, supergraphFor(subgraphUrls));
    const stewardPort = await freePort();
    const stewardUrl = `http://127.0.0.1:${stewardPort}/graphql`;
    const routed = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url]));
    const unlimited = { RATE_LIMIT_PER_MINUTE: '0', AUTH_FAILURES_PER_MINUTE: '0', QUERY_COST_BUDGET_PER_MINUTE: '0', DATABASE_URL: '' };
    const steward = await spawnPart('steward', 'gateway/src/main.ts', { ...common, ...routed, ...unlimited, PORT: String(stewardPort) }, stewardUrl, children);
    const hivePort = await freePort();
    const hiveUrl = `http://127.0.0.1:${hivePort}/graphql`;
    const hiveEnv = { ...common, HIVE_SUPERGRAPH_PATH: supergraphPath, PORT: String(hivePort), JWKS_URL: jwksUrlFor(subgraphUrls.identity!) };
    const hive = await spawnPart('hive', 'bench/src/hive-gateway-process.ts', hiveEnv, hiveUrl, children);

    const queries = [
      { key: 'me', name: 'me', body: JSON.stringify({ query: ME }) },
      { key: 'dashboard', name: `dashboard (${PROJECTS} projects)`, body: JSON.stringify({ query: DASHBOARD, variables: { organizationId: org.id, first: PROJECTS } }) },
    ].filter((query) => QUERIES.has(query.key));
    // Both gateways must give the same answer before their speed means anything.
    for (const { name, body } of queries) {
      const answers = await Promise.all(
        [stewardUrl, hiveUrl].map(async (url) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })).json()),
      );
      if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1])) throw new Error(`The gateways answer ${name} differently:\n${JSON.stringify(answers[0]).slice(0, 400)}\n${JSON.stringify(answers[1]).slice(0, 400)}`);
    }

    console.log(`\n# Steward gateway vs Hive Gateway over the same subgraphs (${target.kind}; ${spawned ? `${SPAWN.join(', ')} in processes of their own` : 'subgraphs in this process'}; ${machineLine()})`);
    console.log(`# ${ROUNDS} alternating rounds of ${SECONDS} s per gateway, query and concurrency, after ${WARM_UP_SECONDS} s of untimed warm-up each; CPU is each gateway process's own`);
    // The same work behind either gateway: the subgraphs' processes, and this one (the load generator, and the other subgraphs).
    const shared = spawned ? [combinedPart('subgraphs', spawned.parts), thisProcess('client')] : [thisProcess('subgraphs and client')];
    const rows: string[][] = [];
    for (const { name, body } of queries) {
      // Untimed: the first turn would otherwise pay for compiling the code paths of whichever gateway goes first, and the subgraphs'.
      for (const url of [stewardUrl, hiveUrl]) await run(url, token, body, Math.max(...CONCURRENCIES), WARM_UP_SECONDS, [], () => null);
      for (const concurrency of CONCURRENCIES) {
        const turns: Record<string, Run[]> = { steward: [], hive: [] };
        for (let round = 0; round < ROUNDS; round++) {
          for (const [label, url, part] of [['steward', stewardUrl, steward], ['hive', hiveUrl, hive]] as [string, string, Part][]) {
            turns[label]!.push(await run(url, token, body, concurrency, SECONDS, [part, ...shared], () => null));
          }
        }
        const [s, h] = [combined(turns.steward!), combined(turns.hive!)];
        for (const [label, r] of [['Steward', s], ['Hive', h]] as [string, Run][]) {
          rows.push([name, String(concurrency), label, fixed(r.rate, 0), fixed(r.p50, 2), fixed(r.p99, 2), ...r.cpuMsPerRequest.map((ms) => fixed(ms, 2)), String(r.failures)]);
        }
        rows.push([name, String(concurrency), 'Steward / Hive', `${fixed(s.rate / h.rate, 2)}×`, fixed(s.p50 / h.p50, 2), fixed(s.p99 / h.p99, 2), ...s.cpuMsPerRequest.map((ms, index) => fixed(ms / h.cpuMsPerRequest[index]!, 2)), '']);
      }
    }
    printTable(['query', 'concurrency', 'gateway', 'req/s', 'p50 (ms)', 'p99 (ms)', ...['gateway', ...shared.map((part) => part.name)].map((name) => `${name} CPU ms/req`), 'errors'], rows);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await stack.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) await main();
