import { z } from 'zod';
import { IdModel } from '@steward/kernel';
import { COMPARISON_OPERATORS, SEVERITIES } from './gate-evaluator.js';

/** Metric names: snake_case, e.g. `cost_per_request`, `p95_latency_ms`, `error_rate`. */
export const MetricModel = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a lower-case letter followed by up to 63 lower-case letters, digits or underscores');

/** zod 4 numbers are finite: NaN and ±Infinity are refused. */
const FiniteModel = z.number('must be a finite number');

/** `setBaseline` input after normalisation. */
export const SetBaselineInputModel = z.object({
  projectId: IdModel,
  metric: MetricModel,
  operator: z.enum(COMPARISON_OPERATORS),
  threshold: FiniteModel,
  severity: z
    .enum(SEVERITIES)
    .nullish()
    .transform((value) => value ?? 'ERROR'),
});
export type SetBaselineInput = z.infer<typeof SetBaselineInputModel>;

/** `recordVersionMeasurements` input: 1 to 100 values, each metric once. */
export const RecordMeasurementsInputModel = z.object({
  versionId: IdModel,
  values: z
    .array(z.object({ metric: MetricModel, value: FiniteModel }))
    .min(1, 'must contain at least one value')
    .max(100, 'must contain at most 100 values')
    .refine((values) => new Set(values.map((v) => v.metric)).size === values.length, 'must not name a metric twice'),
});
export type RecordMeasurementsInput = z.infer<typeof RecordMeasurementsInputModel>;

/** Most baselines a project may have, and most metrics a version may have recorded. */
export const MAX_BASELINES_PER_PROJECT = 100;
export const MAX_MEASUREMENTS_PER_VERSION = 100;
