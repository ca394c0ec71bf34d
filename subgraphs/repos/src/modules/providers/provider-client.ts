import type { Provider } from '../repositories/repository.entity.js';
import type { DiffLine, DiffSide } from './diff-lines.js';
import { GitHubClient } from './github-client.js';
import { GitLabClient } from './gitlab-client.js';

export type { DiffLine, DiffSide } from './diff-lines.js';
export { ProviderError, type ProviderErrorKind } from './provider-error.js';

/** What a client needs to talk to one repository: where its API lives and the token that may use it. */
export interface ProviderConnection {
  provider: Provider;
  /** `https://api.github.com`, `https://ghe.example.com/api/v3`, `https://gitlab.example.com/api/v4`. */
  apiBaseUrl: string;
  /** owner/name or GitLab path */
  fullName: string;
  token: string;
}

/** The pull (merge) request a call is about; `number` is GitLab's `iid`. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha?: string | null;
}

/**
 * A file the pull request changed. `commentable` are the lines a review comment may sit on per side;
 * `lines` is the parsed diff, which GitLab positions need (an unchanged line needs both its old and
 * new number, and a line range needs GitLab's line codes).
 */
export interface ChangedFile {
  path: string;
  previousPath: string | null;
  commentable: { LEFT: ReadonlySet<number>; RIGHT: ReadonlySet<number> };
  lines: readonly DiffLine[];
}

/** The three commits a GitLab diff position is anchored to. */
export interface DiffRefs {
  baseSha: string;
  startSha: string;
  headSha: string;
}

/** A pull request's diff as a client read it; pass it back when commenting (GitHub has no diff refs: null). */
export interface PullRequestDiff {
  files: ChangedFile[];
  diffRefs: DiffRefs | null;
}

/** A review comment on a line (`startLine` set for a range) of one side of the diff. */
export interface InlineComment {
  path: string;
  line: number;
  startLine: number | null;
  side: DiffSide;
  body: string;
}

/** A finding shown on a check run. */
export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** A check run (GitHub) or commit status (GitLab) for a head commit. */
export interface CheckReport {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: readonly CheckAnnotation[];
}

/** One entry of a repository tree. */
export interface TreeEntry {
  path: string;
  type: 'blob' | 'tree';
  size: number | null;
}

/** A recursive tree; `truncated` when the provider did not list everything. */
export interface FileTree {
  entries: TreeEntry[];
  truncated: boolean;
}

/** A file's text at a commit. */
export interface FileContent {
  content: string;
  size: number;
}

/** How many requests a check took and the id to update it with next time. */
export interface PublishedCheck {
  providerId: string;
  requests: number;
}

/** Options of `publishCheck`. */
export interface PublishCheckOptions {
  /**
   * Awaited as soon as GitHub created the run, before the rest of its annotations are sent: a caller
   * that saves the id can pass it back after a failure, so the run is completed instead of made twice.
   * Whatever it throws ends the call unchanged (not as a `ProviderError`). Not called for GitLab, whose
   * status is made in one request.
   */
  onCreated?: (providerId: string) => Promise<void>;
}

/** An inline comment found on the pull request: GitHub's review comment (not a reply); GitLab's first note of a diff discussion. */
export interface ExistingInlineComment {
  /** The id `createInlineComment` would have returned for it. */
  providerId: string;
  body: string;
  /** GitLab: the discussion is resolved. GitHub threads cannot be resolved through REST: always false. */
  resolved: boolean;
}

/**
 * Reads pull requests and repository files from a code host and publishes review comments and checks
 * on it. Every method throws only `ProviderError`, and never retries: the caller retries through its
 * durable job queue.
 */
