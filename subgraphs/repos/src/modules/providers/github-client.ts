import { Octokit } from '@octokit/rest';
import { parsePatch } from './diff-lines.js';
import { MAX_SUMMARY, toGitHubAnnotation, truncate, type GitHubAnnotation } from './github-check-output.js';
import { githubDetail, githubProviderError, parseJson } from './github-errors.js';
import { fetchArchive } from './provider-archive.js';
import type {
  ChangedFile,
  CheckReport,
  ClientSettings,
  ExistingInlineComment,
  FileContent,
  FileTree,
  InlineComment,
  ProviderClient,
  ProviderConnection,
  PublishCheckOptions,
  PublishedCheck,
  PullRequestDiff,
  PullRequestRef,
  SourceArchive,
} from './provider-client.js';
import { ProviderError } from './provider-error.js';
import { fetchWithTimeout } from './provider-http.js';
import { batches } from './review-plan.js';

/** GitHub accepts at most this many annotations per check-run request. */
export const GITHUB_ANNOTATIONS_PER_REQUEST = 50;

/** The REST API version every request asks for, so a GitHub default change cannot move the payloads. */
export const GITHUB_API_VERSION = '2022-11-28';

/**
 * Talks to one GitHub (or GitHub Enterprise Server) repository through `@octokit/rest`: reads pull
 * request diffs, trees and files, publishes review comments, the summary comment and check runs.
 * Octokit is used without the retry and throttling plugins, so it never waits or retries on its own.
 */
