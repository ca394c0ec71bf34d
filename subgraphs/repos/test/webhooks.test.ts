import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedeliverWebhookDocument, RepositoryActivityDocument, PullRequestDocument } from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type SeededRepository, type TestStack } from '@steward/standalone/testing';
import { githubPayload } from './github-payloads.js';

const MAX_BYTES = 64 * 1024;

let stack: TestStack;
let org: SeededOrganization;
beforeAll(async () => {
  stack = await startTestStack({ WEBHOOK_MAX_BYTES: String(MAX_BYTES) });
  org = await seed(stack).org();
});
afterAll(async () => {
  await stack?.stop();
});

type Activity = NonNullable<Awaited<ReturnType<typeof activity>>>;

async function activity(repository: SeededRepository) {
  const res = await stack.request(RepositoryActivityDocument, { id: repository.id }, { token: org.owner.accessToken });
  expect(res.errors).toBeUndefined();
  return res.data!.repository!;
}

/**
 * Waits until no delivery of the repository is still RECEIVED (every queued one was processed),
 * then reads the activity once more: the query reads deliveries and pull requests side by side, so
 * the read that first saw a delivery processed may have read pull requests just before its commit.
 */
async function settled(repository: SeededRepository, count: number): Promise<Activity> {
  await eventually(
    () => activity(repository),
    (seen) => seen.deliveries.edges.length >= count && seen.deliveries.edges.every((edge) => edge.node.status !== 'RECEIVED'),
    `${count} processed deliveries`,
  );
  return activity(repository);
}

/** A recorded pull_request payload moved to a given head commit and time. */
function pullRequestPayload(repository: SeededRepository, action: string, changes: { sha?: string; updatedAt?: string; merged?: boolean; title?: string } = {}) {
  const payload = githubPayload('pull_request', action, repository.fullName);
  const pr = payload.pull_request as Record<string, unknown> & { head: Record<string, unknown> };
  if (changes.sha) pr.head.sha = changes.sha;
  if (changes.updatedAt) pr.updated_at = changes.updatedAt;
  if (changes.title) pr.title = changes.title;
  if (changes.merged !== undefined) {
    pr.merged = changes.merged;
    pr.merged_at = changes.merged ? changes.updatedAt : null;
  }
  return payload;
}

