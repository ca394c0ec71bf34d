import { Repeater } from '@repeaterjs/repeater/core';
import type { ExecutionResult } from 'graphql';
import { AccessControl, busEventFrom, principalOf, type BusEvent, type GrantsSource, type Logger } from '@steward/kernel';
import type { EventAnswers } from './event-answers.js';
import type { SubscriptionPlan } from './operation-plan.js';
import { socketErrors } from './socket-result.js';
import { topicWork } from './topic-occurrences.js';
import type { EventOccurrence, TopicFanout } from './topic-fanout.js';

/** What a subscription's stream needs from the gateway. */
export interface EventStreamDeps {
  fanout: TopicFanout;
  answers: EventAnswers;
  grants: GrantsSource;
  logger: Logger;
}

/** What one event means for one subscriber: an answer to send, nothing, or the end of the subscription. */
type Delivery = { send: ExecutionResult; end: boolean } | null;

/**
 * The event a bus message carries, read once for every subscriber it reaches; a message that is
 * not one (not even JSON) is skipped, not fatal.
 */
function eventOf(occurrence: EventOccurrence): BusEvent | null {
  return occurrence.memo('event', () => {
    try {
      return busEventFrom(occurrence.json());
    } catch {
      return null;
    }
  });
}

/** The subscriber's standing in the event's organization: refused (with the error), or its permissions there, sorted. */
type Standing = { refused: unknown } | { permissions: readonly string[] };

/**
 * Checks the subscriber against its current grants (cached, but dropped on every change, so a
 * removed member is cut off here). Grants depend on the principal alone, so the check is made once
 * per principal, organization and permission per event, however many sockets the principal has.
 */
function standingOf(plan: SubscriptionPlan, event: BusEvent, occurrence: EventOccurrence, grants: GrantsSource): Promise<Standing> {
  const { connection, request } = plan;
  const principal = principalOf(connection.caller) ?? `anonymous\n${connection.key}`;
  return occurrence.once(`standing\n${principal}\n${event.organizationId}\n${request.route.permission}`, async () => {
    const access = new AccessControl(connection.caller, grants);
    try {
      await access.assert(event.organizationId, request.route.permission);
    } catch (error) {
      return { refused: error };
    }
    return { permissions: (await access.permissionsIn(event.organizationId)).sort() };
  });
}

async function deliveryFor(plan: SubscriptionPlan, occurrence: EventOccurrence, deps: EventStreamDeps): Promise<Delivery> {
  const { request } = plan;
  const event = eventOf(occurrence);
  if (!event || !request.route.matches(request.args, event)) return null;
  const standing = await standingOf(plan, event, occurrence, deps.grants);
  if ('refused' in standing) return { send: { errors: socketErrors(standing.refused) }, end: true };
  const result = await deps.answers.answer(occurrence, plan, event.id, request.shareable ? standing.permissions : []);
  // No data under the root field and no error: the object is gone or invisible to this subscriber.
  if (!result.data?.[request.alias] && !result.errors?.length) return null;
  return { send: result, end: false };
}

/** A delivery worked out, or the error that stopped it: settled, so one waiting in the backlog never rejects unobserved. */
type Outcome = { delivery: Delivery } | { failed: unknown };

function begin(plan: SubscriptionPlan, occurrence: EventOccurrence, deps: EventStreamDeps): Promise<Outcome> {
  return deliveryFor(plan, occurrence, deps).then(
    (delivery) => ({ delivery }),
    (failed: unknown) => ({ failed }),
  );
}

/**
 * The results of one subscription, as graphql-ws consumes them: each matching event of the route's
 * topic, checked against the subscriber's current grants and answered as a query. Each event's work
 * starts as the bus dispatches it to every subscriber (see topicWork), so the first subscriber's
 * query leaves before the others have queued their checks, and subscribers sharing an answer (see
 * EventAnswers) wait for it together. A Repeater, so the client's `complete` or disconnect
 * (`return()`) ends the stream at once, even while it waits for an event; at most EVENT_BACKLOG
 * events wait for a socket that does not take its answers.
 */
export function eventStream(plan: SubscriptionPlan, deps: EventStreamDeps): Repeater<ExecutionResult> {
  const principal = principalOf(plan.connection.caller);
  return new Repeater<ExecutionResult>(async (push, stop) => {
    const outcomes = topicWork(deps.fanout, plan.request.route.topic, (occurrence) => begin(plan, occurrence, deps));
    void stop.then(() => outcomes.return());
    deps.logger.debug('Subscription started (field=%s, principal=%s)', plan.request.field, principal);
    try {
      for await (const outcome of outcomes) {
        if ('failed' in outcome) throw outcome.failed;
        const { delivery } = outcome;
        if (!delivery) continue;
        await push(delivery.send);
        if (delivery.end) break;
      }
    } catch (error) {
      deps.logger.warn({ err: error }, 'Subscription failed (field=%s, principal=%s)', plan.request.field, principal);
      await push({ errors: socketErrors(error) });
    } finally {
      // Settles once the bus listener is gone; the log line says so (tests wait for it).
      await outcomes.return();
      deps.logger.debug('Subscription ended (field=%s, principal=%s)', plan.request.field, principal);
    }
    stop();
  });
}
