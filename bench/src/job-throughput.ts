/**
 * Job queue throughput: JOBS (default 5,000) no-op jobs worked by 1 and by 2 worker processes on
 * PostgreSQL (pg-boss), next to baselines from the same run on the same fresh database:
 *
 * - a bare multi-row INSERT of as many rows (1,000 per statement) into a plain table: the cost of
 *   writing the rows at all, with no claiming, no completion and no notification;
 * - enqueueing the jobs one `enqueue` at a time from 8 concurrent callers (an INSERT and a NOTIFY each);
 * - the embedded in-process adapter on PGlite, as `npm start` runs it.
 *
 * Worker processes (`job-throughput-worker.ts`, each with handler concurrency 16 and 8 pooled
 * connections) are started and have loaded their modules before the jobs are enqueued; they are
 * then told to start together, and the time runs from that moment (database clock) to the last
 * job's completion, so it includes opening each worker's queue (tens of milliseconds) but not
 * process start-up. On a 2-core machine the database, the workers and this process share the
 * cores: a second worker adds capacity only as far as the CPU allows.
 *
 * Run: `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/src/job-throughput.ts`.
 * Without DATABASE_URL only the embedded figure is measured (worker processes need a server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { PGlite } from '@electric-sql/pglite';
import { createJobQueue, createLogger, type DatabaseTarget, type JobQueue } from '@steward/kernel';
import { createTestDatabase, type TestDatabase } from '@steward/kernel/testing';
import { BENCH_CONCURRENCY, BENCH_OWNER, BENCH_QUEUE } from './job-throughput-worker.js';
import { fixed, isEntryPoint, machineLine, printTable } from './stats.js';

const JOBS = Number(process.env.JOBS ?? 5000);
const ENQUEUE_CONCURRENCY = 8;
const WORKER_SCRIPT = fileURLToPath(new URL('./job-throughput-worker.ts', import.meta.url));
const logger = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });

interface Row {
  label: string;
  count: number;
  seconds: number;
}

/** Enqueues `count` jobs from `ENQUEUE_CONCURRENCY` concurrent callers; returns the seconds taken. */
async function enqueueAll(jobs: JobQueue, count: number): Promise<number> {
  let issued = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: ENQUEUE_CONCURRENCY }, async () => {
      while (issued < count) {
        issued += 1;
        await jobs.enqueue(BENCH_QUEUE, { n: issued });
      }
    }),
  );
  return (performance.now() - startedAt) / 1000;
}

/** Polls until `done` holds (a benchmark's own deadline: a stuck run fails instead of hanging). */
async function until(done: () => Promise<boolean>, what: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The baseline: the same number of rows written with bare multi-row INSERTs, 1,000 per statement. */
async function bareInsert(database: TestDatabase, count: number): Promise<number> {
  await database.query('create table bench_rows (id uuid primary key default gen_random_uuid(), data jsonb not null)');
  const startedAt = performance.now();
  for (let written = 0; written < count; written += 1000) {
    const size = Math.min(1000, count - written);
    const values = Array.from({ length: size }, (_, i) => JSON.stringify({ n: written + i }));
    await database.query(`insert into bench_rows (data) values ${values.map((_, i) => `($${i + 1}::jsonb)`).join(', ')}`, values);
  }
  return (performance.now() - startedAt) / 1000;
}

/** Starts a worker process and resolves once it has loaded its modules (it waits for a line on stdin). */
async function spawnWorker(url: string): Promise<{ child: ChildProcess; lines: AsyncIterator<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', JOBS_POLL_INTERVAL_MS: '200', JOBS_POOL_SIZE: '8' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  for (;;) {
    const next = await lines.next();
    if (next.done) throw new Error('A benchmark worker exited before it loaded');
    if (next.value === 'loaded') return { child, lines };
  }
}

