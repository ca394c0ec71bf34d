import { FixedBuffer, Repeater } from '@repeaterjs/repeater/core';
import { AppError, ErrorCode } from '@steward/kernel';
import { EVENT_BACKLOG } from './subscription-limits.js';
import type { EventOccurrence, TopicFanout } from './topic-fanout.js';

/** Ends a subscription that fell too far behind its topic (see EVENT_BACKLOG). */
export class SubscriptionBehindError extends AppError {
  constructor(backlog: number) {
    super(ErrorCode.INTERNAL_SERVER_ERROR, `This subscription fell more than ${backlog} events behind and was ended. Subscribe again.`);
  }
}

/**
 * One subscription's view of a bus topic, as an async iterator: listening starts with the first
 * `next()` and stops on `return()`, which also settles a `next()` still waiting for an event, so a
 * client's `complete` frees the bus listener at once even in a quiet organization. Each event is
 * handed to `begin` the moment it arrives, while the bus dispatches it to every subscriber at once;
 * what `begin` returns (a promise's value, once settled) waits in a buffer of `backlog`, in arrival
 * order. Once the buffer is full the iteration ends with SubscriptionBehindError.
 */
export function topicWork<T>(fanout: TopicFanout, topic: string, begin: (occurrence: EventOccurrence) => T | Promise<T>, backlog = EVENT_BACKLOG): Repeater<T> {
  const buffer = new FixedBuffer(backlog);
  return new Repeater<T>(async (push, stop) => {
    const unlisten = await fanout.listen(topic, (occurrence) => {
      if (buffer.full) stop(new SubscriptionBehindError(backlog));
      else void push(begin(occurrence));
    });
    await stop;
    unlisten();
  }, buffer);
}

/** The occurrences of `topic` themselves (see topicWork). */
export function topicOccurrences(fanout: TopicFanout, topic: string, backlog = EVENT_BACKLOG): Repeater<EventOccurrence> {
  return topicWork(fanout, topic, (occurrence) => occurrence, backlog);
}
