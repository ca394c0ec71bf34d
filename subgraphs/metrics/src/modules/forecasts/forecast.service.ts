import { z } from 'zod';
import { parseInput } from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import { roundMicros } from '../../money.js';
import { periodStart } from '../../periods.js';
import { UsageRepository } from '../usage/usage.repository.js';
import { fitLine, project } from './least-squares.js';

const DAY_MS = 86_400_000;

const CostForecastArgsModel = z.object({
  horizonDays: z.number().int().min(1, 'must be at least 1').max(366, 'must be at most 366'),
  trailingDays: z
    .number()
    .int()
    .min(2, 'must be at least 2')
    .max(366, 'must be at most 366')
    .nullish()
    .transform((value) => value ?? 28),
  asOf: z.date().nullish(),
});

/** The cost of one day. */
export interface DailyCost {
  day: Date;
  costUsd: bigint;
}

/** What `costForecast` returns (mirrors the `CostForecast` type). */
export interface CostForecast {
  asOf: Date;
  method: string;
  trainingFrom: Date;
  trainingTo: Date;
  trainingDays: DailyCost[];
  slopeUsdPerDay: bigint;
  interceptUsd: bigint;
  rSquared: number | null;
  projection: DailyCost[];
  projectedTotalUsd: bigint;
}

/** Cost forecasts: a trailing-window least-squares line over daily cost, from the daily rollup. */
export class ForecastService {
  constructor(private readonly scope: MetricsScope) {}

  async costForecast(organizationId: string, args: unknown): Promise<CostForecast> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    const parsed = parseInput(CostForecastArgsModel, args, 'args');
    const { horizonDays, trailingDays } = parsed;
    const asOf = parsed.asOf ?? this.scope.now;
    const trainingTo = periodStart(asOf, 'DAY');
    const trainingFrom = new Date(trainingTo.getTime() - trailingDays * DAY_MS);
    const costs = await new UsageRepository(this.scope.em, tenant).dailyCost(trainingFrom, trainingTo);
    const trainingDays = Array.from({ length: trailingDays }, (_, i) => {
      const day = new Date(trainingFrom.getTime() + i * DAY_MS);
      return { day, costUsd: costs.get(day.getTime()) ?? 0n };
    });
    // Micro-dollars as doubles are exact up to 9 billion USD a day.
    const fit = fitLine(trainingDays.map((entry) => Number(entry.costUsd)));
    const projection = Array.from({ length: horizonDays }, (_, i) => ({
      day: new Date(trainingTo.getTime() + i * DAY_MS),
      costUsd: roundMicros(project(fit, trailingDays + i)),
    }));
    return {
      asOf,
      method: `Ordinary least-squares line through the daily cost of the ${trailingDays} full UTC days before asOf (days without usage count as zero), extended over ${horizonDays} day(s); projected days below zero count as zero.`,
      trainingFrom,
      trainingTo,
      trainingDays,
      slopeUsdPerDay: roundMicros(fit.slope),
      interceptUsd: roundMicros(fit.intercept),
      rSquared: fit.rSquared,
      projection,
      projectedTotalUsd: projection.reduce((sum, entry) => sum + entry.costUsd, 0n),
    };
  }
}