/** Enqueues JOBS jobs, starts `workers` worker processes together and times them until all are completed. */
async function withWorkers(database: TestDatabase, jobs: JobQueue, workers: number): Promise<Row> {
  const url = (database.target as { url: string }).url;
  const children = await Promise.all(Array.from({ length: workers }, () => spawnWorker(url)));
  try {
    await database.query(`delete from ${BENCH_OWNER}_jobs.job where name = $1`, [BENCH_QUEUE]);
    await enqueueAll(jobs, JOBS);
    const startedAt = (await database.query<{ now: Date }>('select now()'))[0]!.now;
    for (const { child } of children) child.stdin!.write('go\n');
    // pg-boss's job table: every job of the round completed, and when the last one was.
    const finished = () => database.query<{ open: string; last: Date | null }>(
      `select count(*) filter (where state <> 'completed') as open, max(completed_on) as last from ${BENCH_OWNER}_jobs.job where name = $1`,
      [BENCH_QUEUE],
    );
    await until(async () => Number((await finished())[0]!.open) === 0, `${workers} worker(s) to complete ${JOBS} jobs`);
    const last = (await finished())[0]!.last!;
    return { label: `${workers} worker process${workers > 1 ? 'es' : ''} (pg-boss)`, count: JOBS, seconds: (last.getTime() - startedAt.getTime()) / 1000 };
  } finally {
    for (const { child } of children) child.kill('SIGTERM');
    await Promise.all(children.map(({ child }) => (child.exitCode === null ? once(child, 'exit') : undefined)));
  }
}

/** The embedded adapter in this process on a fresh in-memory PGlite: enqueue everything, then work it. */
async function embedded(): Promise<Row> {
  const pglite = await PGlite.create();
  const target: DatabaseTarget = { kind: 'pglite', pglite };
  const jobs = await createJobQueue({ name: BENCH_OWNER, database: target, logger, pollIntervalMs: 200 });
  let completed = 0;
  jobs.define(BENCH_QUEUE, async () => {
    completed += 1;
  }, { concurrency: BENCH_CONCURRENCY });
  try {
    await enqueueAll(jobs, JOBS);
    const startedAt = performance.now();
    await jobs.start();
    await until(async () => (await pglite.query<{ open: number }>(`select count(*)::int as open from ${BENCH_OWNER}_jobs.job where state <> 'completed'`)).rows[0]!.open === 0, 'the embedded adapter to complete the jobs');
    const seconds = (performance.now() - startedAt) / 1000;
    if (completed !== JOBS) throw new Error(`The embedded adapter ran ${completed} handlers for ${JOBS} jobs`);
    return { label: 'in-process, embedded adapter (PGlite)', count: JOBS, seconds };
  } finally {
    await jobs.stop();
    await pglite.close();
  }
}

export async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const rows: Row[] = [];
  let baseline: Row | undefined;
  let description = 'PGlite only (set DATABASE_URL for worker processes on PostgreSQL)';
  if (url) {
    const database = await createTestDatabase();
    description = database.description;
    const jobs = await createJobQueue({ name: BENCH_OWNER, database: database.target, logger, poolSize: ENQUEUE_CONCURRENCY });
    jobs.define(BENCH_QUEUE, async () => {}, { concurrency: BENCH_CONCURRENCY });
    try {
      baseline = { label: 'bare multi-row INSERT (baseline)', count: JOBS, seconds: await bareInsert(database, JOBS) };
      rows.push(baseline);
      rows.push({ label: `enqueue, ${ENQUEUE_CONCURRENCY} concurrent callers`, count: JOBS, seconds: await enqueueAll(jobs, JOBS) });
      rows.push(await withWorkers(database, jobs, 1));
      rows.push(await withWorkers(database, jobs, 2));
    } finally {
      await jobs.stop();
      await database.drop();
    }
  }
  rows.push(await embedded());

  console.log(`\n# Job queue throughput, ${JOBS} no-op jobs (${description}; ${machineLine()})`);
  console.log(`# worker handler concurrency ${BENCH_CONCURRENCY}; rows/s for the INSERT baseline, jobs/s otherwise`);
  printTable(
    ['', 'jobs', 'seconds', 'per second', 'vs bare INSERT'],
    rows.map((row) => {
      const rate = row.count / row.seconds;
      return [row.label, String(row.count), fixed(row.seconds, 2), fixed(rate, 0), baseline ? `${fixed((rate / (baseline.count / baseline.seconds)) * 100, 1)}%` : '-'];
    }),
  );
}

if (isEntryPoint(import.meta.url)) await main();
