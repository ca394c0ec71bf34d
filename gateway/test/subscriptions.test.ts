import { SignJWT, decodeJwt, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBudgetDocument } from '@steward/client';
import { recordUsage, seed, startTestStack, type SeededOrganization, type SeededUser, type TestStack } from '@steward/standalone/testing';
import { LiveClients, until, untilListening as untilListeningTo, type Live } from './fixtures/live-clients.js';

/*
 * Live subscriptions end to end: graphql-ws clients against the real gateway, subgraphs and database
 * (PostgreSQL with DATABASE_URL, else PGlite). What subgraphs/metrics/test/live.test.ts already proves
 * (delivery, a project filter, budget updates, an outsider's subscription yields no data) is not repeated.
 */

/** What the server does to a connection whose token is missing, invalid or expired (see subscription-server.ts). */
const CLOSE_UNAUTHENTICATED = 4401;
const USAGE = 'subscription Usage($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { id } }';

let stack: TestStack;
let org: SeededOrganization;
let memberKey: string;
let signingKey: { kid: string; privateKey: CryptoKey };
const sockets = new LiveClients(() => stack.gatewayUrl);
const connect = (token: string | null, gatewayUrl?: string) => sockets.connect(token, gatewayUrl);

beforeAll(async () => {
  // Identity signs with a key the test also holds, so it can mint tokens with a chosen expiry
  // (ACCESS_TOKEN_TTL_SECONDS cannot go below 60 s).
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = `test-${Date.now().toString(36)}`;
  signingKey = { kid, privateKey };
  stack = await startTestStack({ IDENTITY_SIGNING_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid }) });
  org = await seed(stack).org({ name: 'Live Fanout Inc' });
  memberKey = (await org.apiKey('member')).secret;
});
afterAll(async () => {
  await sockets.disposeAll();
  await stack?.stop();
});

/** An access token for `user` as identity would sign it, expiring at `expiresAt` (epoch seconds). */
function mintAccessToken(user: SeededUser, expiresAt: number): Promise<string> {
  const sid = decodeJwt(user.accessToken).sid;
  return new SignJWT({ sid })
    .setProtectedHeader({ alg: 'EdDSA', kid: signingKey.kid, typ: 'at+jwt' })
    .setSubject(user.id)
    .setIssuer('steward-identity')
    .setAudience('steward')
    .setIssuedAt(Math.min(expiresAt - 1, Math.floor(Date.now() / 1000)))
    .setExpirationTime(expiresAt)
    .sign(signingKey.privateKey);
}

/** Records one usage record in `org` (as an API key with metrics:write) and returns the new batch's id. */
async function recordOne(record: Record<string, unknown> = {}): Promise<string> {
  const { batches } = await recordUsage(stack, org.id, memberKey, [record]);
  return batches[0]!.id;
}

/** Records usage in `org` until every one of `subscriptions` has received an event (see live-clients.ts). */
const untilListening = (subscriptions: Live[], record: () => Promise<string> = recordOne) => untilListeningTo(subscriptions, record);

/** The `extensions.code` of each error in a graphql-ws `error` message (what refuses a subscription). */
const codesOf = (failure: unknown) => (Array.isArray(failure) ? failure.map((error: { extensions?: { code?: unknown } }) => error.extensions?.code) : failure);

