import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { percentile, sortedCopy } from './stats.js';

/*
 * Parts of the stack in processes of their own, for the benches that report each part's CPU per
 * request (bench/src/dashboard.ts, bench/src/gateway-vs-hive.ts), and the HTTP load loop they share.
 */

export const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
/**
 * What the image sets for every process (Dockerfile `ENV NODE_ENV=production`): spawned parts run with
 * it so they cost what they cost deployed: outside production graphql-js, for one, checks every
 * `instanceOf` it makes for a second copy of itself, on every field it executes.
 */
export const AS_DEPLOYED = { NODE_ENV: 'production' } as const;

/**
 * The secrets a process refuses to start without in production, fresh for one run. The seeding stack
 * in the bench's process gets the same ones, so a spawned part reads what the stack sealed.
 */
export function deployedSecrets(): Record<string, string> {
  const key = () => randomBytes(32).toString('base64');
  return {
    STEWARD_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    IDENTITY_ENCRYPTION_KEY: key(),
    ORGANIZATIONS_ENCRYPTION_KEY: key(),
    REPOS_ENCRYPTION_KEY: key(),
    ANALYSIS_SIGNING_KEY: key(),
  };
}
/** Clock ticks per second of /proc's utime and stime (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** CPU seconds a process has used (user + system), from /proc/<pid>/stat. */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** A part of the stack whose CPU is measured: a spawned process, or this one. */
export interface Part {
  name: string;
  /** CPU seconds used so far, by process id (several for PostgreSQL's backends). */
  cpuSeconds(): Promise<Map<number, number>>;
}
export const thisProcess = (name: string): Part => ({ name, cpuSeconds: async () => { const usage = process.cpuUsage(); return new Map([[process.pid, (usage.user + usage.system) / 1e6]]); } });

/** The PostgreSQL backends serving a bench's database (the server is shared with other work, so only those). */
export const postgresBackends = (database: { query<T>(sql: string, params?: unknown[]): Promise<T[]> }): Part => ({
  name: 'postgres',
  async cpuSeconds() {
    const rows = await database.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()');
    return new Map(rows.flatMap(({ pid }) => { try { return [[pid, processCpuSeconds(pid)] as [number, number]]; } catch { return []; } }));
  },
});

/** CPU ms per request of a part between two samples; a process that started in between counts from zero. */
export function cpuMsPerRequest(before: Map<number, number>, after: Map<number, number>, requests: number): number {
  return ([...after].reduce((sum, [pid, used]) => sum + used - (before.get(pid) ?? 0), 0) * 1000) / requests;
}

/** Whether a server can listen on `port` of 127.0.0.1 now. */
async function canListen(port: number): Promise<boolean> {
  const server = createServer();
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (listening) await new Promise((resolve) => server.close(resolve));
  return listening;
}

