/**
 * Publishing a large review: FINDINGS findings (default 500; INLINE_SHARE of them, default 0.8, on
 * lines of the diff, the rest outside it) published with `publishReview` through the gateway to a fake
 * GitHub, timed from the mutation to the moment every comment and the check run read PUBLISHED, with
 * the outbound requests counted by kind. Beside it, in the same run against the same fake server, the
 * baseline: the very client calls the job makes (read the diff, plan, one comment per inline finding,
 * the summary, the check run in batches of 50 annotations) made directly, without the stack, its
 * database, its outbox and its job queue. Then the same review published again unchanged, which must
 * send nothing but the diff read.
 *
 * The fake answers at once, so the figures are Steward's own cost per request (the ORM writes that
 * save each provider id, the job's polling); against GitHub the provider's latency and its secondary
 * rate limit (about 80 content-creating requests a minute) dominate. The stack runs on a fresh in-memory
 * PGlite, or on a fresh database on the PostgreSQL server named by DATABASE_URL.
 *
 * Run: `npx tsx bench/src/review-publish.ts`, or `FINDINGS=1000 DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/src/review-publish.ts`.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { createLogger } from '@steward/kernel';
import { createTestDatabase } from '@steward/kernel/testing';
import { startSteward } from '@steward/standalone';
import { localStackEnv } from '@steward/standalone/testing';
import { providerClientFor } from '../../subgraphs/repos/src/modules/providers/provider-client.js';
import { planReview, type Finding } from '../../subgraphs/repos/src/modules/providers/review-plan.js';
import { checkContentOf, conclusionOf } from '../../subgraphs/repos/src/modules/reviews/review-changes.js';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../../subgraphs/repos/test/fakes/fake-github.js';
import { fixed, isEntryPoint, machineLine, printTable } from './stats.js';

const FINDINGS = Number(process.env.FINDINGS ?? 500);
const INLINE_SHARE = Number(process.env.INLINE_SHARE ?? 0.8);
const TOKEN = 'ghp_bench_token_1';
/** The head commit of the recorded `pull_request` payload (pull request #2). */
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const POLL_MS = 25;
const TIMEOUT_MS = 300_000;

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];

/** One file whose diff adds `lines` lines, so each finding up to there can sit on its own line. */
function patchOf(lines: number): string {
  return [`@@ -0,0 +1,${lines} @@`, ...Array.from({ length: lines }, (_, index) => `+export const value${index + 1} = ${index + 1};`)].join('\n');
}

const inline = Math.round(FINDINGS * INLINE_SHARE);
const FINDING_LIST: Finding[] = Array.from({ length: FINDINGS }, (_, index) => ({
  fingerprint: `bench-${String(index).padStart(5, '0')}`,
  // Inline findings on the added lines of src/values.ts; the others in a file the pull request did not change.
  path: index < inline ? 'src/values.ts' : 'src/untouched.ts',
  line: index + 1,
  startLine: null,
  side: 'RIGHT',
  severity: (['CRITICAL', 'MAJOR', 'MINOR', 'INFO'] as const)[index % 4]!,
  category: 'bench',
  message: `Finding ${index}: consider a named constant table instead of ${index + 1} exports.`,
}));

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`The bench's request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Registers a pull request #2 with the fake: one changed file whose added lines carry the inline findings. */
function addFakeRepository(fake: FakeGitHub, fullName: string): void {
  fake.addRepository({ fullName, commits: { [HEAD]: { 'src/values.ts': '' } }, pullRequests: [{ number: 2, headSha: HEAD, baseSha: 'b'.repeat(40), files: [{ filename: 'src/values.ts', status: 'added', patch: patchOf(inline) }] }] });
}

/** Requests by kind (`POST pulls/:n/comments`, …), most frequent first. */
function kinds(requests: readonly RecordedRequest[], prefix: string): string {
  const counts = new Map<string, number>();
  for (const request of requests) {
    const kind = `${request.method} ${request.path.slice(prefix.length + 1).replace(/\/\d+(?=\/|$)/g, '/:n')}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${count}× ${kind}`).join(', ');
}

/** A row of the table: what a path sent and how long it took. */
interface Result {
  label: string;
  requests: RecordedRequest[];
  ms: number;
  prefix: string;
}

/** The client calls the job makes, made directly (no stack): the floor of publishing this review. */
async function direct(fake: FakeGitHub, fullName: string): Promise<Result> {
  const client = providerClientFor({ provider: 'GITHUB', apiBaseUrl: fake.apiBaseUrl, fullName, token: TOKEN });
  const ref = { number: 2, headSha: HEAD };
  const from = fake.requests.length;
  const startedAt = performance.now();
  const diff = await client.changedFiles(ref);
  const plan = planReview(FINDING_LIST, [], diff.files);
  for (const { finding, body } of plan.create) await client.createInlineComment(ref, { path: finding.path, line: finding.line, startLine: finding.startLine, side: finding.side, body }, diff);
  await client.upsertSummaryComment(ref, null, plan.summary);
  const content = checkContentOf(FINDING_LIST);
  await client.publishCheck({ name: 'Steward', headSha: HEAD, conclusion: conclusionOf(FINDING_LIST) === 'FAILURE' ? 'failure' : 'success', ...content }, null);
  const ms = performance.now() - startedAt;
  return { label: 'client calls alone (baseline)', requests: fake.requests.slice(from), ms, prefix: `/api/v3/repos/${fullName}` };
}

const PUBLISH = /* GraphQL */ `
  mutation BenchPublish($id: ID!, $input: PublishReviewInput!) {
    publishReview(pullRequestId: $id, input: $input) { checkRun { id } }
  }
