/**
 * Cold start of `npm start`: wall time from spawning the real command until the gateway gives its
 * first successful GraphQL answer to `{ me { id } }` (polled every 20 ms).
 *
 * Each round uses a fresh temporary STEWARD_DATA_DIR and runs two starts on it:
 *   - "first": empty data dir, so PGlite initialises its cluster and every subgraph runs its migrations;
 *   - "warm":  same data dir again, nothing left to create.
 * Between starts the whole process group (npm → tsx → node) gets SIGTERM, like Ctrl-C in a terminal,
 * and the next start waits until every process of the group is gone. DATABASE_URL is removed from
 * the child's environment so the embedded database is always the one measured.
 *
 * Run: `npm run bench` (everything) or `npx tsx bench/src/cold-start.ts` from the repository root.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './processes.js';
import { fixed, isEntryPoint, machineLine, median, printTable } from './stats.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = 3;
const POLL_INTERVAL_MS = 20;
/** 3000 polls of at least 20 ms: a start that has not answered after a minute is reported as failed. */
const MAX_POLLS = 3000;
/**
 * Every subgraph's port variable: each gets a free port so the bench never collides with a running
 * `npm start` (defaults 4001–4004). A variable the stack does not know is ignored by its env parser.
 */
const SUBGRAPH_PORT_VARIABLES = ['IDENTITY_PORT', 'ORGANIZATIONS_PORT', 'PROJECTS_PORT', 'METRICS_PORT'];
/** 500 checks of 20 ms for the group to exit after SIGTERM before it gets SIGKILL. */
const MAX_EXIT_CHECKS = 500;

/** What one start of `npm start` took. */
export interface StartTiming {
  /** Spawn → first successful answer to `{ me { id } }`. */
  answeredMs: number;
  /** Spawn → the `Steward gateway: <url>` banner on stdout. */
  bannerMs: number;
  /** SIGTERM → no process of the group left running. */
  stopMs: number;
}

/** `count` distinct free TCP ports on 127.0.0.1 (see `freePort`). */
async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/**
 * True while a process of group `pgid` is still running. Zombies do not count: the group's
 * orphans are reaped by PID 1 whenever it gets round to it (1–2 s in some sandboxes), and a
 * zombie holds no files or ports, so waiting for it would only measure the init process.
 */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc/self/stat')) return true;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // After "pid (command) " come the state, the parent pid and the process group.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pgid && state !== 'Z') return true;
  }
  return false;
}

/** SIGTERM to the whole group, then waits (bounded) until it is gone; SIGKILL if it lingers. */
async function stopGroup(child: ChildProcess): Promise<number> {
  const pid = child.pid!;
  const startedAt = performance.now();
  if (!groupAlive(pid)) return 0;
  process.kill(-pid, 'SIGTERM');
  for (let check = 0; check < MAX_EXIT_CHECKS && groupAlive(pid); check += 1) await sleep(POLL_INTERVAL_MS);
  if (groupAlive(pid)) {
    console.warn(`  (process group ${pid} ignored SIGTERM for ${MAX_EXIT_CHECKS * POLL_INTERVAL_MS} ms; sending SIGKILL)`);
    process.kill(-pid, 'SIGKILL');
    for (let check = 0; check < MAX_EXIT_CHECKS && groupAlive(pid); check += 1) await sleep(POLL_INTERVAL_MS);
  }
  return performance.now() - startedAt;
}

/** True when the gateway answered `{ me { id } }` with data and no errors. */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return response.ok && body.data !== undefined && body.data !== null && !body.errors?.length;
  } catch {
    // Connection refused (not listening yet) or a half-started server: try again on the next poll.
    return false;
  }
}

/** Spawns `npm start` on `dataDir` and times it until the first answer, then stops the group. */
async function timeOneStart(dataDir: string): Promise<StartTiming> {
  const [port, ...subgraphPorts] = await freePorts(1 + SUBGRAPH_PORT_VARIABLES.length);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(SUBGRAPH_PORT_VARIABLES.map((name, index) => [name, String(subgraphPorts[index])])),
    STEWARD_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const url = `http://127.0.0.1:${port}/graphql`;

  const startedAt = performance.now();
  const child = spawn('npm', ['start'], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let bannerMs = Number.NaN;
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    if (Number.isNaN(bannerMs) && chunk.includes('Steward gateway:')) bannerMs = performance.now() - startedAt;
    output += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  let answeredMs: number | undefined;
  let stopMs = 0;
  try {
    for (let poll = 0; poll < MAX_POLLS && answeredMs === undefined && !exited; poll += 1) {
      if (await answers(url)) answeredMs = performance.now() - startedAt;
      else await sleep(POLL_INTERVAL_MS);
    }
  } finally {
    stopMs = await stopGroup(child);
  }
  if (answeredMs === undefined) throw new Error(`npm start never answered on ${url}.\n--- its output ---\n${output.slice(-4000)}`);
  return { answeredMs, bannerMs, stopMs };
}

/** Runs the cold-start benchmark and prints every start and the medians. */
export async function main(): Promise<void> {
  console.log(`\n# Cold start of \`npm start\` (${ROUNDS} rounds; embedded PGlite, fresh temp data dir per round)`);
  console.log(`# ${machineLine()}\n`);
  const first: StartTiming[] = [];
  const warm: StartTiming[] = [];
  const rows: string[][] = [];
  const row = (label: string, t: StartTiming) => [label, fixed(t.answeredMs, 0), fixed(t.bannerMs, 0), fixed(t.stopMs, 0)];

  for (let round = 1; round <= ROUNDS; round += 1) {
    const dataDir = await mkdtemp(join(tmpdir(), 'steward-bench-'));
    try {
      const cold = await timeOneStart(dataDir);
      first.push(cold);
      rows.push(row(`round ${round} first (empty dir)`, cold));
      const again = await timeOneStart(dataDir);
      warm.push(again);
      rows.push(row(`round ${round} warm (same dir)`, again));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const medianRow = (label: string, timings: StartTiming[]) => [
    label,
    fixed(median(timings.map((t) => t.answeredMs)), 0),
    fixed(median(timings.map((t) => t.bannerMs)), 0),
    fixed(median(timings.map((t) => t.stopMs)), 0),
  ];
  rows.push(medianRow('median first', first), medianRow('median warm', warm));
  printTable(['start', 'first answer (ms)', 'banner (ms)', 'stop (ms)'], rows);
  console.log(`# after: ${machineLine()}`);
}

if (isEntryPoint(import.meta.url)) await main();
