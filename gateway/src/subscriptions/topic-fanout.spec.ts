import { describe, expect, it } from 'vitest';
import { InProcessEventBus, type EventBus } from '@steward/kernel';
import { TopicFanout, type EventOccurrence } from './topic-fanout.js';

/** The in-process bus behind a wrapper that counts subscriptions per topic and can refuse the first ones. */
function countingBus(options: { failFirst?: number } = {}) {
  const inner = new InProcessEventBus();
  const subscriptions = new Map<string, number>();
  let attempts = 0;
  const bus: EventBus = {
    publish: (topic, payload) => inner.publish(topic, payload),
    publishMany: (messages) => inner.publishMany(messages),
    subscribe: async (topic, handler) => {
      attempts += 1;
      if (attempts <= (options.failFirst ?? 0)) throw new Error('listener connection refused');
      subscriptions.set(topic, (subscriptions.get(topic) ?? 0) + 1);
      return inner.subscribe(topic, handler);
    },
    close: () => inner.close(),
  };
  return { bus, subscriptions };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('topic fan-out', () => {
  it('listens on the bus once per topic and hands every listener the same occurrence of each message', async () => {
    const { bus, subscriptions } = countingBus();
    const fanout = new TopicFanout(bus);
    const seen: EventOccurrence[][] = [[], [], []];
    const stops = await Promise.all(seen.map((into) => fanout.listen('usage', (occurrence) => void into.push(occurrence))));
    await fanout.listen('alerts', () => undefined);

    await bus.publish('usage', 'first');
    await bus.publish('usage', 'second');
    await nextTurn();

    expect(subscriptions).toEqual(new Map([['usage', 1], ['alerts', 1]]));
    expect(seen.map((into) => into.map((occurrence) => occurrence.payload))).toEqual([['first', 'second'], ['first', 'second'], ['first', 'second']]);
    expect(seen[1]![0]).toBe(seen[0]![0]);
    expect(seen[1]![1]).not.toBe(seen[1]![0]);

    stops[0]!();
    await bus.publish('usage', 'third');
    await nextTurn();
    expect(seen.map((into) => into.length)).toEqual([2, 3, 3]);
    expect(fanout.listenerCount('usage')).toBe(2);
    await fanout.close();
    await bus.publish('usage', 'after close');
    await nextTurn();
    expect(seen.map((into) => into.length)).toEqual([2, 3, 3]);
  });

  it('computes one answer per key and occurrence, shared by everyone who asks for that key', async () => {
    const { bus } = countingBus();
    const fanout = new TopicFanout(bus);
    const occurrences: EventOccurrence[] = [];
    await fanout.listen('usage', (occurrence) => void occurrences.push(occurrence));
    await bus.publish('usage', 'a');
    await bus.publish('usage', 'b');
    await nextTurn();

    let computed = 0;
    const compute = (answer: string) => async () => {
      computed += 1;
      return answer;
    };
    const [first, second] = occurrences as [EventOccurrence, EventOccurrence];
    const answers = await Promise.all([first.once('alice', compute('A1')), first.once('alice', compute('A2')), first.once('bob', compute('B1')), second.once('alice', compute('A3'))]);
    expect(answers).toEqual(['A1', 'A1', 'B1', 'A3']);
    expect(computed).toBe(3);

    // A synchronous memo, e.g. what the payload means, is computed once too, even when it is null.
    let read = 0;
    const meaning = () => {
      read += 1;
      return null;
    };
    expect([first.memo('event', meaning), first.memo('event', meaning), second.memo('event', meaning)]).toEqual([null, null, null]);
    expect(read).toBe(2);
  });

  it('parses a JSON payload once for everyone, and refuses one that is not JSON', async () => {
    const { bus } = countingBus();
    const fanout = new TopicFanout(bus);
    const occurrences: EventOccurrence[] = [];
    await fanout.listen('usage', (occurrence) => void occurrences.push(occurrence));
    await bus.publish('usage', '{"id":"b-1"}');
    await bus.publish('usage', 'not json');
    await nextTurn();
    const [json, garbage] = occurrences as [EventOccurrence, EventOccurrence];
    expect(json.json()).toEqual({ id: 'b-1' });
    expect(json.json()).toBe(json.json());
    expect(() => garbage.json()).toThrow(SyntaxError);
  });

  it('lets the next subscriber retry a bus subscription that failed', async () => {
    const { bus: flaky, subscriptions } = countingBus({ failFirst: 1 });
    const fanout = new TopicFanout(flaky);
    await expect(fanout.listen('usage', () => undefined)).rejects.toThrow('listener connection refused');
    const received: string[] = [];
    await fanout.listen('usage', (occurrence) => void received.push(occurrence.payload));
    await flaky.publish('usage', 'delivered');
    await nextTurn();
    expect(received).toEqual(['delivered']);
    expect(subscriptions).toEqual(new Map([['usage', 1]]));
  });
});
