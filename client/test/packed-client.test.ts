import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BudgetsDocument, MeDocument, OnLlmUsageRecordedDocument, RefreshSessionDocument, StewardRequestError, createStewardClient } from '@steward/client';
import { recordUsage, seed, startTestStack, type SeededOrganization, type SeededUser, type TestStack } from '@steward/standalone/testing';
import { installPackedClient, type InstalledClient } from './packed-client.js';

/*
 * @steward/client as a dashboard gets it: packed, installed elsewhere, used from plain Node and
 * type-checked by tsc against the real stack; and its token refresh, against the real gateway.
 */

let stack: TestStack;
let installed: InstalledClient;
let org: SeededOrganization;
let recorderKey: string;

beforeAll(async () => {
  // Packing (a tsc build) and installing run while the stack starts.
  [stack, installed] = await Promise.all([startTestStack(), installPackedClient()]);
  org = await seed(stack).org({ name: 'Packed Client Inc' });
  recorderKey = (await org.apiKey('member')).secret;
});
afterAll(async () => {
  await installed?.remove();
  await stack?.stop();
});

/** Records one usage record in `org` and returns its batch's id. */
async function recordOne(): Promise<string> {
  return (await recordUsage(stack, org.id, recorderKey, [{}])).batches[0]!.id;
}

/**
 * graphql-ws does not acknowledge a subscription, so this records usage until `delivery` settles
 * (the subscriber, listening from some event on, got one) and returns the batches recorded meanwhile.
 */
async function recordUntil(delivery: Promise<unknown>): Promise<string[]> {
  let settled = false;
  const settling = delivery.then(
    () => (settled = true),
    () => (settled = true),
  );
  const recorded: string[] = [];
  for (let attempt = 0; attempt < 20 && !settled; attempt += 1) {
    recorded.push(await recordOne());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([settling, new Promise((resolve) => (timer = setTimeout(resolve, 500)))]);
    clearTimeout(timer);
  }
  return recorded;
}

const NODE_SCRIPT = `
import WebSocket from 'ws';
import { createStewardClient, MeDocument, OnLlmUsageRecordedDocument } from '@steward/client';

const [url, token, organizationId] = process.argv.slice(2);
const steward = createStewardClient({ url, token, webSocketImpl: WebSocket });
console.log(JSON.stringify({ resolved: import.meta.resolve('@steward/client') }));
const { me } = await steward.request(MeDocument);
console.log(JSON.stringify({ me }));
for await (const { llmUsageRecorded } of steward.subscribe(OnLlmUsageRecordedDocument, { organizationId })) {
  console.log(JSON.stringify({ llmUsageRecorded }));
  break;
}
await steward.dispose();
`;

describe('the packed client', () => {
  it('answers a query and delivers a subscription event to a plain Node script, from its built JavaScript', async () => {
    const script = await installed.run('usage.mjs', NODE_SCRIPT, [stack.gatewayUrl, org.owner.accessToken, org.id]);

    expect(JSON.parse(await script.nextLine())).toEqual({ resolved: expect.stringMatching(/\/node_modules\/@steward\/client\/dist\/index\.js$/) });
    expect(JSON.parse(await script.nextLine())).toEqual({
      me: { id: org.owner.id, email: org.owner.email, name: org.owner.name, emailVerified: expect.any(Boolean), createdAt: expect.any(String) },
    });
    const event = script.nextLine(30_000);
    const recorded = await recordUntil(event);
    const { llmUsageRecorded } = JSON.parse(await event) as { llmUsageRecorded: Record<string, unknown> };
    expect(recorded).toContain(llmUsageRecorded.id);
    expect(llmUsageRecorded).toMatchObject({ organizationId: org.id, projectId: null, records: 1, requests: 1, costUsd: '0.060000' });
    // Leaving the loop unsubscribed and dispose closed the socket: nothing keeps the process alive.
    expect(await script.exited).toEqual({ code: 0, stdout: expect.any(String), stderr: '' });
  });

  it("gives TypeScript each operation's result and variable types, without DOM or Node types", async () => {
    const typed = `
      import { createStewardClient, MeDocument, OnLlmUsageRecordedDocument, StewardRequestError } from '@steward/client';

      export async function watchCosts(url: string, organizationId: string, getToken: () => string | null): Promise<number> {
        const steward = createStewardClient({ url, getToken, refresh: async () => null });
        try {
          const { me } = await steward.request(MeDocument);
          const email: string | null = me ? me.email : null;
          if (email === null) return 0;
        } catch (error) {
          if (error instanceof StewardRequestError && error.codes.includes('UNAUTHENTICATED')) return 0;
          throw error;
        }
        for await (const { llmUsageRecorded } of steward.subscribe(OnLlmUsageRecordedDocument, { organizationId })) {
          const requests: number = llmUsageRecorded.requests;
          const costUsd: string = llmUsageRecorded.costUsd;
          return requests * Number(costUsd);
        }
        return 0;
      }
    `;
    // Each line is a mistake tsc must report; results typed \`any\` would let the first two through.
    const mistakes = [
      `import { createStewardClient, MeDocument, OnLlmUsageRecordedDocument } from '@steward/client';`,
      `const steward = createStewardClient({ url: 'http://localhost:4000/graphql' });`,
      `export const email: string = (await steward.request(MeDocument)).me!.email;`,
      `export const requests: string = (await steward.subscribe(OnLlmUsageRecordedDocument, { organizationId: '1' }).next()).value!.llmUsageRecorded.requests;`,
      `export const unfiltered = steward.subscribe(OnLlmUsageRecordedDocument);`,
      `export const misspelt = steward.subscribe(OnLlmUsageRecordedDocument, { organisationId: '1' });`,
    ].join('\n');

    const { code, stdout } = await installed.typecheck({ 'typed.ts': typed, 'mistakes.ts': mistakes });

    const reported = [...stdout.matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, error]) => `${file}:${line} ${error}`);
    expect(reported, stdout).toEqual(['mistakes.ts:3 TS2322', 'mistakes.ts:4 TS2322', 'mistakes.ts:5 TS2554', 'mistakes.ts:6 TS2561']);
    expect(code).toBe(2);
  });
});

