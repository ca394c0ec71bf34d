import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AccessControl,
  DateTimeScalar,
  JsonScalar,
  assembleResolvers,
  createSubgraphOrm,
  loadTypeDefs,
  mergeRules,
  systemClock,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type GrantsSource,
  type Logger,
  type SubgraphDefinition,
} from '@steward/kernel';
import type { MetricsContext } from './metrics.context.js';
import { MetricsEvents } from './metrics.events.js';
import type { MetricsScope } from './metrics.scope.js';
import { metricsMigrations } from './migrations/index.js';
import { UsagePolicyCheck } from './modules/policy-check/usage-policy-check.js';
import type { UsagePolicy } from './modules/policy-check/usage-policy.js';
import type { JobQueue, ReferenceDirectory } from '@steward/kernel';
import { BudgetAlertSchema } from './modules/budgets/budget-alert.entity.js';
import { BudgetSchema } from './modules/budgets/budget.entity.js';
import { createBudgetAlertLoader, createBudgetLoader, createBudgetSpendLoader } from './modules/budgets/budget.loaders.js';
import { BudgetService } from './modules/budgets/budget.service.js';
import { budgetsResolvers } from './modules/budgets/budgets.resolvers.js';
import { budgetsRules } from './modules/budgets/budgets.rules.js';
import { chargebackResolvers } from './modules/chargeback/chargeback.resolvers.js';
import { chargebackRules } from './modules/chargeback/chargeback.rules.js';
import { ChargebackService } from './modules/chargeback/chargeback.service.js';
import { ForecastService } from './modules/forecasts/forecast.service.js';
import { forecastsResolvers } from './modules/forecasts/forecasts.resolvers.js';
import { forecastsRules } from './modules/forecasts/forecasts.rules.js';
import { ingestResolvers } from './modules/ingest/ingest.resolvers.js';
import { ingestRules } from './modules/ingest/ingest.rules.js';
import { IngestService } from './modules/ingest/ingest.service.js';
import { LlmUsageBatchSchema } from './modules/ingest/llm-usage-batch.entity.js';
import { createUsageBatchLoader } from './modules/ingest/llm-usage-batch.loaders.js';
import { createLiveMeasurementsLoader } from './modules/live-measurements/live-measurements.loaders.js';
import { liveMeasurementsResolvers } from './modules/live-measurements/live-measurements.resolvers.js';
import { liveMeasurementsRoutes } from './modules/live-measurements/live-measurements.routes.js';
import { spendContextRoutes } from './modules/budgets/spend-context.routes.js';
import { liveMeasurementsRules } from './modules/live-measurements/live-measurements.rules.js';
import { LiveMeasurementsService } from './modules/live-measurements/live-measurements.service.js';
import { ModelPriceSchema } from './modules/pricing/model-price.entity.js';
import { pricingResolvers } from './modules/pricing/pricing.resolvers.js';
import { pricingRules } from './modules/pricing/pricing.rules.js';
import { PricingService } from './modules/pricing/pricing.service.js';
import { usageResolvers } from './modules/usage/usage.resolvers.js';
import { usageRules } from './modules/usage/usage.rules.js';
import { createUsageSummaryLoader } from './modules/usage/usage.loaders.js';
import { createUsageTotalsLoader } from './modules/usage/usage-totals.loaders.js';
import { UsageService } from './modules/usage/usage.service.js';
import { referencesResolvers } from './references.resolvers.js';
import { referencesRules } from './references.rules.js';
import { LongScalar, UsdScalar } from './scalars.js';

/** The folder whose `*.graphql` files make metrics' SDL (read by the compose script too). */
export const METRICS_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the metrics subgraph on a database: migrates, wires modules. Grants come from
 * organizations (through `grants`, cached and invalidated on `bus` by the caller), the ids a
 * request names are checked with projects and organizations (`directory`), and events go out on
 * `bus` after each commit.
 */
export async function createMetricsSubgraph(options: {
  database: DatabaseTarget;
  logger: Logger;
  bus: EventBus;
  grants: GrantsSource;
  /** Where the project, version, team and user ids of a request are checked against its organization. */
  directory: ReferenceDirectory;
  /** The current time of each request (tests pin it to a calendar day); the system clock when omitted. */
  clock?: Clock;
  /** Judges recorded usage against COST and USAGE policies, through a job on `jobs` (neither: usage is not judged). */
  usagePolicy?: UsagePolicy;
  jobs?: () => Promise<JobQueue>;
}): Promise<SubgraphDefinition<MetricsContext>> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const { orm } = await createSubgraphOrm({
    name: 'metrics',
    entities: [ModelPriceSchema, LlmUsageBatchSchema, BudgetSchema, BudgetAlertSchema],
    migrations: metricsMigrations,
    database: options.database,
    logger,
  });

  const jobs = options.usagePolicy && options.jobs ? await options.jobs() : null;
  const policyCheck = jobs && options.usagePolicy ? new UsagePolicyCheck({ jobs, fork: () => orm.em.fork() as EntityManager, policy: options.usagePolicy, logger: logger.child({ component: 'usage-policy-check' }) }) : null;
  await jobs?.start();

  return {
    name: 'metrics',
    typeDefs: loadTypeDefs(METRICS_SDL_DIR),
    resolvers: assembleResolvers([
      { DateTime: DateTimeScalar, Usd: UsdScalar, Long: LongScalar, JSON: JsonScalar },
      referencesResolvers,
      ingestResolvers,
      usageResolvers,
      pricingResolvers,
      budgetsResolvers,
      forecastsResolvers,
      chargebackResolvers,
      liveMeasurementsResolvers,
    ]),
    rules: mergeRules([referencesRules, ingestRules, usageRules, pricingRules, budgetsRules, forecastsRules, chargebackRules, liveMeasurementsRules]),
    createContext(base) {
      const em = orm.em.fork() as EntityManager;
      const scope: MetricsScope = {
        em,
        access: new AccessControl(base.caller, options.grants),
        logger: base.logger,
        events: new MetricsEvents(options.bus, base.logger),
        directory: options.directory,
        policyCheck,
        now: clock(),
        clock,
        usageTotals: createUsageTotalsLoader(em),
      };
      const usage = new UsageService(scope);
      return {
        ...base,
        access: scope.access,
        now: scope.now,
        ingest: new IngestService(scope),
        usage,
        pricing: new PricingService(scope),
        budgets: new BudgetService(scope),
        forecasts: new ForecastService(scope),
        chargeback: new ChargebackService(scope),
        loaders: {
          batchById: createUsageBatchLoader(scope),
          budgetById: createBudgetLoader(scope),
          alertById: createBudgetAlertLoader(scope),
          budgetSpend: createBudgetSpendLoader(scope),
          usageSummary: createUsageSummaryLoader(usage),
          liveMeasurements: createLiveMeasurementsLoader(new LiveMeasurementsService(scope)),
        },
      };
    },
    internalRoutes: [...liveMeasurementsRoutes(() => orm.em.fork() as EntityManager, clock), ...spendContextRoutes(() => orm.em.fork() as EntityManager, clock)],
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    async close() {
      await jobs?.stop();
      await orm.close();
    },
  };
}
