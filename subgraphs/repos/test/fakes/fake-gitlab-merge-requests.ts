import { fakeSha } from './fake-commits.js';
import type { FakeGitLabDiscussion, FakeGitLabMergeRequest, FakeGitLabMergeRequestNote, FakeGitLabState, GitLabCall } from './fake-gitlab-model.js';
import { checkPosition } from './fake-gitlab-positions.js';
import { diffJson, discussionJson, gitlabError, mergeRequestJson, noteJson, page } from './fake-gitlab-replies.js';
import type { FakeReply } from './fake-http.js';

// The fake GitLab's merge request routes: the merge request and its diffs, discussions (diff positions checked), notes.

/** GET merge_requests/: — the merge request with its diff refs. */
export function getMergeRequest({ project }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  return { status: 200, body: mergeRequestJson(project, mergeRequest) };
}

/** GET merge_requests/:/diffs — the changed files a page at a time (404 when the fake plays a GitLab before 15.7). */
export function listDiffs(state: FakeGitLabState, { request }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  if (!state.diffsEndpoint) return { status: 404, body: { error: '404 Not Found' } };
  return page(state.base, request, mergeRequest.diffs.map(diffJson));
}

/** GET merge_requests/:/changes — the merge request with all its changed files (the endpoint before 15.7). */
export function getChanges({ project }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  return { status: 200, body: { ...mergeRequestJson(project, mergeRequest), changes: mergeRequest.diffs.map(diffJson) } };
}

/** GET merge_requests/:/discussions — diff discussions and plain notes, oldest first, a page at a time. */
export function listDiscussions(state: FakeGitLabState, { request, project }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  // GitLab lists plain notes too, each as a discussion of its own (`individual_note`), oldest first.
  const threads = [...state.discussions.values()].filter((discussion) => discussion.projectId === project.id && discussion.iid === mergeRequest.iid).map((discussion) => ({ first: discussion.notes[0]?.id ?? 0, json: discussionJson(discussion) }));
  const single = [...state.notes.values()]
    .filter((note) => note.projectId === project.id && note.iid === mergeRequest.iid)
    .map((note) => ({ first: note.id, json: { id: fakeSha(`note:${note.id}`), individual_note: true, notes: [noteJson(note, note.iid)] } }));
  return page(state.base, request, [...threads, ...single].sort((a, b) => a.first - b.first).map((entry) => entry.json));
}

/** POST merge_requests/:/discussions — a discussion, on the diff when it has a (valid) position. */
export function createDiscussion(state: FakeGitLabState, { project, body }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  if (typeof body.body !== 'string' || body.body === '') return gitlabError(400, '400 Bad request - body is missing');
  let position: Record<string, unknown> | null = null;
  if (body.position !== undefined) {
    const checked = checkPosition(mergeRequest, body.position);
    if (typeof checked === 'string') return gitlabError(400, checked);
    position = checked;
  }
  const discussion: FakeGitLabDiscussion = {
    id: fakeSha(`discussion:${state.nextId}`),
    projectId: project.id,
    iid: mergeRequest.iid,
    notes: [{ id: state.nextId++, body: body.body, type: position ? 'DiffNote' : 'DiscussionNote', position, resolved: false, created_at: state.now(), updated_at: state.now() }],
  };
  state.discussions.set(discussion.id, discussion);
  return { status: 201, body: discussionJson(discussion) };
}

/** PUT merge_requests/:/discussions/: — resolves or reopens a discussion. */
export function resolveDiscussion(state: FakeGitLabState, { project, body, params }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  const discussion = state.discussions.get(params[1] ?? '');
  if (!discussion || discussion.projectId !== project.id || discussion.iid !== mergeRequest.iid) return gitlabError(404, '404 Not found');
  if (body.resolved === undefined) return gitlabError(400, '400 Bad request - resolved is missing');
  for (const note of discussion.notes) note.resolved = String(body.resolved) === 'true';
  return { status: 200, body: discussionJson(discussion) };
}

/** PUT merge_requests/:/discussions/:/notes/: — a discussion note's new body or resolution. */
export function editDiscussionNote(state: FakeGitLabState, { project, body, params }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  const discussion = state.discussions.get(params[1] ?? '');
  const note = discussion?.notes.find((candidate) => candidate.id === Number(params[2]));
  if (!discussion || !note || discussion.projectId !== project.id) return gitlabError(404, '404 Note Not Found');
  if (typeof body.body === 'string') note.body = body.body;
  if (body.resolved !== undefined) note.resolved = String(body.resolved) === 'true';
  note.updated_at = state.now();
  return { status: 200, body: noteJson(note, mergeRequest.iid) };
}

/** POST merge_requests/:/notes — a plain note on the merge request. */
export function createNote(state: FakeGitLabState, { project, body }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  if (typeof body.body !== 'string' || body.body === '') return gitlabError(400, '400 Bad request - body is missing');
  const note: FakeGitLabMergeRequestNote = { id: state.nextId++, projectId: project.id, iid: mergeRequest.iid, body: body.body, type: null, position: null, resolved: false, created_at: state.now(), updated_at: state.now() };
  state.notes.set(note.id, note);
  return { status: 201, body: noteJson(note, note.iid) };
}

/** PUT merge_requests/:/notes/: — a plain note's new body. */
export function editNote(state: FakeGitLabState, { project, body, params }: GitLabCall, mergeRequest: FakeGitLabMergeRequest): FakeReply {
  const note = state.notes.get(Number(params[1]));
  if (!note || note.projectId !== project.id || note.iid !== mergeRequest.iid) return gitlabError(404, '404 Not found');
  if (typeof body.body === 'string') note.body = body.body;
  note.updated_at = state.now();
  return { status: 200, body: noteJson(note, note.iid) };
}
