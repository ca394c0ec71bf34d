import { describe, expect, it } from 'vitest';
import { InProcessEventBus } from '@steward/kernel';
import { TopicFanout } from './topic-fanout.js';
import { SubscriptionBehindError, topicOccurrences } from './topic-occurrences.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A fan-out over the in-process bus, and a way to let its listener be registered. */
async function listening(fanout: TopicFanout, topic: string) {
  while (fanout.listenerCount(topic) === 0) await nextTurn();
}

describe('one subscription’s occurrences of a topic', () => {
  it('delivers the topic’s messages in order, listening only from the first pull', async () => {
    const bus = new InProcessEventBus();
    const fanout = new TopicFanout(bus);
    const occurrences = topicOccurrences(fanout, 'usage');
    expect(fanout.listenerCount('usage')).toBe(0);
    const first = occurrences.next();
    await listening(fanout, 'usage');
    await bus.publish('usage', 'a');
    await bus.publish('usage', 'b');
    expect((await first).value?.payload).toBe('a');
    expect((await occurrences.next()).value?.payload).toBe('b');
    await occurrences.return();
    await fanout.close();
  });

  it('ends a pull still waiting for an event as soon as it is returned, and stops listening', async () => {
    const fanout = new TopicFanout(new InProcessEventBus());
    const occurrences = topicOccurrences(fanout, 'usage');
    const waiting = occurrences.next();
    await listening(fanout, 'usage');
    await occurrences.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(fanout.listenerCount('usage')).toBe(0);
    await fanout.close();
  });

  it('ends with SubscriptionBehindError once more events wait than the backlog holds, after handing over those it kept', async () => {
    const bus = new InProcessEventBus();
    const fanout = new TopicFanout(bus);
    const occurrences = topicOccurrences(fanout, 'usage', 2);
    const first = occurrences.next();
    await listening(fanout, 'usage');
    for (const payload of ['a', 'b', 'c', 'd']) await bus.publish('usage', payload);
    await nextTurn();
    // 'a' went straight to the waiting pull, 'b' and 'c' filled the backlog, 'd' overflowed it.
    expect((await first).value?.payload).toBe('a');
    expect((await occurrences.next()).value?.payload).toBe('b');
    expect((await occurrences.next()).value?.payload).toBe('c');
    await expect(occurrences.next()).rejects.toBeInstanceOf(SubscriptionBehindError);
    expect(fanout.listenerCount('usage')).toBe(0);
    await fanout.close();
  });
});
