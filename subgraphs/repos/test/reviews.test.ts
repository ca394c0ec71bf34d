import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisconnectRepositoryDocument, PublishReviewDocument, PullRequestReviewDocument, RepositoryActivityDocument, UpdateRepositoryDocument, type ReviewFindingInput } from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type SeededRepository, type TestStack } from '@steward/standalone/testing';
import { parsePatch } from '../src/modules/providers/diff-lines.js';
import { commentBody, planReview, resolvedBody, type Finding } from '../src/modules/providers/review-plan.js';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from './fakes/fake-github.js';
import { startFakeGitLab, type FakeGitLab } from './fakes/fake-gitlab.js';
import { githubPayload } from './github-payloads.js';
import { CART_PATCH, PRICE_PATCH } from './fixtures/shop-patches.js';

// Reviews are published through the whole stack: `publishReview` through the gateway stores the review
// and its job; the job talks to a fake GitHub or GitLab, whose recorded requests are compared exactly.

const GITHUB_TOKEN = 'ghp_fake_token';
const GITLAB_TOKEN = 'glpat-fake-token';
/** The head commit of the recorded `pull_request` payload (pull request #2). */
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const BASE = 'b'.repeat(40);

const FILES = [
  { filename: 'src/cart.ts', patch: CART_PATCH },
  { filename: 'src/util/price.ts', patch: PRICE_PATCH },
];

function finding(overrides: Partial<Finding> & Pick<Finding, 'fingerprint'>): Finding {
  return { path: 'src/cart.ts', line: 2, startLine: null, side: 'RIGHT', severity: 'MAJOR', category: 'types', message: 'Type the items.', ...overrides };
}

// Fingerprints sort in this order: a run creates comments oldest first, then by fingerprint.
const TYPES = finding({ fingerprint: 'fp-a-types' });
const LOOP = finding({ fingerprint: 'fp-b-loop', startLine: 4, line: 6, severity: 'MINOR', category: 'performance', message: 'Use reduce.' });
const REMOVED = finding({ fingerprint: 'fp-c-removed', side: 'LEFT', line: 2, severity: 'INFO', category: 'style', message: 'The old signature was exported.' });
const OUTSIDE = finding({ fingerprint: 'fp-d-outside', path: 'src/util/price.ts', line: 30, severity: 'CRITICAL', category: 'security', message: 'Price comes from the client.' });

/** A finding as the API takes it. */
const input = (f: Finding): ReviewFindingInput => ({ fingerprint: f.fingerprint, path: f.path, line: f.line, startLine: f.startLine, side: f.side, severity: f.severity, category: f.category, message: f.message });

/** The summary comment the planner writes for these findings over the fake's diff. */
function summaryOf(findings: Finding[], files: { filename: string; patch: string }[] = FILES): string {
  return planReview(findings, [], files.map((file) => ({ path: file.filename, commentable: parsePatch(file.patch) }))).summary;
}

/** The parts of recorded requests a test compares exactly. */
function sent(requests: RecordedRequest[]): { method: string; path: string; body: unknown }[] {
  return requests.map(({ method, path, body }) => ({ method, path, body }));
}

let stack: TestStack;
let org: SeededOrganization;
let github: FakeGitHub;
let gitlab: FakeGitLab;
beforeAll(async () => {
  [stack, github, gitlab] = await Promise.all([startTestStack(), startFakeGitHub({ token: GITHUB_TOKEN }), startFakeGitLab({ token: GITLAB_TOKEN })]);
  org = await seed(stack).org();
});
afterAll(async () => {
  await stack?.stop();
  await github?.stop();
  await gitlab?.stop();
});

let sequence = 0;

/** A pull request the stack knows (from a recorded webhook) and the fake GitHub serves. */
interface Target {
  repository: SeededRepository;
  pullRequestId: string;
  /** `/api/v3/repos/<owner>/<name>`: where its requests go. */
  api: string;
}

/** Connects a repository of the fake GitHub and lets a recorded `pull_request` webhook create its pull request #2. */
async function githubPullRequest(options: { token?: string; owner?: SeededOrganization } = {}): Promise<Target> {
  const owner = options.owner ?? org;
  const fullName = `steward-reviews/repo-${(sequence += 1)}`;
  github.addRepository({ fullName, commits: { [HEAD]: { 'src/cart.ts': 'export {}\n' } }, pullRequests: [{ number: 2, headSha: HEAD, baseSha: BASE, files: FILES }] });
  const repository = await seed(stack).repository(owner, { fullName, apiBaseUrl: github.apiBaseUrl, accessToken: options.token ?? GITHUB_TOKEN });
  await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', fullName)));
  return { repository, pullRequestId: await pullRequestOf(repository, owner), api: `/api/v3/repos/${fullName}` };
}

