import type { EventBus } from '@steward/kernel';

/**
 * One bus message as this gateway received it, shared by every subscriber it reaches. Subscribers
 * whose event query would be the same request (same caller, same client, same selection and
 * variables) share one answer through `once`, so a dashboard open in ten tabs of one session costs
 * one query per event, not ten.
 */
export class EventOccurrence {
  private readonly memos = new Map<string, unknown>();
  private parsed: { value: unknown } | null = null;

  constructor(readonly payload: string) {}

  /** The payload parsed as JSON, once for every subscriber it reaches; throws when it is not JSON. */
  json(): unknown {
    this.parsed ??= { value: JSON.parse(this.payload) as unknown };
    return this.parsed.value;
  }

  /** Runs `compute` the first time `key` is asked for during this occurrence; later askers get the same promise. */
  once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.memo(key, compute);
  }

  /** Like `once` for a value computed synchronously (what the payload means, checked once for every subscriber). */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }
}

type Listener = (occurrence: EventOccurrence) => void;

interface Topic {
  listeners: Set<Listener>;
  /** The bus subscription, shared by every listener of the topic for the gateway's lifetime. */
  subscribed: Promise<() => Promise<void>>;
}

/**
 * Fans each bus message out to this gateway's subscribers: one bus listener per topic, however many
 * subscribers, and one `EventOccurrence` per message handed to all of them.
 */
export class TopicFanout {
  private readonly topics = new Map<string, Topic>();

  constructor(private readonly bus: EventBus) {}

  /** Starts delivering `topic`'s messages to `listener` once the bus listens; returns the function that stops it. */
  async listen(topic: string, listener: Listener): Promise<() => void> {
    let entry = this.topics.get(topic);
    if (!entry) {
      const listeners = new Set<Listener>();
      const subscribed = this.bus.subscribe(topic, (payload) => {
        const occurrence = new EventOccurrence(payload);
        for (const deliver of listeners) deliver(occurrence);
      });
      entry = { listeners, subscribed };
      this.topics.set(topic, entry);
      // A failed bus subscription is retried by the next subscriber rather than remembered.
      subscribed.catch(() => this.topics.get(topic) === entry && this.topics.delete(topic));
    }
    const { listeners, subscribed } = entry;
    listeners.add(listener);
    try {
      await subscribed;
    } catch (error) {
      listeners.delete(listener);
      throw error;
    }
    return () => void listeners.delete(listener);
  }

  /** Subscribers currently listening on `topic` (for tests and metrics). */
  listenerCount(topic: string): number {
    return this.topics.get(topic)?.listeners.size ?? 0;
  }

  async close(): Promise<void> {
    const topics = [...this.topics.values()];
    this.topics.clear();
    for (const topic of topics) {
      topic.listeners.clear();
      const unsubscribe = await topic.subscribed.catch(() => null);
      await unsubscribe?.();
    }
  }
}
