import { Repeater } from '@repeaterjs/repeater/core';
import type { ExecutionResult } from 'graphql';
import { AccessControl, busEventFrom, principalOf, type BusEvent, type GrantsSource, type Logger } from '@steward/kernel';
import type { EventAnswers } from './event-answers.js';
import type { SubscriptionPlan } from './operation-plan.js';
import { socketErrors } from './socket-result.js';
import { topicOccurrences } from './topic-occurrences.js';
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

/** The event a bus message carries; a message that is not one (not even JSON) is skipped, not fatal. */
function eventOf(occurrence: EventOccurrence): BusEvent | null {
  try {
    return busEventFrom(occurrence.json());
  } catch {
    return null;
  }
}

async function deliveryFor(plan: SubscriptionPlan, occurrence: EventOccurrence, deps: EventStreamDeps): Promise<Delivery> {
  const { connection, request } = plan;
  const event = eventOf(occurrence);
  if (!event || !request.route.matches(request.args, event)) return null;
  const access = new AccessControl(connection.caller, deps.grants);
  try {
    // Grants are cached but dropped on every change, so a removed member is cut off here.
    await access.assert(event.organizationId, request.route.permission);
  } catch (error) {
    return { send: { errors: socketErrors(error) }, end: true };
  }
  const permissions = request.shareable ? (await access.permissionsIn(event.organizationId)).sort() : [];
  const result = await deps.answers.answer(occurrence, plan, event.id, permissions);
  // No data under the root field and no error: the object is gone or invisible to this subscriber.
  if (!result.data?.[request.alias] && !result.errors?.length) return null;
  return { send: result, end: false };
}

/**
 * The results of one subscription, as graphql-ws consumes them: each matching event of the route's
 * topic, checked against the subscriber's current grants and answered as a query. A Repeater, so
 * the client's `complete` or disconnect (`return()`) ends the stream at once, even while it waits
 * for an event, and answers are produced only as fast as the socket takes them.
 */
export function eventStream(plan: SubscriptionPlan, deps: EventStreamDeps): Repeater<ExecutionResult> {
  const principal = principalOf(plan.connection.caller);
  return new Repeater<ExecutionResult>(async (push, stop) => {
    const occurrences = topicOccurrences(deps.fanout, plan.request.route.topic);
    void stop.then(() => occurrences.return());
    deps.logger.debug('Subscription started (field=%s, principal=%s)', plan.request.field, principal);
    try {
      for await (const occurrence of occurrences) {
        const delivery = await deliveryFor(plan, occurrence, deps);
        if (!delivery) continue;
        await push(delivery.send);
        if (delivery.end) break;
      }
    } catch (error) {
      deps.logger.warn({ err: error }, 'Subscription failed (field=%s, principal=%s)', plan.request.field, principal);
      await push({ errors: socketErrors(error) });
    } finally {
      // Settles once the bus listener is gone; the log line says so (tests wait for it).
      await occurrences.return();
      deps.logger.debug('Subscription ended (field=%s, principal=%s)', plan.request.field, principal);
    }
    stop();
  });
}
