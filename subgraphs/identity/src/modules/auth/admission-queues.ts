/**
 * Per-process fairness for login-throttle admissions. Attempts for one key take turns in arrival
 * order (so a waiting sign-in cannot be overtaken again and again by newer ones), and settling a
 * check wakes the waiter at once instead of at its next poll. Across replicas the database still
 * decides; this only orders and speeds up the waiting inside one process.
 */
export class AdmissionQueues {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly wakers = new Map<string, Set<() => void>>();

  /** Runs `attempt` for `key` once every earlier caller's attempt for that key has finished. */
  async inTurn<T>(key: string, attempt: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await previous;
      return await attempt();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Resolves after `ms`, or earlier when `notify(key)` is called. */
  wait(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiting = this.wakers.get(key) ?? new Set<() => void>();
      this.wakers.set(key, waiting);
      const done = () => {
        clearTimeout(timer);
        waiting.delete(done);
        if (!waiting.size && this.wakers.get(key) === waiting) this.wakers.delete(key);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiting.add(done);
    });
  }

  /** Wakes whoever waits for `key`. */
  notify(key: string): void {
    for (const wake of [...(this.wakers.get(key) ?? [])]) wake();
  }
}
