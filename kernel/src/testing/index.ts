import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createLogger, type Logger } from '../logger.js';
import type { DatabaseTarget } from '../database.js';

/** A database of one's own for one test file; `drop` removes it. */
export interface TestDatabase {
  target: DatabaseTarget;
  /** Human-readable: `postgresql:<db>` or `pglite`. */
  description: string;
  /** Runs SQL directly against the test database (to check what was or was not written). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * Creates a fresh database for a test file: a new database on the PostgreSQL server named by
 * `DATABASE_URL`, or an in-memory PGlite instance when it is unset. Nothing is shared between files.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const pglite = await PGlite.create();
    return {
      target: { kind: 'pglite', pglite },
      description: 'pglite',
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      drop: () => pglite.close(),
    };
  }
  const name = `steward_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  return {
    target: { kind: 'postgres', url: url.toString() },
    description: `postgresql:${name}`,
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // Pools that are closing still hold sessions for a moment; forcing them off mid-close makes their
        // clients raise 57P01 with nobody listening. Let them go first (up to 2 s), then force what stays.
        for (let waited = 0; waited < 2000; waited += 50) {
          const { rows } = await client.query('select count(*)::int as open from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
          if (rows[0].open === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A logger whose JSON lines are kept in memory, so tests can assert what was (not) logged. */
export function createCapturingLogger(level = 'info'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}

/**
 * Polls `probe` until `accept` holds, failing with the last value seen after `timeoutMs`: how a
 * test waits for something asynchronous (a job finishing, a mail going out) without sleeping a fixed time.
 */
export async function eventually<T>(probe: () => T | Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