/** Waits for the webhook to create the repository's pull request and returns its id. */
async function pullRequestOf(repository: SeededRepository, owner: SeededOrganization = org): Promise<string> {
  const seen = await eventually(
    async () => (await stack.request(RepositoryActivityDocument, { id: repository.id }, { token: owner.owner.accessToken })).data?.repository,
    (repo) => (repo?.pullRequests.edges.length ?? 0) > 0,
    'the pull request created by the webhook',
  );
  return seen!.pullRequests.edges[0]!.node.id;
}

function publish(pullRequestId: string, findings: Finding[], options: { token?: string; checkName?: string } = {}) {
  return stack.request(
    PublishReviewDocument,
    { pullRequestId, input: { findings: findings.map(input), ...(options.checkName ? { checkName: options.checkName } : {}) } },
    { token: options.token ?? org.owner.accessToken },
  );
}

async function review(pullRequestId: string) {
  const res = await stack.request(PullRequestReviewDocument, { id: pullRequestId, first: 100 }, { token: org.owner.accessToken });
  expect(res.errors).toBeUndefined();
  return res.data!.pullRequest!;
}

type Review = Awaited<ReturnType<typeof review>>;

/** Waits until a publishing run of the pull request ended after `before` (its `reviewPublishedAt`). */
function runEnded(pullRequestId: string, before: string | null = null): Promise<Review> {
  return eventually(() => review(pullRequestId), (pr) => pr.reviewPublishedAt !== null && pr.reviewPublishedAt !== before, 'the publishing run to end', 30_000);
}

/** Publishes and waits for its run; returns the review and the requests the run sent. */
async function publishAndWait(target: Target, findings: Finding[], fake: { requests: RecordedRequest[] } = github) {
  const before = (await review(target.pullRequestId)).reviewPublishedAt ?? null;
  const from = fake.requests.length;
  const res = await publish(target.pullRequestId, findings);
  expect(res.errors).toBeUndefined();
  const after = await runEnded(target.pullRequestId, before);
  return { payload: res.data!.publishReview, review: after, requests: fake.requests.slice(from) };
}

/** What the stack logged about a pull request, oldest first. */
function logged(pullRequestId: string): string[] {
  return stack.logLines.map((line) => (JSON.parse(line) as { msg?: string }).msg ?? '').filter((message) => message.includes(`pullRequestId=${pullRequestId}`));
}

/** The review comments the fake GitHub holds for a target, oldest first. */
function storedComments(target: Target) {
  return [...github.reviewComments.values()].filter((comment) => comment.repository === target.repository.fullName);
}

/** A pull request's comments by fingerprint, in fingerprint order (the list itself is oldest first, by id within one review). */
function byFingerprint(pr: Review) {
  const nodes = pr.reviewComments.edges.map((edge) => edge.node).sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return Object.fromEntries(nodes.map((node) => [node.fingerprint, node] as const));
}

