import { afterAll, beforeAll, beforeEach } from 'vitest';
import { providerClientFor, type ProviderClient, type PullRequestRef } from '../src/modules/providers/provider-client.js';
import { startFakeGitHub, type FakeGitHub } from './fakes/fake-github.js';
import { CART_PATCH, PRICE_PATCH } from './fixtures/shop-patches.js';
import { BASE, GITHUB_TOKEN, HEAD, HEAD_FILES, clock } from './provider-clients.fixtures.js';

/** The GitHub side of the client tests: a fake GitHub Enterprise holding acme/shop and its pull request #7. */
export interface ShopGitHub {
  fake: FakeGitHub;
  client: ProviderClient;
  pr: PullRequestRef;
  repoPath: string;
}

/** Starts the fake for the calling describe block (requests cleared before each test) and stops it after. */
export function useShopGitHub(): ShopGitHub {
  const shop = { pr: { number: 7, headSha: HEAD, baseSha: BASE }, repoPath: '/api/v3/repos/acme/shop' } as ShopGitHub;

  beforeAll(async () => {
    shop.fake = await startFakeGitHub({
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
    shop.client = providerClientFor({ provider: 'GITHUB', apiBaseUrl: shop.fake.apiBaseUrl, fullName: 'acme/shop', token: GITHUB_TOKEN }, { timeoutMs: 2_000, clock });
  });
  afterAll(() => shop.fake.stop());
  beforeEach(() => {
    shop.fake.requests.length = 0;
  });
  return shop;
}
