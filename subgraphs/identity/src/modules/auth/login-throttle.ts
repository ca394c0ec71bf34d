import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '@steward/kernel';
import { hashToken } from '../tokens/secret-tokens.js';
import type { AdmissionQueues } from './admission-queues.js';

/**
 * How many failures a key may have in a sliding window (any `windowSeconds` long stretch ending
 * now, not a calendar window an attacker could straddle), and what happens at the limit.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
  /** Seconds from the failure that hit the limit, or `window`: until the oldest counted failure leaves the window (a quota). */
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
  in_flight: number;
  in_flight_at: Date | string | null;
  /** Epoch milliseconds of the latest failures, oldest first (JSON, so both drivers parse it alike). */
  failure_times: number[] | string;
  locked_until: Date | string | null;
}

/** A row's state after the window and stale checks are accounted for. */
interface ThrottleState {
  /** Times (epoch ms) of the failures inside the window, oldest first. */
  recent: number[];
  inFlight: number;
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
    /** What failures, windows and locks are timed by. */
    private readonly clock: Clock,
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
    // Wall time, not the clock: this bounds how long the request really waits.
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
      const state = await this.lockRow(tx, key, policy, this.clock());
      if (!state) return { lockedUntil: null };
      const now = this.clock();
      state.inFlight = Math.max(0, state.inFlight - 1);
      let lockedNow: Date | null = null;
      if (outcome === 'failed') {
        state.recent.push(now.getTime());
        if (state.recent.length >= policy.maxFailures && !(state.lockedUntil && state.lockedUntil > now)) {
          lockedNow = this.lockEnd(policy, state.recent, now);
          state.lockedUntil = lockedNow;
        }
      } else if (outcome === 'succeeded' && policy.successClears) {
        state.recent = [];
        state.lockedUntil = null;
      }
      await this.save(tx, key, state, policy, now);
      return { lockedUntil: lockedNow };
    });
    this.queues?.notify(key);
    return settled;
  }

  /** Counts one use against a plain quota (e.g. mails per hour); when it is spent, says when it frees up. */
  async take(key: string, policy: ThrottlePolicy): Promise<{ taken: true } | { taken: false; freesAt: Date }> {
    return this.em.transactional(async (tx) => {
      const now = this.clock();
      const state = await this.lockRow(tx, key, policy, now, true);
      if (!state) throw new Error('The throttle row vanished inside its transaction.');
      if (state.lockedUntil && state.lockedUntil > now) return { taken: false as const, freesAt: state.lockedUntil };
      state.recent.push(now.getTime());
      if (state.recent.length >= policy.maxFailures) state.lockedUntil = this.lockEnd(policy, state.recent, now);
      await this.save(tx, key, state, policy, now);
      return { taken: true as const };
    });
  }

  /** Forgets the key's failures and lock (after a password reset), leaving checks under way counted. */
  async forgive(key: string): Promise<void> {
    await this.em.execute(`update identity.login_throttles set failures = 0, failure_times = '[]'::jsonb, locked_until = null where key = ?`, [key]);
  }

  /** Drops rows that no longer restrict anything (`window_started_at` is the latest failure, see `save`). */
  async prune(olderThan: Date): Promise<void> {
    await this.em.execute(
      'delete from identity.login_throttles where in_flight = 0 and window_started_at < ? and (locked_until is null or locked_until < ?)',
      [olderThan, olderThan],
    );
  }

  private async tryAdmit(key: string, policy: ThrottlePolicy): Promise<AdmissionResult> {
    return this.em.transactional(async (tx) => {
      const now = this.clock();
      const state = await this.lockRow(tx, key, policy, now, true);
      if (!state) throw new Error('The throttle row vanished inside its transaction.');
      if (state.lockedUntil && state.lockedUntil > now) return { state: 'locked' as const, lockedUntil: state.lockedUntil };
      if (state.recent.length + state.inFlight >= policy.maxFailures) return { state: 'busy' as const };
      state.inFlight += 1;
      await this.save(tx, key, state, policy, now);
      return { state: 'admitted' as const, admission: { key, policy } };
    });
  }

  /** Locks the key's row (creating it when asked) and returns its state with stale parts reset. */
  private async lockRow(tx: EntityManager, key: string, policy: ThrottlePolicy, now: Date, create = false): Promise<ThrottleState | null> {
    if (create) {
      await tx.execute('insert into identity.login_throttles (key, window_started_at) values (?, ?) on conflict (key) do nothing', [key, now]);
    }
    const [row] = await tx.execute<ThrottleRow[]>(
      'select in_flight, in_flight_at, failure_times, locked_until from identity.login_throttles where key = ? for update',
      [key],
    );
    if (!row) return null;
    const times = typeof row.failure_times === 'string' ? (JSON.parse(row.failure_times) as number[]) : row.failure_times;
    const windowStart = now.getTime() - policy.windowSeconds * 1000;
    const state: ThrottleState = {
      // Only failures inside the sliding window count; older ones fall out one by one.
      recent: times.map(Number).filter((time) => time > windowStart),
      inFlight: Number(row.in_flight),
      lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
    };
    // A lock that has run out starts the count afresh (its failures were paid for).
    if (state.lockedUntil !== null && state.lockedUntil <= now) {
      state.recent = [];
      state.lockedUntil = null;
    }
    if (row.in_flight_at && new Date(row.in_flight_at).getTime() < now.getTime() - IN_FLIGHT_EXPIRY_MS) state.inFlight = 0;
    return state;
  }

  private async save(tx: EntityManager, key: string, state: ThrottleState, policy: ThrottlePolicy, now: Date): Promise<void> {
    // Beyond the limit older failures change nothing (the key is locked), so the list stays short.
    const recent = state.recent.slice(-policy.maxFailures);
    const latest = recent.length > 0 ? new Date(recent[recent.length - 1]!) : now;
    await tx.execute(
      'update identity.login_throttles set failures = ?, failure_times = ?::jsonb, in_flight = ?, in_flight_at = ?, window_started_at = ?, locked_until = ? where key = ?',
      [recent.length, JSON.stringify(recent), state.inFlight, now, latest, state.lockedUntil, key],
    );
  }

  /** When a key that just reached its limit frees up: a fixed lock from now, or when its oldest counted failure leaves the window. */
  private lockEnd(policy: ThrottlePolicy, recent: number[], now: Date): Date {
    const oldest = recent[Math.max(0, recent.length - policy.maxFailures)] ?? now.getTime();
    return policy.lockSeconds === 'window' ? new Date(oldest + policy.windowSeconds * 1000) : new Date(now.getTime() + policy.lockSeconds * 1000);
  }
}
