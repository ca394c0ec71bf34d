import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** Where a process keeps its data: a PostgreSQL server, or an embedded PGlite instance shared in-process. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; pglite: PGlite };

/** Opens (creating if needed) the embedded database; `:memory:` keeps nothing on disk. */
export async function openEmbeddedDatabase(dataDir: string): Promise<PGlite> {
  if (dataDir === ':memory:') return PGlite.create();
  const dir = resolve(dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  return PGlite.create(dir);
}

/** Picks PostgreSQL when a URL is configured, otherwise the embedded database under `dataDir`. */
export async function openDatabase(config: { DATABASE_URL?: string; STEWARD_DATA_DIR: string }): Promise<DatabaseTarget> {
  if (config.DATABASE_URL) return { kind: 'postgres', url: config.DATABASE_URL };
  return { kind: 'pglite', pglite: await openEmbeddedDatabase(config.STEWARD_DATA_DIR) };
}
