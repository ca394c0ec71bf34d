import type { MigrationEntry } from '@steward/kernel';
import { Migration0001Initial } from './0001-initial.js';
import { Migration0002BudgetAlertPeriod } from './0002-budget-alert-period.js';
import { Migration0003UsageMonthlyTotals } from './0003-usage-monthly-totals.js';
import { Migration0004UsageTotals } from './0004-usage-totals.js';

/** Metrics' migrations in order; listed statically so every runner (tsx, vitest, tsc) sees the same set. */
export const metricsMigrations: MigrationEntry[] = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0002-budget-alert-period', class: Migration0002BudgetAlertPeriod },
  { name: '0003-usage-monthly-totals', class: Migration0003UsageMonthlyTotals },
  { name: '0004-usage-totals', class: Migration0004UsageTotals },
];
