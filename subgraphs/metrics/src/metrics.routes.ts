import { IdModel, defineRoute, queryList } from '@steward/kernel';
import { z } from 'zod';

/** Most versions one request may ask for (a comparison needs two, a promotion one). */
const MAX_VERSIONS = 100;

/**
 * `GET /internal/live-measurements?organizationId=<id>&versionId=<id>[&versionId=<id>…]` →
 * `{ versions: [{ versionId, requests, errorRate, p95LatencyMs, costPerRequestUsd }] }`, one entry per
 * version asked for, in the order asked. Projects calls it before a promotion (a mutation cannot use
 * `@requires`), so the promotion decides on the values the `gate` field shows. The calling service has
 * already checked the caller's permission on the version.
 */
export const liveMeasurementsRoute = defineRoute({
  owner: 'metrics',
  method: 'GET',
  path: '/internal/live-measurements',
  input: z.object({ organizationId: IdModel, versionId: queryList(IdModel).pipe(z.array(z.string()).min(1).max(MAX_VERSIONS)) }),
  output: z.object({
    versions: z.array(
      z.object({
        versionId: z.string(),
        requests: z.number(),
        errorRate: z.number().nullable(),
        p95LatencyMs: z.number().nullable(),
        costPerRequestUsd: z.number().nullable(),
      }),
    ),
  }),
});

/**
 * `POST /internal/metrics/spend` `{ organizationId, userId, teamIds, projectId }` → the subject's spend
 * today and this month (the narrowest subject named: the user, else the first team, else the project,
 * else the organization) and, of the budgets the subject's requests count towards, the one closest
 * to running out with its burn forecast. Policy asks it when a COST rule limits spend or denies on an
 * exhausting budget and the decision request did not say itself.
 */
export const spendContextRoute = defineRoute({
  owner: 'metrics',
  method: 'POST',
  path: '/internal/metrics/spend',
  input: z.object({ organizationId: IdModel, userId: IdModel.nullable(), teamIds: z.array(IdModel).max(20), projectId: IdModel.nullable() }),
  output: z.object({
    dayUsd: z.number(),
    monthUsd: z.number(),
    budget: z.object({ budgetId: z.string(), limitUsd: z.number(), spentUsd: z.number(), forecastUsd: z.number(), exhaustsBeforePeriodEnd: z.boolean() }).nullable(),
  }),
});
