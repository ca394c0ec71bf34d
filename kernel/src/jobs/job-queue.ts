import type { EntityManager } from '@mikro-orm/postgresql';

/** Where a job is in its life; the same names as pg-boss, so both adapters report alike. */
export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** A job's payload: a JSON object, stored as `jsonb`. Keep secrets out of it; it outlives the job. */
export type JobData = Record<string, unknown>;

/**
 * The caller's open transaction, i.e. the EntityManager handed to `em.transactional(tx => …)`.
 * A job enqueued through it is written by that transaction: a rollback means it never existed.
 */
export type JobTransaction = Pick<EntityManager, 'execute'>;

/** How a queue's jobs are run; fixed per queue by `define`. */
export interface JobDefinitionOptions {
  /** Runs allowed after the first one fails (default 2, so 3 attempts in all). */
  retryLimit?: number;
  /** Wait before a retry, in whole seconds (default 5). */
  retryDelaySeconds?: number;
  /** Doubles the wait on each retry, with jitter (default true). */
  retryBackoff?: boolean;
  /** A run taking longer is aborted and counts as failed (default 900, at most 82,800). */
  expireInSeconds?: number;
  /** Jobs of this queue run at once in one process (default 1). */
  concurrency?: number;
}

/** A definition with every default applied. */
export type JobDefinition = Required<JobDefinitionOptions>;

/** Options of one `enqueue`. */
export interface EnqueueOptions {
  /** Writes the job in the caller's transaction (see `JobTransaction`). */
  transaction?: JobTransaction;
  /**
   * At most one job per key in a queue: while a job enqueued with this key is kept (pending,
   * running or finished, until it is archived), enqueueing again adds nothing and returns its id.
   */
  singletonKey?: string;
  /** Not before this time (a Date), or this many seconds from now (a number). */
  startAfter?: Date | number;
}

/** Options of one `enqueueMany`, shared by its jobs (a singleton key would be one per job, so there is none). */
export type EnqueueManyOptions = Omit<EnqueueOptions, 'singletonKey'>;

/** One run of a job, as its handler sees it. */
export interface Job<T extends JobData = JobData> {
  id: string;
  queue: string;
  data: T;
  /** 1 on the first run, 2 on the first retry, …; the last one allowed is `retryLimit + 1`. */
  attempt: number;
  retryLimit: number;
  /**
   * Aborted when the run times out, the job is cancelled, or the worker stops without waiting for
   * it. JavaScript cannot stop a function from outside: a long handler passes this on (fetch, pg)
   * or checks it, or its late side effects land after the job was already retried.
   */
  signal: AbortSignal;
}

/** Does a job's work; throwing (or timing out) fails the run, which is retried while attempts remain. */
export type JobHandler<T extends JobData = JobData> = (job: Job<T>) => Promise<void>;

/** What `get` reports about a job. */
export interface JobInfo {
  id: string;
  queue: string;
  state: JobState;
  data: JobData;
  /** Runs started so far, counting the current one. */
  attempts: number;
  retryLimit: number;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** For a failed or retried job: what the last failure said (`{ message }`). */
  output: unknown;
}

/**
 * A durable job queue owned by one subgraph: jobs survive restarts, are retried with back-off,
 * time out, can be cancelled, and can be worked by other processes (on PostgreSQL, by any number
 * of worker replicas). `createJobQueue` picks pg-boss on PostgreSQL and the embedded adapter on PGlite;
 * the contract tests run the same cases against both.
 *
 * Jobs are addressed by queue and id (pg-boss keeps each queue in its own partition, so an id alone
 * would mean a scan of every partition).
 */
