import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUsage, seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { LiveClients, until, untilListening, type Live } from './fixtures/live-clients.js';

/*
 * The safety of shared subscription answers: the gateway computes one answer per event for
 * subscribers of the same kind holding the same permissions in the event's organization when their
 * selection has no viewer-dependent field. Whatever it shares, each subscriber must receive exactly
 * what the same selection over HTTP answers them: people of every built-in role, two people of one
 * role, a custom role with one permission, an API key, and an outsider.
 */

const SHAREABLE = `id requests costUsd
  organization { id name memberCount }
  project { id name createdBy { id name } currentVersion { id number } }`;
const PERSONAL = `id requests
  organization { id name viewerCanUpdate viewerPermissions }
  project { id name viewerCanWrite createdBy { id name email } }`;
const subscription = (selection: string) => `subscription Usage($o: ID!) { usage: llmUsageRecorded(organizationId: $o) { ${selection} } }`;
const query = (selection: string) => `query Usage($id: ID!) { usage: llmUsageBatch(id: $id) { ${selection} } }`;

let stack: TestStack;
let org: SeededOrganization;
let recorder: string;
let projectId: string;
const sockets = new LiveClients(() => stack.gatewayUrl);

/** Who subscribes, each with the token it sends. */
const subscribers: { who: string; token: string }[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org({ name: 'Shared Answers Matrix' });
  const project = await seed(stack).project(org);
  await project.version();
  projectId = project.id;
  recorder = (await org.apiKey('member')).secret;
  const oneRole = await org.role(['metrics:read'], { name: 'Usage reader' });
  const outsider = (await seed(stack).org({ name: 'Elsewhere' })).owner;
  subscribers.push(
    { who: 'owner', token: org.owner.accessToken },
    { who: 'admin', token: (await org.member('admin')).accessToken },
    { who: 'member', token: (await org.member('member')).accessToken },
    { who: 'viewer', token: (await org.member('viewer')).accessToken },
    { who: 'another viewer', token: (await org.member('viewer')).accessToken },
    { who: 'one-permission role', token: (await org.member(oneRole)).accessToken },
    { who: 'API key', token: (await org.apiKey('viewer')).secret },
    { who: 'outsider', token: outsider.accessToken },
  );
});
afterAll(async () => {
  await sockets.disposeAll();
  await stack?.stop();
});

const record = async () => (await recordUsage(stack, org.id, recorder, [{ projectId }])).batches[0]!.id;

/** Errors as a client compares them: message, path and code (locations differ between the two documents). */
const comparable = (result: Live['received'][number] | { data?: unknown; errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] }) => ({
  data: result.data ?? null,
  errors: (result.errors ?? []).map((error) => ({ message: error.message, path: (error as { path?: unknown }).path ?? null, code: error.extensions?.code ?? null })),
});

async function expectSameAsHttp(selection: string) {
  const lives = subscribers.map(({ who, token }) => ({ who, token, live: sockets.connect(token).subscribe(subscription(selection), { o: org.id }) }));
  const insiders = lives.filter(({ who }) => who !== 'outsider');
  const outsider = lives.find(({ who }) => who === 'outsider')!;
  await untilListening(insiders.map(({ live }) => live), record);

  const id = await record();
  await until('the event for every insider', () => insiders.every(({ live }) => live.ids().includes(id)));
  for (const { who, token, live } of insiders) {
    const overSocket = live.received.find((result) => result.data?.usage?.id === id)!;
    const overHttp = await stack.post({ query: query(selection), variables: { id } }, { token });
    expect({ who, ...comparable(overSocket) }).toEqual({ who, ...comparable(overHttp) });
  }
  // The outsider was refused when subscribing, as HTTP refuses them the batch.
  await until('the outsider refused', () => outsider.live.failures.length > 0);
  expect(JSON.stringify(outsider.live.failures)).toContain('NOT_FOUND');
  expect(outsider.live.ids()).toEqual([]);
  const outsiderOverHttp = await stack.post<{ usage: unknown }>({ query: query(selection), variables: { id } }, { token: outsider.token });
  expect(outsiderOverHttp.data?.usage ?? null).toBeNull();
  return Object.fromEntries(insiders.map(({ who, live }) => [who, comparable(live.received.find((result) => result.data?.usage?.id === id)!)]));
}

describe('shared subscription answers are exactly what each subscriber may see', () => {
  it('a selection without viewer-dependent fields: each subscriber gets its HTTP answer, and answers differ where permissions do', async () => {
    const answers = await expectSameAsHttp(SHAREABLE);
    expect(answers['viewer']).toEqual(answers['another viewer']);
    // The matrix is not trivially uniform: the one-permission role sees less than a viewer.
    expect(answers['one-permission role']).not.toEqual(answers['viewer']);
    expect(answers['one-permission role']!.errors.map((error) => error.code)).toContain('FORBIDDEN');
  });

  it('a selection with viewer-dependent fields: each subscriber gets its own HTTP answer, including what only they see', async () => {
    const answers = await expectSameAsHttp(PERSONAL);
    // Permissions of the same role, but the project creator's email is the owner's alone.
    expect(answers['owner']!.data).toMatchObject({ usage: { project: { createdBy: { email: org.owner.email } } } });
    expect(answers['admin']!.data).toMatchObject({ usage: { project: { createdBy: { email: null } } } });
    expect(answers['viewer']).toEqual(answers['another viewer']);
  });
});