describe('token refresh', () => {
  /** A refresh as a dashboard writes it, for `user`: the refreshSession mutation. Counts its calls. */
  function refresher(user: SeededUser) {
    const anonymous = createStewardClient({ url: stack.gatewayUrl });
    const refresh = async () => {
      refresh.calls += 1;
      return (await anonymous.request(RefreshSessionDocument, { refreshToken: user.refreshToken })).refreshSession.accessToken;
    };
    refresh.calls = 0;
    return refresh;
  }

  it('refreshes a refused token once for concurrent requests, then answers each of them', async () => {
    const user = await seed(stack).user();
    const refresh = refresher(user);
    const steward = createStewardClient({ url: stack.gatewayUrl, token: 'not-a-token', refresh });

    const answers = await Promise.all([1, 2, 3, 4].map(() => steward.request(MeDocument)));

    expect(answers.map(({ me }) => me?.id)).toEqual([user.id, user.id, user.id, user.id]);
    expect(refresh.calls).toBe(1);
    // The refreshed token is kept: nothing is refused again.
    expect((await steward.request(MeDocument)).me?.email).toBe(user.email);
    expect(refresh.calls).toBe(1);
  });

  it('fails with UNAUTHENTICATED when the session cannot be refreshed, and with the codes of other errors as they are', async () => {
    let calls = 0;
    const steward = createStewardClient({ url: stack.gatewayUrl, token: 'not-a-token', refresh: async () => ((calls += 1), null) });
    const refused = await steward.request(MeDocument).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StewardRequestError);
    expect(refused).toMatchObject({ codes: ['UNAUTHENTICATED'], status: 401, data: null });
    expect(calls).toBe(1);

    const outsider = createStewardClient({ url: stack.gatewayUrl, token: (await seed(stack).user()).accessToken });
    const hidden = await outsider.request(BudgetsDocument, { organizationId: org.id }).catch((error: unknown) => error);
    expect(hidden).toBeInstanceOf(StewardRequestError);
    expect(hidden).toMatchObject({ codes: ['NOT_FOUND'] });
  });

  it('reconnects a subscription whose token the socket refused (4401) with the refreshed token', async () => {
    const refresh = refresher(await org.member('viewer'));
    const steward = createStewardClient({ url: stack.gatewayUrl, token: 'not-a-token', refresh, webSocketImpl: WebSocket });
    const events = steward.subscribe(OnLlmUsageRecordedDocument, { organizationId: org.id });
    try {
      const first = events.next();
      const recorded = await recordUntil(first);
      const { value } = await first;
      expect(recorded).toContain(value?.llmUsageRecorded.id);
      expect(refresh.calls).toBe(1);
    } finally {
      await events.return();
      await steward.dispose();
    }
  });

  it('ends a subscription refused with 4401 with UNAUTHENTICATED when there is no refresh', async () => {
    const steward = createStewardClient({ url: stack.gatewayUrl, token: 'not-a-token', webSocketImpl: WebSocket });
    try {
      const refused = await steward.subscribe(OnLlmUsageRecordedDocument, { organizationId: org.id }).next().catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(StewardRequestError);
      expect(refused).toMatchObject({ codes: ['UNAUTHENTICATED'], message: expect.stringMatching(/invalid/i) });
    } finally {
      await steward.dispose();
    }
  });
});
