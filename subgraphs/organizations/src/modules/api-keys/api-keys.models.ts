import { z } from 'zod';
import { IdModel } from '@steward/kernel';

const TWO_YEARS_MS = 2 * 366 * 86_400_000;

/** `createApiKey` input; `expiresAt` must lie after `now` (the subgraph clock's time), at most two years ahead. */
export const createApiKeyInputModelAt = (now: Date) =>
  z.object({
    organizationId: z.string(),
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    roleId: IdModel,
    expiresAt: z
      .date()
      .refine((date) => date.getTime() > now.getTime(), 'must be in the future')
      .refine((date) => date.getTime() <= now.getTime() + TWO_YEARS_MS, 'must be at most two years ahead')
      .nullish(),
  });