export class GitHubClient implements ProviderClient {
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly connection: ProviderConnection,
    private readonly settings: ClientSettings,
  ) {
    const slash = connection.fullName.indexOf('/');
    if (slash <= 0 || slash === connection.fullName.length - 1) {
      throw new ProviderError('rejected', null, `"${connection.fullName}" is not a GitHub repository name (owner/name).`);
    }
    this.owner = connection.fullName.slice(0, slash);
    this.repo = connection.fullName.slice(slash + 1);
    this.octokit = new Octokit({
      auth: connection.token,
      baseUrl: connection.apiBaseUrl.replace(/\/+$/, ''),
      userAgent: 'steward-repos',
      request: { fetch: fetchWithTimeout(settings.timeoutMs) },
      // Octokit's default logger prints deprecation notices with console.warn; errors reach the caller as ProviderError.
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    this.octokit.hook.before('request', (options) => {
      options.headers['x-github-api-version'] = GITHUB_API_VERSION;
    });
  }

  async changedFiles(pr: PullRequestRef): Promise<PullRequestDiff> {
    const files = await this.call(() => this.octokit.paginate(this.octokit.rest.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: pr.number, per_page: 100 }));
    return {
      files: files.map((file): ChangedFile => {
        const parsed = parsePatch(file.patch);
        return { path: file.filename, previousPath: file.previous_filename ?? null, commentable: { LEFT: parsed.LEFT, RIGHT: parsed.RIGHT }, lines: parsed.lines };
      }),
      diffRefs: null,
    };
  }

  async createInlineComment(pr: PullRequestRef, comment: InlineComment): Promise<string> {
    const range = comment.startLine !== null && comment.startLine < comment.line ? { start_line: comment.startLine, start_side: comment.side } : {};
    const { data } = await this.call(() =>
      this.octokit.rest.pulls.createReviewComment({
        owner: this.owner,
        repo: this.repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        path: comment.path,
        line: comment.line,
        side: comment.side,
        ...range,
        body: comment.body,
      }),
    );
    return String(data.id);
  }

  async listInlineComments(pr: PullRequestRef): Promise<ExistingInlineComment[]> {
    const comments = await this.call(() =>
      this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, { owner: this.owner, repo: this.repo, pull_number: pr.number, per_page: 100 }),
    );
    return (
      comments
        // A reply in a thread is a review comment too, but only a thread's first comment can be one Steward made.
        .filter((comment) => comment.in_reply_to_id === undefined || comment.in_reply_to_id === null)
        .map((comment) => ({ providerId: String(comment.id), body: comment.body, resolved: false }))
    );
  }

  async updateInlineComment(_pr: PullRequestRef, providerId: string, body: string): Promise<void> {
    // GitHub's REST API has no thread resolution, so re-opening needs nothing beyond the new body.
    await this.call(() => this.octokit.rest.pulls.updateReviewComment({ owner: this.owner, repo: this.repo, comment_id: numericId(providerId), body }));
  }

  async resolveInlineComment(pr: PullRequestRef, providerId: string, body: string): Promise<void> {
    await this.updateInlineComment(pr, providerId, body);
  }

  async upsertSummaryComment(pr: PullRequestRef, providerId: string | null, body: string): Promise<string> {
    if (providerId !== null) {
      try {
        await this.call(() => this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: numericId(providerId), body }));
        return providerId;
      } catch (error) {
        // Someone deleted the summary comment: write a new one rather than failing every run from now on.
        if (!(error instanceof ProviderError && error.kind === 'not_found')) throw error;
      }
    }
    const { data } = await this.call(() => this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: pr.number, body }));
    return String(data.id);
  }

  async publishCheck(report: CheckReport, existingId: string | null, options: PublishCheckOptions = {}): Promise<PublishedCheck> {
    const annotations = report.annotations.map(toGitHubAnnotation);
    const output = (batch: GitHubAnnotation[]) => ({ title: report.title, summary: truncate(report.summary, MAX_SUMMARY), annotations: batch });
    let requests = 0;
    let checkRunId: number | null = null;
    let sent = 0;
    if (existingId !== null) {
      const id = numericId(existingId);
      requests += 1;
      try {
        // Only GitHub knows how many batches got through before the last attempt failed (a PATCH may have
        // been applied with its answer lost); what it already holds is not sent again.
        const { data } = await this.call(() => this.octokit.rest.checks.get({ owner: this.owner, repo: this.repo, check_run_id: id }));
        checkRunId = id;
        sent = data.output.annotations_count;
      } catch (error) {
        // GitHub no longer has the run: publish it anew rather than fail every retry.
        if (!(error instanceof ProviderError && error.kind === 'not_found')) throw error;
      }
    }
    if (checkRunId === null) {
      const first = annotations.slice(0, GITHUB_ANNOTATIONS_PER_REQUEST);
      const { data } = await this.call(() =>
        this.octokit.rest.checks.create({ owner: this.owner, repo: this.repo, name: report.name, head_sha: report.headSha, status: 'completed', conclusion: report.conclusion, output: output(first) }),
      );
      requests += 1;
      checkRunId = data.id;
      sent = first.length;
      await options.onCreated?.(String(checkRunId));
    }
    const runId = checkRunId;
    // GitHub appends the annotations of each update to the run, 50 per request at most.
    for (const batch of batches(annotations.slice(sent), GITHUB_ANNOTATIONS_PER_REQUEST)) {
      await this.call(() => this.octokit.rest.checks.update({ owner: this.owner, repo: this.repo, check_run_id: runId, output: output(batch) }));
      requests += 1;
    }
    return { providerId: String(runId), requests };
  }

  async resolveRef(ref: string): Promise<string> {
    // The `sha` media type answers with the bare SHA instead of the whole commit and its diff.
    const { data } = await this.call(() => this.octokit.rest.repos.getCommit({ owner: this.owner, repo: this.repo, ref, mediaType: { format: 'sha' } }));
    const answer: unknown = data;
    const sha = typeof answer === 'string' ? answer : answer instanceof ArrayBuffer ? new TextDecoder().decode(answer) : typeof data.sha === 'string' ? data.sha : '';
    if (!/^[0-9a-f]{40,64}$/.test(sha.trim())) throw new ProviderError('rejected', null, `GitHub did not answer a commit SHA for "${ref}".`);
    return sha.trim();
  }

  async fileTree(sha: string): Promise<FileTree> {
    const { data } = await this.call(() => this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: sha, recursive: 'true' }));
    const entries: FileTree['entries'] = [];
    for (const entry of data.tree) {
      // Submodules ("commit") have no content in this repository.
      if ((entry.type === 'blob' || entry.type === 'tree') && entry.path) entries.push({ path: entry.path, type: entry.type, size: entry.type === 'blob' ? (entry.size ?? null) : null });
    }
    return { entries, truncated: data.truncated };
  }

  async file(path: string, sha: string): Promise<FileContent | null> {
    let data: unknown;
    try {
      ({ data } = await this.call(() => this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: sha })));
    } catch (error) {
      if (error instanceof ProviderError && error.kind === 'not_found') return null;
      throw error;
    }
    // A directory answers with a list, a symlink or submodule with another type: not a file's text.
    if (!isFileEntry(data)) return null;
    if (data.encoding === 'base64') return { content: Buffer.from(data.content, 'base64').toString('utf8'), size: data.size };
    // Files of 1-100 MB come without content (encoding "none"); the raw media type returns them.
    const raw = await this.call(() => this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: sha, mediaType: { format: 'raw' } }));
    const body: unknown = raw.data;
    const content = typeof body === 'string' ? body : body instanceof ArrayBuffer ? new TextDecoder().decode(body) : '';
    return { content, size: data.size };
  }

  /**
   * Streams the tarball with the token, outside Octokit (which would buffer the whole body). GitHub
   * answers with a redirect to codeload, whose URL carries its own short-lived token; `fetch` drops
   * the Authorization header when the redirect leaves the API's origin.
   */
  archive(sha: string, signal?: AbortSignal): Promise<SourceArchive> {
    const url = new URL(`${this.connection.apiBaseUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}/tarball/${encodeURIComponent(sha)}`);
    const headers = { authorization: `token ${this.connection.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': GITHUB_API_VERSION, 'user-agent': 'steward-repos' };
    return fetchArchive({ providerName: 'GitHub', url, headers, detailOf: (text) => githubDetail(parseJson(text)) }, this.settings, this.connection.token, signal);
  }

  /** Runs one Octokit call and turns whatever it throws into a ProviderError. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw githubProviderError(error, this.settings, this.connection.token);
    }
  }
}

function isFileEntry(data: unknown): data is { type: 'file'; encoding: string; content: string; size: number } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const entry = data as Record<string, unknown>;
  return entry.type === 'file' && typeof entry.content === 'string' && typeof entry.size === 'number' && typeof entry.encoding === 'string';
}

function numericId(providerId: string): number {
  if (!/^\d+$/.test(providerId)) throw new ProviderError('rejected', null, `"${providerId}" is not a GitHub id.`);
  return Number(providerId);
}