describe('live subscriptions through the gateway', () => {
  it('delivers a payload whose fields come from the metrics, organizations and projects subgraphs, complete', async () => {
    const project = await seed(stack).project(org, { name: 'Live Catalogue' });
    const viewer = await org.member('viewer');
    const live = connect(viewer.accessToken).subscribe(
      /* GraphQL */ `
        subscription Joined($o: ID!, $p: ID) {
          usage: llmUsageRecorded(organizationId: $o, projectId: $p) {
            id
            organizationId
            requests
            costUsd
            organization { id name slug viewerPermissions }
            project { ...ProjectCard }
          }
        }
        fragment ProjectCard on Project { id name slug organization { id name } }
      `,
      { o: org.id, p: project.id },
    );

    // Primed with events of this project (the subscription filters on it).
    for (let attempt = 0; attempt < 20 && live.received.length === 0; attempt += 1) {
      await recordOne({ projectId: project.id });
      await until('the first event', () => live.received.length > 0, 500).catch(() => undefined);
    }
    const batchId = await recordOne({ projectId: project.id });
    await until('the batch', () => live.ids().includes(batchId));

    const delivered = live.received.find((result) => result.data?.usage?.id === batchId)!;
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data).toEqual({
      usage: {
        id: batchId,
        organizationId: org.id,
        requests: 1,
        costUsd: '0.060000',
        organization: { id: org.id, name: 'Live Fanout Inc', slug: org.slug, viewerPermissions: expect.arrayContaining(['metrics:read']) },
        project: { id: project.id, name: 'Live Catalogue', slug: project.slug, organization: { id: org.id, name: 'Live Fanout Inc' } },
      },
    });
    expect(live.failures).toEqual([]);
  });

  it('refuses to subscribe a member without metrics:read (FORBIDDEN), a non-member (NOT_FOUND) and an anonymous caller (UNAUTHENTICATED)', async () => {
    const noMetrics = await org.member(await org.role(['organization:read', 'project:read'], { name: 'No metrics' }));
    const outsider = await seed(stack).user();
    const refusedMember = connect(noMetrics.accessToken).subscribe(USAGE, { o: org.id });
    // A non-member learns nothing about the organization, not even that it exists.
    const refusedOutsider = connect(outsider.accessToken).subscribe(USAGE, { o: org.id });
    const refusedAnonymous = connect(null).subscribe(USAGE, { o: org.id });
    const all = [refusedMember, refusedOutsider, refusedAnonymous];
    await until('every refusal', () => all.every((live) => live.failures.length > 0));

    expect(refusedMember.failures.map(codesOf)).toEqual([['FORBIDDEN']]);
    expect(refusedOutsider.failures.map(codesOf)).toEqual([['NOT_FOUND']]);
    expect(refusedAnonymous.failures.map(codesOf)).toEqual([['UNAUTHENTICATED']]);
    for (const live of all) expect(live.received).toEqual([]);
  });

  it('refuses to watch a budget of an organization the caller is not in', async () => {
    const other = await seed(stack).org();
    const created = await stack.request(
      CreateBudgetDocument,
      { input: { organizationId: other.id, scope: 'ORGANIZATION', scopeId: null, period: 'MONTHLY', limitUsd: '1000' } },
      { token: other.owner.accessToken },
    );
    expect(created.errors).toBeUndefined();
    const live = connect(org.owner.accessToken).subscribe('subscription($b: ID!) { budgetUpdated(budgetId: $b) { id spentUsd } }', {
      b: created.data!.createBudget.id,
    });
    await until('the refusal', () => live.failures.length > 0);
    expect(live.failures.map(codesOf)).toEqual([['NOT_FOUND']]);
    expect(live.received).toEqual([]);
  });

  it('answers a query sent over the socket as over HTTP, errors included', async () => {
    const other = await seed(stack).org({ name: 'Somebody Else' });
    const query = 'query Orgs($mine: ID!, $theirs: ID!) { mine: organization(id: $mine) { name } theirs: organization(id: $theirs) { name } }';
    const variables = { mine: org.id, theirs: other.id };
    const overHttp = await stack.post({ query, variables }, { token: org.owner.accessToken });
    const overSocket = connect(org.owner.accessToken).subscribe(query, variables);
    await until('the answer', () => overSocket.completed || overSocket.failures.length > 0);

    expect(overSocket.failures).toEqual([]);
    expect(overSocket.received).toHaveLength(1);
    const { status: _status, ...answer } = overHttp;
    expect(overSocket.received[0]).toEqual(answer);
    expect(answer.data).toMatchObject({ mine: { name: 'Live Fanout Inc' } });
    expect(answer.errors?.length).toBeGreaterThan(0);
  });

  it('cuts off a member as soon as they are removed from the organization, while others keep receiving', async () => {
    const member = await org.member('viewer');
    const removed = connect(member.accessToken).subscribe(USAGE, { o: org.id });
    const owner = connect(org.owner.accessToken).subscribe(USAGE, { o: org.id });
    await untilListening([removed, owner]);
    const before = removed.ids().length;

    const removal = await stack.post<{ removeMember: string }>(
      { query: 'mutation($o: ID!, $m: ID!) { removeMember(organizationId: $o, membershipId: $m) }', variables: { o: org.id, m: member.membershipId } },
      { token: org.owner.accessToken },
    );
    expect(removal.errors).toBeUndefined();
    const startedAt = Date.now();
    const after = await recordOne();
    await until('the owner’s event and the removed member’s end', () => owner.ids().includes(after) && removed.completed);

    // Organizations announces the change on the bus, so this is not waiting for the grants cache (30 s TTL).
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(removed.ids()).toHaveLength(before);
    expect(removed.ids()).not.toContain(after);
    expect(removed.received.at(-1)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect(removed.received.at(-1)?.data).toBeUndefined();
  });

  it('cuts off a member whose new role no longer grants metrics:read (FORBIDDEN)', async () => {
    const member = await org.member('viewer');
    const demoted = connect(member.accessToken).subscribe(USAGE, { o: org.id });
    const owner = connect(org.owner.accessToken).subscribe(USAGE, { o: org.id });
    await untilListening([demoted, owner]);
    const before = demoted.ids().length;

    const roleId = await org.role(['organization:read'], { name: 'Read-only directory' });
    const change = await stack.post(
      {
        query: 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
        variables: { input: { organizationId: org.id, membershipId: member.membershipId, roleId } },
      },
      { token: org.owner.accessToken },
    );
    expect(change.errors).toBeUndefined();
    const after = await recordOne();
    await until('the owner’s event and the demoted member’s end', () => owner.ids().includes(after) && demoted.completed);

    expect(demoted.ids()).toHaveLength(before);
    expect(demoted.received.at(-1)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('closes a connection whose token is invalid or already expired with 4401', async () => {
    const member = await org.member('viewer');
    const garbage = connect('not-a-token');
    const unknownKey = connect('stw_not_a_real_key');
    const expired = connect(await mintAccessToken(member, Math.floor(Date.now() / 1000) - 5));

    const [garbageClose, unknownKeyClose, expiredClose] = await Promise.all([garbage.closed, unknownKey.closed, expired.closed]);
    expect(garbageClose).toMatchObject({ code: CLOSE_UNAUTHENTICATED, reason: expect.stringMatching(/invalid/i) });
    expect(unknownKeyClose).toMatchObject({ code: CLOSE_UNAUTHENTICATED, reason: expect.stringMatching(/API key/i) });
    expect(expiredClose).toMatchObject({ code: CLOSE_UNAUTHENTICATED, reason: expect.stringMatching(/expired/i) });
  });

  it('closes a live subscription with 4401 when its access token expires, and delivers nothing after', async () => {
    const member = await org.member('viewer');
    const expiresAt = Math.floor(Date.now() / 1000) + 3;
    const connection = connect(await mintAccessToken(member, expiresAt));
    const expiring = connection.subscribe(USAGE, { o: org.id });
    const owner = connect(org.owner.accessToken).subscribe(USAGE, { o: org.id });
    await untilListening([expiring, owner]);
    expect(Date.now()).toBeLessThan(expiresAt * 1000);

    const close = await Promise.race([
      connection.closed,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('The socket stayed open past expiry')), 6000)),
    ]);
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt * 1000 - 50);
    expect(close).toMatchObject({ code: CLOSE_UNAUTHENTICATED, reason: expect.stringMatching(/expired/i) });
    // The subscription ends with the close event as its error.
    await until('the subscription’s error', () => expiring.failures.length > 0);
    expect(expiring.failures[0]).toMatchObject({ code: CLOSE_UNAUTHENTICATED });

    const received = expiring.ids().length;
    const after = await recordOne();
    await until('the owner’s event', () => owner.ids().includes(after));
    expect(expiring.ids()).toHaveLength(received);
  });

  it('lets go of a subscription as soon as its client unsubscribes or disconnects, without waiting for another event', async () => {
    const member = await org.member('viewer');
    // The gateway logs the end of each subscription once its bus listener is gone.
    const endedLine = `Subscription ended (field=llmUsageRecorded, principal=user:${member.id})`;
    const ended = () => stack.logLines.filter((line) => line.includes(endedLine)).length;
    const unsubscribing = connect(member.accessToken).subscribe(USAGE, { o: org.id });
    const leaving = connect(member.accessToken);
    const disconnecting = leaving.subscribe(USAGE, { o: org.id });
    await untilListening([unsubscribing, disconnecting]);
    expect(ended()).toBe(0);

    // No event follows: a stream that only notices on its next event would never end here.
    unsubscribing.unsubscribe();
    await until('the unsubscribed stream to end', () => ended() === 1);
    await leaving.dispose();
    await until('the disconnected stream to end', () => ended() === 2);
  });
});
