import { fakeSha, readPatch, routeOf, startRecordingServer, treeOf, type FakeHandler, type FakeReply, type FakeServerControls, type RecordedRequest } from './fake-http.js';
export type { FailureMatch, FakeServerControls, RecordedRequest } from './fake-http.js';

// ---------------------------------------------------------------------------------------------
// GitHub

/** A file of a seeded pull request, as `GET /pulls/{n}/files` lists it (`patch` absent: binary or too large). */
export interface FakeGitHubFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed';
  previous_filename?: string;
  patch?: string;
}

/** A seeded pull request. */
export interface FakeGitHubPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  files: FakeGitHubFile[];
}

/** A seeded repository: commits are file maps by SHA, refs name commits (branches and tags). */
export interface FakeGitHubRepository {
  fullName: string;
  commits?: Record<string, Record<string, string>>;
  refs?: Record<string, string>;
  pullRequests?: FakeGitHubPullRequest[];
}

/** A review comment the fake stores (the fields GitHub returns that the clients and tests look at). */
export interface FakeReviewComment {
  id: number;
  repository: string;
  pull_number: number;
  commit_id: string;
  path: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  start_line: number | null;
  start_side: 'LEFT' | 'RIGHT' | null;
  body: string;
  /** Set on a reply in a thread (tests seed replies; the fake offers no endpoint to post one). */
  in_reply_to_id?: number;
  created_at: string;
  updated_at: string;
}

/** An issue (conversation) comment the fake stores. */
export interface FakeIssueComment {
  id: number;
  repository: string;
  issue_number: number;
  body: string;
  created_at: string;
  updated_at: string;
}

/** A check run the fake stores, with every annotation it received in order. */
export interface FakeCheckRun {
  id: number;
  repository: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  annotations: Record<string, unknown>[];
}

/** Options of `startFakeGitHub`. */
export interface FakeGitHubOptions {
  /** The only token accepted (`Authorization: token …` or `Bearer …`). Default `ghp_fake_token`. */
  token?: string;
  /** Timestamps of created objects. */
  clock?: () => Date;
  repositories?: FakeGitHubRepository[];
  /** Files bigger than this come back from `contents` without content (encoding "none"), as GitHub does above 1 MB. */
  largeFileBytes?: number;
  /** A recursive tree with more entries is cut and marked `truncated` (GitHub: 100 000 entries). */
  treeEntryLimit?: number;
}

/** A running fake GitHub: the controls plus its stored state, which end-to-end tests may inspect or change. */
export interface FakeGitHub extends FakeServerControls {
  addRepository(repository: FakeGitHubRepository): void;
  reviewComments: Map<number, FakeReviewComment>;
  issueComments: Map<number, FakeIssueComment>;
  checkRuns: Map<number, FakeCheckRun>;
}

const DOCS = 'https://docs.github.com/rest';

