import { createHash } from 'node:crypto';
import { fakeSha, readPatch, routeOf, startRecordingServer, treeOf, type FakeHandler, type FakeReply, type FakeServerControls, type RecordedRequest } from './fake-http.js';

export type { FailureMatch, FakeServerControls, RecordedRequest } from './fake-http.js';

/** A changed file of a seeded merge request, as `GET …/merge_requests/:iid/diffs` lists it. */
export interface FakeGitLabDiff {
  old_path: string;
  new_path: string;
  diff: string;
  new_file?: boolean;
  renamed_file?: boolean;
  deleted_file?: boolean;
}

/** A seeded merge request; `startSha` defaults to `baseSha`. */
export interface FakeGitLabMergeRequest {
  iid: number;
  headSha: string;
  baseSha: string;
  startSha?: string;
  diffs: FakeGitLabDiff[];
}

/** A seeded project, found by numeric id or by its (URL-encoded) path. Commits are file maps by SHA. */
export interface FakeGitLabProject {
  id: number;
  path: string;
  commits?: Record<string, Record<string, string>>;
  refs?: Record<string, string>;
  mergeRequests?: FakeGitLabMergeRequest[];
}

/** A note the fake stores: one per discussion here (Steward never replies in a thread). */
export interface FakeGitLabNote {
  id: number;
  body: string;
  type: 'DiffNote' | 'DiscussionNote' | null;
  position: Record<string, unknown> | null;
  resolved: boolean;
  created_at: string;
  updated_at: string;
}

/** A discussion the fake stores. */
export interface FakeGitLabDiscussion {
  id: string;
  projectId: number;
  iid: number;
  notes: FakeGitLabNote[];
}

/** A merge request note (not in a diff discussion) the fake stores. */
export interface FakeGitLabMergeRequestNote extends FakeGitLabNote {
  projectId: number;
  iid: number;
}

/** A commit status the fake stores. */
export interface FakeGitLabStatus {
  id: number;
  projectId: number;
  sha: string;
  status: string;
  name: string;
  description: string | null;
  created_at: string;
}

/** Options of `startFakeGitLab`. */
export interface FakeGitLabOptions {
  /** The only token accepted (`PRIVATE-TOKEN` header or `Authorization: Bearer`). Default `glpat-fake-token`. */
  token?: string;
  clock?: () => Date;
  projects?: FakeGitLabProject[];
  /** false: behave like GitLab before 15.7, which has `changes` but no `diffs` endpoint. */
  diffsEndpoint?: boolean;
}

/** A running fake GitLab: the controls plus its stored state, which end-to-end tests may inspect or change. */
export interface FakeGitLab extends FakeServerControls {
  addProject(project: FakeGitLabProject): void;
  discussions: Map<string, FakeGitLabDiscussion>;
  notes: Map<number, FakeGitLabMergeRequestNote>;
  statuses: FakeGitLabStatus[];
}

const GITLAB_ROUTES = [
  'GET merge_requests/:',
  'GET merge_requests/:/diffs',
  'GET merge_requests/:/changes',
  'GET merge_requests/:/discussions',
  'POST merge_requests/:/discussions',
  'PUT merge_requests/:/discussions/:',
  'PUT merge_requests/:/discussions/:/notes/:',
  'POST merge_requests/:/notes',
  'PUT merge_requests/:/notes/:',
  'POST statuses/:',
  'GET repository/commits/*',
  'GET repository/tree',
  'GET repository/files/*',
];

const STATES = ['pending', 'running', 'success', 'failed', 'canceled', 'skipped'];

/**
 * Starts a fake GitLab REST API (v4, under `/api/v4` like a self-managed instance) that serves the
 * endpoints Steward uses: merge request, its diffs (or legacy changes), discussions with diff
 * positions (created, edited and listed a page at a time), notes, resolving, commit statuses, commits, the repository tree (keyset pagination with
 * `Link` headers) and files. Bodies may be JSON or form fields. It validates what GitLab validates
 * (a position must name the diff refs and a line of the diff, with both numbers for an unchanged line
 * and correct line codes in a range; a status description is at most 255 characters) and answers
 * with GitLab's status codes and error bodies. Ids increase from 501.
 */
