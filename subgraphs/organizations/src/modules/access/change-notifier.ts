import { GRANTS_CHANGED_TOPIC, type EventBus, type Logger, type PrincipalKey } from '@steward/kernel';
import type { RequestAccess } from './request-access.js';

/** A principal whose grants changed, or `*` when too many did to list (a role was edited). */
export type GrantsChange = PrincipalKey | '*';

/**
 * Runs after every committed change of a request: later fields of the same operation must not
 * read what the change made stale (loaders, the caller's grants), and when grants changed every
 * process is told at once on the bus, so a removed member or a revoked key loses access
 * everywhere within the bus latency rather than a cache's lifetime.
 */
export class ChangeNotifier {
  constructor(
    private readonly bus: EventBus,
    private readonly access: RequestAccess,
    private readonly clearLoaders: () => void,
    private readonly logger: Logger,
  ) {}

  async committed(grantsChanged: GrantsChange[] = []): Promise<void> {
    this.clearLoaders();
    if (!grantsChanged.length) return;
    this.access.forget();
    const keys = grantsChanged.includes('*') ? ['*'] : [...new Set(grantsChanged)];
    for (const key of keys) {
      try {
        await this.bus.publish(GRANTS_CHANGED_TOPIC, key);
      } catch (error) {
        // The change is committed; caches elsewhere still expire on their own within their TTL.
        this.logger.error({ err: error }, 'Could not announce a grants change (principal=%s)', key);
      }
    }
  }
}
