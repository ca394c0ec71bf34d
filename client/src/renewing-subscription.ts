import type { FormattedExecutionResult } from 'graphql';
import { StewardRequestError, type StewardGraphQLError } from './steward-request-error.js';

/** The close code with which Steward's gateway ends a connection whose token is missing, invalid or expired. */
export const CLOSE_UNAUTHENTICATED = 4401;

/**
 * The results of one subscription, as an async iterator over their data: `for await (const event of
 * subscription)`. Leaving the loop, or calling `return()`, unsubscribes at once, even while it waits
 * for an event. It throws a {@link StewardRequestError} when Steward refuses or ends the subscription
 * with errors (`FORBIDDEN`, `NOT_FOUND`, or `UNAUTHENTICATED` when the socket's token is refused and
 * cannot be refreshed).
 */
export interface StewardSubscription<TResult> extends AsyncIterator<TResult, undefined> {
  next(): Promise<IteratorResult<TResult, undefined>>;
  return(): Promise<IteratorResult<TResult, undefined>>;
  [Symbol.asyncIterator](): StewardSubscription<TResult>;
}

/**
 * One subscription over graphql-ws results. When the socket is closed because its token was refused,
 * `renew` may refresh the token; the operation is then subscribed again on a new connection (events
 * published in between are not replayed).
 */
export class RenewingSubscription<TResult> implements StewardSubscription<TResult> {
  private results: AsyncIterator<FormattedExecutionResult>;
  private finished = false;

  constructor(
    private readonly subscribe: () => AsyncIterator<FormattedExecutionResult>,
    /** Whether a renewed token is worth subscribing again after `error` (rejects when refreshing failed). */
    private readonly renew: (error: unknown) => Promise<boolean>,
    private readonly onEnd: () => void,
  ) {
    this.results = subscribe();
  }

  async next(): Promise<IteratorResult<TResult, undefined>> {
    while (!this.finished) {
      let step: IteratorResult<FormattedExecutionResult>;
      try {
        step = await this.results.next();
      } catch (error) {
        if (await this.subscribedAgain(error)) continue;
        if (this.finished) break;
        this.end();
        throw toStewardError(error);
      }
      if (step.done) break;
      const { data, errors } = step.value;
      if (errors?.length) {
        await this.return();
        throw new StewardRequestError(errors, data ?? null);
      }
      return { done: false, value: data as TResult };
    }
    this.end();
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<TResult, undefined>> {
    if (!this.finished) {
      this.end();
      await this.results.return?.();
    }
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async subscribedAgain(error: unknown): Promise<boolean> {
    let renewed: boolean;
    try {
      renewed = !this.finished && (await this.renew(error));
    } catch (refreshFailure) {
      this.end();
      throw refreshFailure;
    }
    // `return()` may have been called while the token was refreshed.
    if (!renewed || this.finished) return false;
    this.results = this.subscribe();
    return true;
  }

  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.onEnd();
  }
}

/** A socket's close event, as `ws` and browsers report it. */
export interface CloseEventLike {
  code: number;
  reason: string;
}

/** Whether graphql-ws ended a connection with a close event (rather than an error or the operation's own errors). */
export function isCloseEvent(value: unknown): value is CloseEventLike {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

/** What graphql-ws ends a subscription with, as the error the caller sees. */
function toStewardError(error: unknown): unknown {
  // An `error` message: the operation was refused (its GraphQL errors).
  if (Array.isArray(error)) return new StewardRequestError(error as StewardGraphQLError[]);
  if (isCloseEvent(error) && error.code === CLOSE_UNAUTHENTICATED) {
    return new StewardRequestError([{ message: error.reason || 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }]);
  }
  if (isCloseEvent(error)) return new Error(`The subscription's socket closed (code=${error.code}, reason=${error.reason || 'none'})`, { cause: error });
  return error;
}
