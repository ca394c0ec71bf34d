import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { boundedJsonObject } from '../../json.js';
import { VERSION_STAGES } from './version.entity.js';

/** Why a stage changes; kept in the history. */
const ReasonModel = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');

/** `createVersion` input after normalisation. */
export const CreateVersionInputModel = z.object({
  projectId: IdModel,
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  modelConfig: boundedJsonObject({ maxBytes: 64 * 1024, maxDepth: 20 }),
  changelog: z.string().max(20_000, 'must be at most 20000 characters'),
  sourceRevision: z
    .object({
      repositoryId: IdModel,
      commitSha: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, 'must be a full commit SHA (40 or 64 hexadecimal digits)'),
    })
    .nullish()
    .transform((revision) => revision ?? null),
});
export type CreateVersionInput = z.infer<typeof CreateVersionInputModel>;

/** `promoteVersion` input. */
export const PromoteVersionInputModel = z.object({
  versionId: IdModel,
  reason: ReasonModel,
  force: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

/** `degradeVersion` input. */
export const DegradeVersionInputModel = z.object({ versionId: IdModel, reason: ReasonModel });

/** `rollbackVersion` input. */
export const RollbackVersionInputModel = z.object({ projectId: IdModel, reason: ReasonModel });

/** The filter argument of `Project.versions` (`first` and `after` follow the shared page contract). */
export const VersionFilterModel = z.object({
  stages: z.array(z.enum(VERSION_STAGES)).max(3).nullish(),
});

/** `ProjectVersion.history` pages are longer than the shared default: a version's whole history usually fits in one. */
export const HISTORY_PAGE_SIZE = 50;
