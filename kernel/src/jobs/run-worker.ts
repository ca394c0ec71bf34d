import { z } from 'zod';
import type { DatabaseTarget } from '../database.js';
import { EnvError, commonEnvShape, parseEnv } from '../env.js';
import { createLogger, type Logger } from '../logger.js';
import { stopOnSignals } from '../shutdown.js';
import { createJobQueue, jobsEnvShape } from './create-job-queue.js';
import type { JobQueue } from './job-queue.js';

const workerEnvShape = { ...commonEnvShape, ...jobsEnvShape };

/** The environment a worker's setup receives: the common variables, the job settings and its own. */
export type WorkerEnv<S extends z.ZodRawShape> = z.infer<z.ZodObject<typeof workerEnvShape & S>>;

/** What a worker's `setup` gets to define its handlers with. */
export interface WorkerContext<S extends z.ZodRawShape> {
  jobs: JobQueue;
  database: DatabaseTarget;
  env: WorkerEnv<S>;
  logger: Logger;
}

/** How to run one subgraph's worker process. */
export interface RunWorkerOptions<S extends z.ZodRawShape> {
  /** The subgraph whose queues this process works (its `<name>_jobs` schema). */
  name: string;
  /** Variables the handlers need beyond the common ones (SMTP_URL…), parsed with them in one go. */
  envShape?: S;
  env?: Record<string, string | undefined>;
  /**
   * Defines the queues' handlers, opening what they need (an ORM, a mail transport); may return a
   * cleanup, run after the queue has stopped and no handler runs any more.
   */
  setup(context: WorkerContext<S>): Promise<(() => Promise<void>) | void>;
  /** Drain and exit on SIGTERM/SIGINT (default true; a worker embedded in a test passes false). */
  handleSignals?: boolean;
  logger?: Logger;
}

/** A running worker; `stop` drains it (runs in progress finish, up to their timeout). */
export interface RunningWorker {
  jobs: JobQueue;
  stop(): Promise<void>;
}

/**
 * The body of a subgraph's `worker.ts`: parses the environment (every problem at once), opens the
 * subgraph's job queue on PostgreSQL, lets `setup` define the handlers, starts working, and on
 * SIGTERM stops taking jobs, lets the ones in progress finish and exits. Run as many replicas as
 * the work needs: they share the queues through the database.
 *
 * Refuses the embedded database: a PGlite data directory belongs to the one process that opened
 * it, and under `npm start` the subgraphs work their queues in-process.
 */
export async function runWorker<S extends z.ZodRawShape = Record<never, never>>(options: RunWorkerOptions<S>): Promise<RunningWorker> {
  const env = parseEnv(z.object({ ...workerEnvShape, ...options.envShape }), options.env ?? process.env) as WorkerEnv<S>;
  // The generic type hides the common variables from the compiler; they are there, parsed above.
  const common = env as unknown as z.infer<z.ZodObject<typeof workerEnvShape>>;
  if (!common.DATABASE_URL) {
    throw new EnvError(['DATABASE_URL: a separate worker process needs a PostgreSQL server (on the embedded database, `npm start` works the jobs itself)']);
  }
  const logger = options.logger ?? createLogger({ level: common.LOG_LEVEL, name: `${options.name}-worker` });
  const database: DatabaseTarget = { kind: 'postgres', url: common.DATABASE_URL };
  const jobs = await createJobQueue({
    name: options.name,
    database,
    logger,
    pollIntervalMs: common.JOBS_POLL_INTERVAL_MS,
    maintenanceIntervalSeconds: common.JOBS_MAINTENANCE_INTERVAL_SECONDS,
    poolSize: common.JOBS_POOL_SIZE,
  });
  let cleanup: (() => Promise<void>) | void;
  try {
    cleanup = await options.setup({ jobs, database, env, logger });
    await jobs.start();
  } catch (error) {
    await jobs.stop({ timeoutMs: 0 });
    throw error;
  }
  logger.info('Worker started (name=%s, pid=%d)', options.name, process.pid);

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await jobs.stop();
      await cleanup?.();
      logger.info('Worker stopped (name=%s)', options.name);
    })());
  if (options.handleSignals !== false) stopOnSignals(logger, stop);
  return { jobs, stop };
}
