import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
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

/** Settings of the PostgreSQL adapter. */
export interface PgBossJobQueueOptions {
  url: string;
  /** The schema pg-boss creates and owns (`<subgraph>_jobs`). */
  schema: string;
  logger: Logger;
  /** How often idle workers poll; a NOTIFY wakes them sooner. */
  pollIntervalMs: number;
  /** How often jobs of dead workers are expired and old jobs archived (pg-boss "maintenance"). */
  maintenanceIntervalSeconds: number;
  /** Connections in pg-boss's own pool. */
  poolSize: number;
}

type Definition = QueueDefinition;

/**
 * The job queue on a PostgreSQL server, on pg-boss 10: its tables, its claim query (`for update
 * skip locked`, so any number of worker processes share a queue), its retry and back-off rules,
 * its expiry of runs whose worker died, and its archive. On top of it: a worker loop with
 * per-job timeouts (`QueueRunner`), enqueueing inside the caller's transaction, and a NOTIFY
 * sent by each enqueue (delivered only if it commits) that wakes idle workers everywhere at once.
 */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private readonly definitions = new Map<string, Definition>();
  private readonly queuesCreated = new Map<string, Promise<void>>();
  private readonly runners: QueueRunners;
  private readonly channel: string;
  private listener: pg.Client | null = null;
  private stopped = false;

  private constructor(private readonly boss: PgBoss, private readonly options: PgBossJobQueueOptions) {
    this.channel = `${options.schema}.enqueued`;
    this.runners = new QueueRunners({ pollIntervalMs: options.pollIntervalMs, logger: options.logger });
  }

  /** Connects, and creates or migrates pg-boss's schema (safe with several processes starting at once). */
  static async open(options: PgBossJobQueueOptions): Promise<PgBossJobQueue> {
    const boss = new PgBoss({
      connectionString: options.url,
      schema: options.schema,
      max: options.poolSize,
      application_name: `steward:${options.schema}`,
      // No cron schedules are used; the timekeeper would only poll for them.
      schedule: false,
      supervise: true,
      migrate: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    });
    // pg-boss reports pool and maintenance errors as events; unheard, an 'error' event kills the process.
    boss.on('error', (error) => options.logger.warn({ err: error }, 'Job queue background error (schema=%s)', options.schema));
    await boss.start();
    return new PgBossJobQueue(boss, options);
  }

  define<T extends JobData>(queue: string, handler: JobHandler<T>, options?: JobDefinitionOptions): void {
    if (this.definitions.has(queue)) throw new Error(`Job queue ${queue} is already defined`);
    this.definitions.set(queue, { settings: jobDefinition(queue, options), handler: handler as JobHandler });
    const created = this.createQueue(queue);
    // Kept for enqueue and start to await; a failure surfaces there, not as an unhandled rejection.
    created.catch(() => undefined);
    this.queuesCreated.set(queue, created);
  }

  /**
   * Creates the queue (its partition) unless it exists. pg-boss's create_queue alters the shared
   * job and queue tables, so two creations at once in one schema can deadlock (SQLSTATE 40P01),
   * whether from one process defining its queues or from several starting together. Each creation
   * therefore runs in one statement that first takes a transaction advisory lock of the schema:
   * creations queue up behind each other instead of deadlocking. The retry stays for a lock
   * timeout or a server that aborts the statement anyway.
   */
  private async createQueue(queue: string): Promise<void> {
    const statement = createQueueStatement(this.options.schema, queue);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.getDb().executeSql(statement, []);
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || (code !== '40P01' && code !== '23505' && code !== '55P03')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
      }
    }
  }

  async enqueue<T extends JobData>(queue: string, data: T, options: EnqueueOptions = {}): Promise<string> {
    const { settings } = this.definitionOf(queue);
    await this.queuesCreated.get(queue);
    const id = options.singletonKey === undefined ? randomUUID() : singletonJobId(queue, options.singletonKey);
    const db: SqlExecutor = options.transaction ? sqlThrough(options.transaction) : this.boss.getDb();
    const sent = await this.boss.send(queue, JSON.stringify(data) as unknown as object, {
      id,
      db,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: settings.retryBackoff,
      // The database gives a run longer than its worker does: only a dead worker's run expires there.
      expireInSeconds: settings.expireInSeconds + expiryGraceSeconds(settings.expireInSeconds),
      ...(options.singletonKey === undefined ? {} : { singletonKey: options.singletonKey }),
      ...(options.startAfter === undefined ? {} : { startAfter: options.startAfter }),
    });
    if (sent === null && options.singletonKey === undefined) throw new Error(`Job not enqueued: queue ${queue} does not exist in ${this.options.schema}`);
    // In the caller's transaction, the notification goes out only if it commits.
    await db.executeSql('select pg_notify($1, $2)', [this.channel, queue]);
    return id;
  }

  async enqueueMany<T extends JobData>(queue: string, data: readonly T[], options: EnqueueManyOptions = {}): Promise<string[]> {
    const { settings } = this.definitionOf(queue);
    if (data.length === 0) return [];
    await this.queuesCreated.get(queue);
    const { startAfter } = options;
    const jobs = data.map((job) => ({
      id: randomUUID(),
      name: queue,
      data: job,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: settings.retryBackoff,
      expireInSeconds: settings.expireInSeconds + expiryGraceSeconds(settings.expireInSeconds),
      // As `send` reads it: an ISO time, or a number of seconds from now.
      ...(startAfter instanceof Date ? { startAfter: startAfter.toISOString() } : startAfter !== undefined && startAfter > 0 ? { startAfter: String(startAfter) } : {}),
    }));
    const db: SqlExecutor = options.transaction ? sqlThrough(options.transaction) : this.boss.getDb();
    const channel = this.channel;
    let written = 0;
    // pg-boss's multi-row `insert` reports nothing back: it runs here with the rows it wrote counted
    // (none when the queue is missing, as `send` would say) and the notification, in one round trip.
    const counting: SqlExecutor = {
      async executeSql(text, values = []) {
        const { rows } = await db.executeSql(
          `with written as (${text.trimEnd()} returning id) select (select count(*) from written)::int as written, pg_notify($${values.length + 1}, $${values.length + 2})`,
          [...values, channel, queue],
        );
        written = Number(rows[0]?.written ?? 0);
        return { rows: [] };
      },
    };
    await this.boss.insert(jobs, { db: counting });
    if (written !== jobs.length) throw new Error(`Jobs not enqueued: queue ${queue} does not exist in ${this.options.schema}`);
    return jobs.map((job) => job.id);
  }

  async cancel(queue: string, id: string): Promise<boolean> {
    const result = (await this.boss.cancel(queue, id)) as unknown as { affected: number };
    this.runners.get(queue)?.abort(id, new JobCancelledError());
    return result.affected > 0;
  }

  async get(queue: string, id: string): Promise<JobInfo | null> {
    const job = await this.boss.getJobById<JobData>(queue, id, { includeArchive: true });
    if (!job) return null;
    // A job that ran reports retryCount + 1 runs; one never started, none.
    const attempts = job.startedOn ? job.retryCount + 1 : 0;
    return {
      id: job.id,
      queue: job.name,
      state: job.state as JobState,
      data: job.data,
      attempts,
      retryLimit: job.retryLimit,
      createdAt: job.createdOn,
      startedAt: job.startedOn ?? null,
      completedAt: job.completedOn ?? null,
      output: job.output ?? null,
    };
  }

  async start(queues?: readonly string[]): Promise<void> {
    if (this.stopped) throw new Error('A stopped job queue cannot start again; open a new one');
    const source = this.source();
    await Promise.all([...this.definitions.keys()].filter((queue) => !queues || queues.includes(queue)).map((queue) => this.queuesCreated.get(queue)));
    this.runners.start(this.definitions, source, queues);
    if (this.runners.size > 0) await this.listen();
  }

  async stop(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.runners.stop(options.timeoutMs ?? 30_000);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.boss.stop({ graceful: true, close: true, wait: true, timeout: 1000 });
  }

  stopQueues(queues: readonly string[], options: { timeoutMs?: number } = {}): Promise<void> {
    return this.runners.stop(options.timeoutMs ?? 30_000, queues);
  }

  private definitionOf(queue: string): Definition {
    const definition = this.definitions.get(queue);
    if (!definition) throw new Error(`Job queue ${queue} is not defined in this process; define it before enqueueing`);
    return definition;
  }

  private source(): JobSource {
    const boss = this.boss;
    return {
      async claim(queue, limit): Promise<ClaimedJob[]> {
        const jobs = await boss.fetch<JobData>(queue, { batchSize: limit, includeMetadata: true });
        return jobs.map((job) => ({ id: job.id, data: job.data, attempt: job.retryCount + 1, retryLimit: job.retryLimit }));
      },
      async complete(queue, jobs) {
        await boss.complete(queue, jobs.map((job) => job.id));
      },
      async fail(queue, job, error) {
        await boss.fail(queue, job.id, failureOutput(error));
      },
    };
  }

  /**
   * Listens for enqueue notifications on a connection of its own, and wakes the queue's runner.
   * If the connection is lost, polling carries on alone while it reconnects.
   */
  private async listen(): Promise<void> {
    if (this.listener || this.stopped) return;
    const { logger } = this.options;
    const client = new pg.Client({ connectionString: this.options.url, application_name: `steward:${this.options.schema}:listen` });
    const lost = (error?: unknown) => {
      if (this.stopped || this.listener !== client) return;
      this.listener = null;
      logger.warn({ err: error }, 'Job notifications lost; polling until reconnected (schema=%s)', this.options.schema);
      void client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch((failure: unknown) => lost(failure)), 1000).unref();
    };
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload) this.runners.get(message.payload)?.wake();
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(this.channel)}`);
    } catch (error) {
      lost(error);
      return;
    }
    // Whatever was enqueued while nobody listened is found by this round rather than the next poll.
    this.runners.wakeAll();
  }
}

/** A literal for SQL text: our queue names and schemas come from code, but are quoted all the same. */
function sqlLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * pg-boss's `create_queue` for one standard queue, behind an advisory lock of the schema held
 * until the statement's own transaction ends (a DO block is one statement, so one transaction).
 */
export function createQueueStatement(schema: string, queue: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Unexpected job schema name: ${schema}`);
  const options = JSON.stringify({ policy: 'standard' });
  return [
    'DO $create$ BEGIN',
    `  PERFORM pg_advisory_xact_lock(hashtext(${sqlLiteral(`steward.create_queue.${schema}`)}));`,
    `  PERFORM ${schema}.create_queue(${sqlLiteral(queue)}, ${sqlLiteral(options)}::json);`,
    'END $create$',
  ].join('\n');
}
