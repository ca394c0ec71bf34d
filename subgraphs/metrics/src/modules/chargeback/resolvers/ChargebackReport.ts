import type { ChargebackReportResolvers } from '../../../__generated__/resolvers-types.js';
import { decodeOffsetCursor, parsePage, toConnection } from '../../../pagination.js';

/** Report fields: paged lines and the CSV rendering. */
export const ChargebackReport: ChargebackReportResolvers = {
  totalCostUsd: (report) => report.totalCostMicros,
  lineCount: (report) => report.lines.length,
  lines: (report, args) => {
    const page = parsePage({ first: args.first, after: args.after }, decodeOffsetCursor);
    const offset = page.after === null ? 0 : page.after + 1;
    const rows = report.lines.slice(offset, offset + page.first + 1).map((line, index) => ({ line, position: offset + index }));
    return toConnection(rows, page.first, (row) => row.position, (row) => row.line);
  },
  csv: (report, _args, ctx) => ctx.chargeback.csv(report),
};
