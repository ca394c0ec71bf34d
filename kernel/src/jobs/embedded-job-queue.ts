import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { exclusiveSession } from '../database.js';
import type { Logger } from '../logger.js';
import {
  expiryGraceSeconds,
  jobDefinition,
  type EnqueueManyOptions,
  type EnqueueOptions,
  type JobData,
  type JobDefinition,
  type JobDefinitionOptions,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobState,
} from './job-queue.js';
import { failureOutput, singletonJobId, sqlThrough, type SqlExecutor } from './job-sql.js';
import { JobCancelledError, QueueRunners, type ClaimedJob, type JobSource, type QueueDefinition } from './queue-runner.js';

/** Settings of the embedded adapter. */
export interface EmbeddedJobQueueOptions {
  pglite: PGlite;
  /** The schema holding the `job` table (`<subgraph>_jobs`). */
  schema: string;
  logger: Logger;
  /** How often idle workers poll; an enqueue in this process wakes them sooner. */
  pollIntervalMs: number;
  /** How often runs past their expiry are failed (and retried) and old finished jobs deleted. */
  maintenanceIntervalSeconds: number;
}

/** Finished jobs are kept this long for `get` and for a look in the database, then deleted. */
const KEEP_FINISHED_DAYS = 7;

type Definition = QueueDefinition;

interface JobRow {
  id: string;
  queue: string;
  state: JobState;
  data: JobData;
  retry_count: number;
  retry_limit: number;
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
  output: unknown;
}

/**
 * The job queue inside one process on the embedded database (`npm start`), with the same contract
 * as the pg-boss adapter: jobs live in a table of the embedded database, so they join the caller's
 * transaction and survive restarts; runs are retried with pg-boss's back-off formula, time out, and
 * are expired if the process died mid-run. PGlite is one session shared by every subgraph, so all
 * statements go through `exclusiveSession` and never run inside another subgraph's transaction.
 * There is no second process to share the work with: a PGlite data directory has one owner.
 */
export class EmbeddedJobQueue implements JobQueue {
  readonly kind = 'embedded' as const;
  private readonly definitions = new Map<string, Definition>();
  private readonly runners: QueueRunners;
  private readonly table: string;
  private maintenance: NodeJS.Timeout | null = null;
  private maintaining: Promise<void> | null = null;
  private stopped = false;

  private constructor(private readonly session: PGlite, private readonly options: EmbeddedJobQueueOptions) {
    this.table = `${options.schema}.job`;
    this.runners = new QueueRunners({ pollIntervalMs: options.pollIntervalMs, logger: options.logger });
  }

  /** Creates the schema and table if they are missing (idempotent: every start runs it). */
  static async open(options: EmbeddedJobQueueOptions): Promise<EmbeddedJobQueue> {
    const session = exclusiveSession(options.pglite, options.schema);
    const table = `${options.schema}.job`;
    await session.exec(`
      create schema if not exists ${options.schema};
      create table if not exists ${table} (
        id uuid primary key,
        queue text not null,
        state text not null default 'created' check (state in ('created', 'retry', 'active', 'completed', 'cancelled', 'failed')),
        data jsonb not null,
        singleton_key text,
        retry_limit integer not null,
        retry_count integer not null default 0,
        retry_delay integer not null,
        retry_backoff boolean not null,
        expire_seconds integer not null,
        start_after timestamptz not null,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        completed_at timestamptz,
        output jsonb
      );
      create index if not exists job_due_idx on ${table} (queue, start_after) where state in ('created', 'retry');
      create index if not exists job_active_idx on ${table} (started_at) where state = 'active';
      create index if not exists job_finished_idx on ${table} (completed_at) where completed_at is not null;
    `);
    return new EmbeddedJobQueue(session, options);
  }

  define<T extends JobData>(queue: string, handler: JobHandler<T>, options?: JobDefinitionOptions): void {
    if (this.definitions.has(queue)) throw new Error(`Job queue ${queue} is already defined`);
    this.definitions.set(queue, { settings: jobDefinition(queue, options), handler: handler as JobHandler });
  }

  async enqueue<T extends JobData>(queue: string, data: T, options: EnqueueOptions = {}): Promise<string> {
    const id = options.singletonKey === undefined ? randomUUID() : singletonJobId(queue, options.singletonKey);
    await this.insert(queue, [{ id, data, singleton_key: options.singletonKey ?? null }], options);
    return id;
  }

  async enqueueMany<T extends JobData>(queue: string, data: readonly T[], options: EnqueueManyOptions = {}): Promise<string[]> {
    const jobs = data.map((job) => ({ id: randomUUID(), data: job, singleton_key: null }));
    await this.insert(queue, jobs, options);
    return jobs.map((job) => job.id);
  }

  /** Writes jobs of one queue in one statement (a taken id, i.e. a singleton key in use, adds nothing) and wakes its runner. */
  private async insert(queue: string, jobs: readonly { id: string; data: JobData; singleton_key: string | null }[], options: EnqueueManyOptions): Promise<void> {
    const { settings } = this.definitionOf(queue);
    if (jobs.length === 0) return;
    // Inside the caller's transaction, through its connection: our own session would wait for the
    // transaction to end (the shared lock) while the transaction waits for us.
    const db: SqlExecutor = options.transaction ? sqlThrough(options.transaction) : this.direct();
    const startAfter = options.startAfter;
    await db.executeSql(
      `insert into ${this.table} (id, queue, data, singleton_key, retry_limit, retry_delay, retry_backoff, expire_seconds, start_after)
       select j.id, $2::text, j.data, j.singleton_key, $3::integer, $4::integer, $5::boolean, $6::integer, coalesce($7::timestamptz, now() + coalesce($8::numeric, 0) * interval '1 second')
       from jsonb_to_recordset($1::jsonb) as j (id uuid, data jsonb, singleton_key text)
       on conflict (id) do nothing`,
      [
        JSON.stringify(jobs),
        queue,
        settings.retryLimit,
        settings.retryDelaySeconds,
        settings.retryBackoff,
        settings.expireInSeconds + expiryGraceSeconds(settings.expireInSeconds),
        startAfter instanceof Date ? startAfter.toISOString() : null,
        typeof startAfter === 'number' ? startAfter : null,
      ],
    );
    // In a transaction the claim this starts waits on the shared lock, so it sees the commit.
    this.runners.get(queue)?.wake();
  }