`;
const STATE = /* GraphQL */ `
  query BenchReviewState($id: ID!, $after: String) {
    pullRequest(id: $id) {
      reviewPublishedAt
      checkRuns(first: 1) { edges { node { publishState } } }
      reviewComments(first: 100, after: $after) { edges { node { publishState } } pageInfo { hasNextPage endCursor } }
    }
  }
`;
interface ReviewState {
  pullRequest: {
    reviewPublishedAt: string | null;
    checkRuns: { edges: { node: { publishState: string } }[] };
    reviewComments: { edges: { node: { publishState: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
}

/** Every comment's and the latest check run's publish state, page by page. */
async function states(gatewayUrl: string, token: string, pullRequestId: string): Promise<{ publishedAt: string | null; states: string[] }> {
  const all: string[] = [];
  let after: string | null = null;
  let publishedAt: string | null = null;
  for (;;) {
    const page: ReviewState = await graphql<ReviewState>(gatewayUrl, STATE, { id: pullRequestId, after }, token);
    publishedAt = page.pullRequest.reviewPublishedAt;
    if (after === null) all.push(...page.pullRequest.checkRuns.edges.map((edge) => edge.node.publishState));
    all.push(...page.pullRequest.reviewComments.edges.map((edge) => edge.node.publishState));
    if (!page.pullRequest.reviewComments.pageInfo.hasNextPage) return { publishedAt, states: all };
    after = page.pullRequest.reviewComments.pageInfo.endCursor;
  }
}

/** `publishReview` through the gateway, then polls until the run ended and everything reads PUBLISHED. */
async function throughStack(options: { label: string; gatewayUrl: string; token: string; pullRequestId: string; fake: FakeGitHub; prefix: string }): Promise<Result & { mutationMs: number }> {
  const { gatewayUrl, token, pullRequestId, fake } = options;
  const before = (await states(gatewayUrl, token, pullRequestId)).publishedAt;
  const from = fake.requests.length;
  const input = { findings: FINDING_LIST.map(({ fingerprint, path, line, side, severity, category, message }) => ({ fingerprint, path, line, side, severity, category, message })) };
  const startedAt = performance.now();
  await graphql(gatewayUrl, PUBLISH, { id: pullRequestId, input }, token);
  const mutationMs = performance.now() - startedAt;
  const deadline = startedAt + TIMEOUT_MS;
  for (;;) {
    // A light probe while the run is going, the full read of every state once it ended.
    const { pullRequest } = await graphql<{ pullRequest: { reviewPublishedAt: string | null } }>(gatewayUrl, 'query($id: ID!) { pullRequest(id: $id) { reviewPublishedAt } }', { id: pullRequestId }, token);
    if (pullRequest.reviewPublishedAt !== before) break;
    if (performance.now() > deadline) throw new Error(`The review was not published within ${TIMEOUT_MS} ms.`);
    await pause(POLL_MS);
  }
  const ms = performance.now() - startedAt;
  const ended = await states(gatewayUrl, token, pullRequestId);
  const unpublished = ended.states.filter((state) => state !== 'PUBLISHED');
  if (unpublished.length) throw new Error(`The run ended with ${unpublished.length} items not PUBLISHED: ${[...new Set(unpublished)].join(', ')}`);
  return { label: options.label, requests: fake.requests.slice(from), ms, mutationMs, prefix: options.prefix };
}

/** Runs the benchmark against a fresh stack and a fake GitHub and prints one table. */
export async function main(): Promise<void> {
  const database = await createTestDatabase();
  const env = localStackEnv({ LOG_LEVEL: 'silent' });
  const steward = await startSteward({ env, database: database.target, logger: createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' }) });
  const fake = await startFakeGitHub({ token: TOKEN });
  try {
    const suffix = Date.now().toString(36);
    const { register } = await graphql<{ register: { accessToken: string } }>(
      steward.gatewayUrl,
      'mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }',
      { input: { email: `bench-${suffix}@example.test`, password: 'a long enough passphrase', name: 'Bench Owner' } },
    );
    const token = register.accessToken;
    const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
      steward.gatewayUrl,
      'mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: 'Bench Reviews', slug: `bench-reviews-${suffix}` } },
      token,
    );
    const fullName = `bench/reviews-${suffix}`;
    addFakeRepository(fake, fullName);
    const { connectRepository } = await graphql<{ connectRepository: { webhookUrl: string; webhookSecret: string; repository: { id: string } } }>(
      steward.gatewayUrl,
      'mutation Connect($input: ConnectRepositoryInput!) { connectRepository(input: $input) { webhookUrl webhookSecret repository { id } } }',
      { input: { organizationId: createOrganization.id, provider: 'GITHUB', fullName, apiBaseUrl: fake.apiBaseUrl, accessToken: TOKEN } },
      token,
    );
    // The pull request comes into being the way it does in production: from a signed webhook.
    const payload = structuredClone(examples.find((event) => event.name === 'pull_request')!.examples.find((example) => example.action === 'opened')!) as { repository: { full_name: string } };
    payload.repository.full_name = fullName;
    const body = JSON.stringify(payload);
    const delivered = await fetch(new URL(new URL(connectRepository.webhookUrl).pathname, steward.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', 'x-github-delivery': randomUUID(), 'x-hub-signature-256': `sha256=${createHmac('sha256', connectRepository.webhookSecret).update(body).digest('hex')}` },
      body,
    });
    if (delivered.status !== 202) throw new Error(`The webhook was answered ${delivered.status}`);
    let pullRequestId: string | undefined;
    for (const deadline = Date.now() + 30_000; !pullRequestId && Date.now() < deadline; await pause(POLL_MS)) {
      const { pullRequests } = await graphql<{ pullRequests: { edges: { node: { id: string } }[] } }>(steward.gatewayUrl, 'query($r: ID!) { pullRequests(repositoryId: $r) { edges { node { id } } } }', { r: connectRepository.repository.id }, token);
      pullRequestId = pullRequests.edges[0]?.node.id;
    }
    if (!pullRequestId) throw new Error('The webhook never created the pull request.');

    const baselineName = `bench/direct-${suffix}`;
    addFakeRepository(fake, baselineName);
    const prefix = `/api/v3/repos/${fullName}`;
    const baseline = await direct(fake, baselineName);
    const first = await throughStack({ label: 'publishReview → job (stack)', gatewayUrl: steward.gatewayUrl, token, pullRequestId, fake, prefix });
    const again = await throughStack({ label: 'same review again (stack)', gatewayUrl: steward.gatewayUrl, token, pullRequestId, fake, prefix });

    console.log(`\n# Publishing a review of ${FINDINGS} findings (${inline} on the diff) to a fake GitHub (${database.description})`);
    console.log(`# ${machineLine()}`);
    const row = (result: Result, mutationMs?: number) => [
      result.label,
      String(result.requests.length),
      fixed(result.ms, 0),
      mutationMs === undefined ? '-' : fixed(mutationMs, 0),
      result.requests.length ? fixed(result.ms / result.requests.length, 2) : '-',
    ];
    printTable(['path', 'requests', 'to PUBLISHED (ms)', 'mutation (ms)', 'ms / request'], [row(baseline), row(first, first.mutationMs), row(again, again.mutationMs)]);
    for (const result of [baseline, first, again]) console.log(`# ${result.label}: ${kinds(result.requests, result.prefix)}`);
    console.log(`# stack / baseline: ${fixed(first.ms / baseline.ms, 2)}× the time for ${first.requests.length} vs ${baseline.requests.length} requests`);
  } finally {
    await fake.stop();
    await steward.stop();
    await database.drop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
