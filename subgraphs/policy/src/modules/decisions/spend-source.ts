import type { RouteClient } from '@steward/kernel';
import { spendContextRoute } from '@steward/metrics/routes';
import type { CompiledRuleSet } from '../engine/index.js';
import type { DecisionSubject } from './decision.models.js';

/** The `spend` and `budget` parts of an LLM_REQUEST context, as metrics measures them for a subject. */
export interface SpendContext {
  spend: { dayUsd: number; monthUsd: number };
  budget: { limitUsd: number; spentUsd: number; forecastUsd: number; exhaustsBeforePeriodEnd: boolean };
}

/** Where a decision gets the subject's spend and budget forecast when its request did not give them. */
export interface SpendSource {
  spendOf(organizationId: string, subject: DecisionSubject): Promise<SpendContext>;
}

/** No metrics service (a development setup): nothing spent, no budget. */
export const NO_SPEND: SpendSource = {
  spendOf: async () => ({ spend: { dayUsd: 0, monthUsd: 0 }, budget: { limitUsd: 0, spentUsd: 0, forecastUsd: 0, exhaustsBeforePeriodEnd: false } }),
};

/** Asks metrics ({@link spendContextRoute}); a failure throws, so the decision is not made on made-up figures. */
export class HttpSpendSource implements SpendSource {
  constructor(private readonly routes: RouteClient) {}

  async spendOf(organizationId: string, subject: DecisionSubject): Promise<SpendContext> {
    const answer = await this.routes.call(spendContextRoute, { organizationId, userId: subject.userId, teamIds: subject.teamIds, projectId: subject.projectId });
    return {
      spend: { dayUsd: answer.dayUsd, monthUsd: answer.monthUsd },
      budget: answer.budget
        ? { limitUsd: answer.budget.limitUsd, spentUsd: answer.budget.spentUsd, forecastUsd: answer.budget.forecastUsd, exhaustsBeforePeriodEnd: answer.budget.exhaustsBeforePeriodEnd }
        : { limitUsd: 0, spentUsd: 0, forecastUsd: 0, exhaustsBeforePeriodEnd: false },
    };
  }
}

/** Whether any COST rule of the sets reads the subject's spend or budget. */
export function readsSpend(ruleSets: Iterable<CompiledRuleSet>): boolean {
  for (const set of ruleSets) {
    for (const compiled of set.rules) {
      if (compiled.type === 'CUSTOM' && compiled.rule.action === 'LLM_REQUEST' && /\b(spend|budget)\./.test(compiled.rule.expression)) return true;
      if (compiled.type !== 'COST') continue;
      const { maxSpendPerDayUsd, maxSpendPerMonthUsd, denyWhenBudgetExhaustsBeforePeriodEnd } = compiled.rule;
      if (maxSpendPerDayUsd !== undefined || maxSpendPerMonthUsd !== undefined || denyWhenBudgetExhaustsBeforePeriodEnd) return true;
    }
  }
  return false;
}