/**
 * A port nobody listens on now (the spawned parts must know each other's before they start). It is
 * picked below Linux's ephemeral range (32768 and up): a port the OS hands out for port 0 can be taken
 * by any outgoing connection (a pool's connection to PostgreSQL) before the part told to listen on it
 * starts, which once left a bench's metrics subgraph unable to listen.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await canListen(port)) return port;
  }
}

/** Starts `script` (a TypeScript entry point) in a process of its own and waits until `url` answers HTTP; CPU_PROF=<dir> profiles it. */
export async function spawnPart(name: string, script: string, env: Record<string, string>, url: string, children: ChildProcess[], nodeFlags: readonly string[] = []): Promise<Part> {
  // A directory per process: tsx's loader thread writes a profile of its own beside the main thread's.
  const profileDir = process.env.CPU_PROF ?? process.env.DASHBOARD_CPU_PROF;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/${name}`] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...profile, '--import', 'tsx', script], { cwd: REPOSITORY, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before listening`);
    if (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`${name} did not listen within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { name, cpuSeconds: async () => new Map([[child.pid!, processCpuSeconds(child.pid!)]]) };
}

/** The Node flags a workspace's `npm start` runs with (`node <flags> --import tsx …`), so a bench runs a process as it is deployed. */
export function startFlags(workspace: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(REPOSITORY, workspace, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
  const flags = /^node ((?:--\S+ )*)--import tsx /.exec(scripts?.start ?? '')?.[1] ?? '';
  return flags.split(' ').filter(Boolean);
}

/**
 * Starts the subgraphs `names` (each its `main.ts`, with its start script's Node flags) in processes
 * of their own on the PostgreSQL database `databaseUrl`, each told where every subgraph is: a spawned
 * one's new URL, or the in-process stack's (`subgraphUrls`) for the others. Returns every subgraph's
 * URL and the parts.
 */
export async function spawnSubgraphs(
  subgraphUrls: Readonly<Record<string, string>>,
  names: readonly string[],
  env: Record<string, string>,
  children: ChildProcess[],
): Promise<{ urls: Record<string, string>; parts: Part[] }> {
  const urls = { ...subgraphUrls };
  const ports: Record<string, number> = {};
  for (const name of names) {
    ports[name] = await freePort();
    urls[name] = `http://127.0.0.1:${ports[name]}/graphql`;
  }
  const located = Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  const parts: Part[] = [];
  for (const name of names) {
    const partEnv = { ...env, ...located, [`${name.toUpperCase()}_PORT`]: String(ports[name]) };
    parts.push(await spawnPart(name, `subgraphs/${name}/src/main.ts`, partEnv, urls[name]!, children, startFlags(`subgraphs/${name}`)));
  }
  return { urls, parts };
}

/** Several parts measured as one (their processes' CPU summed). */
export function combinedPart(name: string, parts: readonly Part[]): Part {
  return { name, cpuSeconds: async () => new Map((await Promise.all(parts.map((part) => part.cpuSeconds()))).flatMap((used) => [...used])) };
}

/** What one run measured. */
export interface Run {
  requests: number;
  /** Answers with errors (or that failed the check). */
  failures: number;
  rate: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number[];
}

/**
 * Sends `body` with `concurrency` workers for `seconds`; every answer goes through `check`. The
 * load comes from undici's `request` over a keep-alive pool (one connection per worker) rather than
 * `fetch`, whose WHATWG plumbing cost this process about a millisecond per request: the client
 * shares the machine's two cores with what it measures, so the lighter it is the less it blurs.
 */
export async function run(url: string, token: string, body: string, concurrency: number, seconds: number, parts: Part[], check: (data: unknown) => string | null): Promise<Run> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const pool = new Agent({ connections: concurrency, keepAliveTimeout: 60_000 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const send = async () => {
    const startedAt = performance.now();
    const response = await request(url, { method: 'POST', headers, body, dispatcher: pool });
    const answer = (await response.body.json()) as { data?: unknown; errors?: unknown };
    const failure = answer.errors || !answer.data ? JSON.stringify(answer.errors).slice(0, 300) : check(answer.data);
    if (failure) failures.push(failure);
    return performance.now() - startedAt;
  };
  // Warm-up, not counted (plans cached, connections opened, hot code optimised): three rounds and at least 2 s.
  const warmUntil = performance.now() + 2000;
  for (let round = 0; round < 3 || performance.now() < warmUntil; round++) await Promise.all(Array.from({ length: concurrency }, send));
  failures.length = 0;
  const cpuBefore = await Promise.all(parts.map((part) => part.cpuSeconds()));
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline || latencies.length < concurrency) latencies.push(await send());
  }));
  const wallMs = performance.now() - startedAt;
  const cpuAfter = await Promise.all(parts.map((part) => part.cpuSeconds()));
  const cpuMs = parts.map((_, index) => cpuMsPerRequest(cpuBefore[index]!, cpuAfter[index]!, latencies.length));
  await pool.close();
  const sorted = sortedCopy(latencies);
  if (failures.length) console.log(`# ${failures.length} of ${sorted.length} answers had errors, the first: ${failures[0]}`);
  return { requests: sorted.length, failures: failures.length, rate: sorted.length / (wallMs / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99), cpuMsPerRequest: cpuMs };
}
