import type { ExecutionResult } from 'graphql';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { EVENT_ID_VARIABLE } from './event-query.js';
import type { RunOperation } from './operation-runner.js';
import type { SubscriptionPlan } from './operation-plan.js';
import { EVENT_QUERY_CONCURRENCY } from './subscription-limits.js';
import type { EventOccurrence } from './topic-fanout.js';

/**
 * Resolves events for subscribers: the subscriber's selection, run as a query through the gateway
 * with the subscriber's identity, at most EVENT_QUERY_CONCURRENCY at once per gateway. Subscribers
 * that would send the very same request for an event (same connection identity, same event query
 * and variables) share one answer, so ten tabs of one session cost one query per event, not ten.
 */
export class EventAnswers {
  private readonly limit = new ConcurrencyLimit(EVENT_QUERY_CONCURRENCY);

  constructor(private readonly run: RunOperation) {}

  /** The answer to `eventId` for the subscription `plan`. */
  answer(occurrence: EventOccurrence, plan: SubscriptionPlan, eventId: string): Promise<ExecutionResult> {
    const { connection, request } = plan;
    return occurrence.once(`${connection.key}\n${plan.eventQueryKey}`, () =>
      this.limit.run(() => this.run(connection, request.eventQuery, { ...request.variables, [EVENT_ID_VARIABLE]: eventId })),
    );
  }
}
