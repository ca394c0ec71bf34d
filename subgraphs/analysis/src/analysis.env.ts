import { z } from 'zod';
import { encryptionKeyVar, grantsCacheEnvShape, portVar } from '@steward/kernel';

const MIB = 1024 * 1024;

/** Variables the analysis subgraph reads (in addition to the common ones). */
export const analysisEnvShape = {
  ANALYSIS_PORT: portVar(4007),
  /** GraphQL URL of the organizations subgraph (the caller's grants). Required when analysis runs on its own. */
  ORGANIZATIONS_URL: z.string().url().optional(),
  /** GraphQL URL of the projects subgraph: whether a session's project and version are the organization's, and which version is in production. Required when analysis runs on its own. */
  PROJECTS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the repos subgraph: repositories of the organization, commits' archives, pull
   * requests' changed lines and reviews (internal routes on the same origin). Required when analysis runs on its own.
   */
  REPOS_URL: z.string().url().optional(),
  /** 32 random bytes (hex or base64) signing upload and download links. Required in production. */
  ANALYSIS_SIGNING_KEY: encryptionKeyVar.optional(),
  /** The public origin upload and download links start with (the gateway's, which forwards `/analysis/files/…` here). */
  ANALYSIS_PUBLIC_URL: z.string().url().default('http://localhost:4000'),
  /** How long an upload or download link works, in seconds. */
  ANALYSIS_LINK_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  /** Largest source archive accepted (bytes as sent, compressed). */
  ANALYSIS_MAX_ARCHIVE_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * MIB).default(100 * MIB),
  /** Largest CI report accepted (SARIF, JUnit, lcov, Cobertura). */
  ANALYSIS_MAX_REPORT_BYTES: z.coerce.number().int().min(1024).max(1024 * MIB).default(50 * MIB),
  /** An archive unpacking to more than this many bytes is refused (zip bombs). */
  ANALYSIS_MAX_UNPACKED_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * MIB).default(1024 * MIB),
  /** An archive holding more files than this is refused. */
  ANALYSIS_MAX_FILES: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  /** Where sources are unpacked for analysis (default `<STEWARD_DATA_DIR>/analysis/work`). */
  ANALYSIS_WORK_DIR: z.string().min(1).optional(),
  /**
   * An S3-compatible bucket for artifacts; unset keeps them on disk under `<STEWARD_DATA_DIR>/analysis/artifacts`.
   * Credentials come from the AWS SDK's usual sources (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, a role).
   */
  ANALYSIS_S3_BUCKET: z.string().min(3).optional(),
  /** The S3 endpoint for a non-AWS store (MinIO, Ceph, R2…), e.g. `http://minio:9000`. */
  ANALYSIS_S3_ENDPOINT: z.string().url().optional(),
  /** The bucket's region. */
  ANALYSIS_S3_REGION: z.string().min(1).default('us-east-1'),
  /** Path-style addressing (`endpoint/bucket/key`), which most S3-compatible stores need. */
  ANALYSIS_S3_FORCE_PATH_STYLE: z.stringbool().default(true),
  /**
   * `false`: this process accepts analyses but leaves their tasks to worker processes
   * (`npm run worker -w @steward/analysis`). Workers ignore it.
   */
  ANALYSIS_PROCESS_TASKS: z.stringbool().default(true),
  /**
   * A task run taking longer is aborted and retried; a run whose worker died is handed to another
   * worker this long (plus a tenth) after it started.
   */
  ANALYSIS_TASK_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(20_000).default(1800),
  /** Tasks one process runs at once. */
  ANALYSIS_TASK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  ...grantsCacheEnvShape,
};
const analysisEnv = z.object(analysisEnvShape);
export type AnalysisEnv = z.infer<typeof analysisEnv>;
