import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessJobQueue, createLogger } from '@steward/kernel';
import { createTestDatabase, eventually, type TestDatabase } from '@steward/kernel/testing';

// The queue a process's subgraphs share, on whichever database the suite runs on.

const logger = createLogger({ level: 'silent' });
let database: TestDatabase;
let shared: ProcessJobQueue;

beforeAll(async () => {
  database = await createTestDatabase();
  shared = new ProcessJobQueue({ database: database.target, logger, pollIntervalMs: 100, maintenanceIntervalSeconds: 1 });
});
afterAll(async () => {
  await shared?.close({ timeoutMs: 0 });
  await database?.drop();
});

describe('the job queue a process shares among its subgraphs', () => {
  it('keeps two subgraphs’ queues of the same name apart, in one schema', async () => {
    const [alpha, beta] = await Promise.all([shared.for('alpha'), shared.for('beta')]);
    const seen: string[] = [];
    alpha.define<{ n: number }>('mail.send', async (job) => void seen.push(`alpha:${job.queue}:${job.data.n}`));
    beta.define<{ n: number }>('mail.send', async (job) => void seen.push(`beta:${job.queue}:${job.data.n}`));
    await alpha.start();
    await beta.start();
    const first = await alpha.enqueue('mail.send', { n: 1 });
    await beta.enqueue('mail.send', { n: 2 });
    await eventually(() => [...seen].sort(), (list) => list.length === 2, 'both jobs run');
    expect([...seen].sort()).toEqual(['alpha:mail.send:1', 'beta:mail.send:2']);
    // The handler has run; its completion is written just after it returns.
    const done = await eventually(() => alpha.get('mail.send', first), (info) => info?.state === 'completed', 'alpha’s job to be completed');
    expect(done).toMatchObject({ queue: 'mail.send', state: 'completed' });
    expect(await beta.get('mail.send', first)).toBeNull();
    const schemas = await database.query<{ schema_name: string }>("select schema_name from information_schema.schemata where schema_name like '%_jobs' order by 1");
    expect(schemas.map((row) => row.schema_name)).toEqual(['steward_jobs']);
  });

  it('starts and stops one subgraph’s queues while the other’s keep working', async () => {
    const [gamma, delta] = await Promise.all([shared.for('gamma'), shared.for('delta')]);
    const seen: string[] = [];
    gamma.define('work', async () => void seen.push('gamma'));
    delta.define('work', async () => void seen.push('delta'));
    await gamma.start();
    await gamma.stop();
    await delta.start();
    const pending = await gamma.enqueue('work', {});
    await delta.enqueue('work', {});
    await eventually(() => [...seen], (list) => list.includes('delta'), 'delta’s job to run');
    expect(seen).toEqual(['delta']);
    expect(await gamma.get('work', pending)).toMatchObject({ state: 'created' });
  });

  it('leaves a subgraph’s queues alone when only another subgraph starts', async () => {
    const [epsilon, zeta] = await Promise.all([shared.for('epsilon'), shared.for('zeta')]);
    const seen: string[] = [];
    epsilon.define('work', async () => void seen.push('epsilon'));
    zeta.define('work', async () => void seen.push('zeta'));
    await zeta.start();
    const waiting = await epsilon.enqueue('work', {});
    await zeta.enqueue('work', {});
    await eventually(() => [...seen], (list) => list.includes('zeta'), 'zeta’s job to run');
    expect(seen).toEqual(['zeta']);
    expect(await epsilon.get('work', waiting)).toMatchObject({ state: 'created' });
  });
});
