import { createJobQueue, type CreateJobQueueOptions } from './create-job-queue.js';
import type { EnqueueManyOptions, EnqueueOptions, JobData, JobDefinitionOptions, JobHandler, JobInfo, JobQueue } from './job-queue.js';

/** The schema of the queue every subgraph of a process shares (`steward_jobs`). */
export const PROCESS_JOBS_NAME = 'steward';

/**
 * One job queue per process, shared by every subgraph it runs: one schema (`steward_jobs`), one
 * pool and one LISTEN connection, opened when the first subgraph asks and installed once per
 * database rather than once per subgraph. Each subgraph sees its own view (`for(owner)`), whose
 * queue names are prefixed with the subgraph's name, so two subgraphs' `mail.send` never meet.
 */
export class ProcessJobQueue {
  private opened: Promise<JobQueue> | null = null;

  constructor(private readonly options: Omit<CreateJobQueueOptions, 'name'>) {}

  /** The view of `owner`'s queues (opens the process's queue on first use). */
  async for(owner: string): Promise<JobQueue> {
    this.opened ??= createJobQueue({ ...this.options, name: PROCESS_JOBS_NAME });
    return new OwnedJobQueue(await this.opened, owner);
  }

  /** Stops every queue of the process and closes its connections (after its subgraphs stopped their own). */
  async close(options?: { timeoutMs?: number }): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    if (opened) await (await opened).stop(options);
  }
}

/** One subgraph's part of the process's queue: names carry its prefix; stopping stops its queues only. */
class OwnedJobQueue implements JobQueue {
  private readonly owned = new Set<string>();

  constructor(
    private readonly inner: JobQueue,
    private readonly owner: string,
  ) {}

  get kind() {
    return this.inner.kind;
  }

  private named(queue: string): string {
    return `${this.owner}.${queue}`;
  }

  define<T extends JobData>(queue: string, handler: JobHandler<T>, options?: JobDefinitionOptions): void {
    this.owned.add(this.named(queue));
    this.inner.define<T>(this.named(queue), (job) => handler({ ...job, queue }), options);
  }

  enqueue<T extends JobData>(queue: string, data: T, options?: EnqueueOptions): Promise<string> {
    return this.inner.enqueue(this.named(queue), data, options);
  }

  enqueueMany<T extends JobData>(queue: string, data: readonly T[], options?: EnqueueManyOptions): Promise<string[]> {
    return this.inner.enqueueMany(this.named(queue), data, options);
  }

  cancel(queue: string, id: string): Promise<boolean> {
    return this.inner.cancel(this.named(queue), id);
  }

  async get(queue: string, id: string): Promise<JobInfo | null> {
    const info = await this.inner.get(this.named(queue), id);
    return info && { ...info, queue };
  }

  /** Starts this subgraph's queues only: another subgraph of the process may leave its own to workers elsewhere. */
  start(): Promise<void> {
    return this.inner.start([...this.owned]);
  }

  /** Stops this subgraph's queues; the process closes the shared connections once every subgraph has stopped. */
  stop(options?: { timeoutMs?: number }): Promise<void> {
    return this.inner.stopQueues([...this.owned], options);
  }

  stopQueues(queues: readonly string[], options?: { timeoutMs?: number }): Promise<void> {
    return this.inner.stopQueues(queues.map((queue) => this.named(queue)), options);
  }
}
