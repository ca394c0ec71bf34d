import { Commits, MergeRequestDiscussions, MergeRequestNotes, MergeRequests, Repositories, RepositoryFiles } from '@gitbeaker/rest';
import { lineAt, parsePatch } from './diff-lines.js';
import { lineNumbers, rangeEnd } from './gitlab-positions.js';
import { gitlabDetail, gitlabHost, singleShotRequester } from './gitlab-requester.js';
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
  PublishedCheck,
  PullRequestDiff,
  PullRequestRef,
  SourceArchive,
} from './provider-client.js';
import { ProviderError } from './provider-error.js';

/** GitLab keeps at most this many characters of a commit status description. */
export const GITLAB_STATUS_DESCRIPTION_LIMIT = 255;

/** Tree pages read at most (100 entries each); a bigger tree is reported `truncated`. */
export const GITLAB_TREE_MAX_PAGES = 100;

const TREE_PAGE_SIZE = 100;

/** A GitLab merge request diff entry, as the `diffs` and `changes` endpoints return it. */
interface GitLabDiff {
  old_path: string;
  new_path: string;
  renamed_file: boolean;
  diff: string;
}

/** The note GitLab creates with a discussion. */
interface CreatedDiscussion extends Record<string, unknown> {
  id: string;
  notes?: { id: number }[];
}

/**
 * Talks to one GitLab (gitlab.com or self-managed) project through `@gitbeaker/rest`: reads merge
 * request diffs, trees and files, publishes discussions, the summary note and a commit status.
 * Gitbeaker's own requester retries 429/502 ten times and queues requests behind an in-memory rate
 * limiter; this client plugs in its own requester (`requesterFn`) that sends each request once, with
 * a timeout, and throws `ProviderError`, because the caller retries through its durable job queue.
 */
export class GitLabClient implements ProviderClient {
  private readonly project: string;
  private readonly mergeRequests: MergeRequests;
  private readonly discussions: MergeRequestDiscussions;
  private readonly notes: MergeRequestNotes;
  private readonly commits: Commits;
  private readonly repositories: Repositories;
  private readonly files: RepositoryFiles;

  constructor(
    private readonly connection: ProviderConnection,
    private readonly settings: ClientSettings,
  ) {
    this.project = connection.fullName.replace(/^\/+|\/+$/g, '');
    // Only the resources this client uses: the `Gitlab` bundle would build about 200 of them per client.
    const options = { host: gitlabHost(connection.apiBaseUrl), token: connection.token, queryTimeout: null, requesterFn: singleShotRequester(settings, connection.token) };
    this.mergeRequests = new MergeRequests(options);
    this.discussions = new MergeRequestDiscussions(options);
    this.notes = new MergeRequestNotes(options);
    this.commits = new Commits(options);
    this.repositories = new Repositories(options);
    this.files = new RepositoryFiles(options);
  }

  async changedFiles(pr: PullRequestRef): Promise<PullRequestDiff> {
    const mergeRequest = await guard(() => this.mergeRequests.show(this.project, pr.number));
    let diffs: GitLabDiff[];
    try {
      diffs = await guard(() => this.mergeRequests.allDiffs(this.project, pr.number, { perPage: 100 }));
    } catch (error) {
      // The merge request exists (it was just read), so a 404 here means a GitLab older than 15.7 without `diffs`.
      if (!(error instanceof ProviderError && error.kind === 'not_found')) throw error;
      diffs = (await guard(() => this.mergeRequests.showChanges(this.project, pr.number))).changes;
    }
    const refs = mergeRequest.diff_refs;
    return {
      files: diffs.map((entry): ChangedFile => {
        const parsed = parsePatch(entry.diff);
        return { path: entry.new_path, previousPath: entry.renamed_file ? entry.old_path : null, commentable: { LEFT: parsed.LEFT, RIGHT: parsed.RIGHT }, lines: parsed.lines };
      }),
      diffRefs: refs ? { baseSha: refs.base_sha, startSha: refs.start_sha, headSha: refs.head_sha } : null,
    };
  }

  async createInlineComment(pr: PullRequestRef, comment: InlineComment, diff: PullRequestDiff): Promise<string> {
    if (!diff.diffRefs) throw new ProviderError('rejected', null, 'GitLab did not give this merge request diff refs, so a comment cannot be placed on its diff.');
    const file = diff.files.find((candidate) => candidate.path === comment.path);
    const end = file ? lineAt(file.lines, comment.side, comment.line) : null;
    if (!file || !end) throw new ProviderError('rejected', null, `Line ${comment.line} (${comment.side}) of ${comment.path} is not part of the merge request diff.`);
    const position: Record<string, unknown> = {
      base_sha: diff.diffRefs.baseSha,
      start_sha: diff.diffRefs.startSha,
      head_sha: diff.diffRefs.headSha,
      position_type: 'text',
      old_path: file.previousPath ?? file.path,
      new_path: file.path,
      ...lineNumbers(end),
    };
    const start = comment.startLine !== null && comment.startLine < comment.line ? lineAt(file.lines, comment.side, comment.startLine) : null;
    if (start) position.line_range = { start: rangeEnd(file.path, start, comment.side), end: rangeEnd(file.path, end, comment.side) };
    // Gitbeaker's `create` sends a position as multipart fields built by splitting a query string on
    // "&", which corrupts a path containing "&"; GitLab takes the same fields as JSON, so send them so.
    const { body } = await guard(() =>
      this.mergeRequests.requester.post<CreatedDiscussion>(`projects/${encodeURIComponent(this.project)}/merge_requests/${pr.number}/discussions`, { body: { body: comment.body, position } }),
    );
    const note = body.notes?.[0];
    if (typeof body.id !== 'string' || !note) throw new ProviderError('retryable', null, 'GitLab created the discussion but did not say its note id.');
    return `${body.id}/${note.id}`;
  }

