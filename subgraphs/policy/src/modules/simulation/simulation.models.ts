import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { ENFORCEMENTS, POLICY_TYPES } from '../engine/index.js';
import { optional } from '../policies/policy.models.js';

/** `simulatePolicy`'s input: exactly one of a stored version and a draft. */
export const SimulatePolicyInputModel = z
  .object({
    organizationId: IdModel,
    versionId: optional(IdModel),
    draft: optional(z.object({ type: z.enum(POLICY_TYPES), rules: z.unknown() })),
    policyId: optional(IdModel),
    enforcement: optional(z.enum(ENFORCEMENTS)),
    from: optional(z.coerce.date({ message: 'must be a date-time' })),
    to: optional(z.coerce.date({ message: 'must be a date-time' })),
    samples: optional(z.number().int('must be a whole number').min(0, 'must be at least 0').max(50, 'must be at most 50')),
  })
  .refine((input) => Boolean(input.versionId) !== Boolean(input.draft), { path: ['versionId'], message: 'give exactly one of versionId and draft' })
  .refine((input) => !input.from || !input.to || input.from < input.to, { path: ['from'], message: 'must be before to' });
export type SimulatePolicyInput = z.infer<typeof SimulatePolicyInputModel>;
