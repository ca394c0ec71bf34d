import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineEntity } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  JobCancelledError,
  JobTimeoutError,
  createJobQueue,
  createLogger,
  createSubgraphOrm,
  openEmbeddedDatabase,
  type DatabaseTarget,
  type Job,
  type JobData,
  type JobDefinitionOptions,
  type JobInfo,
  type JobQueue,
  type SubgraphOrm,
} from '@steward/kernel';
import { createTestDatabase, eventually, type TestDatabase } from '@steward/kernel/testing';
import { TRACKED_OPTIONS, TRACKED_OWNER, TRACKED_QUEUE, TRACKED_TABLES_SQL, type TrackedJob } from './fixtures/tracked-queue.js';

// The job queue contract, run against whichever database the suite runs on: pg-boss on the
// PostgreSQL server named by DATABASE_URL, the embedded adapter on PGlite otherwise. Short
// expiries and polls are injected as options; tests wait for conditions, never for time.

const logger = createLogger({ level: 'silent' });
const onPostgres = Boolean(process.env.DATABASE_URL);
const FAST = { pollIntervalMs: 100, maintenanceIntervalSeconds: 1 };

let database: TestDatabase;
const opened: JobQueue[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const queue of opened) await queue.stop({ timeoutMs: 0 });
  await database?.drop();
});

async function openQueue(target: DatabaseTarget = database.target): Promise<JobQueue> {
  const queue = await createJobQueue({ name: 'jobtest', database: target, logger, ...FAST });
  opened.push(queue);
  return queue;
}

/** A queue name of its own for each test, so tests sharing the schema never see each other's jobs. */
const queueName = (label: string) => `test.${label}.${randomUUID().slice(0, 8)}`;

const stateOf = (queue: JobQueue, name: string, id: string) => () => queue.get(name, id);
const inState = (...states: string[]) => (job: JobInfo | null) => job !== null && states.includes(job.state);

/** A queue whose handler records every run; `behave` decides what a run does. */
function recording<T extends JobData>(
  jobs: JobQueue,
  name: string,
  behave: (job: Job<T>) => Promise<void> = async () => {},
  options: JobDefinitionOptions = {},
): { job: Job<T>; at: number }[] {
  const runs: { job: Job<T>; at: number }[] = [];
  jobs.define<T>(
    name,
    async (job) => {
      runs.push({ job, at: Date.now() });
      await behave(job);
    },
    options,
  );
  return runs;
}

