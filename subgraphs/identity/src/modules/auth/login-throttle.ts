import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken } from '../tokens/secret-tokens.js';
import type { AdmissionQueues } from './admission-queues.js';

/** How many failures a key may have in a window, and what happens at the limit. */
export interface ThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
  /** Seconds from the failure that hit the limit, or `window`: until the window ends (a rate limit). */
  lockSeconds: number | 'window';
  /** Whether a success forgives earlier failures (an account's yes; an address's no, or one valid account would launder a spray). */
  successClears: boolean;
}

/** Permission to check one password (or code) for a key; settle it exactly once. */
export interface Admission {
  key: string;
  policy: ThrottlePolicy;
}

/** The outcome of asking to check a password. */
export type AdmissionResult =
  | { state: 'admitted'; admission: Admission }
  | { state: 'locked'; lockedUntil: Date }
  /** The remaining failure budget is taken by checks still under way, and they did not finish in time. */
  | { state: 'busy' };

/** Throttle key of an account: a hash of the normalised email, so unknown emails lock exactly like known ones. */
export const accountKey = (normalisedEmail: string) => `account:${hashToken(normalisedEmail)}`;
/** Throttle key of a client address. */
export const ipKey = (ip: string) => `ip:${ip}`;
/** Throttle key of password-reset mails to one address. */
export const resetMailKey = (normalisedEmail: string) => `reset-mail:${hashToken(normalisedEmail)}`;

/** A check that has not settled after this long is presumed lost with its process. */
const IN_FLIGHT_EXPIRY_MS = 60_000;
/** How long an attempt waits for checks under way to settle before answering `busy`. */
const MAX_WAIT_MS = 10_000;

interface ThrottleRow {
  failures: number;
  in_flight: number;
  in_flight_at: Date | string | null;
  window_started_at: Date | string;
  locked_until: Date | string | null;
}

/** A row's state after the window and stale checks are accounted for. */
interface ThrottleState {
  failures: number;
  inFlight: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

/**
 * Counts failed sign-ins per key in the database. A password may only be checked after `admit`
 * counted it as *under way* (under a row lock), and admission needs `failures + under way` to be
 * below the limit: however many requests arrive at once, at most `maxFailures` checks can fail
 * before the lock. Attempts beyond that wait for the checks under way to settle: each success gives
 * its place back, each failure counts, and the failure that reaches the limit sets the lock. So
 * parallel attackers get no extra tries, and parallel legitimate sign-ins are only delayed, never refused.
 */
export class LoginThrottle {
  constructor(
    private readonly em: EntityManager,
    /** Orders waiting admissions within this process; required for `admit`. */
    private readonly queues?: AdmissionQueues,
  ) {}

  /**
   * Admits one check, waiting (bounded) while the failure budget is taken by checks under way.
   * Waiters for a key take turns in arrival order and are woken by `settle`; the poll only covers
   * checks settled by other replicas.
   */
  async admit(key: string, policy: ThrottlePolicy): Promise<AdmissionResult> {
    const queues = this.queues;
    if (!queues) throw new Error('LoginThrottle.admit needs the process-wide AdmissionQueues.');
    const deadline = Date.now() + MAX_WAIT_MS;
    return queues.inTurn(key, async () => {
      for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
        const result = await this.tryAdmit(key, policy);
        if (result.state !== 'busy' || Date.now() + pause > deadline) return result;
        await queues.wait(key, pause);
      }
    });
  }

  /**
   * Settles an admitted check: a failure counts (and returns the lock if it reached the limit),
   * a success may clear the count, a neutral outcome (e.g. "now enter your code") only frees the place.
   */
  async settle(admission: Admission, outcome: 'failed' | 'succeeded' | 'neutral'): Promise<{ lockedUntil: Date | null }> {
    const { key, policy } = admission;
    const settled = await this.em.transactional(async (tx) => {
      const state = await this.lockRow(tx, key, policy, new Date());
      if (!state) return { lockedUntil: null };
      const now = new Date();
      state.inFlight = Math.max(0, state.inFlight - 1);
      let lockedNow: Date | null = null;
      if (outcome === 'failed') {
        state.failures += 1;
        if (state.failures >= policy.maxFailures && !(state.lockedUntil && state.lockedUntil > now)) {
          lockedNow = this.lockEnd(policy, state.windowStart, now);
          state.lockedUntil = lockedNow;
        }
      } else if (outcome === 'succeeded' && policy.successClears) {
        state.failures = 0;
        state.lockedUntil = null;
      }
      await this.save(tx, key, state, now);
      return { lockedUntil: lockedNow };
    });
    this.queues?.notify(key);
    return settled;
  }

