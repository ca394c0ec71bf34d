import { z } from 'zod';
import { IdModel } from '@steward/kernel';

const TWO_YEARS_MS = 2 * 366 * 86_400_000;

/** `createApiKey` input; `expiresAt` must lie in the future, at most two years ahead. */
export const CreateApiKeyInputModel = z.object({
  organizationId: z.string(),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  roleId: IdModel,
  expiresAt: z
    .date()
    .refine((date) => date.getTime() > Date.now(), 'must be in the future')
    .refine((date) => date.getTime() <= Date.now() + TWO_YEARS_MS, 'must be at most two years ahead')
    .nullish(),
});
