import { Migration } from '@mikro-orm/migrations';

/**
 * Login throttles count failures in a sliding window, so they keep the time of each recent failure.
 * Existing counts become that many failures at the start of their old window: no row loses a failure.
 */
export class Migration0004SlidingThrottles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table identity.login_throttles add column failure_times jsonb not null default '[]'::jsonb`);
    this.addSql(`update identity.login_throttles
      set failure_times = (select jsonb_agg(floor(extract(epoch from window_started_at) * 1000)::bigint + 0 * g) from generate_series(1, least(failures, 1000)) g)
      where failures > 0`);
  }
}
