import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '@steward/kernel';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { startSecondGateway } from './fixtures/second-gateway.js';

/*
 * A subgraph that stops answering must not hang the gateway: a second gateway over the same
 * subgraphs reaches metrics through a switch that either forwards to the real metrics subgraph or
 * holds every request without answering (a paused process). Timeouts are real (300 ms); the
 * circuit's reopening is timed by a clock the test advances.
 */

let stack: TestStack;
let org: SeededOrganization;
let projectId: string;
let second: Awaited<ReturnType<typeof startSecondGateway>>;
let gatewayUrl: string;
let switchServer: Server;
let mode: 'forward' | 'hang' = 'forward';
let received = 0;
let clock = 1_000_000;

beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org({ name: 'Availability Inc' });
  projectId = (await seed(stack).project(org)).id;
  const metricsUrl = stack.subgraphUrls.metrics!;
  switchServer = createServer(async (req, res) => {
    received += 1;
    if (mode === 'hang') return; // never answers, like a SIGSTOPped process
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !['host', 'content-length', 'connection'].includes(entry[0])));
    const answer = await fetch(metricsUrl, { method: 'POST', headers, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
  });
  const switchUrl = `${await listen(switchServer, 0)}/graphql`;
  second = await startSecondGateway(
    stack,
    {},
    { subgraphUrls: { ...stack.subgraphUrls, metrics: switchUrl }, availability: { timeoutMs: 300, failuresToOpen: 2, openMs: 30_000 }, now: () => clock },
  );
  gatewayUrl = second.url;
});
afterAll(async () => {
  await second?.stop();
  switchServer?.closeAllConnections();
  await new Promise<void>((done) => switchServer?.close(() => done()));
  await stack?.stop();
});

const QUERY = 'query ($p: ID!, $b: ID!) { project(id: $p) { name usage { requests } } llmUsageBatch(id: $b) { id } }';

async function ask() {
  const started = performance.now();
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${org.owner.accessToken}` },
    body: JSON.stringify({ query: QUERY, variables: { p: projectId, b: '00000000-0000-4000-8000-000000000000' } }),
  });
  const body = (await res.json()) as { data: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
  return { status: res.status, ...body, ms: performance.now() - started };
}
const readiness = async () => (await fetch(new URL('/readyz', gatewayUrl))).json();

describe('a subgraph that stops answering', () => {
  it('answers the other subgraphs’ data and one SUBGRAPH_UNAVAILABLE error per field it serves, with its path and service', async () => {
    expect((await ask()).data.project).toEqual({ name: expect.any(String), usage: { requests: 0 } });
    mode = 'hang';
    const answer = await ask();
    expect(answer.ms).toBeLessThan(5000);
    expect(answer.data).toEqual({ project: { name: expect.any(String), usage: null }, llmUsageBatch: null });
    const errors = answer.errors!.map((error) => [error.path, error.extensions]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [['project', 'usage'], { code: 'SUBGRAPH_UNAVAILABLE', service: 'metrics' }],
        [['llmUsageBatch'], { code: 'SUBGRAPH_UNAVAILABLE', service: 'metrics' }],
      ]),
    );
    expect(answer.errors!.every((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.path)).toBe(true);
  });

  it('opens the circuit after repeated failures: requests are answered at once without reaching it, and readiness says so', async () => {
    await ask(); // the second failure in a row opens the circuit
    expect(await readiness()).toEqual({ status: 'degraded', unavailableSubgraphs: ['metrics'] });
    const before = received;
    const answer = await ask();
    expect(answer.data.project.usage).toBeNull();
    expect(answer.errors![0]!.message).toMatch(/metrics service is unavailable/);
    expect(received).toBe(before);
  });

  it('lets one request try again once the circuit has been open long enough, and closes it when that one succeeds', async () => {
    clock += 30_000;
    let before = received;
    await ask(); // the trial: still hung, so the circuit opens again
    expect(received - before).toBeGreaterThanOrEqual(1);
    before = received;
    await ask();
    expect(received).toBe(before);

    mode = 'forward';
    clock += 30_000;
    // The one trial request goes through and closes the circuit (a second fetch of the same query may still be refused).
    const trial = await ask();
    expect(trial.data.project.name).toEqual(expect.any(String));
    const recovered = await ask();
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data).toEqual({ project: { name: expect.any(String), usage: { requests: 0 } }, llmUsageBatch: null });
    expect(await readiness()).toEqual({ status: 'ready', unavailableSubgraphs: [] });
  });
});
