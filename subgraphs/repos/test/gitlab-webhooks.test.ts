import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RepositoryActivityDocument } from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type SeededRepository, type TestStack } from '@steward/standalone/testing';

/** A GitLab payload written from GitLab's documented examples (steward-labs/api !42). */
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../src/modules/webhooks/fixtures/gitlab-${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

let stack: TestStack;
let org: SeededOrganization;
let repository: SeededRepository;
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
  repository = await seed(stack).repository(org, { provider: 'GITLAB', fullName: 'steward-labs/api' });
});
afterAll(async () => {
  await stack?.stop();
});

async function activity() {
  const res = await stack.request(RepositoryActivityDocument, { id: repository.id }, { token: org.owner.accessToken });
  return res.data!.repository!;
}

describe('GitLab webhooks through the gateway', () => {
  it('tracks a merge request from open to merge, authenticated by the secret token', async () => {
    expect(repository.webhookUrl).toMatch(new RegExp(`/webhooks/gitlab/${repository.id}$`));
    for (const name of ['merge-request-open', 'merge-request-update', 'merge-request-merge']) {
      const sent = await repository.send(repository.gitlabDelivery('Merge Request Hook', fixture(name)));
      expect(sent, name).toMatchObject({ status: 202, body: { status: 'RECEIVED' } });
    }
    const seen = await eventually(activity, (repo) => repo.deliveries.edges.length === 3 && repo.deliveries.edges.every((edge) => edge.node.status === 'PROCESSED'), 'three processed deliveries');
    expect(seen.deliveries.edges.map((edge) => [edge.node.signatureScheme, edge.node.action])).toEqual([
      ['GITLAB_TOKEN', 'merge'],
      ['GITLAB_TOKEN', 'update'],
      ['GITLAB_TOKEN', 'open'],
    ]);
    expect(seen.pullRequests.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ number: 42, title: expect.any(String), authorLogin: 'ada', state: 'MERGED', mergedAt: expect.any(String) }),
    ]);
  });

  it('accepts a Standard Webhooks signature inside the time window and refuses one outside it', async () => {
    const inside = await repository.send(repository.gitlabDelivery('Push Hook', fixture('push'), { scheme: 'standard' }));
    expect(inside).toMatchObject({ status: 202 });
    const stale = await repository.send(repository.gitlabDelivery('Push Hook', fixture('push'), { scheme: 'standard', signedAt: new Date(Date.now() - 3_600_000) }));
    expect(stale).toEqual({ status: 401, body: { error: 'invalid_signature' } });
    const rows = await stack.database.query<{ signature_scheme: string; verified: boolean; status: string }>(
      "select signature_scheme, verified, status from repos.webhook_deliveries where repository_id = $1 and event = 'Push Hook' order by received_at",
      [repository.id],
    );
    expect(rows.map((row) => [row.signature_scheme, row.verified])).toEqual([
      ['STANDARD_WEBHOOKS', true],
      ['STANDARD_WEBHOOKS', false],
    ]);
  });

  it('refuses a wrong secret token and keeps unhandled hooks as IGNORED', async () => {
    expect(await repository.send(repository.gitlabDelivery('Note Hook', fixture('note'), { secret: 'whsec_wrong' }))).toEqual({ status: 401, body: { error: 'invalid_signature' } });
    const ignored = await repository.send(repository.gitlabDelivery('Note Hook', fixture('note')));
    await eventually(
      () => stack.database.query<{ status: string }>('select status from repos.webhook_deliveries where id = $1', [ignored.body.id]),
      (rows) => rows[0]?.status === 'IGNORED',
      'the note hook kept as IGNORED',
    );
  });

  it('deduplicates by Idempotency-Key', async () => {
    const request = repository.gitlabDelivery('Merge Request Hook', fixture('merge-request-reopen'), { deliveryId: 'gitlab-replay-1' });
    expect((await repository.send(request)).body.status).toBe('RECEIVED');
    expect(await repository.send(request)).toMatchObject({ status: 200, body: { status: 'DUPLICATE' } });
  });
});
