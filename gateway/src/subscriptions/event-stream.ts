import type { ExecutionResult } from 'graphql';
import { AccessControl, AppError, ErrorCode, busEventFrom, principalOf, type BusEvent, type GrantsSource, type Logger } from '@steward/kernel';
import type { EventAnswers } from './event-answers.js';
import type { SubscriptionPlan } from './operation-plan.js';
import { socketErrors } from './socket-result.js';
import { EVENT_BACKLOG } from './subscription-limits.js';
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

/** A sent result's successor when the stream is over. */
const DONE: IteratorResult<ExecutionResult> = { value: undefined, done: true };

/** Ends a subscription that fell too far behind its topic (see EVENT_BACKLOG). */
export class SubscriptionBehindError extends AppError {
  constructor(backlog: number) {
    super(ErrorCode.INTERNAL_SERVER_ERROR, `This subscription fell more than ${backlog} events behind and was ended. Subscribe again.`);
  }
}

/** One event waiting for its turn: its outcome once worked out. */
interface Waiting {
  outcome: Outcome | null;
}

/**
 * The results of one subscription, as graphql-ws consumes them: each matching event of the route's
 * topic, checked against the subscriber's current grants and answered as a query.
 *   - Listening starts with the first `next()`. Each event's work starts as the bus dispatches it
 *     to every subscriber, so the first subscriber's query leaves before the others have queued
 *     their checks. Streams whose plans have the same `deliveryKey` share one delivery per event
 *     (the check and the answer, worked out once): a subscriber's own work is a lookup and a hand-over.
 *   - Results leave in the order events arrived, one per `next()`.
 *   - `return()` (the client's `complete`, or a closed socket) ends the stream at once, even while
 *     it waits for an event, and stops listening.
 *   - At most `backlog` events wait for a socket that does not take its answers; past that the
 *     subscription ends with SubscriptionBehindError, after the events it kept.
 * A plain iterator rather than a Repeater or an async generator: with a thousand subscribers, each
 * event's hand-over is a thousand times whatever it allocates.
 */
class EventStream implements AsyncIterableIterator<ExecutionResult> {
  private readonly waiting: Waiting[] = [];
  private readonly pulls: ((result: IteratorResult<ExecutionResult>) => void)[] = [];
  private state: 'idle' | 'listening' | 'ending' | 'closed' = 'idle';
  private listening: Promise<void> | null = null;
  private unlisten: (() => void) | null = null;

  constructor(
    private readonly plan: SubscriptionPlan,
    private readonly deps: EventStreamDeps,
    private readonly backlog: number,
    private readonly onClose: (() => void) | undefined,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.state === 'closed') return Promise.resolve(DONE);
    if (this.state === 'idle') this.start();
    return new Promise((resolve) => {
      this.pulls.push(resolve);
      this.pump();
    });
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.close();
    return Promise.resolve(DONE);
  }

  throw(): Promise<IteratorResult<ExecutionResult>> {
    return this.return();
  }

  private start(): void {
    this.state = 'listening';
    const { request, connection } = this.plan;
    this.deps.logger.debug('Subscription started (field=%s, principal=%s)', request.field, principalOf(connection.caller));
    this.listening = this.deps.fanout.listen(request.route.topic, (occurrence) => this.arrive(occurrence)).then(
      (unlisten) => {
        if (this.state === 'listening') this.unlisten = unlisten;
        else unlisten();
      },
      (error: unknown) => this.endWith(error),
    );
  }

  private arrive(occurrence: EventOccurrence): void {
    if (this.state !== 'listening') return;
    if (this.waiting.length >= this.backlog) return this.endWith(new SubscriptionBehindError(this.backlog));
    const waiting: Waiting = { outcome: null };
    this.waiting.push(waiting);
    void occurrence.once(this.plan.deliveryKey, () => begin(this.plan, occurrence, this.deps)).then((outcome) => {
      waiting.outcome = outcome;
      this.pump();
    });
  }

  /** Stops taking events; the ones waiting still go out, then `error`, then the end. */
  private endWith(error: unknown): void {
    if (this.state !== 'listening') return;
    this.state = 'ending';
    this.stopListening();
    this.waiting.push({ outcome: { failed: error } });
    this.pump();
  }

  /** Hands settled outcomes, in arrival order, to the pulls waiting for them. */
  private pump(): void {
    while (this.pulls.length > 0 && this.state !== 'closed') {
      const head = this.waiting[0];
      if (!head?.outcome) return;
      this.waiting.shift();
      const { outcome } = head;
      if ('failed' in outcome) {
        this.deps.logger.warn({ err: outcome.failed }, 'Subscription failed (field=%s, principal=%s)', this.plan.request.field, principalOf(this.plan.connection.caller));
        this.pulls.shift()!({ value: { errors: socketErrors(outcome.failed) }, done: false });
        return this.close();
      }
      if (!outcome.delivery) continue;
      this.pulls.shift()!({ value: outcome.delivery.send, done: false });
      if (outcome.delivery.end) return this.close();
    }
  }

  private stopListening(): void {
    this.unlisten?.();
    this.unlisten = null;
  }

  private close(): void {
    if (this.state === 'closed') return;
    const started = this.listening;
    this.state = 'closed';
    this.waiting.length = 0;
    this.stopListening();
    for (const pull of this.pulls.splice(0)) pull(DONE);
    this.onClose?.();
    // Logged once the bus listener is gone, even when listening had not started yet (tests wait for it).
    const { field } = this.plan.request;
    void started?.then(() => this.deps.logger.debug('Subscription ended (field=%s, principal=%s)', field, principalOf(this.plan.connection.caller)));
  }
}

/** The results of one subscription (see EventStream); `onClose` runs once, when the stream ends however it ends. */
export function eventStream(
  plan: SubscriptionPlan,
  deps: EventStreamDeps,
  options: { backlog?: number; onClose?: () => void } = {},
): Required<AsyncIterator<ExecutionResult>> & AsyncIterable<ExecutionResult> {
  return new EventStream(plan, deps, options.backlog ?? EVENT_BACKLOG, options.onClose);
}
