import { z } from 'zod';
import type { DatabaseTarget } from '../database.js';
import type { Logger } from '../logger.js';
import { EmbeddedJobQueue } from './embedded-job-queue.js';
import { jobSchemaName, type JobQueue } from './job-queue.js';
import { PgBossJobQueue } from './pg-boss-job-queue.js';

/** Variables that tune a process's job queues; the defaults suit production. */
export const jobsEnvShape = {
  /** How often an idle worker looks for due jobs (retries, delayed jobs); enqueues wake it sooner. */
  JOBS_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  /** How often runs whose worker died are expired (and retried) and old jobs cleaned up. */
  JOBS_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** PostgreSQL connections of a process's job queue (claims, completions); raise it with handler concurrency. */
  JOBS_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(4),
};

/** What `createJobQueue` needs. */
export interface CreateJobQueueOptions {
  /** The owning subgraph; its jobs live in the `<name>_jobs` schema. */
  name: string;
  database: DatabaseTarget;
  logger: Logger;
  /** See `JOBS_POLL_INTERVAL_MS` (default 2000). */
  pollIntervalMs?: number;
  /** See `JOBS_MAINTENANCE_INTERVAL_SECONDS` (default 60). */
  maintenanceIntervalSeconds?: number;
  /** See `JOBS_POOL_SIZE` (default 4; PostgreSQL only). */
  poolSize?: number;
}

/**
 * Opens a subgraph's job queue on its database: pg-boss on a PostgreSQL server (workers may then
 * run in any number of processes), the embedded adapter on PGlite (workers in this process).
 * Storage is created or migrated here; `define` the queues, then `start` to work them.
 */
export async function createJobQueue(options: CreateJobQueueOptions): Promise<JobQueue> {
  const schema = jobSchemaName(options.name);
  const logger = options.logger.child({ jobs: schema });
  const pollIntervalMs = options.pollIntervalMs ?? jobsEnvShape.JOBS_POLL_INTERVAL_MS.parse(undefined);
  const maintenanceIntervalSeconds = options.maintenanceIntervalSeconds ?? jobsEnvShape.JOBS_MAINTENANCE_INTERVAL_SECONDS.parse(undefined);
  if (options.database.kind === 'postgres') {
    return PgBossJobQueue.open({ url: options.database.url, schema, logger, pollIntervalMs, maintenanceIntervalSeconds, poolSize: options.poolSize ?? jobsEnvShape.JOBS_POOL_SIZE.parse(undefined) });
  }
  return EmbeddedJobQueue.open({ pglite: options.database.pglite, schema, logger, pollIntervalMs, maintenanceIntervalSeconds });
}
