import { z } from 'zod';
import { encryptionKeyVar, grantsCacheEnvShape, portVar } from '@steward/kernel';

/** GitHub's own cap on a webhook payload: larger ones it never sends, so a larger body is not GitHub's. */
const GITHUB_PAYLOAD_CAP_BYTES = 25 * 1024 * 1024;

/** Variables the repos subgraph reads (in addition to the common ones). */
export const reposEnvShape = {
  REPOS_PORT: portVar(4005),
  /**
   * GraphQL URL of the organizations subgraph, asked for the caller's grants
   * (`GET /internal/grants` on the same origin). Required when repos runs on its own;
   * the one-process stack passes the URL it started organizations on.
   */
  ORGANIZATIONS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the projects subgraph, asked whether a repository's project belongs to its
   * organization (`POST /internal/projects/lookup`). Required when repos runs on its own.
   */
  PROJECTS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the analysis subgraph, asked to analyse pull request heads of repositories with
   * auto-analysis on (`POST /internal/analysis/pull-requests`). Required in production when repos runs on its own.
   */
  ANALYSIS_URL: z.string().url().optional(),
  /** 32 random bytes (hex or base64) sealing repositories' access tokens and webhook secrets at rest. Required in production. */
  REPOS_ENCRYPTION_KEY: encryptionKeyVar.optional(),
  /**
   * The public origin providers deliver webhooks to (the gateway's, or an ingress in front of the
   * repos service): webhook URLs shown to users are `<origin>/webhooks/<provider>/<repository id>`.
   */
  WEBHOOK_PUBLIC_URL: z.string().url().default('http://localhost:4000'),
  /** Webhook bodies larger than this are refused with 413 before they are read to the end (GitHub sends at most 25 MB). */
  WEBHOOK_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(GITHUB_PAYLOAD_CAP_BYTES),
  /** Standard Webhooks signatures (GitLab) older or newer than this many seconds are refused as replays. */
  WEBHOOK_TIMESTAMP_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  /** Provider calls (GitHub, GitLab) that take longer fail as retryable. */
  REPOS_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How long a tree or file read from a provider is kept per commit (a commit never changes; this bounds storage). */
  REPOS_FILE_CACHE_TTL_SECONDS: z.coerce.number().int().min(60).max(90 * 86_400).default(7 * 86_400),
  /** How long a looked-up branch or tag head is trusted when no push said where it moved. */
  REPOS_REF_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /**
   * `false`: this process accepts and stores webhooks but leaves their processing to worker
   * processes (`npm run worker -w @steward/repos`), so ingress and processing scale apart. Workers ignore it.
   */
  REPOS_PROCESS_WEBHOOKS: z.stringbool().default(true),
  ...grantsCacheEnvShape,
};
const reposEnv = z.object(reposEnvShape);
export type ReposEnv = z.infer<typeof reposEnv>;