describe('publishing a review to GitHub', () => {
  it('comments inline on the diff, lists the rest in a summary and publishes a check run with the annotations', async () => {
    const target = await githubPullRequest();
    const { payload, review: pr, requests } = await publishAndWait(target, [TYPES, LOOP, REMOVED, OUTSIDE]);
    expect(payload.comments.map((comment) => [comment.fingerprint, comment.status, comment.publishState])).toEqual([
      ['fp-a-types', 'OPEN', 'PENDING'],
      ['fp-b-loop', 'OPEN', 'PENDING'],
      ['fp-c-removed', 'OPEN', 'PENDING'],
      ['fp-d-outside', 'OPEN', 'PENDING'],
    ]);
    expect(payload.checkRun).toMatchObject({ headSha: HEAD, name: 'Steward', status: 'QUEUED', conclusion: 'FAILURE', annotationCount: 3, publishState: 'PENDING' });

    expect(requests.map((request) => request.query)).toEqual([{ per_page: '100' }, { per_page: '100' }, {}, {}, {}, {}, {}]);
    expect(sent(requests)).toEqual([
      { method: 'GET', path: `${target.api}/pulls/2/files`, body: null },
      // Before creating, a run looks for comments an earlier attempt made without saving their ids.
      { method: 'GET', path: `${target.api}/pulls/2/comments`, body: null },
      { method: 'POST', path: `${target.api}/pulls/2/comments`, body: { commit_id: HEAD, path: 'src/cart.ts', line: 2, side: 'RIGHT', body: commentBody(TYPES) } },
      {
        method: 'POST',
        path: `${target.api}/pulls/2/comments`,
        body: { commit_id: HEAD, path: 'src/cart.ts', line: 6, side: 'RIGHT', start_line: 4, start_side: 'RIGHT', body: commentBody(LOOP) },
      },
      { method: 'POST', path: `${target.api}/pulls/2/comments`, body: { commit_id: HEAD, path: 'src/cart.ts', line: 2, side: 'LEFT', body: commentBody(REMOVED) } },
      { method: 'POST', path: `${target.api}/issues/2/comments`, body: { body: summaryOf([TYPES, LOOP, REMOVED, OUTSIDE]) } },
      {
        method: 'POST',
        path: `${target.api}/check-runs`,
        body: {
          name: 'Steward',
          head_sha: HEAD,
          status: 'completed',
          conclusion: 'failure',
          output: {
            title: '4 findings (1 critical, 1 major, 1 minor, 1 info)',
            summary: expect.stringContaining('| CRITICAL | 1 |'),
            annotations: [
              { path: 'src/cart.ts', start_line: 2, end_line: 2, annotation_level: 'failure', title: 'MAJOR · types', message: 'Type the items.' },
              { path: 'src/cart.ts', start_line: 4, end_line: 6, annotation_level: 'warning', title: 'MINOR · performance', message: 'Use reduce.' },
              { path: 'src/util/price.ts', start_line: 30, end_line: 30, annotation_level: 'failure', title: 'CRITICAL · security', message: 'Price comes from the client.' },
            ],
          },
        },
      },
    ]);
    expect(summaryOf([TYPES, LOOP, REMOVED, OUTSIDE])).toContain('`src/util/price.ts:30` (security): Price comes from the client.');

    const comments = byFingerprint(pr);
    const created = [...github.reviewComments.values()].filter((comment) => comment.repository === target.repository.fullName);
    expect(created.map((comment) => String(comment.id))).toEqual([comments['fp-a-types']!.providerCommentId, comments['fp-b-loop']!.providerCommentId, comments['fp-c-removed']!.providerCommentId]);
    expect(Object.values(comments).map((comment) => [comment.fingerprint, comment.status, comment.publishState, comment.publishError])).toEqual([
      ['fp-a-types', 'OPEN', 'PUBLISHED', null],
      ['fp-b-loop', 'OPEN', 'PUBLISHED', null],
      ['fp-c-removed', 'OPEN', 'PUBLISHED', null],
      ['fp-d-outside', 'OPEN', 'PUBLISHED', null],
    ]);
    expect(comments['fp-d-outside']!.providerCommentId).toBeNull();
    expect(comments['fp-a-types']!.body).toBe(commentBody(TYPES));
    const [checkRun] = pr.checkRuns.edges.map((edge) => edge.node);
    expect(checkRun).toMatchObject({ status: 'COMPLETED', publishState: 'PUBLISHED', providerCheckId: expect.stringMatching(/^\d+$/) });
    expect(github.checkRuns.get(Number(checkRun!.providerCheckId))).toMatchObject({ conclusion: 'failure', annotations: expect.any(Array) });
  });

  it('sends no new comment when the same review is published again, and edits only the comment whose finding changed', async () => {
    const target = await githubPullRequest();
    const first = await publishAndWait(target, [TYPES, LOOP, OUTSIDE]);
    const typesId = byFingerprint(first.review)['fp-a-types']!.providerCommentId;

    const again = await publishAndWait(target, [TYPES, LOOP, OUTSIDE]);
    expect(again.payload.comments.map((comment) => comment.publishState)).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED']);
    expect(again.payload.checkRun.publishState).toBe('PUBLISHED');
    // The run reads the diff and finds nothing to send: same comments, same summary, same check.
    expect(sent(again.requests)).toEqual([{ method: 'GET', path: `${target.api}/pulls/2/files`, body: null }]);

    const reworded = { ...TYPES, message: 'Type the items as Item[].' };
    const changed = await publishAndWait(target, [reworded, LOOP, OUTSIDE]);
    expect(changed.payload.comments.map((comment) => comment.publishState)).toEqual(['PENDING', 'PUBLISHED', 'PUBLISHED']);
    expect(sent(changed.requests)).toEqual([
      { method: 'GET', path: `${target.api}/pulls/2/files`, body: null },
      { method: 'PATCH', path: `${target.api}/pulls/comments/${typesId}`, body: { body: commentBody(reworded) } },
      // A changed verdict is a new run: GitHub would append the annotations to the old one.
      { method: 'POST', path: `${target.api}/check-runs`, body: expect.objectContaining({ name: 'Steward', head_sha: HEAD, conclusion: 'failure' }) },
    ]);
    expect([...github.reviewComments.values()].filter((comment) => comment.repository === target.repository.fullName)).toHaveLength(2);
    expect(byFingerprint(changed.review)['fp-a-types']).toMatchObject({ providerCommentId: typesId, message: 'Type the items as Item[].', publishState: 'PUBLISHED' });
  });

  it('resolves the comment of a finding the next review no longer has', async () => {
    const target = await githubPullRequest();
    const first = await publishAndWait(target, [TYPES, LOOP]);
    const typesId = byFingerprint(first.review)['fp-a-types']!.providerCommentId;
    const summaryId = [...github.issueComments.values()].find((comment) => comment.repository === target.repository.fullName)!.id;

    const { payload, review: pr, requests } = await publishAndWait(target, [LOOP]);
    expect(payload.resolving.map((comment) => [comment.fingerprint, comment.status, comment.publishState])).toEqual([['fp-a-types', 'RESOLVED', 'PENDING']]);
    expect(sent(requests)).toEqual([
      { method: 'GET', path: `${target.api}/pulls/2/files`, body: null },
      { method: 'PATCH', path: `${target.api}/pulls/comments/${typesId}`, body: { body: resolvedBody({ fingerprint: TYPES.fingerprint, body: commentBody(TYPES) }) } },
      { method: 'PATCH', path: `${target.api}/issues/comments/${summaryId}`, body: { body: summaryOf([LOOP]) } },
      { method: 'POST', path: `${target.api}/check-runs`, body: expect.objectContaining({ conclusion: 'success', output: expect.objectContaining({ title: '1 finding (1 minor)' }) }) },
    ]);
    expect(byFingerprint(pr)['fp-a-types']).toMatchObject({ status: 'RESOLVED', publishState: 'PUBLISHED', providerCommentId: typesId });
    const resolved = await review(target.pullRequestId);
    expect(resolved.reviewComments.edges).toHaveLength(2);
    const open = await stack.request(PullRequestReviewDocument, { id: target.pullRequestId, status: 'OPEN' }, { token: org.owner.accessToken });
    expect(open.data?.pullRequest?.reviewComments.edges.map((edge) => edge.node.fingerprint)).toEqual(['fp-b-loop']);
  });
});

