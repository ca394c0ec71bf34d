import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { POLICY_ACTIONS } from '../engine/index.js';
import { optional } from '../policies/policy.models.js';
import { VIOLATION_STATUSES } from './violation.entity.js';

/** A list's violation filter. */
export const ViolationFilterModel = z.object({
  filter: optional(
    z.object({
      status: optional(z.enum(VIOLATION_STATUSES)),
      severity: optional(z.enum(['HIGH', 'MEDIUM', 'LOW'])),
      policyId: optional(IdModel),
      action: optional(z.enum(POLICY_ACTIONS)),
    }),
  ),
});
export type ViolationFilter = Partial<NonNullable<z.infer<typeof ViolationFilterModel>['filter']>>;

/** `updatePolicyViolation`'s input: waiving needs a reason. */
export const UpdateViolationInputModel = z
  .object({
    violationId: IdModel,
    status: z.enum(VIOLATION_STATUSES),
    reason: optional(z.string().trim().max(1000, 'must be at most 1000 characters')),
  })
  .refine((input) => input.status !== 'WAIVED' || Boolean(input.reason), { path: ['reason'], message: 'is required to waive a violation' });

/** A time window's bounds, both optional. */
export const WindowModel = z.object({
  from: optional(z.coerce.date({ message: 'must be a date-time' })),
  to: optional(z.coerce.date({ message: 'must be a date-time' })),
});
