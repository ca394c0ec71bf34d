import { beforeAll, describe, expect, it } from 'vitest';
import { providerClientFor, type ProviderClient } from '../src/modules/providers/provider-client.js';
import { startFakeGitHub, type FakeGitHub } from './fakes/fake-github.js';
import { useShopGitHub } from './github-shop.fixtures.js';
import { BASE, GITHUB_TOKEN, HEAD, HEAD_FILES, closedPort, rejection } from './provider-clients.fixtures.js';

describe('GitHub client failures (GitHub Enterprise base URL)', () => {
  const shop = useShopGitHub();
  let fake: FakeGitHub;
  let client: ProviderClient;
  const { pr, repoPath } = shop;
  beforeAll(() => {
    ({ fake, client } = shop);
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
