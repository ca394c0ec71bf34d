import { Migration } from '@mikro-orm/migrations';

/**
 * Budget alerts are unique per (budget, period, window start, threshold) instead of (budget,
 * window start, threshold). Re-periodising a budget starts a window that may begin at the same
 * instant as the old one (MONTHLY → DAILY on the 1st, WEEKLY → DAILY on a Monday); without the
 * period in the key the old window's alerts silently swallowed the new window's thresholds.
 * Existing alerts get their period back from their window's length (windows are UTC calendar days,
 * ISO weeks or months, so the length tells them apart).
 */
export class Migration0002BudgetAlertPeriod extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table metrics.budget_alerts add column period varchar(10)');
    this.addSql(`update metrics.budget_alerts set period = case
        when extract(epoch from window_end - window_start) = 86400 then 'DAILY'
        when extract(epoch from window_end - window_start) = 604800 then 'WEEKLY'
        else 'MONTHLY' end`);
    this.addSql('alter table metrics.budget_alerts alter column period set not null');
    this.addSql('drop index metrics.budget_alerts_once');
    // The single point that makes each threshold fire once per budget window, whatever the concurrency.
    this.addSql('create unique index budget_alerts_once_per_window on metrics.budget_alerts (budget_id, period, window_start, threshold_bp)');
  }
}
