import { IdModel, defineRoute } from '@steward/kernel';
import { z } from 'zod';

/**
 * `POST /internal/repos/lookup` `{ organizationId, repositoryIds }` → `{ repositoryIds }`: which of
 * the ids are repositories of that organization (disconnected ones included: a version's source
 * stays true after its repository is disconnected). Projects checks a version's source revision with it.
 */
export const repositoryLookupRoute = defineRoute({
  owner: 'repos',
  method: 'POST',
  path: '/internal/repos/lookup',
  input: z.object({ organizationId: IdModel, repositoryIds: z.array(IdModel).max(100) }),
  output: z.object({ repositoryIds: z.array(z.string()) }),
  bodyLimit: '16kb',
});

/**
 * `GET /internal/repos/archive?organizationId&repositoryId&commitSha` → the repository's tree at that
 * commit as a tar.gz stream (`application/gzip`), read from the provider (GitHub's tarball, GitLab's
 * archive.tar.gz) with the repository's token. Not JSON, so it is mounted by hand and called with
 * `RouteClient.fetchRaw`: 404 when the repository is not the organization's, 502 (JSON `{ error }`)
 * when the provider refuses or does not answer. Analysis downloads each commit once and keeps it.
 */
export const REPOSITORY_ARCHIVE_PATH = '/internal/repos/archive' as const;

const ReviewSeverityModel = z.enum(['CRITICAL', 'MAJOR', 'MINOR', 'INFO']);

/**
 * `POST /internal/repos/reviews` `{ organizationId, pullRequestId, commitSha, findings, conclusion, checkName, summary }`
 * → `{ published, checkRunId }`: publishes an analysis of a pull request's head as a review, the way
 * `publishReview` does (inline comments on changed lines, earlier comments resolved, one check run),
 * as the analysis service. `published: false` when the pull request's head moved past `commitSha`
 * (a newer analysis will publish) or the repository cannot be written to (disconnected, needs re-auth).
 */
export const publishAnalysisReviewRoute = defineRoute({
  owner: 'repos',
  method: 'POST',
  path: '/internal/repos/reviews',
  input: z.object({
    organizationId: IdModel,
    pullRequestId: IdModel,
    commitSha: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/),
    findings: z
      .array(
        z.object({
          fingerprint: z.string().min(1).max(200),
          path: z.string().min(1).max(1000),
          line: z.number().int().min(1),
          startLine: z.number().int().min(1).nullable(),
          severity: ReviewSeverityModel,
          category: z.string().min(1).max(100),
          message: z.string().min(1).max(8000),
        }),
      )
      .max(1000),
    conclusion: z.enum(['SUCCESS', 'FAILURE', 'NEUTRAL']),
    checkName: z.string().min(1).max(100),
    /** Markdown shown with the check run (the gate's conditions). */
    summary: z.string().max(20_000),
  }),
  output: z.object({ published: z.boolean(), checkRunId: z.string().nullable() }),
  bodyLimit: '4mb',
});

/**
 * `POST /internal/repos/pull-request-changes` `{ organizationId, pullRequestId }` →
 * `{ repositoryId, headSha, files: [{ path, addedLines }] }`: the lines a pull request adds or changes,
 * by file of its head (read from the provider's diff), or 404 when it is not a pull request of that
 * organization. Analysis measures the coverage of exactly these lines (`new_code_coverage`).
 */
export const pullRequestChangesRoute = defineRoute({
  owner: 'repos',
  method: 'POST',
  path: '/internal/repos/pull-request-changes',
  input: z.object({ organizationId: IdModel, pullRequestId: IdModel }),
  output: z.object({
    repositoryId: z.string(),
    headSha: z.string(),
    files: z.array(z.object({ path: z.string(), addedLines: z.array(z.number().int().min(1)) })),
  }),
  bodyLimit: '4kb',
});
