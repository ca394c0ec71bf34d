import type { EventBus } from '@steward/kernel';

// The parts of the fan-out bench (subscription-fanout.ts) that are not about subscribers.

/** What one run (one subscriber count) measured. */
export interface RunResult {
  label: string;
  subscribers: number;
  events: number;
  expected: number;
  delivered: number;
  /** Results that carried errors instead of the event. */
  errors: number;
  /** Event → delivery of every delivery, ms. */
  latencies: number[];
  /** Per event: event → the last subscriber's delivery, ms (only events every subscriber got). */
  lastDelivery: number[];
  setupMs: number;
  /** CPU time of this process (the whole stack) per event while the events were timed, ms; null for the bus. */
  stackCpuMs: number | null;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many messages the raw bus run times. */
const BUS_MESSAGES = 500;

/** Raw bus latency: publish on a topic of its own → the listener, one message at a time. */
export async function measureBus(bus: EventBus): Promise<RunResult> {
  const latencies: number[] = [];
  let arrived: (() => void) | null = null;
  const unsubscribe = await bus.subscribe('bench.fanout', () => arrived?.());
  for (let index = 0; index < BUS_MESSAGES + 50; index += 1) {
    const startedAt = performance.now();
    await new Promise<void>((resolve) => {
      arrived = resolve;
      void bus.publish('bench.fanout', String(index));
    });
    // The first 50 warm the connection up.
    if (index >= 50) latencies.push(performance.now() - startedAt);
  }
  await unsubscribe();
  return { label: 'bus publish → listener', subscribers: 1, events: BUS_MESSAGES, expected: BUS_MESSAGES, delivered: latencies.length, errors: 0, latencies, lastDelivery: latencies, setupMs: 0, stackCpuMs: null };
}
