import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { ENFORCEMENTS, SUBJECT_KINDS } from '../engine/index.js';
import { optional } from '../policies/policy.models.js';

/** `assignPolicy`'s input. */
export const AssignPolicyInputModel = z.object({
  policyId: IdModel,
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectId: IdModel,
  enforcement: optional(z.enum(ENFORCEMENTS)),
  priority: optional(z.number().int('must be a whole number').min(-1000, 'must be at least -1000').max(1000, 'must be at most 1000')),
});
export type AssignPolicyInput = z.infer<typeof AssignPolicyInputModel>;

/** `grantPolicyException`'s input (the expiry is checked against the clock by the service). */
export const GrantPolicyExceptionInputModel = z.object({
  assignmentId: IdModel,
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectId: IdModel,
  reason: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  expiresAt: z.coerce.date({ message: 'must be a date-time' }),
});
export type GrantPolicyExceptionInput = z.infer<typeof GrantPolicyExceptionInputModel>;
