import { BadUserInputError, parseInput } from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import { divideRounded } from '../../money.js';
import { isPeriodStart, periodsBetween, type Grain } from '../../periods.js';
import { LATENCY_RELATIVE_ERROR } from './latency-histogram.js';
import { MAX_PERIODS, UsageQueryModel } from './usage.models.js';
import {
  DIMENSION_COLUMN,
  UsageRepository,
  type GroupKey,
  type UsageAggregate,
  type UsageDimension,
  type UsageScope,
  type UsageSource,
} from './usage.repository.js';

/** Aggregates as the `UsageStats` type exposes them. */
export interface UsageStats {
  requests: number;
  errors: number;
  errorRate: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: bigint;
  costPerRequestUsd: bigint | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  latencyP99Ms: number | null;
}

/** One period of a series. */
export interface UsageBucket {
  start: Date;
  end: Date;
  stats: UsageStats;
}

/** The dimension values of a group (mirrors the `UsageGroup` type). */
export interface UsageGroupValues {
  projectId: string | null;
  versionId: string | null;
  teamId: string | null;
  userId: string | null;
  provider: string | null;
  model: string | null;
}

function groupValues(group: GroupKey): UsageGroupValues {
  return {
    projectId: group.project_id ?? null,
    versionId: group.version_id ?? null,
    teamId: group.team_id ?? null,
    userId: group.user_id ?? null,
    provider: group.provider ?? null,
    model: group.model ?? null,
  };
}

/** What `usage` returns (mirrors the `UsageReport` type). */
export interface UsageReport {
  from: Date;
  to: Date;
  granularity: Grain;
  groupBy: UsageDimension[];
  source: UsageSource;
  latencyRelativeError: number;
  totals: UsageStats;
  buckets: UsageBucket[];
  groups: { group: UsageGroupValues; totals: UsageStats; buckets: UsageBucket[] }[];
  groupCount: number;
}

const EMPTY: UsageAggregate = {
  requests: 0,
  errors: 0,
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costMicros: 0n,
  latencyP50Ms: null,
  latencyP95Ms: null,
  latencyP99Ms: null,
};

/** Turns an aggregate into the exposed statistics (error rate, cost per request). */
export function toStats(aggregate: UsageAggregate): UsageStats {
  const { requests, errors, costMicros } = aggregate;
  // Written out rather than rest and spread: this runs for every project and version of a dashboard.
  return {
    requests,
    errors,
    errorRate: requests === 0 ? 0 : errors / requests,
    inputTokens: aggregate.inputTokens,
    outputTokens: aggregate.outputTokens,
    cacheReadTokens: aggregate.cacheReadTokens,
    cacheWriteTokens: aggregate.cacheWriteTokens,
    costUsd: costMicros,
    costPerRequestUsd: requests === 0 ? null : divideRounded(costMicros, BigInt(requests)),
    latencyP50Ms: aggregate.latencyP50Ms,
    latencyP95Ms: aggregate.latencyP95Ms,
    latencyP99Ms: aggregate.latencyP99Ms,
  };
}

/**
 * The cheapest source that answers exactly: the daily rollup for ranges aligned to UTC days (unless
 * hourly buckets are asked for), the hourly rollup for ranges aligned to hours, raw rows otherwise
 * and whenever users are involved (rollups do not keep users, whose number would defeat them).
 */
export function chooseSource(scope: UsageScope, dimensions: readonly UsageDimension[], grain: Grain): UsageSource {
  if (scope.userId || dimensions.includes('USER')) return 'RAW';
  if (grain !== 'HOUR' && isPeriodStart(scope.from, 'DAY') && isPeriodStart(scope.to, 'DAY')) return 'DAILY_ROLLUP';
  if (isPeriodStart(scope.from, 'HOUR') && isPeriodStart(scope.to, 'HOUR')) return 'HOURLY_ROLLUP';
  return 'RAW';
}

function groupId(group: GroupKey): string {
  return JSON.stringify(Object.values(DIMENSION_COLUMN).map((column) => group[column] ?? null));
}

/** What a project's or version's `usage` field asks for. */
export interface UsageSummaryKey {
  dimension: 'PROJECT' | 'VERSION';
  id: string;
  organizationId: string;
  from: Date | null;
  to: Date | null;
}

/** Usage figures of one project or version (mirrors the `UsageSummary` type). */
export interface UsageSummary extends UsageStats {
  from: Date | null;
  to: Date | null;
}

