import type { Clock } from '@steward/kernel';

/**
 * The clock a test stack's identity and organizations read. It runs with the machine's time, shifted
 * by every `advance` so far: time still flows (records keep their order, durations stay positive),
 * and a test lets thirty minutes pass in no time instead of sleeping.
 */
export interface TestClock extends Clock {
  /**
   * Moves the clock `ms` forward (or back, when negative: to be handed something that is already
   * expired by the machine's time, such as an access token the gateway checks with its own clock).
   */
  advance(ms: number): void;
  /** How far the clock runs ahead of the machine's time, in milliseconds. */
  readonly offsetMs: number;
}

/** A clock that reads the machine's time until a test advances it. */
export function createTestClock(): TestClock {
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  return Object.assign(now, {
    advance(ms: number) {
      offsetMs += ms;
    },
    get offsetMs() {
      return offsetMs;
    },
  });
}
