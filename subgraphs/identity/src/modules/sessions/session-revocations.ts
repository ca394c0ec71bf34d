import type { EntityManager } from '@mikro-orm/postgresql';
import { SESSIONS_REVOKED_TOPIC, encodeRevokedSessions, type Clock, type EventBus, type Logger, type RevokedSession } from '@steward/kernel';

/**
 * Tells every gateway which sessions just ended (logout, revocation, password change or reset,
 * refresh-token reuse), so their access tokens stop working everywhere within the bus latency
 * instead of when they expire. Called after the revoking transaction commits: an announcement
 * never names a session that is still live.
 */
export class SessionRevocations {
  constructor(
    private readonly bus: EventBus,
    private readonly accessTokenTtlSeconds: number,
    private readonly logger: Logger,
  ) {}

  /** When the last access token of a session revoked at `revokedAt` expires on its own. */
  untilOf(revokedAt: Date): Date {
    return new Date(revokedAt.getTime() + this.accessTokenTtlSeconds * 1000);
  }

  async announce(ids: readonly string[], revokedAt: Date): Promise<void> {
    if (!ids.length) return;
    for (const payload of encodeRevokedSessions(ids, this.untilOf(revokedAt))) {
      try {
        await this.bus.publish(SESSIONS_REVOKED_TOPIC, payload);
      } catch (error) {
        // The revocation is committed; gateways also re-read the recent ones periodically and when they reconnect.
        this.logger.error({ err: error }, 'Could not announce revoked sessions (count=%d)', ids.length);
      }
    }
  }

  /** Sessions revoked within one access-token lifetime of `now`: those whose tokens could still pass their expiry check. */
  async recent(em: EntityManager, clock: Clock): Promise<RevokedSession[]> {
    const now = clock();
    const rows = await em.execute<{ id: string; revoked_at: Date | string }[]>(
      'select id, revoked_at from identity.sessions where revoked_at is not null and revoked_at > ? order by revoked_at',
      [new Date(now.getTime() - this.accessTokenTtlSeconds * 1000)],
    );
    return rows.map((row) => ({ id: row.id, until: this.untilOf(new Date(row.revoked_at)) }));
  }
}
