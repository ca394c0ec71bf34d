import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../src/modules/providers/github-client.js';
import { GitLabClient, gitlabHost } from '../src/modules/providers/gitlab-client.js';
import { ProviderError, providerClientFor, type CheckAnnotation, type ProviderClient, type PullRequestRef } from '../src/modules/providers/provider-client.js';
import { commentBody, planReview, resolvedBody, type Finding, type PublishedComment, type ReviewPlan } from '../src/modules/providers/review-plan.js';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from './fakes/fake-github.js';
import { startFakeGitLab, type FakeGitLab } from './fakes/fake-gitlab.js';
import { CART_PATCH, PRICE_PATCH } from './fixtures/shop-patches.js';

const NOW = new Date('2026-12-02T10:00:00.000Z');
const clock = () => NOW;
const BASE = 'b'.repeat(40);
const START = 'c'.repeat(40);
const HEAD = 'd'.repeat(40);
const GITHUB_TOKEN = 'ghp_fake_token';
const GITLAB_TOKEN = 'glpat-fake-token';

const BIG = JSON.stringify({ rows: Array.from({ length: 200 }, (_, index) => `row-${index}`) });
const HEAD_FILES: Record<string, string> = {
  'README.md': '# Shop\n',
  'src/cart.ts': "import { price } from './util/price';\nexport function total(items: Item[]) {\n",
  'src/util/price.ts': 'export function price() {}\n',
  'data/big.json': BIG,
};

function finding(overrides: Partial<Finding> & Pick<Finding, 'fingerprint'>): Finding {
  return { path: 'src/cart.ts', line: 2, startLine: null, side: 'RIGHT', severity: 'MAJOR', category: 'types', message: 'Type the items.', ...overrides };
}

const F1 = finding({ fingerprint: 'fp-types', line: 2 });
const F2 = finding({ fingerprint: 'fp-loop', startLine: 4, line: 6, severity: 'MINOR', category: 'performance', message: 'Use reduce.' });
const F3 = finding({ fingerprint: 'fp-removed', side: 'LEFT', line: 2, severity: 'INFO', category: 'style', message: 'The old signature was exported.' });
const F4 = finding({ fingerprint: 'fp-outside', path: 'src/util/price.ts', line: 30, severity: 'CRITICAL', category: 'security', message: 'Price comes from the client.' });

/** What a caller keeps between runs: the comments it published and its summary comment. */
interface ReviewState {
  comments: Map<string, PublishedComment>;
  summaryId: string | null;
}

/** Publishes a review the way the review job will: read the diff, plan, then carry the plan out. */
async function publishReview(client: ProviderClient, pr: PullRequestRef, findings: Finding[], state: ReviewState): Promise<ReviewPlan> {
  const diff = await client.changedFiles(pr);
  const plan = planReview(findings, [...state.comments.values()], diff.files);
  for (const { finding: f, body } of plan.create) {
    const providerId = await client.createInlineComment(pr, { path: f.path, line: f.line, startLine: f.startLine, side: f.side, body }, diff);
    state.comments.set(f.fingerprint, { fingerprint: f.fingerprint, providerId, status: 'OPEN', body });
  }
  for (const { finding: f, providerId, body, reopen } of plan.update) {
    await client.updateInlineComment(pr, providerId, body, { reopen });
    state.comments.set(f.fingerprint, { fingerprint: f.fingerprint, providerId, status: 'OPEN', body });
  }
  for (const { providerId, fingerprint, body } of plan.resolve) {
    await client.resolveInlineComment(pr, providerId, body);
    state.comments.set(fingerprint, { fingerprint, providerId, status: 'RESOLVED', body });
  }
  state.summaryId = await client.upsertSummaryComment(pr, state.summaryId, plan.summary);
  return plan;
}

/** The parts of recorded requests a test compares exactly. */
function sent(requests: RecordedRequest[]): { method: string; path: string; query: Record<string, string>; body: unknown }[] {
  return requests.map(({ method, path, query, body }) => ({ method, path, query, body }));
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, index) => ({ path: 'src/cart.ts', startLine: index + 1, endLine: index + 1, level: 'warning', title: `Finding ${index + 1}`, message: `Message ${index + 1}` }));
}