  async listInlineComments(pr: PullRequestRef): Promise<ExistingInlineComment[]> {
    const discussions = await guard(() => this.discussions.all(this.project, pr.number, { perPage: 100 }));
    const comments: ExistingInlineComment[] = [];
    for (const discussion of discussions) {
      const note = discussion.notes?.[0];
      // Only a diff discussion can be an inline comment; plain notes (the summary among them) are discussions here too.
      if (!note || note.type !== 'DiffNote') continue;
      comments.push({ providerId: `${discussion.id}/${note.id}`, body: note.body, resolved: note.resolved === true });
    }
    return comments;
  }

  async updateInlineComment(pr: PullRequestRef, providerId: string, body: string, options: { reopen?: boolean } = {}): Promise<void> {
    const { discussionId, noteId } = splitProviderId(providerId);
    await guard(() => this.discussions.editNote(this.project, pr.number, discussionId, noteId, { body }));
    if (options.reopen) await guard(() => this.discussions.resolve(this.project, pr.number, discussionId, false));
  }

  async resolveInlineComment(pr: PullRequestRef, providerId: string): Promise<void> {
    const { discussionId } = splitProviderId(providerId);
    await guard(() => this.discussions.resolve(this.project, pr.number, discussionId, true));
  }

  async upsertSummaryComment(pr: PullRequestRef, providerId: string | null, body: string): Promise<string> {
    if (providerId !== null) {
      try {
        const noteId = noteNumber(providerId);
        await guard(() => this.notes.edit(this.project, pr.number, noteId, { body }));
        return providerId;
      } catch (error) {
        // Someone deleted the summary note: write a new one rather than failing every run from now on.
        if (!(error instanceof ProviderError && error.kind === 'not_found')) throw error;
      }
    }
    const note = await guard(() => this.notes.create(this.project, pr.number, body));
    return String(note.id);
  }

  /**
   * Sets one commit status (POST /projects/:id/statuses/:sha) named after the check. GitLab commit
   * statuses carry no annotations, so they are dropped; the title becomes the description (at most
   * 255 characters). `neutral` maps to `success`, as it must not block a merge. GitLab keys a status
   * by commit and name, so `existingId` is not needed: the new status supersedes the old one.
   */
  async publishCheck(report: CheckReport): Promise<PublishedCheck> {
    const state = report.conclusion === 'failure' ? 'failed' : 'success';
    const status = await guard(() => this.commits.editStatus(this.project, report.headSha, state, { name: report.name, description: truncate(report.title, GITLAB_STATUS_DESCRIPTION_LIMIT) }));
    return { providerId: String(status.id), requests: 1 };
  }

  async resolveRef(ref: string): Promise<string> {
    const commit = await guard(() => this.commits.show(this.project, ref));
    return commit.id;
  }

  async fileTree(sha: string): Promise<FileTree> {
    const tree = await guard(() =>
      this.repositories.allRepositoryTrees(this.project, { ref: sha, recursive: true, pagination: 'keyset', perPage: TREE_PAGE_SIZE, maxPages: GITLAB_TREE_MAX_PAGES }),
    );
    const entries: FileTree['entries'] = [];
    for (const entry of tree) {
      // Submodules ("commit") have no content in this project.
      if (entry.type === 'blob' || entry.type === 'tree') entries.push({ path: entry.path, type: entry.type, size: null });
    }
    // GitLab pages instead of truncating; stopping at the page limit is the only way to miss entries.
    return { entries, truncated: tree.length >= GITLAB_TREE_MAX_PAGES * TREE_PAGE_SIZE };
  }

  async file(path: string, sha: string): Promise<FileContent | null> {
    try {
      const file = await guard(() => this.files.show(this.project, path, sha));
      const content = file.encoding === 'base64' ? Buffer.from(file.content, 'base64').toString('utf8') : file.content;
      return { content, size: file.size };
    } catch (error) {
      if (error instanceof ProviderError && error.kind === 'not_found') return null;
      throw error;
    }
  }

  /** Streams the archive outside gitbeaker, whose requester bounds the whole body by the per-request timeout. */
  archive(sha: string, signal?: AbortSignal): Promise<SourceArchive> {
    const url = new URL(`${gitlabHost(this.connection.apiBaseUrl)}/api/v4/projects/${encodeURIComponent(this.project)}/repository/archive.tar.gz`);
    url.searchParams.set('sha', sha);
    return fetchArchive({ providerName: 'GitLab', url, headers: { 'private-token': this.connection.token }, detailOf: gitlabDetail }, this.settings, this.connection.token, signal);
  }
}

/** Runs one gitbeaker call; the requester throws ProviderError already, anything else (a malformed answer) becomes one. */
async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw new ProviderError('retryable', null, `GitLab call failed unexpectedly (${error instanceof Error ? error.name : typeof error}).`);
  }
}

function splitProviderId(providerId: string): { discussionId: string; noteId: number } {
  const match = /^([0-9a-f]+)\/(\d+)$/i.exec(providerId);
  if (!match?.[1] || !match[2]) throw new ProviderError('rejected', null, `"${providerId}" is not a GitLab discussion note id (<discussion>/<note>).`);
  return { discussionId: match[1], noteId: Number(match[2]) };
}

function noteNumber(providerId: string): number {
  if (!/^\d+$/.test(providerId)) throw new ProviderError('rejected', null, `"${providerId}" is not a GitLab note id.`);
  return Number(providerId);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
