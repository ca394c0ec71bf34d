/** A FIFO lock: `acquire` resolves with the function that releases it. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release: () => void = () => undefined;
    const next = new Promise<void>((done) => (release = done));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return acquired;
  }
}

/**
 * Acquires `lock`, or fails after `waitMs` with `busy`'s message. A lock granted after the caller
 * gave up is released at once, so the queue keeps moving.
 */
export async function acquireWithin(lock: Mutex, waitMs: number, busy: () => Error): Promise<() => void> {
  const acquired = lock.acquire();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(busy()), waitMs);
  });
  try {
    return await Promise.race([acquired, timeout]);
  } catch (error) {
    void acquired.then((release) => release());
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