export interface ProviderClient {
  /** Files changed by the pull request with the lines a review comment may sit on (GitHub: pulls/{n}/files `patch`; GitLab: merge_requests/{iid}/diffs, or `changes` before GitLab 15.7), and the base/start/head SHAs GitLab positions need. */
  changedFiles(pr: PullRequestRef): Promise<PullRequestDiff>;
  /** GitHub: POST /repos/{o}/{r}/pulls/{n}/comments (commit_id, path, line, side, start_line/start_side when multi-line). GitLab: POST /projects/:id/merge_requests/:iid/discussions with a text position built from `diff`. Returns the provider's id (GitLab: "<discussionId>/<noteId>"). */
  createInlineComment(pr: PullRequestRef, comment: InlineComment, diff: PullRequestDiff): Promise<string>;
  /** Every inline comment of the pull request, all pages, oldest first (GitHub: GET /repos/{o}/{r}/pulls/{n}/comments without replies; GitLab: GET merge_requests/:iid/discussions, the first note of each diff discussion). */
  listInlineComments(pr: PullRequestRef): Promise<ExistingInlineComment[]>;
  /** Edits a comment's body in place (GitHub PATCH /repos/{o}/{r}/pulls/comments/{id}; GitLab PUT discussions/:d/notes/:n, and with `reopen` also unresolves the discussion). */
  updateInlineComment(pr: PullRequestRef, providerId: string, body: string, options?: { reopen?: boolean }): Promise<void>;
  /** Marks a comment whose finding disappeared: GitLab resolves the discussion (PUT …/discussions/:d resolved=true, `body` unused: the thread collapses); GitHub edits the body to a collapsed "resolved" note (REST cannot resolve threads). */
  resolveInlineComment(pr: PullRequestRef, providerId: string, body: string): Promise<void>;
  /** One summary comment on the pull request, created or updated in place (GitHub issue comment; GitLab MR note); created again when someone deleted it. */
  upsertSummaryComment(pr: PullRequestRef, providerId: string | null, body: string): Promise<string>;
  /**
   * GitHub: a check run, POST with the first 50 annotations then PATCH per next 50. With `existingId`
   * (a run this report was already being published to, whose id `onCreated` gave), the run is
   * completed instead: its annotation count is read back (GET) and only the annotations it lacks are
   * PATCHed, since GitHub appends every PATCH's annotations; a run GitHub no longer has is created
   * again. GitLab: one commit status (annotations are not supported there), made in one request.
   * Returns the id and how many requests it took.
   */
  publishCheck(report: CheckReport, existingId: string | null, options?: PublishCheckOptions): Promise<PublishedCheck>;
  /** The commit SHA a branch, tag or SHA points at. */
  resolveRef(ref: string): Promise<string>;
  /** The tree at a commit (recursive; `truncated` as the provider reports it). */
  fileTree(sha: string): Promise<FileTree>;
  /** A file's text at a commit, or null when it does not exist there. */
  file(path: string, sha: string): Promise<FileContent | null>;
  /**
   * The tree at a commit as a tar.gz stream (GitHub: GET /repos/{o}/{r}/tarball/{sha}, which redirects
   * to codeload; GitLab: GET /projects/:id/repository/archive.tar.gz?sha=). The provider's timeout
   * bounds the wait for its answer only: `signal` bounds the download, which may take long.
   */
  archive(sha: string, signal?: AbortSignal): Promise<SourceArchive>;
}

/** A commit's tree as the provider streams it (gzip-compressed tar, one top folder). */
export interface SourceArchive {
  body: ReadableStream<Uint8Array>;
}

/** Options of `providerClientFor`. */
export interface ProviderClientOptions {
  /** Per request; a request that takes longer fails as retryable. Default 10 000. */
  timeoutMs?: number;
  /** Turns a `retry-after` header into `ProviderError.retryAt`. */
  clock?: () => Date;
}

/** The settled options every client receives. */
export interface ClientSettings {
  timeoutMs: number;
  clock: () => Date;
}

/** Per-request timeout when the caller does not choose one. */
export const DEFAULT_PROVIDER_TIMEOUT_MS = 10_000;

/** Builds the client for a connected repository's provider. */
export function providerClientFor(connection: ProviderConnection, options: ProviderClientOptions = {}): ProviderClient {
  const settings: ClientSettings = { timeoutMs: options.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS, clock: options.clock ?? (() => new Date()) };
  switch (connection.provider) {
    case 'GITHUB':
      return new GitHubClient(connection, settings);
    case 'GITLAB':
      return new GitLabClient(connection, settings);
  }
}
