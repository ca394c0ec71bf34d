import type { ChargebackReportResolvers } from '../../../__generated__/resolvers-types.js';
import { pageOfList } from '../../../list-page.js';

/** Report fields: paged lines and the CSV rendering. */
export const ChargebackReport: ChargebackReportResolvers = {
  totalCostUsd: (report) => report.totalCostMicros,
  lineCount: (report) => report.lines.length,
  lines: (report, args) => pageOfList(report.lines, args),
  csv: (report, _args, ctx) => ctx.chargeback.csv(report),
};