describe('GitHub webhooks through the gateway', () => {
  it('accepts a signed pull_request delivery, then tracks the pull request it describes', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Hello-World' });
    const sent = await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName), { deliveryId: 'gh-opened-1' }));
    expect(sent).toMatchObject({ status: 202, body: { status: 'RECEIVED' } });

    const seen = await settled(repository, 1);
    expect(seen.lastDeliveryAt).not.toBeNull();
    expect(seen.deliveries.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ deliveryId: 'gh-opened-1', event: 'pull_request', action: 'opened', status: 'PROCESSED', verified: true, signatureScheme: 'HMAC_SHA256', attempts: 1, pullRequest: { id: expect.any(String), number: 2 } }),
    ]);
    expect(seen.pullRequests.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        number: 2,
        title: 'Update the README with new information.',
        authorLogin: 'Codertocat',
        state: 'OPEN',
        draft: false,
        headRef: 'changes',
        baseRef: 'master',
        headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        openedAt: '2019-05-15T15:20:33.000Z',
        closedAt: null,
        mergedAt: null,
      }),
    ]);
  });

  it('moves a pull request forward with newer deliveries and never back with a late older one', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Hello-World-2' });
    const deliver = (action: string, changes: Parameters<typeof pullRequestPayload>[2]) => repository.send(repository.githubDelivery('pull_request', pullRequestPayload(repository, action, changes)));
    await deliver('opened', { updatedAt: '2019-05-15T15:20:33Z' });
    await deliver('synchronize', { sha: 'a'.repeat(40), updatedAt: '2019-05-15T16:00:00Z', title: 'Second push' });
    await deliver('closed', { updatedAt: '2019-05-15T17:00:00Z', merged: true, sha: 'a'.repeat(40), title: 'Second push' });
    let seen = await settled(repository, 3);
    expect(seen.pullRequests.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ number: 2, state: 'MERGED', headSha: 'a'.repeat(40), title: 'Second push', mergedAt: '2019-05-15T17:00:00.000Z', closedAt: expect.any(String), updatedAt: '2019-05-15T17:00:00.000Z' }),
    ]);

    // GitHub does not promise order: a synchronize from before the merge arrives last.
    await deliver('synchronize', { sha: 'b'.repeat(40), updatedAt: '2019-05-15T16:30:00Z', title: 'Stale' });
    seen = await settled(repository, 4);
    expect(seen.deliveries.edges.map((edge) => edge.node.status)).toEqual(['PROCESSED', 'PROCESSED', 'PROCESSED', 'PROCESSED']);
    expect(seen.pullRequests.edges[0]!.node).toMatchObject({ state: 'MERGED', headSha: 'a'.repeat(40), title: 'Second push' });
  });

  it('closes without merging when GitHub says the pull request was not merged', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Hello-World-3' });
    await repository.send(repository.githubDelivery('pull_request', pullRequestPayload(repository, 'closed', { merged: false, updatedAt: '2019-05-15T15:21:18Z' })));
    const seen = await settled(repository, 1);
    expect(seen.pullRequests.edges[0]!.node).toMatchObject({ state: 'CLOSED', mergedAt: null, closedAt: expect.any(String) });
  });

  it('acknowledges a ping and keeps events it does not use as IGNORED', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Hello-World-4' });
    expect((await repository.send(repository.githubDelivery('ping', githubPayload('ping', null, repository.fullName)))).status).toBe(202);
    expect((await repository.send(repository.githubDelivery('star', githubPayload('star', null, repository.fullName)))).status).toBe(202);
    expect((await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'labeled', repository.fullName)))).status).toBe(202);
    const seen = await settled(repository, 3);
    expect(Object.fromEntries(seen.deliveries.edges.map((edge) => [`${edge.node.event}.${edge.node.action ?? ''}`, edge.node.status]))).toEqual({
      'ping.': 'PROCESSED',
      'star.created': 'IGNORED',
      'pull_request.labeled': 'IGNORED',
    });
    expect(seen.pullRequests.edges).toEqual([]);
  });

  it('fails a delivery whose payload is about another repository, without touching pull requests', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Hello-World-5' });
    const payload = githubPayload('pull_request', 'opened', 'someone-else/other-repo');
    await repository.send(repository.githubDelivery('pull_request', payload));
    const seen = await settled(repository, 1);
    expect(seen.deliveries.edges[0]!.node).toMatchObject({ status: 'FAILED', error: 'The payload is about someone-else/other-repo, not Codertocat/Hello-World-5.' });
    expect(seen.pullRequests.edges).toEqual([]);
  });
});

