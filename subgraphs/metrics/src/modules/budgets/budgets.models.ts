import { isId } from '@steward/kernel';
import { z } from 'zod';

/** Thresholds when none are given: half, four fifths and all of the limit. */
export const DEFAULT_THRESHOLDS_BP = [5000, 8000, 10000];

const LimitModel = z.bigint().min(1n, 'must be more than zero').max(1_000_000_000_000_000n, 'must be at most 1,000,000,000 USD');

const ThresholdsModel = z
  .array(
    z
      .number()
      .gt(0, 'must be more than 0')
      .max(10, 'must be at most 10 (1000%)')
      .refine((value) => Math.abs(value * 10_000 - Math.round(value * 10_000)) < 1e-6, 'must have at most four decimals'),
  )
  .max(10, 'must hold at most 10 thresholds')
  .transform((values) => [...new Set(values.map((value) => Math.round(value * 10_000)))].sort((a, b) => a - b));

const NameModel = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** `createBudget` input after normalisation (thresholds in basis points, ascending, distinct). */
export const CreateBudgetInputModel = z
  .object({
    organizationId: z.string(),
    name: NameModel.nullish(),
    scope: z.enum(['ORGANIZATION', 'TEAM', 'USER', 'PROJECT']),
    scopeId: z.string().refine(isId, 'must be an id').nullish(),
    period: z.enum(['DAILY', 'WEEKLY', 'MONTHLY']),
    limitUsd: LimitModel,
    alertThresholds: ThresholdsModel.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.scope === 'ORGANIZATION' && input.scopeId && input.scopeId !== input.organizationId) {
      ctx.addIssue({ code: 'custom', path: ['scopeId'], message: 'must be the organization itself (or omitted) for an ORGANIZATION budget' });
    }
    if (input.scope !== 'ORGANIZATION' && !input.scopeId) {
      ctx.addIssue({ code: 'custom', path: ['scopeId'], message: `is required for a ${input.scope} budget` });
    }
  })
  .transform((input) => ({
    ...input,
    scopeId: input.scopeId ?? input.organizationId,
    name: input.name ?? `${input.period.charAt(0)}${input.period.slice(1).toLowerCase()} ${input.scope.toLowerCase()} budget`,
    alertThresholdsBp: input.alertThresholds ?? DEFAULT_THRESHOLDS_BP,
  }));
export type CreateBudgetInput = z.infer<typeof CreateBudgetInputModel>;

/** `updateBudget` input: every field optional. */
export const UpdateBudgetInputModel = z.object({
  name: NameModel.nullish(),
  period: z.enum(['DAILY', 'WEEKLY', 'MONTHLY']).nullish(),
  limitUsd: LimitModel.nullish(),
  alertThresholds: ThresholdsModel.nullish(),
});
export type UpdateBudgetInput = z.infer<typeof UpdateBudgetInputModel>;
