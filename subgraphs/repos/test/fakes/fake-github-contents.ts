import { archiveOf } from './fake-archive.js';
import { fakeSha, treeOf } from './fake-commits.js';
import type { FakeGitHubRepository, FakeGitHubState, GitHubCall } from './fake-github-model.js';
import { githubError } from './fake-github-replies.js';
import type { FakeHandler, FakeReply } from './fake-http.js';

// The fake GitHub's repository content routes: commits, trees, contents, tarballs and their codeload download.

/** The seeded commit a SHA, branch or tag (`refs/heads/…`, `refs/tags/…` or bare) names, or null. */
export function commitOf(repository: FakeGitHubRepository, ref: string): string | null {
  if (repository.commits?.[ref]) return ref;
  const named = repository.refs?.[ref.replace(/^(refs\/)?(heads|tags)\//, '')];
  return named && repository.commits?.[named] ? named : null;
}

/** GET commits/* — a commit as JSON, or its bare SHA with the `sha` media type. */
export function getCommit({ request, repository, params }: GitHubCall): FakeReply {
  const ref = params[0] ?? '';
  const sha = commitOf(repository, ref);
  if (!sha) return githubError(422, `No commit found for SHA: ${ref}`);
  if ((request.headers.accept ?? '').includes('.sha')) return { status: 200, text: sha, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' } };
  return { status: 200, body: { sha, node_id: `C_${sha}`, commit: { message: 'Seeded commit' }, files: [] } };
}

/** GET git/trees/* — a commit's tree (recursive on request), cut at the entry limit. */
export function getTree(state: FakeGitHubState, { request, repository, params }: GitHubCall): FakeReply {
  const { base } = state;
  const sha = commitOf(repository, params[0] ?? '');
  if (!sha) return githubError(404, 'Not Found');
  const recursive = request.query.recursive !== undefined;
  const all = treeOf(repository.commits?.[sha] ?? {}).filter((entry) => recursive || !entry.path.includes('/'));
  const kept = all.slice(0, state.treeEntryLimit);
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

/** GET tarball/* — a redirect to a one-time codeload URL on the same server. */
export function redirectTarball(state: FakeGitHubState, { repository, params }: GitHubCall): FakeReply {
  const sha = commitOf(repository, params[0] ?? '');
  if (!sha) return githubError(404, 'Not Found');
  const ticket = fakeSha(`download:${state.nextId++}`);
  state.downloads.set(ticket, { repository, sha });
  const [owner, name] = repository.fullName.split('/');
  return { status: 302, headers: { location: `${new URL(state.base).origin}/codeload/${owner}/${name}/legacy.tar.gz/${sha}?token=${ticket}` } };
}

/** GET contents/* — a file (base64, without content above the large-file size, raw with the `raw` media type) or a directory listing. */
export function getContents(state: FakeGitHubState, { request, repository, params }: GitHubCall): FakeReply {
  const path = params[0] ?? '';
  const sha = commitOf(repository, request.query.ref ?? 'main');
  const files = sha ? (repository.commits?.[sha] ?? {}) : {};
  const content = files[path];
  if (content === undefined) {
    const listing = treeOf(files).filter((entry) => entry.path.startsWith(`${path}/`) && !entry.path.slice(path.length + 1).includes('/'));
    if (listing.length === 0) return githubError(404, 'Not Found');
    return { status: 200, body: listing.map((entry) => ({ type: entry.type === 'blob' ? 'file' : 'dir', name: entry.path.split('/').pop(), path: entry.path, sha: fakeSha(entry.path) })) };
  }
  const size = Buffer.byteLength(content);
  if ((request.headers.accept ?? '').includes('.raw')) return { status: 200, text: content };
  const large = size > state.largeFileBytes;
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

/** codeload.github.com: the redirect's one-time token is the only credential, and the top folder is `<owner>-<repo>-<sha7>/`. */
export function codeload(state: FakeGitHubState): FakeHandler {
  return async (request, segments) => {
    const download = state.downloads.get(request.query.token ?? '');
    if (request.method !== 'GET' || segments[0] !== 'codeload' || !download || segments[4] !== download.sha) return { status: 404, text: '404: Not Found' };
    state.downloads.delete(request.query.token ?? '');
    const top = `${download.repository.fullName.replace('/', '-')}-${download.sha.slice(0, 7)}`;
    return {
      status: 200,
      bytes: await archiveOf(top, download.repository.commits?.[download.sha] ?? {}),
      headers: { 'content-type': 'application/x-gzip', 'content-disposition': `attachment; filename=${top}.tar.gz` },
    };
  };
}
