import type { FakeGitLabDiff, FakeGitLabDiscussion, FakeGitLabMergeRequest, FakeGitLabNote, FakeGitLabProject } from './fake-gitlab-model.js';
import type { FakeReply, RecordedRequest } from './fake-http.js';

// The fake GitLab's answers as GitLab shapes them: error bodies, pages of a list, stored objects as JSON.

/** An error answer with GitLab's body: `{ message }`, a string or field errors. */
export function gitlabError(status: number, message: unknown): FakeReply {
  return { status, body: { message } };
}

/** One page of a list as GitLab's offset pagination serves it: `per_page` (default 20, at most 100) and `page`, `x-*` headers and a `Link` to the next page. */
export function page(base: string, request: RecordedRequest, items: unknown[]): FakeReply {
  const perPage = Math.min(Number(request.query.per_page ?? 20), 100);
  const current = Number(request.query.page ?? 1);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {
    'x-page': String(current),
    'x-per-page': String(perPage),
    'x-total': String(items.length),
    'x-total-pages': String(totalPages),
    'x-next-page': current < totalPages ? String(current + 1) : '',
    'x-prev-page': current > 1 ? String(current - 1) : '',
  };
  // The recorded path already starts with the API prefix.
  if (current < totalPages) headers.link = `<${new URL(base).origin}${request.path}?page=${current + 1}&per_page=${perPage}>; rel="next"`;
  return { status: 200, headers, body: items.slice((current - 1) * perPage, current * perPage) };
}

/** A merge request as GitLab answers with it, diff refs included. */
export function mergeRequestJson(project: FakeGitLabProject, mergeRequest: FakeGitLabMergeRequest): Record<string, unknown> {
  return {
    id: project.id * 1000 + mergeRequest.iid,
    iid: mergeRequest.iid,
    project_id: project.id,
    title: `Merge request ${mergeRequest.iid}`,
    state: 'opened',
    sha: mergeRequest.headSha,
    diff_refs: { base_sha: mergeRequest.baseSha, head_sha: mergeRequest.headSha, start_sha: mergeRequest.startSha ?? mergeRequest.baseSha },
    web_url: `https://gitlab.example/${project.path}/-/merge_requests/${mergeRequest.iid}`,
  };
}

/** A diff entry as the `diffs` and `changes` endpoints list it. */
export function diffJson(diff: FakeGitLabDiff): Record<string, unknown> {
  return { old_path: diff.old_path, new_path: diff.new_path, a_mode: '100644', b_mode: '100644', new_file: diff.new_file ?? false, renamed_file: diff.renamed_file ?? false, deleted_file: diff.deleted_file ?? false, generated_file: false, diff: diff.diff };
}

/** A note as GitLab answers with it; `iid` is its merge request's. */
export function noteJson(note: FakeGitLabNote, iid: number): Record<string, unknown> {
  return {
    id: note.id,
    type: note.type,
    body: note.body,
    author: { id: 1, username: 'steward-bot' },
    created_at: note.created_at,
    updated_at: note.updated_at,
    system: false,
    noteable_type: 'MergeRequest',
    noteable_iid: iid,
    resolvable: note.type !== null,
    resolved: note.resolved,
    ...(note.position ? { position: note.position } : {}),
  };
}

/** A discussion with its notes, as GitLab answers with it. */
export function discussionJson(discussion: FakeGitLabDiscussion): Record<string, unknown> {
  return { id: discussion.id, individual_note: false, notes: discussion.notes.map((note) => noteJson(note, discussion.iid)) };
}
