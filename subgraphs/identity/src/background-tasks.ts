import type { Logger } from '@steward/kernel';

/**
 * Work started by a request that must not delay its answer (so the answer's timing reveals
 * nothing about the work). Failures are logged; `drain` waits for what is still running at shutdown.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(label: string, work: () => Promise<void>): void {
    const task = Promise.resolve()
      .then(work)
      .then(() => this.logger.debug('Background task done (task=%s)', label))
      .catch((error: unknown) => this.logger.error({ err: error }, 'Background task failed (task=%s)', label))
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  async drain(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }
}