describe('refused webhook requests', () => {
  let repository: SeededRepository;
  beforeAll(async () => {
    repository = await seed(stack).repository(org, { fullName: 'Codertocat/Refusals' });
  });

  it('answers 401 to a wrong signature and records the attempt without its payload', async () => {
    const sent = await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName), { secret: 'whsec_not-the-secret', deliveryId: 'forged-1' }));
    expect(sent).toEqual({ status: 401, body: { error: 'invalid_signature' } });
    const rows = await stack.database.query<{ status: string; verified: boolean; payload: unknown; signature_scheme: string }>(
      'select status, verified, payload, signature_scheme from repos.webhook_deliveries where delivery_id = $1',
      ['forged-1'],
    );
    expect(rows).toEqual([{ status: 'FAILED', verified: false, payload: null, signature_scheme: 'HMAC_SHA256' }]);
  });

  it('answers 401 to a delivery with no signature at all', async () => {
    const request = repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName), { deliveryId: 'unsigned-1' });
    delete request.headers['x-hub-signature-256'];
    expect(await repository.send(request)).toEqual({ status: 401, body: { error: 'invalid_signature' } });
  });

  it('answers 400 to a signed body that is not JSON, and keeps nothing of it', async () => {
    const request = repository.githubDelivery('pull_request', {}, { deliveryId: 'garbled-1' });
    const body = '{"action": "opened", ';
    const { createHmac } = await import('node:crypto');
    request.body = body;
    request.headers['x-hub-signature-256'] = `sha256=${createHmac('sha256', repository.webhookSecret).update(body).digest('hex')}`;
    expect(await repository.send(request)).toEqual({ status: 400, body: { error: 'malformed_json' } });
    const rows = await stack.database.query('select status, payload from repos.webhook_deliveries where delivery_id = $1', ['garbled-1']);
    expect(rows).toEqual([{ status: 'FAILED', payload: null }]);
  });

  it('answers 413 to a body over the cap before reading it', async () => {
    const payload = { ...githubPayload('ping', null, repository.fullName), padding: 'x'.repeat(MAX_BYTES) };
    expect(await repository.send(repository.githubDelivery('ping', payload))).toEqual({ status: 413, body: { error: 'payload_too_large' } });
  });

  it('answers the same 404 for an unknown id, another tenant’s repository, the wrong provider and a disconnected repository', async () => {
    const other = await seed(stack).org();
    const theirs = await seed(stack).repository(other, { fullName: 'Codertocat/Theirs' });
    const ping = repository.githubDelivery('ping', githubPayload('ping', null, repository.fullName));
    const post = (path: string) => fetch(new URL(path, stack.gatewayUrl), { method: 'POST', headers: ping.headers, body: ping.body }).then(async (res) => ({ status: res.status, body: await res.json() }));
    const notFound = { status: 404, body: { error: 'not_found' } };
    expect(await post(`/webhooks/github/00000000-0000-4000-8000-000000000000`)).toEqual(notFound);
    expect(await post(`/webhooks/github/not-an-id`)).toEqual(notFound);
    expect(await post(`/webhooks/gitlab/${repository.id}`)).toEqual(notFound);
    expect(await post(`/webhooks/bitbucket/${repository.id}`)).toEqual(notFound);
    // Signed with this repository's secret but sent to another tenant's URL: no hint that it exists.
    const wrongTenant = await post(`/webhooks/github/${theirs.id}`);
    expect(wrongTenant.status).toBe(401);
    const rows = await stack.database.query('select organization_id from repos.webhook_deliveries where repository_id = $1', [theirs.id]);
    expect(rows).toEqual([{ organization_id: other.id }]);
  });
});

describe('exactly-once processing', () => {
  it('answers a replayed delivery id with DUPLICATE and does not process it again', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Replays' });
    const request = repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName), { deliveryId: 'replayed-1' });
    expect((await repository.send(request)).body.status).toBe('RECEIVED');
    await settled(repository, 1);
    expect(await repository.send(request)).toMatchObject({ status: 200, body: { status: 'DUPLICATE' } });
    const seen = await settled(repository, 2);
    expect(seen.deliveries.edges.map((edge) => [edge.node.status, edge.node.attempts])).toEqual([
      ['DUPLICATE', 0],
      ['PROCESSED', 1],
    ]);
  });

  it('processes ten parallel copies of one delivery exactly once', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Parallel' });
    const request = repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName), { deliveryId: 'parallel-1' });
    const answers = await Promise.all(Array.from({ length: 10 }, () => repository.send(request)));
    expect(answers.map((answer) => answer.body.status).sort()).toEqual([...Array(9).fill('DUPLICATE'), 'RECEIVED']);
    const seen = await settled(repository, 10);
    const processed = seen.deliveries.edges.filter((edge) => edge.node.status === 'PROCESSED');
    expect(processed.map((edge) => edge.node.attempts)).toEqual([1]);
    expect(seen.pullRequests.edges).toHaveLength(1);
  });

  it('processes a stored delivery again on redeliverWebhook', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Redeliver' });
    await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
    const [first] = (await settled(repository, 1)).deliveries.edges;
    const again = await stack.request(RedeliverWebhookDocument, { id: first!.node.id }, { token: org.owner.accessToken });
    expect(again.errors).toBeUndefined();
    expect(again.data?.redeliverWebhook.status).toBe('RECEIVED');
    const seen = await settled(repository, 1);
    expect(seen.deliveries.edges[0]!.node).toMatchObject({ status: 'PROCESSED', attempts: 2 });
    const pr = await stack.request(PullRequestDocument, { id: seen.pullRequests.edges[0]!.node.id }, { token: org.owner.accessToken });
    expect(pr.data?.pullRequest?.deliveries.edges.map((edge) => edge.node.status)).toEqual(['PROCESSED']);
  });
});
