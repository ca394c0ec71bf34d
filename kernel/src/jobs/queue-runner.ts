import type { Logger } from '../logger.js';
import type { JobData, JobDefinition, JobHandler } from './job-queue.js';

/** A job as storage hands it to a worker: claimed (state `active`) for this run. */
export interface ClaimedJob {
  id: string;
  data: JobData;
  attempt: number;
  retryLimit: number;
}

/** The storage side of working a queue; each adapter implements it with its own SQL. */
export interface JobSource {
  /** Claims up to `limit` due jobs (skipping those other workers hold). */
  claim(queue: string, limit: number): Promise<ClaimedJob[]>;
  /** Records successful runs; called with every run that finished since the last call (one statement). */
  complete(queue: string, jobs: ClaimedJob[]): Promise<void>;
  /** Records a failed run: the job is retried (after its delay) while attempts remain, else failed. */
  fail(queue: string, job: ClaimedJob, error: unknown): Promise<void>;
}

/** Thrown into a handler's signal when its run takes longer than the queue's `expireInSeconds`. */
export class JobTimeoutError extends Error {
  constructor(seconds: number) {
    super(`Job timed out after ${seconds} s`);
    this.name = 'JobTimeoutError';
  }
}

/** Thrown into a handler's signal when its job is cancelled while it runs. */
export class JobCancelledError extends Error {
  constructor() {
    super('Job cancelled');
    this.name = 'JobCancelledError';
  }
}

/**
 * Works one queue in one process: claims as many due jobs as it has free slots (`concurrency`),
 * runs each with its timeout, and records the outcome. When idle it sleeps until `wake` (a job was
 * enqueued here, or a notification said so elsewhere) or the poll interval passes (retries coming
 * due, jobs of other processes whose notification was missed). A full claim is followed at once by
 * another, so a backlog drains without waiting for the poll.
 */
export class QueueRunner {
  private readonly running = new Map<string, AbortController>();
  private readonly finished = new Set<() => void>();
  private wakeRequested = false;
  private waiting: { resume: () => void; idle: boolean } | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private readonly toComplete: { job: ClaimedJob; recorded: () => void; failed: (error: unknown) => void }[] = [];
  private completing = false;

