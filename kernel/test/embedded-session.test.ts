import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exclusiveSession } from '../src/database.js';

// Several subgraphs' ORMs share one embedded PGlite, which is a single database session.
let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec('create table t (owner text not null)');
});
afterAll(async () => {
  await pglite?.close();
});

const owners = async () => (await pglite.query<{ owner: string }>('select owner from t order by owner')).rows.map((row) => row.owner);

describe('an embedded database shared by several subgraphs', () => {
  it('keeps a statement of one subgraph out of another subgraph’s open transaction', async () => {
    const a = exclusiveSession(pglite, 'a');
    const b = exclusiveSession(pglite, 'b');
    await a.query('BEGIN;');
    await a.query(`insert into t values ('a')`);
    // Issued while a's transaction is open: it must wait, not join it.
    const bInsert = b.query(`insert into t values ('b')`);
    let bDone = false;
    void bInsert.then(() => (bDone = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bDone).toBe(false);
    await a.query('ROLLBACK;');
    await bInsert;
    expect(await owners()).toEqual(['b']);
  });

  it('keeps the lock across savepoints and releases it at commit', async () => {
    await pglite.exec('delete from t');
    const a = exclusiveSession(pglite, 'a');
    const b = exclusiveSession(pglite, 'b');
    await a.query('begin');
    await a.query('savepoint s1');
    await a.query(`insert into t values ('a1')`);
    await a.query('rollback to savepoint s1');
    const bInsert = b.query(`insert into t values ('b')`);
    await a.query(`insert into t values ('a2')`);
    await a.query('commit');
    await bInsert;
    expect(await owners()).toEqual(['a2', 'b']);
  });

  it('releases the lock when a statement fails outside a transaction', async () => {
    const a = exclusiveSession(pglite, 'a');
    const b = exclusiveSession(pglite, 'b');
    await expect(a.query('select * from missing_table')).rejects.toThrow();
    await expect(b.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });
});

describe('raw SQL on the embedded database', () => {
  it('refuses a script that still has parameter placeholders instead of running it unbound', async () => {
    const a = exclusiveSession(pglite, 'a');
    await expect(a.exec(`insert into t values ($1); select 1`)).rejects.toThrow(/must not contain ";"/);
    await expect(a.exec(`select 1; select 2`)).resolves.toHaveLength(2);
  });
});
