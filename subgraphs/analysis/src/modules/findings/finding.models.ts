import { IdModel, isId } from '@steward/kernel';
import { z } from 'zod';
import { FINDING_STATUSES, SEVERITIES } from './finding.entity.js';
import type { FindingKey } from './finding.repository.js';

export const FindingFilterModel = z.object({
  filter: z
    .object({
      severities: z.array(z.enum(SEVERITIES)).max(4).nullish(),
      category: z.string().max(40, 'must be at most 40 characters').nullish(),
      pathPrefix: z
        .string()
        .max(1000, 'must be at most 1,000 characters')
        .transform((path) => path.replace(/^\.?\/+/, '').replace(/\/+$/, ''))
        .nullish(),
      newOnly: z.boolean().nullish(),
      status: z.enum(FINDING_STATUSES).nullish(),
    })
    .nullish(),
});

export const IgnoreFindingInputModel = z.object({
  findingId: IdModel,
  reason: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1,000 characters'),
  until: z.coerce.date().nullish(),
});

/** Decodes a findings cursor: `[severity rank, path, id]`. */
export function findingKey(values: unknown[]): FindingKey | null {
  const [rank, path, id, ...rest] = values;
  if (rest.length || typeof rank !== 'number' || !Number.isInteger(rank) || rank < 0 || rank > 3 || typeof path !== 'string' || !isId(id)) return null;
  return { rank, path, id };
}

/** Decodes a module cursor: `[instability, path]`. */
export function moduleKey(values: unknown[]): { instability: number; path: string } | null {
  const [instability, path, ...rest] = values;
  if (rest.length || typeof instability !== 'number' || !Number.isFinite(instability) || typeof path !== 'string') return null;
  return { instability, path };
}
