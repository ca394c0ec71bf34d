import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { ANALYSIS_KINDS, SESSION_STATUSES } from './session.entity.js';

/** A commit SHA as providers write them: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
export const CommitShaModel = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, 'must be a commit SHA: 40 or 64 lower-case hex digits');

export const SourceInputModel = z
  .object({ uploadId: IdModel.nullish(), repositoryId: IdModel.nullish(), commitSha: CommitShaModel.nullish() })
  .superRefine((source, ctx) => {
    if (source.uploadId && (source.repositoryId || source.commitSha)) {
      ctx.addIssue({ code: 'custom', path: ['uploadId'], message: 'give either an uploaded archive or a repository and commit, not both' });
    } else if (!source.uploadId && !source.repositoryId) {
      ctx.addIssue({ code: 'custom', path: ['uploadId'], message: 'give an uploaded archive (uploadId) or a repository and commit (repositoryId, commitSha)' });
    } else if (source.repositoryId && !source.commitSha) {
      ctx.addIssue({ code: 'custom', path: ['commitSha'], message: 'is required with repositoryId' });
    }
  });

export const StartAnalysisInputModel = z.object({
  organizationId: IdModel,
  projectId: IdModel,
  versionId: IdModel.nullish(),
  source: SourceInputModel.nullish(),
  reportUploadIds: z
    .array(IdModel)
    .max(20, 'at most 20 reports per session')
    .refine((ids) => new Set(ids).size === ids.length, 'names the same upload twice')
    .nullish(),
  kinds: z
    .array(z.enum(ANALYSIS_KINDS))
    .min(1, 'name at least one kind, or omit it for the default')
    .refine((kinds) => new Set(kinds).size === kinds.length, 'names a kind twice')
    .nullish(),
  /** A pull request of the source's repository: coverage of its changed lines is measured, and the findings are published on it. */
  pullRequestId: IdModel.nullish(),
});
export type StartAnalysisInput = z.infer<typeof StartAnalysisInputModel>;

export const SessionFilterModel = z.object({
  filter: z.object({ status: z.enum(SESSION_STATUSES).nullish(), versionId: IdModel.nullish() }).nullish(),
});