/** A port nothing listens on (a server was there a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('GitHub client (GitHub Enterprise base URL)', () => {
  let fake: FakeGitHub;
  let client: ProviderClient;
  const pr: PullRequestRef = { number: 7, headSha: HEAD, baseSha: BASE };
  const repoPath = '/api/v3/repos/acme/shop';

  beforeAll(async () => {
    fake = await startFakeGitHub({
      token: GITHUB_TOKEN,
      clock,
      largeFileBytes: 1_000,
      repositories: [
        {
          fullName: 'acme/shop',
          commits: { [BASE]: { 'src/cart.ts': 'old', 'src/price.ts': 'old' }, [HEAD]: HEAD_FILES },
          refs: { main: BASE, 'feature/cart': HEAD },
          pullRequests: [
            {
              number: 7,
              headSha: HEAD,
              baseSha: BASE,
              files: [
                { filename: 'src/cart.ts', patch: CART_PATCH },
                { filename: 'src/util/price.ts', status: 'renamed', previous_filename: 'src/price.ts', patch: PRICE_PATCH },
                { filename: 'assets/logo.png', status: 'added' },
              ],
            },
          ],
        },
      ],
    });
    client = providerClientFor({ provider: 'GITHUB', apiBaseUrl: fake.apiBaseUrl, fullName: 'acme/shop', token: GITHUB_TOKEN }, { timeoutMs: 2_000, clock });
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.requests.length = 0;
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

  describe('failures', () => {
    it('reports a 502 as retryable without retrying it, and succeeds once GitHub recovers', async () => {
      fake.failNext(502, 2);
      const first = await rejection(client.resolveRef('main'));
      expect([first.kind, first.status, first.message]).toEqual(['retryable', 502, `GitHub could not serve GET ${repoPath}/commits/main right now (502: Server Error).`]);
      expect(fake.requests).toHaveLength(1);
      await rejection(client.resolveRef('main'));
      await expect(client.resolveRef('main')).resolves.toBe(BASE);
      expect(fake.requests).toHaveLength(3);
    });

    it('reports a request GitHub does not answer in time as retryable', async () => {
      const impatient = providerClientFor({ provider: 'GITHUB', apiBaseUrl: fake.apiBaseUrl, fullName: 'acme/shop', token: GITHUB_TOKEN }, { timeoutMs: 100 });
      fake.hangNext(1);
      const error = await rejection(impatient.resolveRef('main'));
      expect([error.kind, error.status, error.message]).toEqual(['retryable', null, `GitHub did not answer GET ${repoPath}/commits/main within 100 ms.`]);
    });

    it('reports a host that refuses the connection as retryable', async () => {
      const port = await closedPort();
      const unreachable = providerClientFor({ provider: 'GITHUB', apiBaseUrl: `http://127.0.0.1:${port}/api/v3`, fullName: 'acme/shop', token: GITHUB_TOKEN });
      const error = await rejection(unreachable.resolveRef('main'));
      expect([error.kind, error.status, error.message]).toEqual(['retryable', null, `GitHub could not be reached at 127.0.0.1:${port} (GET /api/v3/repos/acme/shop/commits/main).`]);
    });

    it('reports a refused token as unauthorized without showing it', async () => {
      const stale = providerClientFor({ provider: 'GITHUB', apiBaseUrl: fake.apiBaseUrl, fullName: 'acme/shop', token: 'ghp_revoked_secret' });
      const error = await rejection(stale.changedFiles(pr));
      expect([error.kind, error.status, error.message]).toEqual(['unauthorized', 401, 'GitHub refused the access token (401: Bad credentials). Connect the repository again with a new token.']);
      expect(fake.requests[0]?.headers.authorization).toBe('token ghp_revoked_secret');
      expect(`${error.message} ${error.stack ?? ''}`).not.toContain('ghp_revoked_secret');
    });

    it('reports a comment on a line outside the diff as rejected with GitHub’s reason', async () => {
      const error = await rejection(client.createInlineComment(pr, { path: 'src/cart.ts', line: 40, startLine: null, side: 'RIGHT', body: 'x' }, { files: [], diffRefs: null }));
      expect([error.kind, error.status, error.message]).toEqual([
        'rejected',
        422,
        `GitHub refused POST ${repoPath}/pulls/7/comments (422: Validation Failed: pull_request_review_thread.line must be part of the diff).`,
      ]);
    });

    it('tells a rate limit (retryable, with its reset time) from a plain 403 (forbidden)', async () => {
      fake.failNext(403, 1, { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1796205600' }, body: { message: 'API rate limit exceeded for installation ID 1.' } });
      const limited = await rejection(client.resolveRef('main'));
      expect([limited.kind, limited.status, limited.retryAt?.toISOString()]).toEqual(['retryable', 403, '2026-12-02T10:00:00.000Z']);
      fake.failNext(403, 1, { body: { message: 'Resource not accessible by integration' } });
      const forbidden = await rejection(client.resolveRef('main'));
      expect([forbidden.kind, forbidden.status, forbidden.message]).toEqual(['forbidden', 403, `GitHub does not let this token GET ${repoPath}/commits/main (403: Resource not accessible by integration).`]);
    });

    it('reports an unknown comment as not found', async () => {
      const error = await rejection(client.updateInlineComment(pr, '999999', 'x'));
      expect([error.kind, error.status]).toEqual(['not_found', 404]);
    });
  });

  it('marks a tree GitHub cut short as truncated', async () => {
    const small = await startFakeGitHub({ token: GITHUB_TOKEN, treeEntryLimit: 2, repositories: [{ fullName: 'acme/shop', commits: { [HEAD]: HEAD_FILES } }] });
    try {
      const tree = await providerClientFor({ provider: 'GITHUB', apiBaseUrl: small.apiBaseUrl, fullName: 'acme/shop', token: GITHUB_TOKEN }).fileTree(HEAD);
      expect(tree).toEqual({ entries: [{ path: 'README.md', type: 'blob', size: 7 }, { path: 'data', type: 'tree', size: null }], truncated: true });
    } finally {
      await small.stop();
    }
  });
});

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
