import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, type Clock, type Logger } from '@steward/kernel';

const HOUR_MS = 3_600_000;
const BATCH = 5000;

/**
 * Deletes logged decisions older than the retention, and rate-limit counters whose window has
 * ended, every hour (and once at start), in batches so a large backlog never holds a long lock.
 * Violations keep their own copy of what they need, so they outlive the decisions that raised them.
 * Runs across all organizations: it is the one part of policy that does, and it only deletes by age.
 */
export function startDecisionRetention(options: { fork: () => EntityManager; clock: Clock; logger: Logger; retentionDays: number }): { stop(): void; runOnce(): Promise<number> } {
  const runOnce = async (): Promise<number> => {
    const em = options.fork();
    const before = new Date(options.clock().getTime() - options.retentionDays * 24 * HOUR_MS);
    let total = 0;
    for (;;) {
      const rows = await runSql<{ n: string }>(em, 'with gone as (delete from policy.decisions where id in (select id from policy.decisions where created_at < ? limit ?) returning 1) select count(*) as n from gone', [before, BATCH]);
      const deleted = Number(rows[0]?.n ?? 0);
      total += deleted;
      if (deleted < BATCH) break;
    }
    await runSql(em, 'delete from policy.rate_counters where window_end < ?', [options.clock()]);
    if (total) options.logger.info('Deleted expired decisions (count=%d, before=%s)', total, before.toISOString());
    return total;
  };
  const run = () => {
    runOnce().catch((error: unknown) => options.logger.warn({ err: error }, 'Decision retention failed'));
  };
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  setImmediate(run);
  return { stop: () => clearInterval(timer), runOnce };
}
