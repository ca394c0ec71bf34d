import type { FakeCheckRun, FakeIssueComment, FakeReviewComment } from './fake-github-model.js';
import type { FakeReply, RecordedRequest } from './fake-http.js';

// The fake GitHub's answers as GitHub shapes them: error bodies, pages of a list, stored objects as JSON.

/** Where GitHub's error bodies send a reader. */
export const DOCS = 'https://docs.github.com/rest';

/** An error answer with GitHub's body: `message`, `documentation_url`, `status`, and any `extra` fields. */
export function githubError(status: number, message: string, extra: Record<string, unknown> = {}): FakeReply {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } };
}

/** One page of a list as GitHub pages it: `per_page` (default 30, at most 100) and `page`, with a `Link` header to the next and last page. */
export function page(base: string, request: RecordedRequest, items: unknown[]): FakeReply {
  const perPage = Math.min(Number(request.query.per_page ?? 30), 100);
  const current = Number(request.query.page ?? 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  // The recorded path already starts with the API prefix.
  const link = (to: number) => `<${new URL(base).origin}${request.path}?per_page=${perPage}&page=${to}>`;
  const headers: Record<string, string> = {};
  if (current < lastPage) headers.link = `${link(current + 1)}; rel="next", ${link(lastPage)}; rel="last"`;
  return { status: 200, headers, body: items.slice((current - 1) * perPage, current * perPage) };
}

/** A review comment as GitHub answers with it. */
export function reviewCommentJson(comment: FakeReviewComment): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: `PRRC_${comment.id}`,
    pull_request_review_id: comment.id + 500_000,
    path: comment.path,
    commit_id: comment.commit_id,
    original_commit_id: comment.commit_id,
    user: { login: 'steward[bot]', type: 'Bot' },
    body: comment.body,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    html_url: `https://github.example/${comment.repository}/pull/${comment.pull_number}#discussion_r${comment.id}`,
    line: comment.line,
    original_line: comment.line,
    side: comment.side,
    start_line: comment.start_line,
    original_start_line: comment.start_line,
    start_side: comment.start_side,
    ...(comment.in_reply_to_id !== undefined ? { in_reply_to_id: comment.in_reply_to_id } : {}),
    subject_type: 'line',
  };
}

/** An issue comment as GitHub answers with it. */
export function issueCommentJson(comment: FakeIssueComment): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    user: { login: 'steward[bot]', type: 'Bot' },
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    html_url: `https://github.example/${comment.repository}/pull/${comment.issue_number}#issuecomment-${comment.id}`,
  };
}

/** A check run as GitHub answers with it (annotations only counted). */
export function checkRunJson(run: FakeCheckRun): Record<string, unknown> {
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    output: { title: run.title, summary: run.summary, annotations_count: run.annotations.length },
  };
}
