/** One running task's cancellation: aborted by its job (timeout, stop) or by its session's cancellation. */
export interface TaskCancellation {
  signal: AbortSignal;
  /** Whether the abort came from cancelling the session (the task is already CANCELLED: nothing to record). */
  readonly cancelledBySession: boolean;
  close(): void;
}

/**
 * The tasks running in this process, by session, so that a cancellation announced on the bus (by
 * any process) aborts them here within moments: analyzers check the signal between files.
 */
export class CancellationRegistry {
  private readonly running = new Map<string, Map<string, AbortController>>();

  open(sessionId: string, taskId: string, jobSignal: AbortSignal): TaskCancellation {
    const controller = new AbortController();
    let bySession = false;
    const onJobAbort = () => controller.abort(jobSignal.reason);
    if (jobSignal.aborted) onJobAbort();
    else jobSignal.addEventListener('abort', onJobAbort, { once: true });
    const tasks = this.running.get(sessionId) ?? new Map<string, AbortController>();
    this.running.set(sessionId, tasks);
    const marker = new AbortController();
    tasks.set(taskId, marker);
    marker.signal.addEventListener('abort', () => {
      bySession = true;
      controller.abort(new Error('The analysis was cancelled'));
    });
    return {
      signal: controller.signal,
      get cancelledBySession() {
        return bySession;
      },
      close: () => {
        jobSignal.removeEventListener('abort', onJobAbort);
        tasks.delete(taskId);
        if (tasks.size === 0) this.running.delete(sessionId);
      },
    };
  }

  /** Aborts every running task of the session in this process; returns how many. */
  cancelSession(sessionId: string): number {
    const tasks = this.running.get(sessionId);
    if (!tasks) return 0;
    for (const marker of tasks.values()) marker.abort();
    return tasks.size;
  }
}