describe(`the job queue on ${onPostgres ? 'PostgreSQL (pg-boss)' : 'PGlite (embedded)'}`, () => {
  it('runs an enqueued job once, with its data, and reports it completed', async () => {
    const jobs = await openQueue();
    const name = queueName('runs');
    const runs = recording<{ greeting: string }>(jobs, name);
    await jobs.start();
    const id = await jobs.enqueue(name, { greeting: 'hello' });
    const done = await eventually(stateOf(jobs, name, id), inState('completed'), 'the job to complete');
    expect(runs.map((run) => [run.job.id, run.job.data, run.job.attempt])).toEqual([[id, { greeting: 'hello' }, 1]]);
    expect(done).toMatchObject({ id, queue: name, state: 'completed', attempts: 1, data: { greeting: 'hello' } });
    expect(jobs.kind).toBe(onPostgres ? 'pg-boss' : 'embedded');
  });

  it('retries a failing job after a back-off that grows, until it succeeds', async () => {
    const jobs = await openQueue();
    const name = queueName('backoff');
    const runs = recording(jobs, name, async (job) => {
      if (job.attempt < 3) throw new Error(`attempt ${job.attempt} failed`);
    }, { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true });
    await jobs.start();
    const id = await jobs.enqueue(name, {});
    const done = await eventually(stateOf(jobs, name, id), inState('completed', 'failed'), 'the third attempt to succeed', 20_000);
    expect(done?.state).toBe('completed');
    expect(runs.map((run) => run.job.attempt)).toEqual([1, 2, 3]);
    // Retry n waits between d·2^(n-1) and d·2^n seconds (d = 1): at least 1 s, then at least 2 s.
    const [first, second, third] = runs.map((run) => run.at);
    expect(second! - first!).toBeGreaterThanOrEqual(900);
    expect(third! - second!).toBeGreaterThanOrEqual(1900);
  });

  it('fails a job for good once its retries are used up, and records why', async () => {
    const jobs = await openQueue();
    const name = queueName('gives-up');
    const runs = recording(jobs, name, async () => {
      throw new Error('the mail server said no');
    }, { retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false });
    await jobs.start();
    const id = await jobs.enqueue(name, {});
    const failed = await eventually(stateOf(jobs, name, id), inState('failed'), 'the job to fail');
    expect(runs).toHaveLength(2);
    expect(failed).toMatchObject({ state: 'failed', attempts: 2, output: { message: 'the mail server said no' } });
  });

  it('times out a hung run, aborting its signal, and retries it', async () => {
    const jobs = await openQueue();
    const name = queueName('timeout');
    const aborts: unknown[] = [];
    const runs = recording(jobs, name, async (job) => {
      if (job.attempt > 1) return;
      await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
      aborts.push(job.signal.reason);
    }, { expireInSeconds: 1, retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false });
    await jobs.start();
    const id = await jobs.enqueue(name, {});
    const done = await eventually(stateOf(jobs, name, id), inState('completed', 'failed'), 'the retry to complete');
    expect(done).toMatchObject({ state: 'completed', attempts: 2 });
    expect(runs.map((run) => run.job.attempt)).toEqual([1, 2]);
    expect(aborts).toHaveLength(1);
    expect(aborts[0]).toBeInstanceOf(JobTimeoutError);
  });

  it('never runs a job cancelled before it ran, while the jobs behind it run', async () => {
    const jobs = await openQueue();
    const name = queueName('cancel');
    const runs = recording<{ label: string }>(jobs, name);
    const cancelled = await jobs.enqueue(name, { label: 'cancelled' });
    const kept = await jobs.enqueue(name, { label: 'kept' });
    expect(await jobs.cancel(name, cancelled)).toBe(true);
    // Started only now: the cancelled job is first in line and would be claimed first.
    await jobs.start();
    await eventually(stateOf(jobs, name, kept), inState('completed'), 'the job behind it to complete');
    expect(runs.map((run) => run.job.data.label)).toEqual(['kept']);
    expect((await jobs.get(name, cancelled))?.state).toBe('cancelled');
    expect(await jobs.cancel(name, kept)).toBe(false);
  });

  it('aborts a running job that is cancelled, and keeps it cancelled when its handler returns', async () => {
    const jobs = await openQueue();
    const name = queueName('cancel-running');
    const reasons: unknown[] = [];
    const runs = recording(jobs, name, async (job) => {
      await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
      reasons.push(job.signal.reason);
    });
    await jobs.start();
    const id = await jobs.enqueue(name, {});
    await eventually(() => runs.length, (count) => count === 1, 'the job to start');
    expect(await jobs.cancel(name, id)).toBe(true);
    await eventually(() => reasons.length, (count) => count === 1, 'the handler to see the abort');
    expect(reasons[0]).toBeInstanceOf(JobCancelledError);
    expect((await jobs.get(name, id))?.state).toBe('cancelled');
  });

  it('keeps identical enqueues with one singleton key to one job', async () => {
    const jobs = await openQueue();
    const name = queueName('singleton');
    const runs = recording(jobs, name);
    const first = await jobs.enqueue(name, { n: 1 }, { singletonKey: 'delivery-42' });
    const second = await jobs.enqueue(name, { n: 2 }, { singletonKey: 'delivery-42' });
    const other = await jobs.enqueue(name, { n: 3 }, { singletonKey: 'delivery-43' });
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    await jobs.start();
    await eventually(async () => [await jobs.get(name, first), await jobs.get(name, other)], (both) => both.every(inState('completed')), 'both jobs to complete');
    expect(runs.map((run) => run.job.data).sort((a, b) => Number(a.n) - Number(b.n))).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('holds a job enqueued with startAfter until then', async () => {
    const jobs = await openQueue();
    const name = queueName('later');
    const runs = recording(jobs, name);
    await jobs.start();
    const enqueuedAt = Date.now();
    const id = await jobs.enqueue(name, {}, { startAfter: 1 });
    await eventually(stateOf(jobs, name, id), inState('completed'), 'the delayed job to complete');
    expect(runs[0]!.at - enqueuedAt).toBeGreaterThanOrEqual(900);
  });

  describe('in the caller’s transaction', () => {
    const NoteSchema = defineEntity({ name: 'JobTestNote', tableName: 'notes', properties: (p) => ({ id: p.uuid().primary(), text: p.string() }) });
    class CreateNotes extends Migration {
      override async up(): Promise<void> {
        this.addSql('create table jobtest_app.notes (id uuid primary key, text text not null)');
      }
    }
    let app: SubgraphOrm;
    beforeAll(async () => {
      app = await createSubgraphOrm({ name: 'jobtest_app', entities: [NoteSchema], migrations: [{ name: '0001-notes', class: CreateNotes }], database: database.target, logger });
    });
    afterAll(async () => {
      await app?.orm.close();
    });

    it('never runs a job whose transaction rolled back, and runs one whose transaction committed', async () => {
      const jobs = await openQueue();
      const name = queueName('transaction');
      const runs = recording<{ note: string }>(jobs, name);
      await jobs.start();
      const em = app.orm.em.fork() as EntityManager;

      let rolledBack = '';
      await expect(
        em.transactional(async (tx) => {
          await tx.execute('insert into jobtest_app.notes (id, text) values (?, ?)', [randomUUID(), 'rolled back']);
          rolledBack = await jobs.enqueue(name, { note: 'rolled back' }, { transaction: tx });
          throw new Error('the request failed after enqueueing');
        }),
      ).rejects.toThrow('the request failed');
      const committed = await em.transactional(async (tx) => {
        await tx.execute('insert into jobtest_app.notes (id, text) values (?, ?)', [randomUUID(), 'committed']);
        return jobs.enqueue(name, { note: 'committed' }, { transaction: tx });
      });

      await eventually(stateOf(jobs, name, committed), inState('completed'), 'the committed job to complete');
      expect(runs.map((run) => run.job.data.note)).toEqual(['committed']);
      expect(await jobs.get(name, rolledBack)).toBeNull();
      expect((await database.query<{ text: string }>('select text from jobtest_app.notes')).map((row) => row.text)).toEqual(['committed']);
    });
  });

  describe('across a restart', () => {
    let dataDir: string | undefined;
    afterAll(async () => {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    /**
     * The database as a second process would find it: the same PostgreSQL database, or the same
     * embedded data directory closed and opened again (the test database is in memory).
     */
    async function restartableStorage(): Promise<{ target: DatabaseTarget; restart(): Promise<DatabaseTarget>; close(): Promise<void> }> {
      if (onPostgres) return { target: database.target, restart: async () => database.target, close: async () => {} };
      dataDir = await mkdtemp(join(tmpdir(), 'steward-jobs-'));
      let pglite = await openEmbeddedDatabase(dataDir);
      return {
        target: { kind: 'pglite', pglite },
        async restart() {
          await pglite.close();
          pglite = await openEmbeddedDatabase(dataDir!);
          return { kind: 'pglite', pglite };
        },
        close: () => pglite.close(),
      };
    }

    it('runs the jobs left pending and retries the run its process died in, once that run expires', async () => {
      const storage = await restartableStorage();
      const name = queueName('restart');
      const options: JobDefinitionOptions = { concurrency: 1, expireInSeconds: 1, retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false };
      const before = await openQueue(storage.target);
      const started: string[] = [];
      before.define<{ hang?: boolean }>(
        name,
        async (job) => {
          started.push(job.id);
          // Never returns and ignores its signal, like a process frozen mid-job.
          if (job.data.hang) await new Promise(() => {});
        },
        options,
      );
      await before.start();
      const hung = await before.enqueue(name, { hang: true });
      await eventually(() => started, (ids) => ids.includes(hung), 'the first process to start the job');
      // Its only slot is taken, so this one stays pending.
      const pending = await before.enqueue(name, {});
      // The process goes away without recording anything about the job in progress.
      await before.stop({ timeoutMs: 0 });
      const target = await storage.restart();

      const after = await openQueue(target);
      const runs = recording<{ hang?: boolean }>(after, name, async () => {}, options);
      await after.start();
      await eventually(async () => [await after.get(name, pending), await after.get(name, hung)], (both) => both.every(inState('completed')), 'both jobs to complete after the restart');
      const attemptsById = Object.fromEntries(runs.map((run) => [run.job.id, run.job.attempt]));
      expect(attemptsById).toEqual({ [pending]: 1, [hung]: 2 });
      await after.stop();
      await storage.close();
      // Two embedded databases opened from disk: slow on a busy machine.
    }, 120_000);
  });
});
