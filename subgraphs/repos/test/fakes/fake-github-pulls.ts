import { fakeSha } from './fake-commits.js';
import type { FakeGitHubPullRequest, FakeGitHubRepository, FakeGitHubState, FakeIssueComment, FakeReviewComment, GitHubCall } from './fake-github-model.js';
import { githubError, issueCommentJson, page, reviewCommentJson } from './fake-github-replies.js';
import type { FakeReply } from './fake-http.js';
import { readPatch } from './fake-patch.js';

// The fake GitHub's pull request routes: its files, its review comments, its issue (conversation) comments.

/** GET pulls/:/files — the changed files, a page at a time. */
export function listPullFiles(state: FakeGitHubState, { request, repository, params }: GitHubCall): FakeReply {
  const pr = pullOf(repository, params[0]);
  if (!pr) return githubError(404, 'Not Found');
  return page(
    state.base,
    request,
    pr.files.map((file) => ({
      sha: fakeSha(file.filename),
      filename: file.filename,
      status: file.status ?? 'modified',
      additions: readPatch(file.patch).filter((row) => row.kind === '+').length,
      deletions: readPatch(file.patch).filter((row) => row.kind === '-').length,
      changes: readPatch(file.patch).filter((row) => row.kind !== ' ').length,
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
      ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
    })),
  );
}

/** GET pulls/:/comments — the review comments, oldest first, a page at a time. */
export function listReviewComments(state: FakeGitHubState, { request, repository, params }: GitHubCall): FakeReply {
  const pr = pullOf(repository, params[0]);
  if (!pr) return githubError(404, 'Not Found');
  const all = [...state.reviewComments.values()].filter((comment) => comment.repository === repository.fullName && comment.pull_number === pr.number).sort((a, b) => a.id - b.id);
  return page(state.base, request, all.map(reviewCommentJson));
}

/** POST pulls/:/comments — a review comment on a line or range of the diff, validated as GitHub does. */
export function createReviewComment(state: FakeGitHubState, { repository, body, params }: GitHubCall): FakeReply {
  const pr = pullOf(repository, params[0]);
  if (!pr) return githubError(404, 'Not Found');
  if (typeof body.body !== 'string' || typeof body.path !== 'string' || typeof body.commit_id !== 'string') return githubError(422, 'Invalid request. "body", "commit_id" and "path" are required.');
  if (body.commit_id !== pr.headSha) return invalid('commit_id', 'commit_id is not part of the pull request');
  const side = body.side === 'LEFT' ? 'LEFT' : 'RIGHT';
  const file = pr.files.find((candidate) => candidate.filename === body.path);
  if (!file) return invalid('pull_request_review_thread.path', 'pull_request_review_thread.path is invalid');
  const rows = readPatch(file.patch);
  const find = (line: unknown, onSide: 'LEFT' | 'RIGHT') =>
    rows.find((row) => (onSide === 'RIGHT' ? row.kind !== '-' && row.newNumber === line : row.kind !== '+' && row.oldNumber === line));
  const end = find(body.line, side);
  if (!end) return invalid('pull_request_review_thread.line', 'pull_request_review_thread.line must be part of the diff');
  let startLine: number | null = null;
  let startSide: 'LEFT' | 'RIGHT' | null = null;
  if (body.start_line !== undefined && body.start_line !== null) {
    startSide = body.start_side === 'LEFT' ? 'LEFT' : body.start_side === 'RIGHT' ? 'RIGHT' : side;
    const start = find(body.start_line, startSide);
    if (!start) return invalid('pull_request_review_thread.start_line', 'pull_request_review_thread.start_line must be part of the diff');
    if (start.hunk !== end.hunk) return invalid('pull_request_review_thread.start_line', 'pull_request_review_thread.start_line must be part of the same hunk as the line.');
    if (Number(body.start_line) >= Number(body.line) && startSide === side) return invalid('pull_request_review_thread.start_line', 'pull_request_review_thread.start_line must precede the end line.');
    startLine = Number(body.start_line);
  }
  const comment: FakeReviewComment = {
    id: state.nextId++,
    repository: repository.fullName,
    pull_number: pr.number,
    commit_id: pr.headSha,
    path: file.filename,
    line: Number(body.line),
    side,
    start_line: startLine,
    start_side: startSide,
    body: body.body,
    created_at: state.now(),
    updated_at: state.now(),
  };
  state.reviewComments.set(comment.id, comment);
  return { status: 201, body: reviewCommentJson(comment) };
}

/** PATCH pulls/comments/: — a review comment's new body. */
export function updateReviewComment(state: FakeGitHubState, { repository, body, params }: GitHubCall): FakeReply {
  const comment = state.reviewComments.get(Number(params[0]));
  if (!comment || comment.repository !== repository.fullName) return githubError(404, 'Not Found');
  if (typeof body.body !== 'string') return githubError(422, 'Invalid request. "body" is required.');
  comment.body = body.body;
  comment.updated_at = state.now();
  return { status: 200, body: reviewCommentJson(comment) };
}

/** POST issues/:/comments — a conversation comment on the pull request. */
export function createIssueComment(state: FakeGitHubState, { repository, body, params }: GitHubCall): FakeReply {
  const pr = pullOf(repository, params[0]);
  if (!pr) return githubError(404, 'Not Found');
  if (typeof body.body !== 'string') return githubError(422, 'Invalid request. "body" is required.');
  const comment: FakeIssueComment = { id: state.nextId++, repository: repository.fullName, issue_number: pr.number, body: body.body, created_at: state.now(), updated_at: state.now() };
  state.issueComments.set(comment.id, comment);
  return { status: 201, body: issueCommentJson(comment) };
}

/** PATCH issues/comments/: — a conversation comment's new body. */
export function updateIssueComment(state: FakeGitHubState, { repository, body, params }: GitHubCall): FakeReply {
  const comment = state.issueComments.get(Number(params[0]));
  if (!comment || comment.repository !== repository.fullName) return githubError(404, 'Not Found');
  if (typeof body.body !== 'string') return githubError(422, 'Invalid request. "body" is required.');
  comment.body = body.body;
  comment.updated_at = state.now();
  return { status: 200, body: issueCommentJson(comment) };
}

function pullOf(repository: FakeGitHubRepository, value: string | undefined): FakeGitHubPullRequest | undefined {
  return repository.pullRequests?.find((candidate) => candidate.number === Number(value));
}

/** GitHub's 422 for a review comment it cannot place, naming the field. */
function invalid(field: string, message: string): FakeReply {
  return githubError(422, 'Validation Failed', { errors: [{ resource: 'PullRequestReviewComment', code: 'custom', field, message }] });
}