export interface JobQueue {
  /** `pg-boss` on a PostgreSQL server, `embedded` in-process on PGlite. */
  readonly kind: 'pg-boss' | 'embedded';
  /**
   * Declares a queue, how its jobs run and who runs them. Every process that enqueues to the queue
   * defines it too (the retry and expiry settings travel with each job); `start` works it.
   */
  define<T extends JobData>(queue: string, handler: JobHandler<T>, options?: JobDefinitionOptions): void;
  /** Adds a job and returns its id (for a `singletonKey` already taken, the existing job's). */
  enqueue<T extends JobData>(queue: string, data: T, options?: EnqueueOptions): Promise<string>;
  /**
   * Adds one job per payload to a queue in one statement and returns their ids, in order: a
   * caller with many jobs to write in its transaction pays one round trip, not one (or two) per job.
   */
  enqueueMany<T extends JobData>(queue: string, data: readonly T[], options?: EnqueueManyOptions): Promise<string[]>;
  /** Cancels a job that has not finished; a run in progress in this process is aborted. False if it had finished. */
  cancel(queue: string, id: string): Promise<boolean>;
  get(queue: string, id: string): Promise<JobInfo | null>;
  /** Starts working every defined queue (or only `queues`, for one subgraph's part of a shared queue). */
  start(queues?: readonly string[]): Promise<void>;
  /**
   * Stops taking jobs, waits up to `timeoutMs` (default 30 s) for runs in progress, aborts the rest
   * (they are retried once they expire) and closes the queue's connections.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /**
   * Stops working these queues only (their runs in progress get up to `timeoutMs`, default 30 s),
   * keeping the connections and the other queues: how one subgraph of a process stops its work
   * while the process's queue serves the others.
   */
  stopQueues(queues: readonly string[], options?: { timeoutMs?: number }): Promise<void>;
}

/** Defaults every adapter applies to `define`. */
export const DEFAULT_JOB_DEFINITION: JobDefinition = {
  retryLimit: 2,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 900,
  concurrency: 1,
};

/** pg-boss refuses expiries of a day or more; the grace below must fit too. */
const MAX_EXPIRE_SECONDS = 23 * 3600;
const QUEUE_NAME = /^[a-z][a-z0-9_.-]{0,99}$/i;

/** Applies the defaults and refuses settings either adapter would choke on, with a message naming the queue. */
export function jobDefinition(queue: string, options: JobDefinitionOptions = {}): JobDefinition {
  if (!QUEUE_NAME.test(queue)) throw new Error(`Not a job queue name: "${queue}" (letters, digits, ".", "_", "-")`);
  const definition = { ...DEFAULT_JOB_DEFINITION, ...options };
  const integer = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  if (!integer(definition.retryLimit, 0, 1000)) throw new Error(`Queue ${queue}: retryLimit must be an integer from 0 to 1000`);
  if (!integer(definition.retryDelaySeconds, 0, 86_400)) throw new Error(`Queue ${queue}: retryDelaySeconds must be an integer from 0 to 86400`);
  if (!integer(definition.expireInSeconds, 1, MAX_EXPIRE_SECONDS)) throw new Error(`Queue ${queue}: expireInSeconds must be an integer from 1 to ${MAX_EXPIRE_SECONDS}`);
  if (!integer(definition.concurrency, 1, 1000)) throw new Error(`Queue ${queue}: concurrency must be an integer from 1 to 1000`);
  return definition;
}

/**
 * How long after its own timeout a run still counts as alive in the database. The worker gives
 * up on a run at `expireInSeconds`; only a run whose worker died (or froze) is still active later,
 * and the periodic expiry hands it to another worker. Without the grace, a worker finishing just in
 * time could complete a job the expiry had already handed to someone else.
 */
export function expiryGraceSeconds(expireInSeconds: number): number {
  return Math.max(1, Math.ceil(expireInSeconds / 10));
}

/** The schema holding a subgraph's jobs: `<name>_jobs`, beside (never inside) the subgraph's own tables. */
export function jobSchemaName(owner: string): string {
  const schema = `${owner.replace(/-/g, '_')}_jobs`;
  if (!/^[a-z_][a-z0-9_]{0,49}$/.test(schema)) throw new Error(`Not a job queue owner name: ${owner}`);
  return schema;
}