  async cancel(queue: string, id: string): Promise<boolean> {
    const { rows } = await this.session.query(
      `update ${this.table} set state = 'cancelled', completed_at = now()
        where id = $1 and queue = $2 and state in ('created', 'retry', 'active') returning id`,
      [id, queue],
    );
    this.runners.get(queue)?.abort(id, new JobCancelledError());
    return rows.length > 0;
  }

  async get(queue: string, id: string): Promise<JobInfo | null> {
    const { rows } = await this.session.query<JobRow>(`select * from ${this.table} where id = $1 and queue = $2`, [id, queue]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      queue: row.queue,
      state: row.state,
      data: row.data,
      attempts: row.started_at ? row.retry_count + 1 : 0,
      retryLimit: row.retry_limit,
      createdAt: row.created_at,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      output: row.output,
    };
  }

  async start(queues?: readonly string[]): Promise<void> {
    if (this.stopped) throw new Error('A stopped job queue cannot start again; open a new one');
    const source = this.source();
    this.runners.start(this.definitions, source, queues);
    if (this.runners.size > 0 && !this.maintenance) {
      this.maintenance = setInterval(() => this.maintain(), this.options.maintenanceIntervalSeconds * 1000);
      this.maintenance.unref();
      this.maintain();
    }
  }

  async stop(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.maintenance) clearInterval(this.maintenance);
    await this.runners.stop(options.timeoutMs ?? 30_000);
    await this.maintaining;
  }

  stopQueues(queues: readonly string[], options: { timeoutMs?: number } = {}): Promise<void> {
    return this.runners.stop(options.timeoutMs ?? 30_000, queues);
  }

  private definitionOf(queue: string): Definition {
    const definition = this.definitions.get(queue);
    if (!definition) throw new Error(`Job queue ${queue} is not defined in this process; define it before enqueueing`);
    return definition;
  }

  private direct(): SqlExecutor {
    return { executeSql: (text, values) => this.session.query(text, values) };
  }

  /**
   * Fails runs that outlived their expiry (their process died: a live worker gives up sooner),
   * which retries them; deletes finished jobs past their keep. One round at a time.
   */
  private maintain(): void {
    if (this.maintaining || this.stopped) return;
    this.maintaining = (async () => {
      try {
        await this.session.query(
          `${this.failSql("state = 'active' and started_at + expire_seconds * interval '1 second' < now()", '$1::jsonb')}`,
          [JSON.stringify({ message: 'Job expired while active (its worker stopped or froze)' })],
        );
        await this.session.query(`delete from ${this.table} where completed_at < now() - interval '${KEEP_FINISHED_DAYS} days'`);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'Job queue maintenance failed (schema=%s)', this.options.schema);
      } finally {
        this.maintaining = null;
      }
    })();
  }

  /**
   * A failed run: back to `retry` after the delay while attempts remain, else `failed`. The delay
   * is pg-boss's: fixed, or with back-off between d·2^(n-1) and d·2^n seconds for retry n.
   */
  private failSql(where: string, output: string): string {
    return `
      update ${this.table} set
        state = case when retry_count < retry_limit then 'retry' else 'failed' end,
        start_after = case
          when retry_count >= retry_limit then start_after
          when not retry_backoff then now() + retry_delay * interval '1 second'
          else now() + (retry_delay * 2 ^ least(16, retry_count + 1) / 2 * (1 + random())) * interval '1 second'
        end,
        completed_at = case when retry_count < retry_limit then null else now() end,
        output = ${output}
      where ${where}`;
  }

  private source(): JobSource {
    const session = this.session;
    const table = this.table;
    const failSql = this.failSql("id = $1 and state = 'active' and retry_count = $2", '$3::jsonb');
    return {
      async claim(queue, limit): Promise<ClaimedJob[]> {
        const { rows } = await session.query<{ id: string; data: JobData; retry_count: number; retry_limit: number }>(
          `update ${table} set
              state = 'active',
              retry_count = case when started_at is not null then retry_count + 1 else retry_count end,
              started_at = now()
            where id in (select id from ${table}
                          where queue = $1 and state in ('created', 'retry') and start_after <= now()
                          order by created_at, id limit $2 for update skip locked)
            returning id, data, retry_count, retry_limit`,
          [queue, limit],
        );
        return rows.map((row) => ({ id: row.id, data: row.data, attempt: row.retry_count + 1, retryLimit: row.retry_limit }));
      },
      // Both match the run by its attempt, so an expired run finishing late cannot close the next one.
      async complete(_queue, jobs) {
        const runs = jobs.map((job) => ({ id: job.id, retry_count: job.attempt - 1 }));
        await session.query(
          `update ${table} j set state = 'completed', completed_at = now()
             from jsonb_to_recordset($1::jsonb) as run (id uuid, retry_count integer)
            where j.id = run.id and j.retry_count = run.retry_count and j.state = 'active'`,
          [JSON.stringify(runs)],
        );
      },
      async fail(_queue, job, error) {
        await session.query(failSql, [job.id, job.attempt - 1, JSON.stringify(failureOutput(error))]);
      },
    };
  }
}
