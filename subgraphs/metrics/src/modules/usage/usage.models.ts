import { z } from 'zod';
import { optionalReferenceId } from '../../references.js';

/** Most periods one series may have. */
export const MAX_PERIODS = 1000;
/** Largest `top`. */
export const MAX_TOP = 100;

/** A time range with optional equality filters; `to` must be after `from`. */
export const UsageFilterModel = z
  .object({
    from: z.date('must be a date-time'),
    to: z.date('must be a date-time'),
    projectId: optionalReferenceId('project'),
    versionId: optionalReferenceId('project version'),
    teamId: optionalReferenceId('team'),
    userId: optionalReferenceId('user'),
    provider: z
      .string()
      .trim()
      .max(50, 'must be at most 50 characters')
      .nullish()
      .transform((value) => value?.toLowerCase() || null),
    model: z
      .string()
      .trim()
      .max(200, 'must be at most 200 characters')
      .nullish()
      .transform((value) => value || null),
  })
  .refine((filter) => filter.to > filter.from, { path: ['to'], message: 'must be after from' });
export type UsageFilter = z.infer<typeof UsageFilterModel>;

/** `usage` arguments after normalisation. */
export const UsageQueryModel = z
  .object({
    filter: UsageFilterModel,
    groupBy: z
      .array(z.enum(['PROJECT', 'VERSION', 'TEAM', 'USER', 'PROVIDER', 'MODEL']))
      .nullish()
      .transform((value) => [...new Set(value ?? [])]),
    granularity: z
      .enum(['HOUR', 'DAY', 'WEEK', 'MONTH'])
      .nullish()
      .transform((value) => value ?? 'DAY'),
    top: z.number().int().min(1, 'must be at least 1').max(MAX_TOP, `must be at most ${MAX_TOP}`).nullish(),
  })
  .superRefine((query, ctx) => {
    if (query.groupBy.includes('USER') && !query.top) {
      ctx.addIssue({ code: 'custom', path: ['top'], message: 'is required when grouping by USER' });
    }
  })
  .transform((query) => ({ ...query, top: query.top ?? 10 }));
export type UsageQuery = z.infer<typeof UsageQueryModel>;
