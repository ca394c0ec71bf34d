import pg from 'pg';
import type { DatabaseTarget } from './database-target.js';

/**
 * Serialises migrations of one subgraph across replicas starting together: on PostgreSQL a
 * session advisory lock held on a dedicated connection; embedded, there is only one process.
 */
export async function withMigrationLock<T>(database: DatabaseTarget, name: string, run: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres') return run();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`steward:migrations:${name}`]);
    return await run();
  } finally {
    await client.end();
  }
}
