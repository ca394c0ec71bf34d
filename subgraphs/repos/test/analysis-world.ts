import { afterAll, beforeAll } from 'vitest';
import { RepositoryActivityDocument } from '@steward/client';
import { InternalTokenCodec, RouteClient } from '@steward/kernel';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type SeededRepository, type TestStack } from '@steward/standalone/testing';
import { startFakeGitHub, type FakeGitHub } from './fakes/fake-github.js';
import { startFakeGitLab, type FakeGitLab } from './fakes/fake-gitlab.js';
import { CART_PATCH, PRICE_PATCH } from './fixtures/shop-patches.js';

// The world of the tests of what repos does for analysis: the whole stack, a fake GitHub and GitLab,
// two organizations, and a route client acting as the analysis service. The bindings below are set by
// useAnalysisWorld()'s beforeAll (importers read them live).

export const GITHUB_TOKEN = 'ghp_fake_token';
export const GITLAB_TOKEN = 'glpat-fake-token';
/** The head commit of the recorded `pull_request` payloads (pull request #2). */
export const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const NEXT_HEAD = '5a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
export const BASE = 'b'.repeat(40);
export const SOURCE: Record<string, string> = {
  'README.md': '# Shop\n',
  'src/cart.ts': 'export function total(items: number[]): number {\n  return items.reduce((sum, item) => sum + item, 0);\n}\n',
  'src/util/price.ts': 'export const price = (cents: number): string => (cents / 100).toFixed(2);\n',
};
export const FILES = [
  { filename: 'src/cart.ts', patch: CART_PATCH },
  { filename: 'src/util/price.ts', patch: PRICE_PATCH },
];

export let stack: TestStack;
export let org: SeededOrganization;
export let other: SeededOrganization;
export let github: FakeGitHub;
export let gitlab: FakeGitLab;
/** Calls repos' internal routes as the analysis service does. */
export let analysis: RouteClient;
/** Starts the world for the calling test file, and stops it after. */
export function useAnalysisWorld(): void {
beforeAll(async () => {
  [stack, github, gitlab] = await Promise.all([startTestStack(), startFakeGitHub({ token: GITHUB_TOKEN }), startFakeGitLab({ token: GITLAB_TOKEN })]);
  [org, other] = await Promise.all([seed(stack).org(), seed(stack).org()]);
  analysis = new RouteClient(new InternalTokenCodec(stack.internalSecret), 'analysis', (name) => stack.subgraphUrls[name]);
});
afterAll(async () => {
  await stack?.stop();
  await github?.stop();
  await gitlab?.stop();
});
}

let sequence = 0;

/** A repository of the fake GitHub holding `SOURCE` at HEAD (and NEXT_HEAD) and pull request #2, connected to the stack. */
export async function githubRepository(options: { projectId?: string } = {}): Promise<SeededRepository> {
  const fullName = `steward-analysis/repo-${(sequence += 1)}`;
  github.addRepository({ fullName, commits: { [HEAD]: SOURCE, [NEXT_HEAD]: { ...SOURCE, 'src/extra.ts': 'export {};\n' } }, pullRequests: [{ number: 2, headSha: HEAD, baseSha: BASE, files: FILES }] });
  return seed(stack).repository(org, { fullName, apiBaseUrl: github.apiBaseUrl, accessToken: GITHUB_TOKEN, projectId: options.projectId });
}

/** Waits for the webhook to create the repository's pull request and returns its id. */
export async function pullRequestOf(repository: SeededRepository): Promise<string> {
  const seen = await eventually(
    async () => (await stack.request(RepositoryActivityDocument, { id: repository.id }, { token: org.owner.accessToken })).data?.repository,
    (repo) => (repo?.pullRequests.edges.length ?? 0) > 0,
    'the pull request created by the webhook',
  );
  return seen!.pullRequests.edges[0]!.node.id;
}
