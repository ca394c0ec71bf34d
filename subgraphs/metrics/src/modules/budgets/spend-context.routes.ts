import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, runSql, serve, type Clock, type ServedRoute } from '@steward/kernel';
import { spendContextRoute } from '../../metrics.routes.js';
import { periodStart } from '../../periods.js';
import { BudgetSpendRepository } from './budget-spend.repository.js';
import { BudgetRepository } from './budget.repository.js';
import { budgetWindow, burnForecast, inScope } from './budget-windows.js';

const usd = (micros: bigint | number | string | null | undefined) => Number(micros ?? 0) / 1_000_000;

/**
 * Serves {@link spendContextRoute}. A user's spend is summed from the raw requests (indexed by
 * organization, user and time); a team's, a project's or the organization's from the daily rollups,
 * whose current day is kept up to date by every ingest.
 */
export function spendContextRoutes(fork: () => EntityManager, clock: Clock): ServedRoute[] {
  return [
    serve(spendContextRoute, async ({ organizationId, userId, teamIds, projectId }) => {
      const em = fork();
      const tenant = TenantScope.of(organizationId);
      const now = clock();
      const day = periodStart(now, 'DAY');
      const month = periodStart(now, 'MONTH');
      const teamId = teamIds[0] ?? null;
      const [sums] = userId
        ? await runSql<{ day: string; month: string }>(
            em,
            `select coalesce(sum(cost_micros) filter (where occurred_at >= ?), 0)::text as day, coalesce(sum(cost_micros), 0)::text as month
               from metrics.llm_requests where organization_id = ? and user_id = ? and occurred_at >= ? and occurred_at <= ?`,
            [day, organizationId, userId, month, now],
          )
        : await runSql<{ day: string; month: string }>(
            em,
            `select coalesce(sum(cost_micros) filter (where bucket_start >= ?), 0)::text as day, coalesce(sum(cost_micros), 0)::text as month
               from metrics.usage_daily where organization_id = ? and bucket_start >= ? ${teamId ? 'and team_id = ?' : projectId ? 'and project_id = ?' : ''}`,
            [day, organizationId, month, ...(teamId ? [teamId] : projectId ? [projectId] : [])],
          );
      // The budgets the subject's requests count towards, with their current window's spend and forecast.
      const teams = teamIds.length ? teamIds : [null];
      const budgets = (await new BudgetRepository(em, tenant).listAll()).filter((budget) => teams.some((team) => inScope(budget, { projectId, teamId: team, userId })));
      const windows = budgets.map((budget) => ({ budget, window: budgetWindow(budget, now) }));
      const spent = new Map((await new BudgetSpendRepository(em, tenant).findWindows(windows.map(({ budget, window }) => ({ budgetId: budget.id, windowStart: window.start })))).map((row) => [row.budgetId, row.spentMicros]));
      const figures = windows.map(({ budget, window }) => {
        const spentMicros = spent.get(budget.id) ?? 0n;
        const forecast = burnForecast(spentMicros, budget.limitMicros, window, now);
        return {
          budgetId: budget.id,
          limitUsd: usd(budget.limitMicros),
          spentUsd: usd(spentMicros),
          forecastUsd: usd(forecast.projectedMicros),
          exhaustsBeforePeriodEnd: forecast.exhaustsAt !== null || spentMicros >= budget.limitMicros,
          exhaustsAt: forecast.exhaustsAt?.getTime() ?? Number.POSITIVE_INFINITY,
          utilization: Number(spentMicros) / Number(budget.limitMicros),
        };
      });
      // The budget closest to running out: the earliest exhaustion, else the highest use.
      figures.sort((a, b) => a.exhaustsAt - b.exhaustsAt || b.utilization - a.utilization);
      const closest = figures[0];
      return {
        dayUsd: usd(sums?.day),
        monthUsd: usd(sums?.month),
        budget: closest ? { budgetId: closest.budgetId, limitUsd: closest.limitUsd, spentUsd: closest.spentUsd, forecastUsd: closest.forecastUsd, exhaustsBeforePeriodEnd: closest.exhaustsBeforePeriodEnd } : null,
      };
    }),
  ];
}
