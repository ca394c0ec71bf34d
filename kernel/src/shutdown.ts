import type { Logger } from './logger.js';

/** How long a drain may take before the process exits anyway (compose sends SIGKILL after 10 s by default). */
const FORCED_EXIT_AFTER_MS = 30_000;

/**
 * Stops the process gracefully on SIGINT/SIGTERM: drains servers, closes pools, then exits.
 * A repeated signal (Ctrl-C twice, `timeout` re-sending SIGTERM) is logged and ignored: the
 * listener stays installed, because with none left tsx's signal relay exits at once (code 143)
 * and the drain never finishes. A drain that hangs ends in a forced exit with code 1.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>, options: { forcedExitAfterMs?: number } = {}): void {
  const forcedExitAfterMs = options.forcedExitAfterMs ?? FORCED_EXIT_AFTER_MS;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info('Already shutting down, ignoring the repeated signal (signal=%s)', signal);
      return;
    }
    stopping = true;
    logger.info('Shutting down (signal=%s)', signal);
    const forced = setTimeout(() => {
      logger.error('Shutdown did not finish in time, exiting anyway (timeoutMs=%d)', forcedExitAfterMs);
      process.exit(1);
    }, forcedExitAfterMs);
    // The timer alone must not keep a drained process alive.
    forced.unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
}