  /** Counts one use against a plain quota (e.g. mails per hour); when it is spent, says when it frees up. */
  async take(key: string, policy: ThrottlePolicy): Promise<{ taken: true } | { taken: false; freesAt: Date }> {
    return this.em.transactional(async (tx) => {
      const now = new Date();
      const state = await this.lockRow(tx, key, policy, now, true);
      if (!state) throw new Error('The throttle row vanished inside its transaction.');
      if (state.lockedUntil && state.lockedUntil > now) return { taken: false as const, freesAt: state.lockedUntil };
      state.failures += 1;
      if (state.failures >= policy.maxFailures) state.lockedUntil = this.lockEnd(policy, state.windowStart, now);
      await this.save(tx, key, state, now);
      return { taken: true as const };
    });
  }

  /** Forgets the key's failures and lock (after a password reset), leaving checks under way counted. */
  async forgive(key: string): Promise<void> {
    await this.em.execute('update identity.login_throttles set failures = 0, locked_until = null where key = ?', [key]);
  }

  /** Drops rows that no longer restrict anything. */
  async prune(olderThan: Date): Promise<void> {
    await this.em.execute(
      'delete from identity.login_throttles where in_flight = 0 and window_started_at < ? and (locked_until is null or locked_until < ?)',
      [olderThan, olderThan],
    );
  }

  private async tryAdmit(key: string, policy: ThrottlePolicy): Promise<AdmissionResult> {
    return this.em.transactional(async (tx) => {
      const now = new Date();
      const state = await this.lockRow(tx, key, policy, now, true);
      if (!state) throw new Error('The throttle row vanished inside its transaction.');
      if (state.lockedUntil && state.lockedUntil > now) return { state: 'locked' as const, lockedUntil: state.lockedUntil };
      if (state.failures + state.inFlight >= policy.maxFailures) return { state: 'busy' as const };
      state.inFlight += 1;
      await this.save(tx, key, state, now);
      return { state: 'admitted' as const, admission: { key, policy } };
    });
  }

  /** Locks the key's row (creating it when asked) and returns its state with stale parts reset. */
  private async lockRow(tx: EntityManager, key: string, policy: ThrottlePolicy, now: Date, create = false): Promise<ThrottleState | null> {
    if (create) {
      await tx.execute('insert into identity.login_throttles (key, window_started_at) values (?, ?) on conflict (key) do nothing', [key, now]);
    }
    const [row] = await tx.execute<ThrottleRow[]>(
      'select failures, in_flight, in_flight_at, window_started_at, locked_until from identity.login_throttles where key = ? for update',
      [key],
    );
    if (!row) return null;
    const state: ThrottleState = {
      failures: Number(row.failures),
      inFlight: Number(row.in_flight),
      windowStart: new Date(row.window_started_at),
      lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
    };
    // A lock that has run out, or a window that has passed, starts the count afresh.
    const lockOver = state.lockedUntil !== null && state.lockedUntil <= now;
    if (lockOver || state.windowStart.getTime() <= now.getTime() - policy.windowSeconds * 1000) {
      state.failures = 0;
      state.lockedUntil = null;
      state.windowStart = now;
    }
    if (row.in_flight_at && new Date(row.in_flight_at).getTime() < now.getTime() - IN_FLIGHT_EXPIRY_MS) state.inFlight = 0;
    return state;
  }

  private async save(tx: EntityManager, key: string, state: ThrottleState, now: Date): Promise<void> {
    await tx.execute(
      'update identity.login_throttles set failures = ?, in_flight = ?, in_flight_at = ?, window_started_at = ?, locked_until = ? where key = ?',
      [state.failures, state.inFlight, now, state.windowStart, state.lockedUntil, key],
    );
  }

  private lockEnd(policy: ThrottlePolicy, windowStart: Date, now: Date): Date {
    return policy.lockSeconds === 'window'
      ? new Date(windowStart.getTime() + policy.windowSeconds * 1000)
      : new Date(now.getTime() + policy.lockSeconds * 1000);
  }
}
