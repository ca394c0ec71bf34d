import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue, createLogger, type JobQueue } from '@steward/kernel';
import { createTestDatabase, eventually, type TestDatabase } from '@steward/kernel/testing';
import { TRACKED_OPTIONS, TRACKED_OWNER, TRACKED_QUEUE, TRACKED_TABLES_SQL, type TrackedJob } from './fixtures/tracked-queue.js';

// The job queue shared by worker processes, each with its own connection: on PostgreSQL (pg-boss)
// only, since a PGlite data directory has one process. Split from job-queue.test.ts (the contract
// every adapter meets); short expiries and polls are injected, tests wait for conditions.

const logger = createLogger({ level: 'silent' });
const onPostgres = Boolean(process.env.DATABASE_URL);
const FAST = { pollIntervalMs: 100, maintenanceIntervalSeconds: 1 };

let database: TestDatabase;
const opened: JobQueue[] = [];
beforeAll(async () => {
  if (onPostgres) database = await createTestDatabase();
});
afterAll(async () => {
  for (const queue of opened) await queue.stop({ timeoutMs: 0 });
  await database?.drop();
});

describe.skipIf(!onPostgres)('the job queue with several instances on one schema', () => {
  it('creates many queues at once from two instances on one schema, and every one of them takes jobs', async () => {
    // Each definition creates its queue in the background; on pg-boss, creations running at once
    // used to deadlock each other (40P01) and could fail a subgraph's start under load.
    const open = async () => {
      const queue = await createJobQueue({ name: 'jobtest', database: database.target, logger, ...FAST });
      opened.push(queue);
      return queue;
    };
    const [first, second] = [await open(), await open()];
    const names = Array.from({ length: 12 }, (_, index) => `test.many${index}.${randomUUID().slice(0, 8)}`);
    for (const jobs of [first, second]) for (const name of names) jobs.define(name, async () => {});
    const ids = await Promise.all(names.flatMap((name) => [first.enqueue(name, { via: 1 }), second.enqueue(name, { via: 2 })]));
    expect(new Set(ids).size).toBe(names.length * 2);
    const infos = await Promise.all(names.flatMap((name, index) => [first.get(name, ids[index * 2]!), second.get(name, ids[index * 2 + 1]!)]));
    expect(infos.map((info) => info?.state)).toEqual(ids.map(() => 'created'));
  });

});

describe.skipIf(!onPostgres)('the job queue with two worker processes (PostgreSQL only: a PGlite data directory has one process)', () => {
  const fixture = fileURLToPath(new URL('./fixtures/job-worker.fixture.ts', import.meta.url));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  /** Starts a worker process and resolves once it prints `ready`. */
  function startWorker(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: { ...process.env, DATABASE_URL: (database.target as { url: string }).url, LOG_LEVEL: 'warn', JOBS_POLL_INTERVAL_MS: '100', JOBS_MAINTENANCE_INTERVAL_SECONDS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/^ready$/m.test(output)) resolve(child);
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => reject(new Error(`Worker exited before it was ready (code ${code}):\n${output}`)));
    });
  }

  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));

  it('hands the job of a worker killed mid-run to the other worker, and completes no job twice', async () => {
    await database.query(TRACKED_TABLES_SQL);
    const [first, second] = await Promise.all([startWorker(), startWorker()]);
    // This process only enqueues, as an API process would; the workers run the handlers.
    const producer = await createJobQueue({ name: TRACKED_OWNER, database: database.target, logger, ...FAST });
    opened.push(producer);
    producer.define<TrackedJob>(TRACKED_QUEUE, async () => {
      throw new Error('worked by the fixture processes only');
    }, TRACKED_OPTIONS);

    const hung = await producer.enqueue<TrackedJob>(TRACKED_QUEUE, { hang: true });
    const quick: string[] = [];
    for (let i = 0; i < 20; i++) quick.push(await producer.enqueue<TrackedJob>(TRACKED_QUEUE, {}));

    const [firstStart] = await eventually(
      () => database.query<{ worker: number }>('select worker from fixture.starts where job_id = $1', [hung]),
      (rows) => rows.length > 0,
      'a worker to start the job that hangs',
    );
    const victim = [first!, second!].find((child) => child.pid === firstStart!.worker)!;
    const survivor = victim === first ? second! : first!;
    victim.kill('SIGKILL');
    expect(await exited(victim)).toBeNull();

    const completions = await eventually(
      () => database.query<{ job_id: string; worker: number }>('select job_id, worker from fixture.completions'),
      (rows) => rows.length >= 21,
      'every job to be completed',
      30_000,
    );
    expect(completions).toHaveLength(21);
    expect(new Set(completions.map((row) => row.job_id))).toEqual(new Set([hung, ...quick]));
    expect(completions.find((row) => row.job_id === hung)?.worker).toBe(survivor.pid);
    const runsOfHung = await database.query<{ worker: number; attempt: number }>('select worker, attempt from fixture.starts where job_id = $1 order by started_at', [hung]);
    expect(runsOfHung).toEqual([
      { worker: victim.pid, attempt: 1 },
      { worker: survivor.pid, attempt: 2 },
    ]);
    const startedTwice = await database.query<{ job_id: string }>('select job_id from fixture.starts group by job_id having count(*) > 1');
    expect(startedTwice.map((row) => row.job_id)).toEqual([hung]);
    for (const id of [hung, ...quick]) expect((await producer.get(TRACKED_QUEUE, id))?.state).toBe('completed');

    // SIGTERM drains the survivor, which then exits cleanly.
    survivor.kill('SIGTERM');
    expect(await exited(survivor)).toBe(0);
  }, 150_000);
});
