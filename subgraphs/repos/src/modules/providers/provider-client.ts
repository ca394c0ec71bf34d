import type { Provider } from '../repositories/repository.entity.js';
import type { DiffLine, DiffSide } from './diff-lines.js';
import { GitHubClient } from './github-client.js';
import { GitLabClient } from './gitlab-client.js';

export type { DiffLine, DiffSide } from './diff-lines.js';

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
}

/** Why a provider call failed, which decides what the caller does next. */
export type ProviderErrorKind = 'retryable' | 'unauthorized' | 'rejected' | 'not_found' | 'forbidden';

/**
 * A failed provider call, with a message safe to show a user (no token, no stack). retryable: 5xx,
 * 429, a 403 that is a rate limit, timeouts, connection errors; unauthorized: 401 (the repository
 * needs a new token); rejected: 400/422 and other 4xx (the provider refused this request, e.g. a line
 * outside the diff); not_found: 404/410; forbidden: 403 without rate-limit signs.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly kind: ProviderErrorKind,
    readonly status: number | null,
    message: string,
    /** When a rate limit says the call may be tried again (from `retry-after` or `x-ratelimit-reset`). */
    readonly retryAt: Date | null = null,
  ) {
    super(message);
  }
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

/** What a provider's HTTP answer said, as far as classifying a failure needs it. */
export interface HttpFailure {
  providerName: string;
  method: string;
  /** Path of the URL only: the query may carry values a user should not see. */
  path: string;
  status: number;
  headers: Readonly<Record<string, string | undefined>>;
  /** The provider's own explanation, already reduced to text. */
  detail: string;
}

const MAX_DETAIL = 300;

/** Turns a provider's error answer into a `ProviderError` of the right kind with a readable message. */
export function httpFailureError(failure: HttpFailure, settings: ClientSettings, token: string): ProviderError {
  const { providerName, method, path, status, headers } = failure;
  const detail = redact(failure.detail, token).slice(0, MAX_DETAIL);
  const said = detail ? `: ${detail}` : '';
  const call = `${method} ${path}`;
  const retryAt = retryTime(headers, settings.clock);
  if (status === 401) {
    return new ProviderError('unauthorized', status, `${providerName} refused the access token (401${said}). Connect the repository again with a new token.`);
  }
  if (status === 429 || status >= 500 || (status === 403 && isRateLimited(headers, detail))) {
    return new ProviderError('retryable', status, `${providerName} could not serve ${call} right now (${status}${said}).`, retryAt);
  }
  if (status === 403) {
    return new ProviderError('forbidden', status, `${providerName} does not let this token ${call} (403${said}).`);
  }
  if (status === 404 || status === 410) {
    return new ProviderError('not_found', status, `${providerName} found nothing at ${call} (${status}${said}).`);
  }
  return new ProviderError('rejected', status, `${providerName} refused ${call} (${status}${said}).`);
}

/** Turns a request that got no answer (timeout, refused connection, DNS) into a retryable `ProviderError`. */
export function noAnswerError(providerName: string, method: string, url: URL | string, error: unknown, timeoutMs: number): ProviderError {
  const { host, pathname } = typeof url === 'string' ? new URL(url) : url;
  if (isTimeout(error)) {
    return new ProviderError('retryable', null, `${providerName} did not answer ${method} ${pathname} within ${timeoutMs} ms.`);
  }
  return new ProviderError('retryable', null, `${providerName} could not be reached at ${host} (${method} ${pathname}).`);
}

/** Whether an error (or its cause) is a timeout from `AbortSignal.timeout`. */
export function isTimeout(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth += 1) {
    if (current.name === 'TimeoutError') return true;
  }
  return false;
}

/** A `fetch` whose every request is aborted after `timeoutMs` (on top of any signal the caller gave). */
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
}

/** Removes the token from text that came back from a provider, in case it echoed it. */
export function redact(text: string, token: string): string {
  return token ? text.split(token).join('[redacted]') : text;
}

function isRateLimited(headers: Readonly<Record<string, string | undefined>>, detail: string): boolean {
  return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(detail);
}

function retryTime(headers: Readonly<Record<string, string | undefined>>, clock: () => Date): Date | null {
  const after = headers['retry-after'];
  if (after !== undefined && /^\d+$/.test(after.trim())) return new Date(clock().getTime() + Number(after) * 1000);
  const reset = headers['x-ratelimit-reset'];
  if (headers['x-ratelimit-remaining'] === '0' && reset !== undefined && /^\d+$/.test(reset.trim())) return new Date(Number(reset) * 1000);
  return null;
}
