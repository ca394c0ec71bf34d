import {
  SESSIONS_REVOKED_TOPIC,
  decodeRevokedSessions,
  revokedSessionsRoute,
  type EventBus,
  type Logger,
  type RevokedSession,
  type RouteClient,
} from '@steward/kernel';

/** How often the recent revocations are read again: the only source without a bus, a safety net with one. */
const RESYNC_WITH_BUS_MS = 30_000;
const RESYNC_WITHOUT_BUS_MS = 1_000;

/**
 * The sessions identity has ended whose access tokens have not expired yet. The access-token
 * verifier refuses a token of such a session, and each socket authenticated by one is closed.
 *
 * Fed by identity's announcements on the bus as they happen, and by identity's list of recent
 * revocations when the gateway starts (it was not listening before), after the bus reconnects (it
 * may have missed some) and every so often (an announcement that failed to publish). Without a bus
 * the list is read every second. An entry is forgotten once every token of its session has expired.
 */
export class RevokedSessions {
  private readonly until = new Map<string, number>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private stopListening: (() => Promise<void>) | null = null;
  private stopReconnects: (() => void) | null = null;
  private resync: NodeJS.Timeout | null = null;
  private unreachable = false;
  private stopped = false;

  constructor(
    private readonly routes: RouteClient,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a token of this session must be refused. */
  has(sessionId: string): boolean {
    const until = this.until.get(sessionId);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(sessionId);
    return false;
  }

  /** Calls `onRevoked` once if the session is revoked later; returns a function that stops watching. */
  watch(sessionId: string, onRevoked: () => void): () => void {
    const listeners = this.watchers.get(sessionId) ?? new Set();
    this.watchers.set(sessionId, listeners);
    listeners.add(onRevoked);
    return () => {
      listeners.delete(onRevoked);
      if (!listeners.size) this.watchers.delete(sessionId);
    };
  }

  /** Records revocations and ends what their sessions hold open. */
  record(sessions: readonly RevokedSession[]): void {
    const now = this.now();
    for (const { id, until } of sessions) {
      if (until.getTime() <= now) continue;
      this.until.set(id, Math.max(until.getTime(), this.until.get(id) ?? 0));
      const listeners = this.watchers.get(id);
      this.watchers.delete(id);
      for (const listener of listeners ?? []) listener();
    }
    for (const [id, until] of this.until) if (until <= now) this.until.delete(id);
  }

  /** Reads identity's recent revocations; false when identity cannot be reached (logged once per outage). */
  async catchUp(): Promise<boolean> {
    try {
      const answer = await this.routes.find(revokedSessionsRoute, {});
      this.record((answer?.sessions ?? []).map(({ id, until }) => ({ id, until: new Date(until) })));
      if (this.unreachable) this.logger.info('Read the recently revoked sessions from identity again');
      this.unreachable = false;
      return true;
    } catch (error) {
      if (!this.unreachable) this.logger.warn({ err: error }, 'Could not read the recently revoked sessions from identity; retrying every second');
      this.unreachable = true;
      return false;
    }
  }

  /** Listens on `bus` (when there is one), reads the recent revocations once and then periodically. */
  async start(bus: EventBus | null): Promise<void> {
    if (bus) {
      this.stopListening = await bus.subscribe(SESSIONS_REVOKED_TOPIC, (payload) => {
        const sessions = decodeRevokedSessions(payload);
        if (sessions) this.record(sessions);
        else this.logger.warn('Ignored a malformed revoked-sessions announcement');
      });
      this.stopReconnects = bus.onReconnect?.(() => void this.catchUp()) ?? null;
    }
    const everyMs = bus ? RESYNC_WITH_BUS_MS : RESYNC_WITHOUT_BUS_MS;
    // After a failed read the next comes a second later, whatever the usual period.
    const next = (ok: boolean) => {
      if (this.stopped) return;
      this.resync = setTimeout(() => void this.catchUp().then(next), ok ? everyMs : RESYNC_WITHOUT_BUS_MS);
      this.resync.unref();
    };
    next(await this.catchUp());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.resync) clearTimeout(this.resync);
    this.stopReconnects?.();
    await this.stopListening?.();
    this.stopListening = null;
  }
}