/**
 * Starts a fake GitHub REST API (v3, under `/api/v3` like GitHub Enterprise Server) that serves the
 * endpoints Steward uses: pull request files and review comments (listed a page at a time), issue comments, check runs,
 * commits (JSON or the `sha` media type), recursive trees and contents. It validates what GitHub
 * validates (a comment line must be in the diff, a range in one hunk, at most 50 annotations per
 * request) and answers with GitHub's status codes and error bodies. Ids increase from 1001.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghp_fake_token';
  const clock = options.clock ?? (() => new Date());
  const largeFileBytes = options.largeFileBytes ?? 1_000_000;
  const treeEntryLimit = options.treeEntryLimit ?? 100_000;
  const repositories = new Map<string, FakeGitHubRepository>();
  const reviewComments = new Map<number, FakeReviewComment>();
  const issueComments = new Map<number, FakeIssueComment>();
  const checkRuns = new Map<number, FakeCheckRun>();
  let nextId = 1001;
  let base = '';

  const error = (status: number, message: string, extra: Record<string, unknown> = {}): FakeReply => ({ status, body: { message, documentation_url: DOCS, status: String(status), ...extra } });
  const invalid = (field: string, message: string): FakeReply => error(422, 'Validation Failed', { errors: [{ resource: 'PullRequestReviewComment', code: 'custom', field, message }] });
  const now = () => clock().toISOString();
  /** One page of a list as GitHub pages it: `per_page` (default 30, at most 100) and `page`, with a `Link` header to the next and last page. */
  const page = (request: RecordedRequest, items: unknown[]): FakeReply => {
    const perPage = Math.min(Number(request.query.per_page ?? 30), 100);
    const current = Number(request.query.page ?? 1);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    // The recorded path already starts with the API prefix.
    const link = (to: number) => `<${new URL(base).origin}${request.path}?per_page=${perPage}&page=${to}>`;
    const headers: Record<string, string> = {};
    if (current < lastPage) headers.link = `${link(current + 1)}; rel="next", ${link(lastPage)}; rel="last"`;
    return { status: 200, headers, body: items.slice((current - 1) * perPage, current * perPage) };
  };

  const commitOf = (repository: FakeGitHubRepository, ref: string): string | null => {
    if (repository.commits?.[ref]) return ref;
    const named = repository.refs?.[ref.replace(/^(refs\/)?(heads|tags)\//, '')];
    return named && repository.commits?.[named] ? named : null;
  };

  const handle: FakeHandler = (request, segments) => {
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}` && auth !== `bearer ${token}`) return error(401, 'Bad credentials');
    const [root, owner, name, ...rest] = segments;
    const repository = root === 'repos' && owner && name ? repositories.get(`${owner}/${name}`) : undefined;
    if (!repository) return error(404, 'Not Found');
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const route = routeOf(request.method, rest, GITHUB_ROUTES);
    const pull = (value: string | undefined) => repository.pullRequests?.find((candidate) => candidate.number === Number(value));

    switch (route?.name) {
      case 'GET pulls/:/files': {
        const pr = pull(route.params[0]);
        if (!pr) return error(404, 'Not Found');
        return page(
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
      case 'GET pulls/:/comments': {
        const pr = pull(route.params[0]);
        if (!pr) return error(404, 'Not Found');
        const all = [...reviewComments.values()].filter((comment) => comment.repository === repository.fullName && comment.pull_number === pr.number).sort((a, b) => a.id - b.id);
        return page(request, all.map(reviewCommentJson));
      }
      case 'POST pulls/:/comments': {
        const pr = pull(route.params[0]);
        if (!pr) return error(404, 'Not Found');
        if (typeof body.body !== 'string' || typeof body.path !== 'string' || typeof body.commit_id !== 'string') return error(422, 'Invalid request. "body", "commit_id" and "path" are required.');
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
          id: nextId++,
          repository: repository.fullName,
          pull_number: pr.number,
          commit_id: pr.headSha,
          path: file.filename,
          line: Number(body.line),
          side,
          start_line: startLine,
          start_side: startSide,
          body: body.body,
          created_at: now(),
          updated_at: now(),
        };
        reviewComments.set(comment.id, comment);
        return { status: 201, body: reviewCommentJson(comment) };
      }
      case 'PATCH pulls/comments/:': {
        const comment = reviewComments.get(Number(route.params[0]));
        if (!comment || comment.repository !== repository.fullName) return error(404, 'Not Found');
        if (typeof body.body !== 'string') return error(422, 'Invalid request. "body" is required.');
        comment.body = body.body;
        comment.updated_at = now();
        return { status: 200, body: reviewCommentJson(comment) };
      }
      case 'POST issues/:/comments': {
        const pr = pull(route.params[0]);
        if (!pr) return error(404, 'Not Found');
        if (typeof body.body !== 'string') return error(422, 'Invalid request. "body" is required.');
        const comment: FakeIssueComment = { id: nextId++, repository: repository.fullName, issue_number: pr.number, body: body.body, created_at: now(), updated_at: now() };
        issueComments.set(comment.id, comment);
        return { status: 201, body: issueCommentJson(comment) };
      }
      case 'PATCH issues/comments/:': {
        const comment = issueComments.get(Number(route.params[0]));
        if (!comment || comment.repository !== repository.fullName) return error(404, 'Not Found');
        if (typeof body.body !== 'string') return error(422, 'Invalid request. "body" is required.');
        comment.body = body.body;
        comment.updated_at = now();
        return { status: 200, body: issueCommentJson(comment) };
      }
      case 'POST check-runs': {
        if (typeof body.name !== 'string' || typeof body.head_sha !== 'string') return error(422, 'Invalid request. "name" and "head_sha" are required.');
        if (!commitOf(repository, body.head_sha)) return error(422, 'No commit found for SHA: ' + body.head_sha);
        const run: FakeCheckRun = { id: nextId++, repository: repository.fullName, name: body.name, head_sha: body.head_sha, status: 'queued', conclusion: null, title: null, summary: null, annotations: [] };
        const refused = applyCheckRun(run, body);
        if (refused) return refused;
        checkRuns.set(run.id, run);
        return { status: 201, body: checkRunJson(run) };
      }
      case 'GET check-runs/:': {
        const run = checkRuns.get(Number(route.params[0]));
        if (!run || run.repository !== repository.fullName) return error(404, 'Not Found');
        return { status: 200, body: checkRunJson(run) };
      }
      case 'PATCH check-runs/:': {
        const run = checkRuns.get(Number(route.params[0]));
        if (!run || run.repository !== repository.fullName) return error(404, 'Not Found');
        const refused = applyCheckRun(run, body);
        return refused ?? { status: 200, body: checkRunJson(run) };
      }
      case 'GET commits/*': {
        const ref = route.params[0] ?? '';
        const sha = commitOf(repository, ref);
        if (!sha) return error(422, `No commit found for SHA: ${ref}`);
        if ((request.headers.accept ?? '').includes('.sha')) return { status: 200, text: sha, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' } };
        return { status: 200, body: { sha, node_id: `C_${sha}`, commit: { message: 'Seeded commit' }, files: [] } };
      }
      case 'GET git/trees/*': {
        const sha = commitOf(repository, route.params[0] ?? '');
        if (!sha) return error(404, 'Not Found');
        const recursive = request.query.recursive !== undefined;
        const all = treeOf(repository.commits?.[sha] ?? {}).filter((entry) => recursive || !entry.path.includes('/'));
        const kept = all.slice(0, treeEntryLimit);
        return {
          status: 200,
          body: {
            sha: fakeSha(`tree:${sha}`),
            url: `${base}${request.path}`,
            tree: kept.map((entry) =>
              entry.type === 'blob'
                ? { path: entry.path, mode: '100644', type: 'blob', sha: fakeSha(entry.content ?? ''), size: Buffer.byteLength(entry.content ?? ''), url: `${base}/blobs` }
                : { path: entry.path, mode: '040000', type: 'tree', sha: fakeSha(`dir:${entry.path}`), url: `${base}/trees` },
            ),
            truncated: kept.length < all.length,
          },
        };
      }
      case 'GET contents/*': {
        const path = route.params[0] ?? '';
        const sha = commitOf(repository, request.query.ref ?? 'main');
        const files = sha ? (repository.commits?.[sha] ?? {}) : {};
        const content = files[path];
        if (content === undefined) {
          const listing = treeOf(files).filter((entry) => entry.path.startsWith(`${path}/`) && !entry.path.slice(path.length + 1).includes('/'));
          if (listing.length === 0) return error(404, 'Not Found');
          return { status: 200, body: listing.map((entry) => ({ type: entry.type === 'blob' ? 'file' : 'dir', name: entry.path.split('/').pop(), path: entry.path, sha: fakeSha(entry.path) })) };
        }
        const size = Buffer.byteLength(content);
        if ((request.headers.accept ?? '').includes('.raw')) return { status: 200, text: content };
        const large = size > largeFileBytes;
        return {
          status: 200,
          body: {
            type: 'file',
            encoding: large ? 'none' : 'base64',
            size,
            name: path.split('/').pop(),
            path,
            // GitHub wraps base64 content at 60 characters.
            content: large ? '' : (Buffer.from(content).toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
            sha: fakeSha(content),
          },
        };
      }
      default:
        return error(404, 'Not Found');
    }
  };

  const controls = await startRecordingServer('/api/v3', handle, (status) => ({ message: status === 401 ? 'Bad credentials' : status >= 500 ? 'Server Error' : 'Error', documentation_url: DOCS, status: String(status) }));
  base = controls.apiBaseUrl;
  for (const repository of options.repositories ?? []) repositories.set(repository.fullName, repository);
  return { ...controls, addRepository: (repository) => void repositories.set(repository.fullName, repository), reviewComments, issueComments, checkRuns };
}

const GITHUB_ROUTES = [
  'GET pulls/:/files',
  'GET pulls/:/comments',
  'POST pulls/:/comments',
  'PATCH pulls/comments/:',
  'POST issues/:/comments',
  'PATCH issues/comments/:',
  'POST check-runs',
  'GET check-runs/:',
  'PATCH check-runs/:',
  'GET commits/*',
  'GET git/trees/*',
  'GET contents/*',
];

function applyCheckRun(run: FakeCheckRun, body: Record<string, unknown>): FakeReply | null {
  const output = (typeof body.output === 'object' && body.output !== null ? body.output : null) as Record<string, unknown> | null;
  const annotations = Array.isArray(output?.annotations) ? (output.annotations as Record<string, unknown>[]) : [];
  if (annotations.length > 50) {
    return { status: 422, body: { message: 'Invalid request. Only 50 annotations may be sent at a time.', documentation_url: DOCS, status: '422' } };
  }
  if (output && (typeof output.title !== 'string' || typeof output.summary !== 'string')) {
    return { status: 422, body: { message: 'Invalid request. "title" and "summary" are required in output.', documentation_url: DOCS, status: '422' } };
  }
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.status === 'string') run.status = body.status;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (output) {
    run.title = output.title as string;
    run.summary = output.summary as string;
    // GitHub appends the annotations of every request to the run.
    run.annotations.push(...annotations);
  }
  return null;
}

function reviewCommentJson(comment: FakeReviewComment): Record<string, unknown> {
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

function issueCommentJson(comment: FakeIssueComment): Record<string, unknown> {
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

function checkRunJson(run: FakeCheckRun): Record<string, unknown> {
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
