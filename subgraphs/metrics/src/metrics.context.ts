import type { AccessControl, BaseRequestContext } from '@steward/kernel';
import type DataLoader from 'dataloader';
import type { BudgetAlert } from './modules/budgets/budget-alert.entity.js';
import type { Budget } from './modules/budgets/budget.entity.js';
import type { BudgetService } from './modules/budgets/budget.service.js';
import type { ChargebackService } from './modules/chargeback/chargeback.service.js';
import type { ForecastService } from './modules/forecasts/forecast.service.js';
import type { IngestService } from './modules/ingest/ingest.service.js';
import type { LiveMeasurements, LiveMeasurementsKey } from './modules/live-measurements/live-measurements.service.js';
import type { LlmUsageBatch } from './modules/ingest/llm-usage-batch.entity.js';
import type { PricingService } from './modules/pricing/pricing.service.js';
import type { UsageService, UsageSummary, UsageSummaryKey } from './modules/usage/usage.service.js';

/** Per-request context of the metrics subgraph. */
export interface MetricsContext extends BaseRequestContext {
  /** The caller's rights (shield rules ask it; services get it through their scope). */
  access: AccessControl;
  /** One instant per request, so every budget figure of a response agrees on the current window. */
  now: Date;
  ingest: IngestService;
  usage: UsageService;
  pricing: PricingService;
  budgets: BudgetService;
  forecasts: ForecastService;
  chargeback: ChargebackService;
  loaders: {
    batchById: DataLoader<string, LlmUsageBatch | null>;
    budgetById: DataLoader<string, Budget | null>;
    alertById: DataLoader<string, BudgetAlert | null>;
    /** Spend of a budget in the window starting at the given instant. */
    budgetSpend: DataLoader<{ budgetId: string; windowStart: Date }, bigint, string>;
    /** Usage of projects and versions, for the fields metrics contributes to them. */
    usageSummary: DataLoader<UsageSummaryKey, UsageSummary | null, string>;
    /** Live gate values of versions, for `ProjectVersion.liveMeasurements`. */
    liveMeasurements: DataLoader<LiveMeasurementsKey, LiveMeasurements | null, string>;
  };
}