export async function startFakeGitLab(options: FakeGitLabOptions = {}): Promise<FakeGitLab> {
  const token = options.token ?? 'glpat-fake-token';
  const clock = options.clock ?? (() => new Date());
  const diffsEndpoint = options.diffsEndpoint ?? true;
  const projects = new Map<number, FakeGitLabProject>();
  const discussions = new Map<string, FakeGitLabDiscussion>();
  const notes = new Map<number, FakeGitLabMergeRequestNote>();
  const statuses: FakeGitLabStatus[] = [];
  let nextId = 501;
  let base = '';

  const error = (status: number, message: unknown): FakeReply => ({ status, body: { message } });
  const now = () => clock().toISOString();
  /** One page of a list as GitLab's offset pagination serves it: `per_page` (default 20, at most 100) and `page`, `x-*` headers and a `Link` to the next page. */
  const page = (request: RecordedRequest, items: unknown[]): FakeReply => {
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
  };
  const commitOf = (project: FakeGitLabProject, ref: string): string | null => {
    if (project.commits?.[ref]) return ref;
    const named = project.refs?.[ref];
    return named && project.commits?.[named] ? named : null;
  };

  const handle: FakeHandler = (request, segments) => {
    if (request.headers['private-token'] !== token && request.headers.authorization !== `Bearer ${token}`) return error(401, '401 Unauthorized');
    const [root, projectKey, ...rest] = segments;
    const project = root === 'projects' && projectKey ? [...projects.values()].find((candidate) => String(candidate.id) === projectKey || candidate.path === projectKey) : undefined;
    if (!project) return error(404, '404 Project Not Found');
    const route = routeOf(request.method, rest, GITLAB_ROUTES);
    const body = { ...request.query, ...((typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>) };
    const mergeRequest = route?.name.includes('merge_requests') ? project.mergeRequests?.find((candidate) => candidate.iid === Number(route.params[0])) : undefined;
    if (route?.name.includes('merge_requests') && !mergeRequest) return error(404, '404 Not found');

    switch (route?.name) {
      case 'GET merge_requests/:':
        return { status: 200, body: mergeRequestJson(project, mergeRequest!) };
      case 'GET merge_requests/:/diffs': {
        if (!diffsEndpoint) return { status: 404, body: { error: '404 Not Found' } };
        return page(request, mergeRequest!.diffs.map(diffJson));
      }
      case 'GET merge_requests/:/changes':
        return { status: 200, body: { ...mergeRequestJson(project, mergeRequest!), changes: mergeRequest!.diffs.map(diffJson) } };
      case 'GET merge_requests/:/discussions': {
        // GitLab lists plain notes too, each as a discussion of its own (`individual_note`), oldest first.
        const threads = [...discussions.values()].filter((discussion) => discussion.projectId === project.id && discussion.iid === mergeRequest!.iid).map((discussion) => ({ first: discussion.notes[0]?.id ?? 0, json: discussionJson(discussion) }));
        const single = [...notes.values()]
          .filter((note) => note.projectId === project.id && note.iid === mergeRequest!.iid)
          .map((note) => ({ first: note.id, json: { id: fakeSha(`note:${note.id}`), individual_note: true, notes: [noteJson(note, note.iid)] } }));
        return page(request, [...threads, ...single].sort((a, b) => a.first - b.first).map((entry) => entry.json));
      }
      case 'POST merge_requests/:/discussions': {
        if (typeof body.body !== 'string' || body.body === '') return error(400, '400 Bad request - body is missing');
        let position: Record<string, unknown> | null = null;
        if (body.position !== undefined) {
          const checked = checkPosition(mergeRequest!, body.position);
          if (typeof checked === 'string') return error(400, checked);
          position = checked;
        }
        const discussion: FakeGitLabDiscussion = {
          id: fakeSha(`discussion:${nextId}`),
          projectId: project.id,
          iid: mergeRequest!.iid,
          notes: [{ id: nextId++, body: body.body, type: position ? 'DiffNote' : 'DiscussionNote', position, resolved: false, created_at: now(), updated_at: now() }],
        };
        discussions.set(discussion.id, discussion);
        return { status: 201, body: discussionJson(discussion) };
      }
      case 'PUT merge_requests/:/discussions/:': {
        const discussion = discussions.get(route.params[1] ?? '');
        if (!discussion || discussion.projectId !== project.id || discussion.iid !== mergeRequest!.iid) return error(404, '404 Not found');
        if (body.resolved === undefined) return error(400, '400 Bad request - resolved is missing');
        for (const note of discussion.notes) note.resolved = String(body.resolved) === 'true';
        return { status: 200, body: discussionJson(discussion) };
      }
      case 'PUT merge_requests/:/discussions/:/notes/:': {
        const discussion = discussions.get(route.params[1] ?? '');
        const note = discussion?.notes.find((candidate) => candidate.id === Number(route.params[2]));
        if (!discussion || !note || discussion.projectId !== project.id) return error(404, '404 Note Not Found');
        if (typeof body.body === 'string') note.body = body.body;
        if (body.resolved !== undefined) note.resolved = String(body.resolved) === 'true';
        note.updated_at = now();
        return { status: 200, body: noteJson(note, mergeRequest!.iid) };
      }
      case 'POST merge_requests/:/notes': {
        if (typeof body.body !== 'string' || body.body === '') return error(400, '400 Bad request - body is missing');
        const note: FakeGitLabMergeRequestNote = { id: nextId++, projectId: project.id, iid: mergeRequest!.iid, body: body.body, type: null, position: null, resolved: false, created_at: now(), updated_at: now() };
        notes.set(note.id, note);
        return { status: 201, body: noteJson(note, note.iid) };
      }
      case 'PUT merge_requests/:/notes/:': {
        const note = notes.get(Number(route.params[1]));
        if (!note || note.projectId !== project.id || note.iid !== mergeRequest!.iid) return error(404, '404 Not found');
        if (typeof body.body === 'string') note.body = body.body;
        note.updated_at = now();
        return { status: 200, body: noteJson(note, note.iid) };
      }
      case 'POST statuses/:': {
        const sha = route.params[0] ?? '';
        if (!project.commits?.[sha]) return error(404, '404 Commit Not Found');
        if (typeof body.state !== 'string' || !STATES.includes(body.state)) return { status: 400, body: { error: 'state does not have a valid value' } };
        const description = typeof body.description === 'string' ? body.description : null;
        if (description !== null && description.length > 255) return error(400, { description: ['is too long (maximum is 255 characters)'] });
        const status: FakeGitLabStatus = { id: nextId++, projectId: project.id, sha, status: body.state, name: typeof body.name === 'string' ? body.name : 'default', description, created_at: now() };
        statuses.push(status);
        return {
          status: 201,
          body: { id: status.id, sha, ref: null, status: status.status, name: status.name, description, target_url: null, created_at: status.created_at, started_at: null, finished_at: status.created_at, allow_failure: false, coverage: null, author: { id: 1, username: 'steward-bot' } },
        };
      }
      case 'GET repository/commits/*': {
        const sha = commitOf(project, route.params[0] ?? '');
        if (!sha) return error(404, '404 Commit Not Found');
        return { status: 200, body: { id: sha, short_id: sha.slice(0, 8), title: 'Seeded commit', message: 'Seeded commit', parent_ids: [], created_at: now() } };
      }
      case 'GET repository/tree': {
        const sha = commitOf(project, request.query.ref ?? 'main');
        if (!sha) return error(404, '404 Tree Not Found');
        const recursive = request.query.recursive === 'true';
        const all = treeOf(project.commits?.[sha] ?? {}).filter((entry) => recursive || !entry.path.includes('/'));
        const perPage = Math.min(Number(request.query.per_page ?? 20), 100);
        // Keyset pagination: the page token is the last path of the previous page.
        const after = request.query.page_token;
        const from = after === undefined ? 0 : all.findIndex((entry) => entry.path === after) + 1;
        const page = all.slice(from, from + perPage);
        const headers: Record<string, string> = {};
        const last = page[page.length - 1];
        if (from + perPage < all.length && last) {
          const next = new URLSearchParams({ ...request.query, page_token: last.path });
          headers.link = `<${base}${request.path}?${next.toString()}>; rel="next"`;
        }
        return { status: 200, headers, body: page.map((entry) => ({ id: fakeSha(entry.content ?? entry.path), name: entry.path.split('/').pop(), type: entry.type, path: entry.path, mode: entry.type === 'blob' ? '100644' : '040000' })) };
      }
      case 'GET repository/files/*': {
        const path = route.params[0] ?? '';
        const sha = commitOf(project, request.query.ref ?? '');
        if (!request.query.ref) return { status: 400, body: { error: 'ref is missing' } };
        const content = sha ? project.commits?.[sha]?.[path] : undefined;
        if (content === undefined) return error(404, '404 File Not Found');
        return {
          status: 200,
          body: {
            file_name: path.split('/').pop(),
            file_path: path,
            size: Buffer.byteLength(content),
            encoding: 'base64',
            content_sha256: createHash('sha256').update(content).digest('hex'),
            ref: request.query.ref,
            blob_id: fakeSha(content),
            commit_id: sha,
            last_commit_id: sha,
            content: Buffer.from(content).toString('base64'),
          },
        };
      }
      default:
        return error(404, '404 Not Found');
    }
  };

  const controls = await startRecordingServer('/api/v4', handle, (status) => ({ message: status === 401 ? '401 Unauthorized' : `${status} ${status >= 500 ? 'Internal Server Error' : 'Error'}` }));
  base = controls.apiBaseUrl;
  for (const project of options.projects ?? []) projects.set(project.id, project);
  return { ...controls, addProject: (project) => void projects.set(project.id, project), discussions, notes, statuses };
}

/**
 * Checks a text position the way GitLab does: the diff refs of the merge request, a file of its diff
 * (`old_path` and `new_path`), a line of that diff (an added line by `new_line`, a removed one by
 * `old_line`, an unchanged one by both), and for a range, line codes `<sha1(path)>_<old>_<new>` of
 * diff lines. Returns the position as stored, or GitLab's error message.
 */
function checkPosition(mergeRequest: FakeGitLabMergeRequest, raw: unknown): Record<string, unknown> | string {
  const invalid = '400 Bad request - Note {:line_code=>["can\'t be blank", "must be a valid line code"]}';
  if (typeof raw !== 'object' || raw === null) return '400 Bad request - position is invalid';
  const position = raw as Record<string, unknown>;
  if (position.position_type !== 'text') return '400 Bad request - position_type does not have a valid value';
  const refs = { base_sha: mergeRequest.baseSha, start_sha: mergeRequest.startSha ?? mergeRequest.baseSha, head_sha: mergeRequest.headSha };
  for (const [key, value] of Object.entries(refs)) if (position[key] !== value) return invalid;
  const file = mergeRequest.diffs.find((candidate) => candidate.new_path === position.new_path && candidate.old_path === position.old_path);
  if (!file) return invalid;
  const rows = readPatch(file.diff);
  const number = (value: unknown) => (value === undefined || value === null || value === '' ? null : Number(value));
  const oldLine = number(position.old_line);
  const newLine = number(position.new_line);
  const row = rows.find((candidate) => candidate.oldNumber === oldLine && candidate.newNumber === newLine);
  if (!row) return invalid;
  if (position.line_range !== undefined) {
    const range = position.line_range as { start?: Record<string, unknown>; end?: Record<string, unknown> };
    const pathHash = createHash('sha1').update(file.new_path).digest('hex');
    const codes = new Set(rows.map((candidate) => `${pathHash}_${candidate.oldCounter}_${candidate.newCounter}`));
    if (!range.start || !range.end || !codes.has(String(range.start.line_code)) || !codes.has(String(range.end.line_code))) return invalid;
    if (range.end.line_code !== `${pathHash}_${row.oldCounter}_${row.newCounter}`) return invalid;
  }
  return position;
}

function mergeRequestJson(project: FakeGitLabProject, mergeRequest: FakeGitLabMergeRequest): Record<string, unknown> {
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

function diffJson(diff: FakeGitLabDiff): Record<string, unknown> {
  return { old_path: diff.old_path, new_path: diff.new_path, a_mode: '100644', b_mode: '100644', new_file: diff.new_file ?? false, renamed_file: diff.renamed_file ?? false, deleted_file: diff.deleted_file ?? false, generated_file: false, diff: diff.diff };
}

function noteJson(note: FakeGitLabNote, iid: number): Record<string, unknown> {
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

function discussionJson(discussion: FakeGitLabDiscussion): Record<string, unknown> {
  return { id: discussion.id, individual_note: false, notes: discussion.notes.map((note) => noteJson(note, discussion.iid)) };
}
