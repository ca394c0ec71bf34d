import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '@steward/kernel';

/**
 * Orders budget changes against ingest within one organization, for the current transaction:
 * ingests share the lock (they run concurrently), creating or re-periodising a budget takes it
 * exclusively, so a budget's back-filled spend and the spend ingest adds never miss each other.
 * An advisory lock reads no tenant data, so it needs no tenant scope.
 */
export async function lockOrganizationBudgets(tx: EntityManager, organizationId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await runSql(tx, `select ${fn}(hashtextextended(?, 0))`, [`steward:metrics:budgets:${organizationId}`]);
}
