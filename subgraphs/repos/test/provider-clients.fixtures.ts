import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { ProviderError, type CheckAnnotation, type ProviderClient, type PullRequestRef } from '../src/modules/providers/provider-client.js';
import { planReview, type Finding, type PublishedComment, type ReviewPlan } from '../src/modules/providers/review-plan.js';
import type { RecordedRequest } from './fakes/fake-github.js';

// Shared by the GitHub and GitLab client tests: a fixed clock, commits, findings, and a review
// published the way the review job publishes one.

export const NOW = new Date('2026-12-02T10:00:00.000Z');
export const clock = () => NOW;
export const BASE = 'b'.repeat(40);
export const START = 'c'.repeat(40);
export const HEAD = 'd'.repeat(40);
export const GITHUB_TOKEN = 'ghp_fake_token';
export const GITLAB_TOKEN = 'glpat-fake-token';

export const BIG = JSON.stringify({ rows: Array.from({ length: 200 }, (_, index) => `row-${index}`) });
export const HEAD_FILES: Record<string, string> = {
  'README.md': '# Shop\n',
  'src/cart.ts': "import { price } from './util/price';\nexport function total(items: Item[]) {\n",
  'src/util/price.ts': 'export function price() {}\n',
  'data/big.json': BIG,
};

export function finding(overrides: Partial<Finding> & Pick<Finding, 'fingerprint'>): Finding {
  return { path: 'src/cart.ts', line: 2, startLine: null, side: 'RIGHT', severity: 'MAJOR', category: 'types', message: 'Type the items.', ...overrides };
}

export const F1 = finding({ fingerprint: 'fp-types', line: 2 });
export const F2 = finding({ fingerprint: 'fp-loop', startLine: 4, line: 6, severity: 'MINOR', category: 'performance', message: 'Use reduce.' });
export const F3 = finding({ fingerprint: 'fp-removed', side: 'LEFT', line: 2, severity: 'INFO', category: 'style', message: 'The old signature was exported.' });
export const F4 = finding({ fingerprint: 'fp-outside', path: 'src/util/price.ts', line: 30, severity: 'CRITICAL', category: 'security', message: 'Price comes from the client.' });

/** What a caller keeps between runs: the comments it published and its summary comment. */
export interface ReviewState {
  comments: Map<string, PublishedComment>;
  summaryId: string | null;
}

/** Publishes a review the way the review job will: read the diff, plan, then carry the plan out. */
export async function publishReview(client: ProviderClient, pr: PullRequestRef, findings: Finding[], state: ReviewState): Promise<ReviewPlan> {
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
export function sent(requests: RecordedRequest[]): { method: string; path: string; query: Record<string, string>; body: unknown }[] {
  return requests.map(({ method, path, query, body }) => ({ method, path, query, body }));
}

export async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

export function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, index) => ({ path: 'src/cart.ts', startLine: index + 1, endLine: index + 1, level: 'warning', title: `Finding ${index + 1}`, message: `Message ${index + 1}` }));
}

/** A port nothing listens on (a server was there a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