  constructor(
    private readonly queue: string,
    private readonly definition: JobDefinition,
    private readonly handler: JobHandler,
    private readonly source: JobSource,
    private readonly options: { pollIntervalMs: number; logger: Logger },
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Makes an idle runner look for jobs now (a busy one looks when a slot frees). */
  wake(): void {
    this.wakeRequested = true;
    if (this.waiting?.idle) this.resume();
  }

  /** Aborts the run of `id` if it is in progress here; true if it was. */
  abort(id: string, reason: Error): boolean {
    const controller = this.running.get(id);
    controller?.abort(reason);
    return controller !== undefined;
  }

  /** Stops claiming, waits up to `timeoutMs` for runs in progress, then aborts what is left. */
  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    this.resume();
    await this.loop;
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.max(1, deadline - Date.now()));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.finished.add(done);
      });
    }
    for (const [id, controller] of this.running) {
      this.options.logger.warn('Job still running at shutdown, left to expire and be retried (queue=%s, jobId=%s)', this.queue, id);
      controller.abort(new Error('Worker stopped'));
    }
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const free = this.definition.concurrency - this.running.size;
      if (free === 0) {
        // Every slot is busy: only a finishing run (or stop) is worth waking up for.
        await this.pause(false);
        continue;
      }
      // Cleared before claiming: a wake arriving while the claim runs makes the next pause return at once.
      this.wakeRequested = false;
      let claimed = 0;
      try {
        const jobs = await this.source.claim(this.queue, free);
        claimed = jobs.length;
        for (const job of jobs) void this.execute(job);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'Claiming jobs failed; trying again at the next poll (queue=%s)', this.queue);
      }
      if (claimed === free) continue;
      await this.pause(true);
    }
  }

  /**
   * Waits until a run finishes or the runner stops; when `idle` (free slots, nothing claimable),
   * also until a wake or the poll interval. Always yields to the event loop: a loop that only
   * awaited resolved promises would starve timers and I/O, its own database queries included.
   */
  private pause(idle: boolean): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopping || (idle && this.wakeRequested)) return void setImmediate(resolve);
      const timer = idle ? setTimeout(() => this.resume(), this.options.pollIntervalMs) : undefined;
      this.waiting = {
        idle,
        resume: () => {
          clearTimeout(timer);
          resolve();
        },
      };
    });
  }

  /**
   * Records a successful run together with the others that finished meanwhile: one statement
   * while the previous one is in flight collects every completion behind it, so a busy queue
   * pays one round trip per batch, and the slots it frees are claimed again in one go.
   */
  private completeSoon(job: ClaimedJob): Promise<void> {
    return new Promise((recorded, failed) => {
      this.toComplete.push({ job, recorded, failed });
      void this.flushCompletions();
    });
  }

  private async flushCompletions(): Promise<void> {
    if (this.completing) return;
    this.completing = true;
    try {
      while (this.toComplete.length > 0) {
        const batch = this.toComplete.splice(0);
        try {
          await this.source.complete(this.queue, batch.map((entry) => entry.job));
          for (const entry of batch) entry.recorded();
        } catch (error) {
          for (const entry of batch) entry.failed(error);
        }
      }
    } finally {
      this.completing = false;
    }
  }

  private resume(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resume();
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const { logger } = this.options;
    const controller = new AbortController();
    this.running.set(job.id, controller);
    const seconds = this.definition.expireInSeconds;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<JobTimeoutError>((resolve) => {
      timer = setTimeout(() => resolve(new JobTimeoutError(seconds)), seconds * 1000);
    });
    let failure: unknown = null;
    try {
      const run = this.handler({ id: job.id, queue: this.queue, data: job.data, attempt: job.attempt, retryLimit: job.retryLimit, signal: controller.signal });
      const outcome = await Promise.race([run.then(() => null), timedOut]);
      if (outcome) {
        failure = outcome;
        controller.abort(outcome);
      }
    } catch (error) {
      failure = error ?? new Error('Job handler threw nothing');
    } finally {
      clearTimeout(timer);
    }
    try {
      if (failure === null) {
        // A job cancelled meanwhile stays cancelled: completing only touches a job still active.
        await this.completeSoon(job);
      } else {
        const last = job.attempt > job.retryLimit;
        logger[last ? 'error' : 'warn']({ err: failure }, 'Job failed (queue=%s, jobId=%s, attempt=%d, willRetry=%s)', this.queue, job.id, job.attempt, !last);
        await this.source.fail(this.queue, job, failure);
      }
    } catch (error) {
      // The job stays active in storage and is retried once it expires.
      logger.error({ err: error }, 'Recording the outcome of a job failed; it is retried once it expires (queue=%s, jobId=%s)', this.queue, job.id);
    } finally {
      this.running.delete(job.id);
      for (const done of this.finished) done();
      this.finished.clear();
      this.resume();
    }
  }
}

/** A queue's settings and handler, as `define` recorded them. */
export interface QueueDefinition {
  settings: JobDefinition;
  handler: JobHandler;
}

/**
 * The runners of one adapter, one per queue it works: started for every defined queue (or a chosen
 * few, for one subgraph's part of a process's queue), stopped all at once or a few at a time. Both
 * adapters keep their runners here, so they start and stop alike.
 */
export class QueueRunners {
  private readonly runners = new Map<string, QueueRunner>();

  constructor(private readonly options: { pollIntervalMs: number; logger: Logger }) {}

  get size(): number {
    return this.runners.size;
  }

  get(queue: string): QueueRunner | undefined {
    return this.runners.get(queue);
  }

  /** Starts a runner for each defined queue not yet worked (only `queues`, when given). */
  start(definitions: ReadonlyMap<string, QueueDefinition>, source: JobSource, queues?: readonly string[]): void {
    for (const [queue, definition] of definitions) {
      if (this.runners.has(queue) || (queues && !queues.includes(queue))) continue;
      const runner = new QueueRunner(queue, definition.settings, definition.handler, source, this.options);
      this.runners.set(queue, runner);
      runner.start();
    }
  }

  /** Makes every runner look for jobs now. */
  wakeAll(): void {
    for (const runner of this.runners.values()) runner.wake();
  }

  /** Stops the runners of `queues` (every runner when omitted), giving runs in progress up to `timeoutMs`. */
  async stop(timeoutMs: number, queues?: readonly string[]): Promise<void> {
    const chosen = queues ?? [...this.runners.keys()];
    const stopping = chosen.flatMap((queue) => {
      const runner = this.runners.get(queue);
      this.runners.delete(queue);
      return runner ? [runner.stop(timeoutMs)] : [];
    });
    await Promise.all(stopping);
  }
}
