import { z } from 'zod';
import { modelPatternProblem } from './price-book.js';

const perMillion = z.bigint().min(0n, 'must be zero or more').max(1_000_000_000n, 'must be at most 1,000 USD per million tokens');

/** `setModelPrice` input after normalisation; cache prices default to the input price. */
export const SetModelPriceInputModel = z
  .object({
    organizationId: z.string(),
    provider: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(50, 'must be at most 50 characters')
      .transform((value) => value.toLowerCase()),
    modelPattern: z
      .string()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .superRefine((pattern, ctx) => {
        const problem = modelPatternProblem(pattern);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    inputUsdPerMillion: perMillion,
    outputUsdPerMillion: perMillion,
    cacheReadUsdPerMillion: perMillion.nullish(),
    cacheWriteUsdPerMillion: perMillion.nullish(),
    effectiveFrom: z.date('must be a date-time').nullish(),
  })
  .transform((input) => ({
    ...input,
    cacheReadUsdPerMillion: input.cacheReadUsdPerMillion ?? input.inputUsdPerMillion,
    cacheWriteUsdPerMillion: input.cacheWriteUsdPerMillion ?? input.inputUsdPerMillion,
  }));
export type SetModelPriceInput = z.infer<typeof SetModelPriceInputModel>;
