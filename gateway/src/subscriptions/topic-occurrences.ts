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
 * client's `complete` frees the bus listener at once even in a quiet organization. Events wait in
 * a buffer of `backlog`; once it is full the iteration ends with SubscriptionBehindError.
 */
export function topicOccurrences(fanout: TopicFanout, topic: string, backlog = EVENT_BACKLOG): Repeater<EventOccurrence> {
  const buffer = new FixedBuffer(backlog);
  return new Repeater<EventOccurrence>(async (push, stop) => {
    const unlisten = await fanout.listen(topic, (occurrence) => {
      if (buffer.full) stop(new SubscriptionBehindError(backlog));
      else void push(occurrence);
    });
    await stop;
    unlisten();
  }, buffer);
}
