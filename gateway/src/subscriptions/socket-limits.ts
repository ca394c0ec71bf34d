import { GraphQLError } from 'graphql';
import { principalOf } from '@steward/kernel';
import type { RateLimiter } from '../rate-limiter.js';
import type { ConnectionIdentity } from './connection-identity.js';

/** Caps on what one caller may hold open over WebSocket (WS_MAX_*). */
export interface SocketCaps {
  socketsPerCaller: number;
  subscriptionsPerSocket: number;
  subscriptionsPerCaller: number;
}

/** Who the caps and the rate limit count against: the user or API key, else the client address (as over HTTP). */
const callerKey = (connection: ConnectionIdentity) => principalOf(connection.caller) ?? `ip:${connection.client.ip}`;

const refusal = (message: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', ...extensions } });

function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/**
 * The edge's controls for sockets, the same as HTTP's where they overlap: every operation sent on
 * a socket takes a token from the caller's HTTP rate-limit bucket, and on top of that a caller may
 * hold only so many sockets and subscriptions. Counts are per gateway instance, like the rate limit.
 */
export class SocketLimits {
  private readonly sockets = new Map<string, number>();
  private readonly subscriptionsOfCaller = new Map<string, number>();
  private readonly subscriptionsOfSocket = new WeakMap<ConnectionIdentity, number>();

  constructor(
    private readonly caps: SocketCaps,
    private readonly rate: RateLimiter,
  ) {}

  /** Admits an authenticated socket, or says why not; an admitted one is counted until `closed` fires. */
  admitSocket(connection: ConnectionIdentity, onClose: (listener: () => void) => void): string | null {
    const key = callerKey(connection);
    if ((this.sockets.get(key) ?? 0) >= this.caps.socketsPerCaller) return `Too many sockets: at most ${this.caps.socketsPerCaller} per caller (WS_MAX_SOCKETS_PER_CALLER).`;
    increment(this.sockets, key, 1);
    onClose(() => increment(this.sockets, key, -1));
    return null;
  }

  /** Takes one operation from the caller's rate-limit bucket; an error to send when it is empty. */
  takeOperation(connection: ConnectionIdentity): GraphQLError | null {
    const retryAfter = this.rate.take(callerKey(connection));
    return retryAfter > 0 ? refusal(`Too many requests. Try again in ${retryAfter} s.`, { retryAfterSeconds: retryAfter }) : null;
  }

  /** Opens a subscription slot of the socket and its caller, or refuses; `release` gives it back (once). */
  openSubscription(connection: ConnectionIdentity): { release(): void } | GraphQLError {
    const key = callerKey(connection);
    const ofSocket = this.subscriptionsOfSocket.get(connection) ?? 0;
    if (ofSocket >= this.caps.subscriptionsPerSocket) return refusal(`Too many subscriptions on this socket: at most ${this.caps.subscriptionsPerSocket} (WS_MAX_SUBSCRIPTIONS_PER_SOCKET).`);
    if ((this.subscriptionsOfCaller.get(key) ?? 0) >= this.caps.subscriptionsPerCaller) {
      return refusal(`Too many subscriptions: at most ${this.caps.subscriptionsPerCaller} per caller (WS_MAX_SUBSCRIPTIONS_PER_CALLER).`);
    }
    this.subscriptionsOfSocket.set(connection, ofSocket + 1);
    increment(this.subscriptionsOfCaller, key, 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.subscriptionsOfSocket.set(connection, (this.subscriptionsOfSocket.get(connection) ?? 1) - 1);
        increment(this.subscriptionsOfCaller, key, -1);
      },
    };
  }
}
