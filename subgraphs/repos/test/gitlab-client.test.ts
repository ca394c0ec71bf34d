import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitLabClient } from '../src/modules/providers/gitlab-client.js';
import { gitlabHost } from '../src/modules/providers/gitlab-requester.js';
import { providerClientFor, type ProviderClient, type PullRequestRef } from '../src/modules/providers/provider-client.js';
import { startFakeGitLab, type FakeGitLab } from './fakes/fake-gitlab.js';
import { CART_PATCH, PRICE_PATCH } from './fixtures/shop-patches.js';
import { BASE, GITLAB_TOKEN, HEAD, HEAD_FILES, NOW, START, annotations, clock, rejection, sent } from './provider-clients.fixtures.js';

describe('GitLab client (self-managed base URL)', () => {
  let fake: FakeGitLab;
  let client: ProviderClient;
  const pr: PullRequestRef = { number: 3, headSha: HEAD, baseSha: BASE };
  const mrPath = '/api/v4/projects/acme%2Fplatform%2Fshop/merge_requests/3';
  const projectPath = '/api/v4/projects/acme%2Fplatform%2Fshop';
  const generated = Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`gen/file-${String(index).padStart(3, '0')}.ts`, `export const n = ${index};\n`]));

  beforeAll(async () => {
    fake = await startFakeGitLab({
      token: GITLAB_TOKEN,
      clock,
      projects: [
        {
          id: 42,
          path: 'acme/platform/shop',
          commits: { [BASE]: { 'src/cart.ts': 'old' }, [HEAD]: { ...HEAD_FILES, ...generated } },
          refs: { main: BASE, 'feature/cart': HEAD },
          mergeRequests: [
            {
              iid: 3,
              headSha: HEAD,
              baseSha: BASE,
              startSha: START,
              diffs: [
                { old_path: 'src/cart.ts', new_path: 'src/cart.ts', diff: CART_PATCH },
                { old_path: 'src/price.ts', new_path: 'src/util/price.ts', renamed_file: true, diff: PRICE_PATCH },
              ],
            },
            { iid: 4, headSha: HEAD, baseSha: BASE, startSha: START, diffs: [{ old_path: 'docs/q&a=faq.md', new_path: 'docs/q&a=faq.md', new_file: true, diff: '@@ -0,0 +1,2 @@\n+# Q&A\n+Ask.' }] },
          ],
        },
      ],
    });
    client = providerClientFor({ provider: 'GITLAB', apiBaseUrl: fake.apiBaseUrl, fullName: 'acme/platform/shop', token: GITLAB_TOKEN }, { timeoutMs: 2_000, clock });
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.requests.length = 0;
  });

  it('is the client providerClientFor builds for GitLab, on the host without /api/v4', () => {
    expect(client).toBeInstanceOf(GitLabClient);
    expect(gitlabHost('https://gitlab.example.com/api/v4/')).toBe('https://gitlab.example.com');
    expect(gitlabHost('https://example.com/gitlab/api/v4')).toBe('https://example.com/gitlab');
    expect(gitlabHost('https://gitlab.com')).toBe('https://gitlab.com');
  });

  it('reads the diff and its refs, then opens discussions with text positions', async () => {
    const diff = await client.changedFiles(pr);
    expect(diff.diffRefs).toEqual({ baseSha: BASE, startSha: START, headSha: HEAD });
    expect(diff.files.map((file) => [file.path, file.previousPath, [...file.commentable.RIGHT]])).toEqual([
      ['src/cart.ts', null, [1, 2, 3, 4, 5, 6, 7]],
      ['src/util/price.ts', 'src/price.ts', [10, 11, 12, 13]],
    ]);
    const comment = (path: string, side: 'LEFT' | 'RIGHT', line: number, startLine: number | null = null) => client.createInlineComment(pr, { path, side, line, startLine, body: `On ${path}:${line}` }, diff);
    const ids = [
      await comment('src/cart.ts', 'RIGHT', 2),
      await comment('src/cart.ts', 'RIGHT', 4),
      await comment('src/cart.ts', 'LEFT', 2),
      await comment('src/cart.ts', 'RIGHT', 6, 4),
      await comment('src/util/price.ts', 'RIGHT', 11),
    ];
    const refs = { base_sha: BASE, start_sha: START, head_sha: HEAD, position_type: 'text' };
    const cart = { ...refs, old_path: 'src/cart.ts', new_path: 'src/cart.ts' };
    const code = '193049bec91c6d17604cc3d408ff8fa812945e8e';
    expect(sent(fake.requests)).toEqual([
      { method: 'GET', path: mrPath, query: {}, body: null },
      { method: 'GET', path: `${mrPath}/diffs`, query: { per_page: '100' }, body: null },
      { method: 'POST', path: `${mrPath}/discussions`, query: {}, body: { body: 'On src/cart.ts:2', position: { ...cart, new_line: 2 } } },
      { method: 'POST', path: `${mrPath}/discussions`, query: {}, body: { body: 'On src/cart.ts:4', position: { ...cart, old_line: 3, new_line: 4 } } },
      { method: 'POST', path: `${mrPath}/discussions`, query: {}, body: { body: 'On src/cart.ts:2', position: { ...cart, old_line: 2 } } },
      {
        method: 'POST',
        path: `${mrPath}/discussions`,
        query: {},
        body: {
          body: 'On src/cart.ts:6',
          position: {
            ...cart,
            old_line: 5,
            new_line: 6,
            line_range: { start: { line_code: `${code}_3_4`, type: 'new', old_line: 3, new_line: 4 }, end: { line_code: `${code}_5_6`, type: 'new', old_line: 5, new_line: 6 } },
          },
        },
      },
      { method: 'POST', path: `${mrPath}/discussions`, query: {}, body: { body: 'On src/util/price.ts:11', position: { ...refs, old_path: 'src/price.ts', new_path: 'src/util/price.ts', new_line: 11 } } },
    ]);
    for (const request of fake.requests) {
      expect(request.headers['private-token']).toBe(GITLAB_TOKEN);
      expect(request.headers.authorization).toBeUndefined();
    }
    const discussions = [...fake.discussions.values()];
    expect(ids).toEqual(discussions.map((discussion) => `${discussion.id}/${discussion.notes[0]?.id}`));
    expect(ids.map((id) => id.split('/')[1])).toEqual(['501', '502', '503', '504', '505']);
  });

  it('edits a note, re-opens and resolves its discussion', async () => {
    const discussion = [...fake.discussions.values()][0];
    const providerId = `${discussion?.id}/${discussion?.notes[0]?.id}`;
    await client.resolveInlineComment(pr, providerId, 'ignored on GitLab');
    expect(discussion?.notes[0]?.resolved).toBe(true);
    await client.updateInlineComment(pr, providerId, 'Back again', { reopen: true });
    expect(sent(fake.requests)).toEqual([
      { method: 'PUT', path: `${mrPath}/discussions/${discussion?.id}`, query: { resolved: 'true' }, body: null },
      { method: 'PUT', path: `${mrPath}/discussions/${discussion?.id}/notes/501`, query: {}, body: { body: 'Back again' } },
      { method: 'PUT', path: `${mrPath}/discussions/${discussion?.id}`, query: { resolved: 'false' }, body: null },
    ]);
    expect(discussion?.notes[0]).toMatchObject({ body: 'Back again', resolved: false });
  });

  it('creates the summary note once and edits it afterwards', async () => {
    const id = await client.upsertSummaryComment(pr, null, 'Summary 1');
    await expect(client.upsertSummaryComment(pr, id, 'Summary 2')).resolves.toBe(id);
    expect(sent(fake.requests)).toEqual([
      { method: 'POST', path: `${mrPath}/notes`, query: {}, body: { body: 'Summary 1' } },
      { method: 'PUT', path: `${mrPath}/notes/${id}`, query: {}, body: { body: 'Summary 2' } },
    ]);
    expect(fake.notes.get(Number(id))?.body).toBe('Summary 2');
  });

  it('publishes a check as one commit status, without annotations and with the description cut to 255 characters', async () => {
    const title = `${'x'.repeat(300)}`;
    const published = await client.publishCheck({ name: 'Steward', headSha: HEAD, conclusion: 'failure', title, summary: 'ignored', annotations: annotations(120) }, null);
    expect(published).toEqual({ providerId: String(fake.statuses[0]?.id), requests: 1 });
    expect(sent(fake.requests)).toEqual([{ method: 'POST', path: `${projectPath}/statuses/${HEAD}`, query: {}, body: { state: 'failed', name: 'Steward', description: `${'x'.repeat(254)}…` } }]);
    await client.publishCheck({ name: 'Steward', headSha: HEAD, conclusion: 'neutral', title: 'No findings', summary: '', annotations: [] }, published.providerId);
    expect(fake.statuses.map((status) => status.status)).toEqual(['failed', 'success']);
  });

  it('resolves refs, reads a paginated recursive tree and files, and answers null for a missing file', async () => {
    await expect(client.resolveRef('feature/cart')).resolves.toBe(HEAD);
    const tree = await client.fileTree(HEAD);
    expect(tree.truncated).toBe(false);
    expect(tree.entries).toHaveLength(120 + 8);
    expect(tree.entries.slice(0, 3)).toEqual([
      { path: 'README.md', type: 'blob', size: null },
      { path: 'data', type: 'tree', size: null },
      { path: 'data/big.json', type: 'blob', size: null },
    ]);
    await expect(client.file('src/cart.ts', HEAD)).resolves.toEqual({ content: HEAD_FILES['src/cart.ts'], size: Buffer.byteLength(HEAD_FILES['src/cart.ts'] ?? '') });
    await expect(client.file('src/missing.ts', HEAD)).resolves.toBeNull();
    const treeQuery = { ref: HEAD, recursive: 'true', pagination: 'keyset', per_page: '100' };
    expect(sent(fake.requests)).toEqual([
      { method: 'GET', path: `${projectPath}/repository/commits/feature%2Fcart`, query: {}, body: null },
      { method: 'GET', path: `${projectPath}/repository/tree`, query: treeQuery, body: null },
      { method: 'GET', path: `${projectPath}/repository/tree`, query: { ...treeQuery, page_token: 'gen/file-095.ts' }, body: null },
      { method: 'GET', path: `${projectPath}/repository/files/src%2Fcart.ts`, query: { ref: HEAD }, body: null },
      { method: 'GET', path: `${projectPath}/repository/files/src%2Fmissing.ts`, query: { ref: HEAD }, body: null },
    ]);
  });

  it('places a comment on a path with "&" and "=" intact (gitbeaker’s own form encoding would split it)', async () => {
    const mr = { number: 4, headSha: HEAD };
    const diff = await client.changedFiles(mr);
    fake.requests.length = 0;
    await client.createInlineComment(mr, { path: 'docs/q&a=faq.md', side: 'RIGHT', line: 2, startLine: null, body: 'Say more.' }, diff);
    expect(sent(fake.requests)).toEqual([
      {
        method: 'POST',
        path: '/api/v4/projects/acme%2Fplatform%2Fshop/merge_requests/4/discussions',
        query: {},
        body: { body: 'Say more.', position: { base_sha: BASE, start_sha: START, head_sha: HEAD, position_type: 'text', old_path: 'docs/q&a=faq.md', new_path: 'docs/q&a=faq.md', new_line: 2 } },
      },
    ]);
    expect(fake.requests[0]?.headers['content-type']).toBe('application/json');
  });

  describe('failures', () => {
    it('reports a 502 as retryable after one request (gitbeaker’s own ten retries are not used)', async () => {
      fake.failNext(502, 2);
      const first = await rejection(client.resolveRef('main'));
      expect([first.kind, first.status, first.message]).toEqual(['retryable', 502, `GitLab could not serve GET ${projectPath}/repository/commits/main right now (502: 502 Internal Server Error).`]);
      expect(fake.requests).toHaveLength(1);
      await rejection(client.resolveRef('main'));
      await expect(client.resolveRef('main')).resolves.toBe(BASE);
      expect(fake.requests).toHaveLength(3);
    });

    it('reports a 429 as retryable with the time retry-after names', async () => {
      fake.failNext(429, 1, { headers: { 'retry-after': '30' }, body: { message: 'Retry later' } });
      const error = await rejection(client.resolveRef('main'));
      expect([error.kind, error.status, error.retryAt?.toISOString()]).toEqual(['retryable', 429, '2026-12-02T10:00:30.000Z']);
    });

    it('reports a request GitLab does not answer in time as retryable', async () => {
      const impatient = providerClientFor({ provider: 'GITLAB', apiBaseUrl: fake.apiBaseUrl, fullName: 'acme/platform/shop', token: GITLAB_TOKEN }, { timeoutMs: 100 });
      fake.hangNext(1);
      const error = await rejection(impatient.resolveRef('main'));
      expect([error.kind, error.status, error.message]).toEqual(['retryable', null, `GitLab did not answer GET ${projectPath}/repository/commits/main within 100 ms.`]);
    });

    it('reports a refused token as unauthorized without showing it', async () => {
      const stale = providerClientFor({ provider: 'GITLAB', apiBaseUrl: fake.apiBaseUrl, fullName: 'acme/platform/shop', token: 'glpat-revoked-secret' });
      const error = await rejection(stale.changedFiles(pr));
      expect([error.kind, error.status, error.message]).toEqual(['unauthorized', 401, 'GitLab refused the access token (401: 401 Unauthorized). Connect the repository again with a new token.']);
      expect(`${error.message} ${error.stack ?? ''}`).not.toContain('glpat-revoked-secret');
    });

    it('reports a position GitLab refuses (stale diff refs) as rejected, and a line outside the diff before sending anything', async () => {
      const diff = await client.changedFiles(pr);
      fake.requests.length = 0;
      const stale = { ...diff, diffRefs: { baseSha: BASE, startSha: START, headSha: 'e'.repeat(40) } };
      const refused = await rejection(client.createInlineComment(pr, { path: 'src/cart.ts', side: 'RIGHT', line: 2, startLine: null, body: 'x' }, stale));
      expect([refused.kind, refused.status, refused.message]).toEqual([
        'rejected',
        400,
        `GitLab refused POST ${mrPath}/discussions (400: 400 Bad request - Note {:line_code=>["can't be blank", "must be a valid line code"]}).`,
      ]);
      const outside = await rejection(client.createInlineComment(pr, { path: 'src/cart.ts', side: 'RIGHT', line: 40, startLine: null, body: 'x' }, diff));
      expect([outside.kind, outside.status, outside.message]).toEqual(['rejected', null, 'Line 40 (RIGHT) of src/cart.ts is not part of the merge request diff.']);
      expect(fake.requests).toHaveLength(1);
    });

    it('reports an unknown note as not found', async () => {
      const error = await rejection(client.updateInlineComment(pr, `${'f'.repeat(40)}/99999`, 'x'));
      expect([error.kind, error.status]).toEqual(['not_found', 404]);
    });
  });

  it('lists the first note of every diff discussion across pages, with its resolved state, and nothing else', async () => {
    const other = await startFakeGitLab({ token: GITLAB_TOKEN, projects: [{ id: 9, path: 'acme/listed', mergeRequests: [{ iid: 3, headSha: HEAD, baseSha: BASE, diffs: [] }] }] });
    try {
      const at = NOW.toISOString();
      const note = (id: number, body: string, type: 'DiffNote' | 'DiscussionNote', resolved = false) => ({ id, body, type, position: null, resolved, created_at: at, updated_at: at });
      for (let index = 0; index < 120; index += 1) {
        const id = String(index).padStart(40, 'd');
        other.discussions.set(id, { id, projectId: 9, iid: 3, notes: [note(1000 + index, `<!-- steward:fp-${index} -->\nBody ${index}`, 'DiffNote', index === 0)] });
      }
      // A thread someone started without a position, and the summary (a plain note): neither is an inline comment.
      other.discussions.set('e'.repeat(40), { id: 'e'.repeat(40), projectId: 9, iid: 3, notes: [note(2000, '<!-- steward:fp-chat -->\nLet us talk.', 'DiscussionNote')] });
      other.notes.set(2001, { ...note(2001, '<!-- steward:summary -->\n### Steward review', 'DiscussionNote'), type: null, projectId: 9, iid: 3 });
      const listed = await providerClientFor({ provider: 'GITLAB', apiBaseUrl: other.apiBaseUrl, fullName: 'acme/listed', token: GITLAB_TOKEN }).listInlineComments({ number: 3, headSha: HEAD });
      expect(listed).toHaveLength(120);
      expect(listed[0]).toEqual({ providerId: `${'0'.padStart(40, 'd')}/1000`, body: '<!-- steward:fp-0 -->\nBody 0', resolved: true });
      expect(listed[119]).toEqual({ providerId: `${'119'.padStart(40, 'd')}/1119`, body: '<!-- steward:fp-119 -->\nBody 119', resolved: false });
      const path = '/api/v4/projects/acme%2Flisted/merge_requests/3/discussions';
      expect(other.requests.map((request) => [request.method, request.path, request.query])).toEqual([
        ['GET', path, { per_page: '100' }],
        ['GET', path, { page: '2', per_page: '100' }],
      ]);
    } finally {
      await other.stop();
    }
  });

  it('falls back to the changes endpoint on a GitLab without diffs', async () => {
    const legacy = await startFakeGitLab({ token: GITLAB_TOKEN, diffsEndpoint: false, projects: [{ id: 7, path: 'acme/old', mergeRequests: [{ iid: 1, headSha: HEAD, baseSha: BASE, diffs: [{ old_path: 'a.ts', new_path: 'a.ts', diff: '@@ -1 +1 @@\n-a\n+b' }] }] }] });
    try {
      const diff = await providerClientFor({ provider: 'GITLAB', apiBaseUrl: legacy.apiBaseUrl, fullName: 'acme/old', token: GITLAB_TOKEN }).changedFiles({ number: 1, headSha: HEAD });
      expect(diff.files.map((file) => [file.path, [...file.commentable.LEFT], [...file.commentable.RIGHT]])).toEqual([['a.ts', [1], [1]]]);
      expect(diff.diffRefs).toEqual({ baseSha: BASE, startSha: BASE, headSha: HEAD });
      expect(legacy.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'GET /api/v4/projects/acme%2Fold/merge_requests/1',
        'GET /api/v4/projects/acme%2Fold/merge_requests/1/diffs',
        'GET /api/v4/projects/acme%2Fold/merge_requests/1/changes',
      ]);
    } finally {
      await legacy.stop();
    }
  });
});
