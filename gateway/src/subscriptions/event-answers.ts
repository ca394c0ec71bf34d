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
 * share one answer per event when it cannot differ between them:
 *   - the very same request (same connection identity, event query and variables): ten tabs of
 *     one session cost one query per event, not ten;
 *   - a shareable selection (no viewer-dependent field) with the same variables, asked by callers
 *     of the same kind holding the same permissions in the event's organization: a thousand people
 *     with one role watching one organization cost one query per event.
 */
export class EventAnswers {
  private readonly limit = new ConcurrencyLimit(EVENT_QUERY_CONCURRENCY);

  constructor(private readonly run: RunOperation) {}

  /**
   * The answer to `eventId` for the subscription `plan`. `permissions` are the subscriber's in the
   * event's organization (sorted): given for a shareable plan, the answer is keyed by them instead
   * of by the connection.
   */
  answer(occurrence: EventOccurrence, plan: SubscriptionPlan, eventId: string, permissions: readonly string[]): Promise<ExecutionResult> {
    const { connection, request } = plan;
    const asker = request.shareable ? `shared\n${connection.caller.kind}\n${permissions.join(' ')}` : connection.key;
    return occurrence.once(`${asker}\n${plan.eventQueryKey}`, () =>
      this.limit.run(() => this.run(connection, request.eventQuery, { ...request.variables, [EVENT_ID_VARIABLE]: eventId })),
    );
  }
}
