import { z } from 'zod';
import { boundedJsonObject } from '../../json.js';
import { cursorModel, pageSizeModel } from '../../pagination.js';
import { IdModel } from '../projects/project.models.js';
import { VERSION_STAGES } from './version.entity.js';

/** Why a stage changes; kept in the history. */
const ReasonModel = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');

/** `createVersion` input after normalisation. */
export const CreateVersionInputModel = z.object({
  projectId: IdModel,
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  modelConfig: boundedJsonObject({ maxBytes: 64 * 1024, maxDepth: 20 }),
  changelog: z.string().max(20_000, 'must be at most 20000 characters'),
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

/** Arguments of `Project.versions`. */
export const VersionListArgsModel = z.object({
  first: pageSizeModel(20),
  after: cursorModel,
  stages: z.array(z.enum(VERSION_STAGES)).max(3).nullish(),
});

/** Arguments of `ProjectVersion.history`. */
export const HistoryArgsModel = z.object({ first: pageSizeModel(50), after: cursorModel });
