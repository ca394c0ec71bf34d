import { beforeAll, describe, expect, it } from 'vitest';
import { GitHubClient } from '../src/modules/providers/github-client.js';
import { providerClientFor, type ProviderClient } from '../src/modules/providers/provider-client.js';
import { commentBody, resolvedBody } from '../src/modules/providers/review-plan.js';
import { startFakeGitHub, type FakeGitHub } from './fakes/fake-github.js';
import { useShopGitHub } from './github-shop.fixtures.js';
import { BASE, BIG, F1, F2, F3, F4, GITHUB_TOKEN, HEAD, HEAD_FILES, NOW, annotations, publishReview, rejection, sent, type ReviewState } from './provider-clients.fixtures.js';

describe('GitHub client (GitHub Enterprise base URL)', () => {
  const shop = useShopGitHub();
  let fake: FakeGitHub;
  let client: ProviderClient;
  const { pr, repoPath } = shop;
  beforeAll(() => {
    ({ fake, client } = shop);
  });

  it('is the client providerClientFor builds for GitHub', () => {
    expect(client).toBeInstanceOf(GitHubClient);
  });

  describe('a review', () => {
    const state: ReviewState = { comments: new Map(), summaryId: null };

    it('publishes three inline comments and lists the finding outside the diff in the summary', async () => {
      const plan = await publishReview(client, pr, [F1, F2, F3, F4], state);
      expect(plan.outsideDiff).toEqual([F4]);
      expect(sent(fake.requests)).toEqual([
        { method: 'GET', path: `${repoPath}/pulls/7/files`, query: { per_page: '100' }, body: null },
        { method: 'POST', path: `${repoPath}/pulls/7/comments`, query: {}, body: { commit_id: HEAD, path: 'src/cart.ts', line: 2, side: 'RIGHT', body: commentBody(F1) } },
        { method: 'POST', path: `${repoPath}/pulls/7/comments`, query: {}, body: { commit_id: HEAD, path: 'src/cart.ts', line: 6, side: 'RIGHT', start_line: 4, start_side: 'RIGHT', body: commentBody(F2) } },
        { method: 'POST', path: `${repoPath}/pulls/7/comments`, query: {}, body: { commit_id: HEAD, path: 'src/cart.ts', line: 2, side: 'LEFT', body: commentBody(F3) } },
        { method: 'POST', path: `${repoPath}/issues/7/comments`, query: {}, body: { body: plan.summary } },
      ]);
      expect(plan.summary).toContain('- 🛑 **CRITICAL** `src/util/price.ts:30` (security): Price comes from the client.');
      for (const request of fake.requests) {
        expect(request.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
        expect(request.headers['x-github-api-version']).toBe('2022-11-28');
        expect(request.headers['user-agent']).toMatch(/^steward-repos octokit-rest\.js\/22\.0\.1 /);
      }
      expect([...state.comments.values()].map((comment) => comment.providerId)).toEqual(['1001', '1002', '1003']);
      expect(state.summaryId).toBe('1004');
      expect([...fake.reviewComments.values()].map((comment) => [comment.path, comment.side, comment.start_line, comment.line])).toEqual([
        ['src/cart.ts', 'RIGHT', null, 2],
        ['src/cart.ts', 'RIGHT', 4, 6],
        ['src/cart.ts', 'LEFT', null, 2],
      ]);
    });

    it('sends nothing but the summary update when the same findings are published again', async () => {
      const plan = await publishReview(client, pr, [F1, F2, F3, F4], state);
      expect(plan.keep).toEqual(['fp-types', 'fp-loop', 'fp-removed']);
      expect(sent(fake.requests)).toEqual([
        { method: 'GET', path: `${repoPath}/pulls/7/files`, query: { per_page: '100' }, body: null },
        { method: 'PATCH', path: `${repoPath}/issues/comments/1004`, query: {}, body: { body: plan.summary } },
      ]);
    });

    it('edits a changed finding in place instead of adding a comment', async () => {
      const changed = { ...F1, message: 'Type the items as Item[].' };
      await publishReview(client, pr, [changed, F2, F3, F4], state);
      expect(sent(fake.requests).slice(1)).toEqual([
        { method: 'PATCH', path: `${repoPath}/pulls/comments/1001`, query: {}, body: { body: commentBody(changed) } },
        { method: 'PATCH', path: `${repoPath}/issues/comments/1004`, query: {}, body: { body: expect.stringContaining('**4 findings**') } },
      ]);
      expect(fake.reviewComments.size).toBe(3);
      expect(fake.reviewComments.get(1001)?.body).toBe(commentBody(changed));
    });

    it('turns the comment of a fixed finding into a collapsed resolved note', async () => {
      const changed = { ...F1, message: 'Type the items as Item[].' };
      await publishReview(client, pr, [changed, F3, F4], state);
      const resolved = resolvedBody({ fingerprint: 'fp-loop', body: commentBody(F2) });
      expect(sent(fake.requests).slice(1)).toEqual([
        { method: 'PATCH', path: `${repoPath}/pulls/comments/1002`, query: {}, body: { body: resolved } },
        { method: 'PATCH', path: `${repoPath}/issues/comments/1004`, query: {}, body: { body: expect.stringContaining('**3 findings**') } },
      ]);
      expect(fake.reviewComments.get(1002)?.body).toMatch(/^<!-- steward:fp-loop -->\n✅ \*\*Resolved\*\*/);
      expect(fake.reviewComments.get(1002)?.body).toContain('<details><summary>Original comment</summary>');
      expect(fake.reviewComments.size).toBe(3);
    });

    it('writes a new summary comment when someone deleted the old one', async () => {
      fake.issueComments.delete(1004);
      const id = await client.upsertSummaryComment(pr, '1004', 'Summary again');
      expect(sent(fake.requests)).toEqual([
        { method: 'PATCH', path: `${repoPath}/issues/comments/1004`, query: {}, body: { body: 'Summary again' } },
        { method: 'POST', path: `${repoPath}/issues/7/comments`, query: {}, body: { body: 'Summary again' } },
      ]);
      expect(id).toBe('1005');
    });
  });

  describe('a check run', () => {
    const report = { name: 'Steward', headSha: HEAD, conclusion: 'failure' as const, title: '3 critical findings', summary: 'See annotations.', annotations: annotations(120) };
    const output = (from: number, to: number) => ({
      title: '3 critical findings',
      summary: 'See annotations.',
      annotations: annotations(120)
        .slice(from, to)
        .map((a) => ({ path: a.path, start_line: a.startLine, end_line: a.endLine, annotation_level: 'warning', title: a.title, message: a.message })),
    });

    it('publishes 120 annotations as a POST of 50 and two PATCHes of 50 and 20, reporting the id before the PATCHes', async () => {
      const reported: { id: string; requestsSoFar: number }[] = [];
      const published = await client.publishCheck(report, null, { onCreated: async (id) => void reported.push({ id, requestsSoFar: fake.requests.length }) });
      expect(published).toEqual({ providerId: '1006', requests: 3 });
      expect(reported).toEqual([{ id: '1006', requestsSoFar: 1 }]);
      expect(sent(fake.requests)).toEqual([
        { method: 'POST', path: `${repoPath}/check-runs`, query: {}, body: { name: 'Steward', head_sha: HEAD, status: 'completed', conclusion: 'failure', output: output(0, 50) } },
        { method: 'PATCH', path: `${repoPath}/check-runs/1006`, query: {}, body: { output: output(50, 100) } },
        { method: 'PATCH', path: `${repoPath}/check-runs/1006`, query: {}, body: { output: output(100, 120) } },
      ]);
      expect(fake.checkRuns.get(1006)?.annotations).toHaveLength(120);
    });

    it('completes a run whose second PATCH failed: reads how many annotations it holds and sends only the rest', async () => {
      const runs = fake.checkRuns.size;
      fake.failNext(502, 1, { match: { method: 'PATCH', path: /\/check-runs\/\d+$/ }, skip: 1 });
      let created: string | null = null;
      const failed = await rejection(
        client.publishCheck(report, null, {
          onCreated: async (id) => {
            created = id;
          },
        }),
      );
      expect([failed.kind, failed.status]).toEqual(['retryable', 502]);
      expect(created).toMatch(/^\d+$/);
      const run = fake.checkRuns.get(Number(created));
      expect(run?.annotations).toHaveLength(100);

      fake.requests.length = 0;
      await expect(client.publishCheck(report, created)).resolves.toEqual({ providerId: created, requests: 2 });
      expect(sent(fake.requests)).toEqual([
        { method: 'GET', path: `${repoPath}/check-runs/${created}`, query: {}, body: null },
        { method: 'PATCH', path: `${repoPath}/check-runs/${created}`, query: {}, body: { output: output(100, 120) } },
      ]);
      expect(run?.annotations).toEqual(output(0, 120).annotations);
      expect(fake.checkRuns.size).toBe(runs + 1);

      // Published in full already: asking again adds nothing.
      fake.requests.length = 0;
      await expect(client.publishCheck(report, created)).resolves.toEqual({ providerId: created, requests: 1 });
      expect(fake.requests.map((request) => request.method)).toEqual(['GET']);
    });

    it('creates the run again when GitHub no longer has the one it was given', async () => {
      const reported: string[] = [];
      const published = await client.publishCheck({ ...report, annotations: annotations(10) }, '999999', { onCreated: async (id) => void reported.push(id) });
      expect(published.requests).toBe(2);
      expect(reported).toEqual([published.providerId]);
      expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${repoPath}/check-runs/999999`, `POST ${repoPath}/check-runs`]);
      expect(fake.checkRuns.get(Number(published.providerId))?.annotations).toHaveLength(10);
    });
  });

  it('lists the pull request’s inline comments across pages, oldest first and without replies', async () => {
    const other = await startFakeGitHub({ token: GITHUB_TOKEN, repositories: [{ fullName: 'acme/shop', pullRequests: [{ number: 7, headSha: HEAD, baseSha: BASE, files: [] }] }] });
    try {
      const stored = (id: number, pullNumber: number, body: string, inReplyTo?: number) => {
        other.reviewComments.set(id, {
          id,
          repository: 'acme/shop',
          pull_number: pullNumber,
          commit_id: HEAD,
          path: 'src/cart.ts',
          line: 2,
          side: 'RIGHT',
          start_line: null,
          start_side: null,
          body,
          ...(inReplyTo !== undefined ? { in_reply_to_id: inReplyTo } : {}),
          created_at: NOW.toISOString(),
          updated_at: NOW.toISOString(),
        });
      };
      for (let index = 0; index < 120; index += 1) stored(5000 - index, 7, `<!-- steward:fp-${index} -->\nBody ${index}`);
      stored(6000, 7, 'Good catch, fixed.', 5000);
      stored(6001, 8, '<!-- steward:fp-other-pr -->\nBody');
      const listed = await providerClientFor({ provider: 'GITHUB', apiBaseUrl: other.apiBaseUrl, fullName: 'acme/shop', token: GITHUB_TOKEN }).listInlineComments(pr);
      expect(listed).toHaveLength(120);
      expect(listed[0]).toEqual({ providerId: '4881', body: '<!-- steward:fp-119 -->\nBody 119', resolved: false });
      expect(listed[119]).toEqual({ providerId: '5000', body: '<!-- steward:fp-0 -->\nBody 0', resolved: false });
      expect(other.requests.map((request) => [request.method, request.path, request.query])).toEqual([
        ['GET', `${repoPath}/pulls/7/comments`, { per_page: '100' }],
        ['GET', `${repoPath}/pulls/7/comments`, { per_page: '100', page: '2' }],
      ]);
    } finally {
      await other.stop();
    }
  });

  it('resolves a branch with a slash to its SHA through the sha media type', async () => {
    await expect(client.resolveRef('feature/cart')).resolves.toBe(HEAD);
    expect(sent(fake.requests)).toEqual([{ method: 'GET', path: `${repoPath}/commits/feature%2Fcart`, query: {}, body: null }]);
    expect(fake.requests[0]?.headers.accept).toBe('application/vnd.github.v3.sha');
  });

  it('reads the recursive tree of a commit', async () => {
    await expect(client.fileTree(HEAD)).resolves.toEqual({
      entries: [
        { path: 'README.md', type: 'blob', size: 7 },
        { path: 'data', type: 'tree', size: null },
        { path: 'data/big.json', type: 'blob', size: Buffer.byteLength(BIG) },
        { path: 'src', type: 'tree', size: null },
        { path: 'src/cart.ts', type: 'blob', size: Buffer.byteLength(HEAD_FILES['src/cart.ts'] ?? '') },
        { path: 'src/util', type: 'tree', size: null },
        { path: 'src/util/price.ts', type: 'blob', size: 27 },
      ],
      truncated: false,
    });
    expect(sent(fake.requests)).toEqual([{ method: 'GET', path: `${repoPath}/git/trees/${HEAD}`, query: { recursive: 'true' }, body: null }]);
  });

  it('reads files, a large one through the raw media type, and answers null for a missing file or a directory', async () => {
    await expect(client.file('src/cart.ts', HEAD)).resolves.toEqual({ content: HEAD_FILES['src/cart.ts'], size: Buffer.byteLength(HEAD_FILES['src/cart.ts'] ?? '') });
    await expect(client.file('src/missing.ts', HEAD)).resolves.toBeNull();
    await expect(client.file('src', HEAD)).resolves.toBeNull();
    await expect(client.file('data/big.json', HEAD)).resolves.toEqual({ content: BIG, size: Buffer.byteLength(BIG) });
    expect(sent(fake.requests)).toEqual([
      { method: 'GET', path: `${repoPath}/contents/src%2Fcart.ts`, query: { ref: HEAD }, body: null },
      { method: 'GET', path: `${repoPath}/contents/src%2Fmissing.ts`, query: { ref: HEAD }, body: null },
      { method: 'GET', path: `${repoPath}/contents/src`, query: { ref: HEAD }, body: null },
      { method: 'GET', path: `${repoPath}/contents/data%2Fbig.json`, query: { ref: HEAD }, body: null },
      { method: 'GET', path: `${repoPath}/contents/data%2Fbig.json`, query: { ref: HEAD }, body: null },
    ]);
    expect(fake.requests[4]?.headers.accept).toBe('application/vnd.github.v3.raw');
  });
});