/**
 * The range "all recorded usage" stands for: from 2000-01-01 to the end of the current UTC day,
 * day-aligned so the daily rollup answers it.
 */
export function allRecordedUsage(now: Date): { from: Date; to: Date } {
  const tomorrow = Math.floor(now.getTime() / 86_400_000) * 86_400_000 + 86_400_000;
  return { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(tomorrow) };
}

/** LLM usage aggregates of one organization: totals, series and top groups. */
export class UsageService {
  constructor(private readonly scope: MetricsScope) {}

  /**
   * Usage of many projects or versions at once, totals only, through the request's shared totals
   * loader (one statement per organization, range and dimension, shared with `liveMeasurements`);
   * null where the caller may not read the organization's metrics or the range is invalid.
   */
  async summaries(keys: readonly UsageSummaryKey[]): Promise<(UsageSummary | null)[]> {
    const readable = await this.scope.access.scope('metrics:read');
    const allTime = allRecordedUsage(this.scope.now);
    const totals = this.scope.usageTotals;
    // A page's keys share a range or two: the source is chosen once per range and dimension, and the
    // loads are awaited together rather than in an async step per key (this runs for every project and version of a dashboard).
    const sources = new Map<string, UsageSource>();
    const loads = keys.map(({ dimension, id, organizationId, from: fromArg, to: toArg }) => {
      const from = fromArg ?? allTime.from;
      const to = toArg ?? allTime.to;
      if (!(to > from) || !readable.includes(organizationId)) return null;
      const rangeKey = `${dimension}|${from.getTime()}|${to.getTime()}`;
      let source = sources.get(rangeKey);
      if (!source) sources.set(rangeKey, (source = chooseSource({ from, to }, [dimension], 'MONTH')));
      return totals.load({ source, dimension, organizationId, id, from, to });
    });
    const aggregates = await Promise.all(loads);
    return keys.map(({ from, to }, index) => (loads[index] === null ? null : Object.assign(toStats(aggregates[index] ?? EMPTY), { from, to })));
  }

  async report(organizationId: string, args: unknown): Promise<UsageReport> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    const { filter, groupBy, granularity, top } = parseInput(UsageQueryModel, args, 'args');
    const periods = periodsBetween(filter.from, filter.to, granularity, MAX_PERIODS);
    if (!periods) throw new BadUserInputError('filter.to', `filter.to: the range holds more than ${MAX_PERIODS} ${granularity.toLowerCase()} periods; narrow it or use a coarser granularity.`);
    const source = chooseSource(filter, groupBy, granularity);
    const usage = new UsageRepository(this.scope.em, tenant);

    const dense = (byPeriod: Map<number, UsageAggregate>): UsageBucket[] =>
      periods.map((period) => ({ start: period.start, end: period.end, stats: toStats(byPeriod.get(period.key) ?? EMPTY) }));

    const overall = await usage.series(source, filter, granularity, []);
    const totals = overall.find((row) => row.periodStart === null)?.aggregate ?? EMPTY;
    const overallByPeriod = new Map(overall.filter((row) => row.periodStart).map((row) => [row.periodStart!.getTime(), row.aggregate]));

    let groups: UsageReport['groups'] = [];
    let groupCount = 0;
    if (groupBy.length > 0) {
      const ranking = await usage.groupSums(source, filter, groupBy, top);
      groupCount = ranking.groupCount;
      if (ranking.rows.length > 0) {
        const rows = await usage.series(source, filter, granularity, groupBy, ranking.rows.map((row) => row.group));
        const perGroup = new Map<string, { totals: UsageAggregate; byPeriod: Map<number, UsageAggregate> }>();
        for (const row of rows) {
          const key = groupId(row.group);
          const entry = perGroup.get(key) ?? { totals: EMPTY, byPeriod: new Map() };
          if (row.periodStart) entry.byPeriod.set(row.periodStart.getTime(), row.aggregate);
          else entry.totals = row.aggregate;
          perGroup.set(key, entry);
        }
        groups = ranking.rows.map(({ group }) => {
          const entry = perGroup.get(groupId(group));
          return { group: groupValues(group), totals: toStats(entry?.totals ?? EMPTY), buckets: dense(entry?.byPeriod ?? new Map()) };
        });
      }
    }

    return {
      from: filter.from,
      to: filter.to,
      granularity,
      groupBy,
      source,
      latencyRelativeError: source === 'RAW' ? 0 : LATENCY_RELATIVE_ERROR,
      totals: toStats(totals),
      buckets: dense(overallByPeriod),
      groups,
      groupCount,
    };
  }
}
