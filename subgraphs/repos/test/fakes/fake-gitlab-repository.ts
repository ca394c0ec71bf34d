import { createHash } from 'node:crypto';
import { archiveOf } from './fake-archive.js';
import { fakeSha, treeOf } from './fake-commits.js';
import type { FakeGitLabProject, FakeGitLabState, FakeGitLabStatus, GitLabCall } from './fake-gitlab-model.js';
import { gitlabError } from './fake-gitlab-replies.js';
import type { FakeReply } from './fake-http.js';

// The fake GitLab's repository routes: commit statuses, commits, the tree, files and archives.

const STATES = ['pending', 'running', 'success', 'failed', 'canceled', 'skipped'];

/** The seeded commit a SHA or ref names, or null. */
export function commitOf(project: FakeGitLabProject, ref: string): string | null {
  if (project.commits?.[ref]) return ref;
  const named = project.refs?.[ref];
  return named && project.commits?.[named] ? named : null;
}

/** POST statuses/: — a commit status, its state and description checked as GitLab does. */
export function createStatus(state: FakeGitLabState, { project, body, params }: GitLabCall): FakeReply {
  const sha = params[0] ?? '';
  if (!project.commits?.[sha]) return gitlabError(404, '404 Commit Not Found');
  if (typeof body.state !== 'string' || !STATES.includes(body.state)) return { status: 400, body: { error: 'state does not have a valid value' } };
  const description = typeof body.description === 'string' ? body.description : null;
  if (description !== null && description.length > 255) return gitlabError(400, { description: ['is too long (maximum is 255 characters)'] });
  const status: FakeGitLabStatus = { id: state.nextId++, projectId: project.id, sha, status: body.state, name: typeof body.name === 'string' ? body.name : 'default', description, created_at: state.now() };
  state.statuses.push(status);
  return {
    status: 201,
    body: { id: status.id, sha, ref: null, status: status.status, name: status.name, description, target_url: null, created_at: status.created_at, started_at: null, finished_at: status.created_at, allow_failure: false, coverage: null, author: { id: 1, username: 'steward-bot' } },
  };
}

/** GET repository/commits/* — the commit a SHA or ref names. */
export function getCommit(state: FakeGitLabState, { project, params }: GitLabCall): FakeReply {
  const sha = commitOf(project, params[0] ?? '');
  if (!sha) return gitlabError(404, '404 Commit Not Found');
  return { status: 200, body: { id: sha, short_id: sha.slice(0, 8), title: 'Seeded commit', message: 'Seeded commit', parent_ids: [], created_at: state.now() } };
}

/** GET repository/tree — a commit's tree (recursive on request), with keyset pagination. */
export function getTree(state: FakeGitLabState, { request, project }: GitLabCall): FakeReply {
  const sha = commitOf(project, request.query.ref ?? 'main');
  if (!sha) return gitlabError(404, '404 Tree Not Found');
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
    headers.link = `<${state.base}${request.path}?${next.toString()}>; rel="next"`;
  }
  return { status: 200, headers, body: page.map((entry) => ({ id: fakeSha(entry.content ?? entry.path), name: entry.path.split('/').pop(), type: entry.type, path: entry.path, mode: entry.type === 'blob' ? '100644' : '040000' })) };
}

/** GET repository/files/* — a file at a ref, base64-encoded. */
export function getFile({ request, project, params }: GitLabCall): FakeReply {
  const path = params[0] ?? '';
  const sha = commitOf(project, request.query.ref ?? '');
  if (!request.query.ref) return { status: 400, body: { error: 'ref is missing' } };
  const content = sha ? project.commits?.[sha]?.[path] : undefined;
  if (content === undefined) return gitlabError(404, '404 File Not Found');
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

/** GET repository/archive.tar.gz — a commit as a tar.gz. */
export async function getArchive({ request, project }: GitLabCall): Promise<FakeReply> {
  const sha = commitOf(project, request.query.sha ?? 'main');
  if (!sha) return gitlabError(404, '404 Commit Not Found');
  // GitLab names the top folder `<project>-<ref>-<sha>`; the ref asked for is the SHA itself.
  const top = `${project.path.split('/').pop()}-${sha}-${sha}`;
  return { status: 200, bytes: await archiveOf(top, project.commits?.[sha] ?? {}), headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${top}.tar.gz"` } };
}