describe('when the provider fails', () => {
  it('retries after a provider 502 until it is published, without creating anything twice', async () => {
    const target = await githubPullRequest();
    // The summary fails twice: the inline comment made before the first failure must not be made again.
    github.failNext(502, 2, { match: { method: 'POST', path: new RegExp(`^${target.api}/issues/2/comments$`) } });
    const { review: pr, requests } = await publishAndWait(target, [TYPES, OUTSIDE]);
    const files = { method: 'GET', path: `${target.api}/pulls/2/files`, body: null };
    const summary = { method: 'POST', path: `${target.api}/issues/2/comments`, body: { body: summaryOf([TYPES, OUTSIDE]) } };
    expect(sent(requests)).toEqual([
      files,
      { method: 'GET', path: `${target.api}/pulls/2/comments`, body: null },
      { method: 'POST', path: `${target.api}/pulls/2/comments`, body: expect.objectContaining({ body: commentBody(TYPES) }) },
      summary,
      files,
      summary,
      files,
      summary,
      { method: 'POST', path: `${target.api}/check-runs`, body: expect.objectContaining({ name: 'Steward' }) },
    ]);
    expect(Object.values(byFingerprint(pr)).map((comment) => comment.publishState)).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(pr.checkRuns.edges[0]!.node.publishState).toBe('PUBLISHED');
    expect([...github.reviewComments.values()].filter((comment) => comment.repository === target.repository.fullName)).toHaveLength(1);
    expect([...github.issueComments.values()].filter((comment) => comment.repository === target.repository.fullName)).toHaveLength(1);
  }, 60_000);

  it('takes over the comment GitHub made when its answer was lost, instead of creating it again', async () => {
    const target = await githubPullRequest();
    // GitHub stores the first comment, but the connection drops before its id comes back: the run fails without saving one.
    github.dropAnswerNext(1, { method: 'POST', path: new RegExp(`^${target.api}/pulls/2/comments$`) });
    const { review: pr, requests } = await publishAndWait(target, [TYPES, LOOP, OUTSIDE]);
    const files = { method: 'GET', path: `${target.api}/pulls/2/files`, body: null };
    const listing = { method: 'GET', path: `${target.api}/pulls/2/comments`, body: null };
    expect(sent(requests)).toEqual([
      files,
      listing,
      { method: 'POST', path: `${target.api}/pulls/2/comments`, body: expect.objectContaining({ body: commentBody(TYPES) }) },
      // The retry finds that comment by its marker and keeps it: only the other finding is created.
      files,
      listing,
      { method: 'POST', path: `${target.api}/pulls/2/comments`, body: expect.objectContaining({ body: commentBody(LOOP) }) },
      { method: 'POST', path: `${target.api}/issues/2/comments`, body: { body: summaryOf([TYPES, LOOP, OUTSIDE]) } },
      { method: 'POST', path: `${target.api}/check-runs`, body: expect.objectContaining({ name: 'Steward' }) },
    ]);
    const stored = storedComments(target);
    expect(stored.map((comment) => comment.body)).toEqual([commentBody(TYPES), commentBody(LOOP)]);
    const comments = byFingerprint(pr);
    expect(comments['fp-a-types']).toMatchObject({ publishState: 'PUBLISHED', providerCommentId: String(stored[0]!.id) });
    expect(comments['fp-b-loop']).toMatchObject({ publishState: 'PUBLISHED', providerCommentId: String(stored[1]!.id) });
    expect(logged(target.pullRequestId).filter((message) => message.startsWith('Review published'))).toEqual([expect.stringContaining('created=1, adopted=1,')]);
  }, 60_000);

  it('completes the check run whose later annotation batch failed instead of creating a second one', async () => {
    const target = await githubPullRequest();
    // Outside the diff, so no inline comment: 120 annotations, sent as a POST of 50 and PATCHes of 50 and 20.
    const many = Array.from({ length: 120 }, (_, index) =>
      finding({ fingerprint: `fp-many-${String(index).padStart(3, '0')}`, path: 'src/util/price.ts', line: 100 + index, severity: 'MINOR', category: 'style', message: `Finding ${index}.` }),
    );
    github.failNext(502, 1, { match: { method: 'PATCH', path: new RegExp(`^${target.api}/check-runs/\\d+$`) }, skip: 1 });
    const { review: pr, requests } = await publishAndWait(target, many);
    const runs = [...github.checkRuns.values()].filter((run) => run.repository === target.repository.fullName);
    expect(runs).toHaveLength(1);
    const run = `${target.api}/check-runs/${runs[0]!.id}`;
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${target.api}/pulls/2/files`,
      `POST ${target.api}/issues/2/comments`,
      `POST ${target.api}/check-runs`,
      `PATCH ${run}`,
      `PATCH ${run}`,
      // The retry asks GitHub how far the saved run got and sends it only the last 20 annotations.
      `GET ${target.api}/pulls/2/files`,
      `GET ${run}`,
      `PATCH ${run}`,
    ]);
    expect(requests.at(-1)!.body).toEqual({ output: expect.objectContaining({ annotations: many.slice(100).map((f) => expect.objectContaining({ message: f.message })) }) });
    expect(runs[0]!.annotations.map((annotation) => annotation.message)).toEqual(many.map((f) => f.message));
    expect(pr.checkRuns.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ publishState: 'PUBLISHED', providerCheckId: String(runs[0]!.id) })]);
  }, 60_000);

  it('waits for the time a rate limit names instead of spending a retry, then publishes', async () => {
    const target = await githubPullRequest();
    github.failNext(429, 1, {
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
      match: { method: 'POST', path: new RegExp(`^${target.api}/pulls/2/comments$`) },
    });
    const { review: pr, requests } = await publishAndWait(target, [TYPES, OUTSIDE]);
    expect(requests.map((request) => `${request.method} ${request.path.slice(target.api.length)}`)).toEqual([
      'GET /pulls/2/files',
      'GET /pulls/2/comments',
      'POST /pulls/2/comments',
      'GET /pulls/2/files',
      'GET /pulls/2/comments',
      'POST /pulls/2/comments',
      'POST /issues/2/comments',
      'POST /check-runs',
    ]);
    expect(Object.values(byFingerprint(pr)).map((comment) => comment.publishState)).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(storedComments(target)).toHaveLength(1);
    const messages = logged(target.pullRequestId);
    expect(messages.filter((message) => message.startsWith('Review publishing put off'))).toEqual([
      `Review publishing put off until the provider’s rate limit resets (pullRequestId=${target.pullRequestId}, status=429, inSeconds=1, deferral=1)`,
    ]);
    // The job that carried on ran once, on its first attempt: no retry of the queue was spent.
    expect(messages.filter((message) => message.startsWith('Review publishing failed'))).toEqual([]);
    expect(messages.filter((message) => message.startsWith('Review published'))).toEqual([expect.stringMatching(/attempt=1, deferrals=1\)$/)]);
  }, 60_000);

  it('marks the repository NEEDS_REAUTH and the review FAILED when the provider refuses the token, and publishes again with a new one', async () => {
    const target = await githubPullRequest({ token: 'ghp_revoked_token_1' });
    const { review: pr, requests } = await publishAndWait(target, [TYPES, OUTSIDE]);
    // No retry: a refused token stays refused.
    expect(sent(requests)).toEqual([{ method: 'GET', path: `${target.api}/pulls/2/files`, body: null }]);
    const refusal = 'GitHub refused the access token (401: Bad credentials). Connect the repository again with a new token.';
    expect(pr.repository.status).toBe('NEEDS_REAUTH');
    expect(Object.values(byFingerprint(pr)).map((comment) => [comment.publishState, comment.publishError])).toEqual([
      ['FAILED', refusal],
      ['FAILED', refusal],
    ]);
    expect(pr.checkRuns.edges[0]!.node).toMatchObject({ publishState: 'FAILED', publishError: refusal, status: 'QUEUED' });
    expect(JSON.stringify(stack.logLines)).not.toContain('ghp_revoked_token_1');

    const refused = await publish(target.pullRequestId, [TYPES]);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['REPOSITORY_NEEDS_REAUTH']);

    const updated = await stack.request(UpdateRepositoryDocument, { input: { id: target.repository.id, accessToken: GITHUB_TOKEN } }, { token: org.owner.accessToken });
    expect(updated.data?.updateRepository.status).toBe('ACTIVE');
    const retried = await publishAndWait(target, [TYPES, OUTSIDE]);
    expect(Object.values(byFingerprint(retried.review)).map((comment) => comment.publishState)).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(retried.requests.map((request) => `${request.method} ${request.path.slice(target.api.length)}`)).toEqual(['GET /pulls/2/files', 'GET /pulls/2/comments', 'POST /pulls/2/comments', 'POST /issues/2/comments', 'POST /check-runs']);
  });

  it('rejects only the comment the provider refuses (422) and publishes the others', async () => {
    const target = await githubPullRequest();
    github.failNext(422, 1, {
      body: { message: 'Validation Failed', errors: [{ resource: 'PullRequestReviewComment', code: 'custom', message: 'pull_request_review_thread.line must be part of the diff' }] },
      match: { method: 'POST', path: new RegExp(`^${target.api}/pulls/2/comments$`) },
    });
    const { review: pr, requests } = await publishAndWait(target, [TYPES, LOOP, OUTSIDE]);
    expect(requests.map((request) => `${request.method} ${request.path.slice(target.api.length)}`)).toEqual([
      'GET /pulls/2/files',
      'GET /pulls/2/comments',
      'POST /pulls/2/comments',
      'POST /pulls/2/comments',
      'POST /issues/2/comments',
      'POST /check-runs',
    ]);
    const comments = byFingerprint(pr);
    expect(comments['fp-a-types']).toMatchObject({
      publishState: 'REJECTED',
      providerCommentId: null,
      publishError: `GitHub refused POST ${target.api}/pulls/2/comments (422: Validation Failed: pull_request_review_thread.line must be part of the diff).`,
    });
    expect(comments['fp-b-loop']).toMatchObject({ publishState: 'PUBLISHED', providerCommentId: expect.stringMatching(/^\d+$/) });
    expect(comments['fp-d-outside']).toMatchObject({ publishState: 'PUBLISHED' });
    expect(pr.checkRuns.edges[0]!.node.publishState).toBe('PUBLISHED');
  });
});

describe('what publishReview refuses', () => {
  it('answers NOT_FOUND for another organization’s pull request and stores nothing', async () => {
    const target = await githubPullRequest();
    const other = await seed(stack).org();
    const from = github.requests.length;
    const res = await publish(target.pullRequestId, [TYPES], { token: other.owner.accessToken });
    expect(res.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const read = await stack.request(PullRequestReviewDocument, { id: target.pullRequestId }, { token: other.owner.accessToken });
    expect(read.data?.pullRequest).toBeNull();
    expect(await stack.database.query('select id from repos.review_comments where pull_request_id = $1', [target.pullRequestId])).toEqual([]);
    expect(await stack.database.query('select id from repos.check_runs where pull_request_id = $1', [target.pullRequestId])).toEqual([]);
    expect(github.requests.slice(from)).toEqual([]);
  });

  it('refuses invalid findings naming the field, and leaves no partial state', async () => {
    const target = await githubPullRequest();
    const badLine = await publish(target.pullRequestId, [TYPES, { ...LOOP, line: 0, startLine: null }]);
    expect(badLine.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.findings.1.line' });
    const twice = await publish(target.pullRequestId, [TYPES, { ...LOOP, fingerprint: TYPES.fingerprint }]);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.findings.1.fingerprint' });
    const backwards = await publish(target.pullRequestId, [{ ...LOOP, startLine: 9, line: 6 }]);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.findings.0.startLine' });
    expect(await stack.database.query('select id from repos.review_comments where pull_request_id = $1', [target.pullRequestId])).toEqual([]);
  });

  it('refuses a viewer, and a disconnected repository with REPOSITORY_DISCONNECTED', async () => {
    const target = await githubPullRequest();
    const viewer = await org.member('viewer');
    const denied = await publish(target.pullRequestId, [TYPES], { token: viewer.accessToken });
    expect(denied.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    await stack.request(DisconnectRepositoryDocument, { id: target.repository.id }, { token: org.owner.accessToken });
    const disconnected = await publish(target.pullRequestId, [TYPES]);
    expect(disconnected.errors?.map((error) => error.extensions?.code)).toEqual(['REPOSITORY_DISCONNECTED']);
    expect(await stack.database.query('select id from repos.review_comments where pull_request_id = $1', [target.pullRequestId])).toEqual([]);
  });
});

describe('publishing a review to GitLab', () => {
  const GL_HEAD = '3f2a1c9e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39';
  const GL_BASE = 'a'.repeat(40);
  const project = '/api/v4/projects/steward-labs%2Fapi';
  const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../src/modules/webhooks/fixtures/gitlab-${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

  it('opens a discussion per inline finding, writes the summary note and sets a commit status; resolves a dropped finding', async () => {
    gitlab.addProject({
      id: 4127,
      path: 'steward-labs/api',
      commits: { [GL_HEAD]: { 'src/cart.ts': 'export {}\n' } },
      mergeRequests: [{ iid: 42, headSha: GL_HEAD, baseSha: GL_BASE, diffs: [{ old_path: 'src/cart.ts', new_path: 'src/cart.ts', diff: CART_PATCH }] }],
    });
    const repository = await seed(stack).repository(org, { provider: 'GITLAB', fullName: 'steward-labs/api', apiBaseUrl: gitlab.apiBaseUrl, accessToken: GITLAB_TOKEN });
    await repository.send(repository.gitlabDelivery('Merge Request Hook', fixture('merge-request-open')));
    const target: Target = { repository, pullRequestId: await pullRequestOf(repository), api: project };

    const { review: pr, requests } = await publishAndWait(target, [TYPES, OUTSIDE], gitlab);
    const refs = { base_sha: GL_BASE, start_sha: GL_BASE, head_sha: GL_HEAD, position_type: 'text', old_path: 'src/cart.ts', new_path: 'src/cart.ts' };
    expect(sent(requests)).toEqual([
      { method: 'GET', path: `${project}/merge_requests/42`, body: null },
      { method: 'GET', path: `${project}/merge_requests/42/diffs`, body: null },
      { method: 'GET', path: `${project}/merge_requests/42/discussions`, body: null },
      { method: 'POST', path: `${project}/merge_requests/42/discussions`, body: { body: commentBody(TYPES), position: { ...refs, new_line: 2 } } },
      { method: 'POST', path: `${project}/merge_requests/42/notes`, body: { body: summaryOf([TYPES, OUTSIDE], [{ filename: 'src/cart.ts', patch: CART_PATCH }]) } },
      { method: 'POST', path: `${project}/statuses/${GL_HEAD}`, body: { state: 'failed', name: 'Steward', description: '2 findings (1 critical, 1 major)' } },
    ]);
    const comments = byFingerprint(pr);
    const [discussion] = [...gitlab.discussions.values()];
    expect(comments['fp-a-types']).toMatchObject({ publishState: 'PUBLISHED', providerCommentId: `${discussion!.id}/${discussion!.notes[0]!.id}` });
    expect(pr.checkRuns.edges[0]!.node).toMatchObject({ publishState: 'PUBLISHED', providerCheckId: String(gitlab.statuses[0]!.id) });

    const dropped = await publishAndWait(target, [OUTSIDE], gitlab);
    const note = [...gitlab.notes.values()][0]!;
    expect(sent(dropped.requests)).toEqual([
      { method: 'GET', path: `${project}/merge_requests/42`, body: null },
      { method: 'GET', path: `${project}/merge_requests/42/diffs`, body: null },
      // Gitbeaker sends `resolved` in the query string.
      { method: 'PUT', path: `${project}/merge_requests/42/discussions/${discussion!.id}`, body: null },
      { method: 'PUT', path: `${project}/merge_requests/42/notes/${note.id}`, body: { body: summaryOf([OUTSIDE], [{ filename: 'src/cart.ts', patch: CART_PATCH }]) } },
      { method: 'POST', path: `${project}/statuses/${GL_HEAD}`, body: { state: 'failed', name: 'Steward', description: '1 finding (1 critical)' } },
    ]);
    expect(dropped.requests[2]!.query).toEqual({ resolved: 'true' });
    expect(discussion!.notes[0]!.resolved).toBe(true);
    expect(byFingerprint(dropped.review)['fp-a-types']).toMatchObject({ status: 'RESOLVED', publishState: 'PUBLISHED' });
  });

  it('takes over the discussion whose saved id was lost, editing it instead of opening a second one', async () => {
    const api = '/api/v4/projects/steward-labs%2Fapi-lost';
    gitlab.addProject({
      id: 4128,
      path: 'steward-labs/api-lost',
      commits: { [GL_HEAD]: { 'src/cart.ts': 'export {}\n' } },
      mergeRequests: [{ iid: 42, headSha: GL_HEAD, baseSha: GL_BASE, diffs: [{ old_path: 'src/cart.ts', new_path: 'src/cart.ts', diff: CART_PATCH }] }],
    });
    const repository = await seed(stack).repository(org, { provider: 'GITLAB', fullName: 'steward-labs/api-lost', apiBaseUrl: gitlab.apiBaseUrl, accessToken: GITLAB_TOKEN });
    const opened = fixture('merge-request-open');
    await repository.send(repository.gitlabDelivery('Merge Request Hook', { ...opened, project: { ...(opened.project as Record<string, unknown>), id: 4128, path_with_namespace: 'steward-labs/api-lost' } }));
    const target: Target = { repository, pullRequestId: await pullRequestOf(repository), api };
    const ours = () => [...gitlab.discussions.values()].filter((discussion) => discussion.projectId === 4128);

    await publishAndWait(target, [TYPES], gitlab);
    const [discussion] = ours();
    // As if the run had ended between GitLab taking the discussion and its id being saved.
    await stack.database.query('update repos.review_comments set provider_comment_id = null, published_body = null, published_status = null where pull_request_id = $1', [target.pullRequestId]);

    const reworded = { ...TYPES, message: 'Type the items as Item[].' };
    const { review: pr, requests } = await publishAndWait(target, [reworded], gitlab);
    expect(sent(requests)).toEqual([
      { method: 'GET', path: `${api}/merge_requests/42`, body: null },
      { method: 'GET', path: `${api}/merge_requests/42/diffs`, body: null },
      { method: 'GET', path: `${api}/merge_requests/42/discussions`, body: null },
      { method: 'PUT', path: `${api}/merge_requests/42/discussions/${discussion!.id}/notes/${discussion!.notes[0]!.id}`, body: { body: commentBody(reworded) } },
      { method: 'POST', path: `${api}/statuses/${GL_HEAD}`, body: expect.objectContaining({ state: 'failed', name: 'Steward' }) },
    ]);
    expect(ours()).toEqual([discussion]);
    expect(discussion!.notes.map((note) => note.body)).toEqual([commentBody(reworded)]);
    expect(byFingerprint(pr)['fp-a-types']).toMatchObject({ publishState: 'PUBLISHED', providerCommentId: `${discussion!.id}/${discussion!.notes[0]!.id}`, message: reworded.message });
  });
});
