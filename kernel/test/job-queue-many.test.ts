import { randomUUID } from 'node:crypto';
import { defineEntity } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue, createLogger, createSubgraphOrm, type Job, type JobInfo, type JobQueue, type SubgraphOrm } from '@steward/kernel';
import { createTestDatabase, eventually, type TestDatabase } from '@steward/kernel/testing';

// `enqueueMany` on whichever database the suite runs on (pg-boss on the PostgreSQL server named by
// DATABASE_URL, the embedded adapter on PGlite): several jobs in one statement, each its own job.

const logger = createLogger({ level: 'silent' });
const onPostgres = Boolean(process.env.DATABASE_URL);

const NoteSchema = defineEntity({ name: 'JobManyNote', tableName: 'notes', properties: (p) => ({ id: p.uuid().primary(), text: p.string() }) });
class CreateNotes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table jobmany_app.notes (id uuid primary key, text text not null)');
  }
}

let database: TestDatabase;
let jobs: JobQueue;
let app: SubgraphOrm;

beforeAll(async () => {
  database = await createTestDatabase();
  jobs = await createJobQueue({ name: 'jobmany', database: database.target, logger, pollIntervalMs: 100, maintenanceIntervalSeconds: 1 });
  app = await createSubgraphOrm({ name: 'jobmany_app', entities: [NoteSchema], migrations: [{ name: '0001-notes', class: CreateNotes }], database: database.target, logger });
});
afterAll(async () => {
  await jobs?.stop({ timeoutMs: 0 });
  await app?.orm.close();
  await database?.drop();
});

/** A queue name of its own for each test, with a handler that records every run. */
function recordingQueue(label: string): { name: string; runs: Job<{ n: number }>[]; startedAt: number[] } {
  const name = `test.${label}.${randomUUID().slice(0, 8)}`;
  const runs: Job<{ n: number }>[] = [];
  const startedAt: number[] = [];
  jobs.define<{ n: number }>(
    name,
    async (job) => {
      runs.push(job);
      startedAt.push(Date.now());
    },
    { retryLimit: 3, retryDelaySeconds: 7, expireInSeconds: 60 },
  );
  return { name, runs, startedAt };
}

const allIn = (state: string) => (infos: (JobInfo | null)[]) => infos.every((info) => info?.state === state);

describe(`enqueueMany on ${onPostgres ? 'PostgreSQL (pg-boss)' : 'PGlite (embedded)'}`, () => {
  it('adds one job per payload, in order, each run once with its own data and the queue’s settings', async () => {
    const { name, runs } = recordingQueue('many');
    await jobs.start();
    const ids = await jobs.enqueueMany(name, [{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(new Set(ids).size).toBe(3);
    const done = await eventually(() => Promise.all(ids.map((id) => jobs.get(name, id))), allIn('completed'), 'the three jobs to complete');
    expect(done.map((info) => [info?.id, info?.data, info?.retryLimit, info?.attempts])).toEqual(ids.map((id, i) => [id, { n: i + 1 }, 3, 1]));
    expect(runs.map((run) => [run.id, run.data.n]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual(ids.map((id, i) => [id, i + 1]));
  });

  it('adds nothing for no payloads, and refuses a queue this process has not defined', async () => {
    const { name } = recordingQueue('none');
    expect(await jobs.enqueueMany(name, [])).toEqual([]);
    await expect(jobs.enqueueMany('test.undefined', [{ n: 1 }])).rejects.toThrow('Job queue test.undefined is not defined in this process');
  });

  it('holds the jobs until startAfter', async () => {
    const { name, runs, startedAt } = recordingQueue('later');
    await jobs.start();
    const enqueuedAt = Date.now();
    const ids = await jobs.enqueueMany(name, [{ n: 1 }, { n: 2 }], { startAfter: 1 });
    await eventually(() => Promise.all(ids.map((id) => jobs.get(name, id))), allIn('completed'), 'the delayed jobs to complete');
    expect(runs).toHaveLength(2);
    expect(Math.min(...startedAt) - enqueuedAt).toBeGreaterThanOrEqual(900);
  });

  it('writes the jobs with the caller’s transaction: none after a rollback, all after a commit', async () => {
    const { name, runs } = recordingQueue('transaction');
    await jobs.start();
    const em = app.orm.em.fork() as EntityManager;
    let rolledBack: string[] = [];
    await expect(
      em.transactional(async (tx) => {
        await tx.execute('insert into jobmany_app.notes (id, text) values (?, ?)', [randomUUID(), 'rolled back']);
        rolledBack = await jobs.enqueueMany(name, [{ n: 1 }, { n: 2 }], { transaction: tx });
        throw new Error('the request failed after enqueueing');
      }),
    ).rejects.toThrow('the request failed');
    const committed = await em.transactional(async (tx) => {
      await tx.execute('insert into jobmany_app.notes (id, text) values (?, ?)', [randomUUID(), 'committed']);
      return jobs.enqueueMany(name, [{ n: 3 }, { n: 4 }], { transaction: tx });
    });
    await eventually(() => Promise.all(committed.map((id) => jobs.get(name, id))), allIn('completed'), 'the committed jobs to complete');
    expect(runs.map((run) => run.data.n).sort()).toEqual([3, 4]);
    expect(await Promise.all(rolledBack.map((id) => jobs.get(name, id)))).toEqual([null, null]);
  });
});
