import { z } from 'zod';
import { parseInput } from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import { formatUsd } from '../../money.js';
import { chooseSource } from '../usage/usage.service.js';
import { DIMENSION_COLUMN, UsageRepository, type UsageSource, type UsageSums } from '../usage/usage.repository.js';
import { toCsv } from './chargeback-csv.js';

/** Longest range of one report. */
const MAX_RANGE_DAYS = 400;

const ChargebackArgsModel = z
  .object({
    from: z.date('must be a date-time'),
    to: z.date('must be a date-time'),
    by: z.enum(['TEAM', 'PROJECT', 'USER']),
  })
  .refine((args) => args.to > args.from, { path: ['to'], message: 'must be after from' })
  .refine((args) => args.to.getTime() - args.from.getTime() <= MAX_RANGE_DAYS * 86_400_000, { path: ['to'], message: `must be at most ${MAX_RANGE_DAYS} days after from` });

/** The usage charged to one team, project or user. */
export interface ChargebackLine extends UsageSums {
  dimension: 'TEAM' | 'PROJECT' | 'USER';
  attributedToId: string | null;
  share: number;
}

/** What `chargebackReport` returns (mirrors the `ChargebackReport` type; lines are paged by its resolver). */
export interface ChargebackReport {
  from: Date;
  to: Date;
  by: 'TEAM' | 'PROJECT' | 'USER';
  source: UsageSource;
  lines: ChargebackLine[];
  totalCostMicros: bigint;
  totalRequests: number;
}

/** Chargeback: an organization's cost over a range split by team, project or user, exactly reconciling with `usage`. */
export class ChargebackService {
  constructor(private readonly scope: MetricsScope) {}

  async report(organizationId: string, args: unknown): Promise<ChargebackReport> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    const { from, to, by } = parseInput(ChargebackArgsModel, args, 'args');
    const range = { from, to };
    const source = chooseSource(range, [by], 'DAY');
    const { rows } = await new UsageRepository(this.scope.em, tenant).groupSums(source, range, [by]);
    // Totals are sums of the lines' integer micros, so they reconcile exactly.
    const totalCostMicros = rows.reduce((sum, row) => sum + row.sums.costMicros, 0n);
    const totalRequests = rows.reduce((sum, row) => sum + row.sums.requests, 0);
    const column = DIMENSION_COLUMN[by];
    const lines = rows.map((row) => ({
      ...row.sums,
      dimension: by,
      attributedToId: row.group[column] ?? null,
      share: totalCostMicros === 0n ? 0 : Number(row.sums.costMicros) / Number(totalCostMicros),
    }));
    return { from, to, by, source, lines, totalCostMicros, totalRequests };
  }

  /** The report as RFC 4180 CSV, one row per line. */
  csv(report: ChargebackReport): string {
    const idColumn = `${report.by.toLowerCase()}_id`;
    return toCsv(
      [idColumn, 'requests', 'errors', 'input_tokens', 'output_tokens', 'cache_read_tokens', 'cache_write_tokens', 'cost_usd', 'share'],
      report.lines.map((line) => [
        line.attributedToId ?? '',
        String(line.requests),
        String(line.errors),
        String(line.inputTokens),
        String(line.outputTokens),
        String(line.cacheReadTokens),
        String(line.cacheWriteTokens),
        formatUsd(line.costMicros),
        line.share.toFixed(6),
      ]),
    );
  }
}
