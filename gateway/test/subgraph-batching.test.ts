import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '@steward/kernel';
import { recordUsage, seed, startTestStack, type SeededOrganization, type SeededUser, type TestStack } from '@steward/standalone/testing';
import { startSecondGateway } from './fixtures/second-gateway.js';

/*
 * The entity fetches a plan step sends one subgraph travel as one request. Two gateways over the
 * same subgraphs, one batching and one not (SUBGRAPH_BATCHING=false), reach metrics and projects
 * through proxies that record every request; each caller's answer must be the same from both, while
 * the batching one sends fewer requests.
 */

let stack: TestStack;
let org: SeededOrganization;
let outsider: SeededUser;
let batched: Awaited<ReturnType<typeof startSecondGateway>>;
let alone: Awaited<ReturnType<typeof startSecondGateway>>;
const proxies: Server[] = [];
/** Queries each proxied subgraph received, in order. */
const received: Record<string, string[]> = { metrics: [], projects: [] };
/** When set, the metrics proxy answers 503 without forwarding (an unavailable subgraph). */
let metricsDown = false;

async function proxy(service: string): Promise<string> {
  const target = stack.subgraphUrls[service]!;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    received[service]!.push((JSON.parse(body.toString()) as { query: string }).query);
    if (service === 'metrics' && metricsDown) return void res.writeHead(503).end();
    const headers = Object.fromEntries(Object.entries(req.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !['host', 'content-length', 'connection'].includes(entry[0])));
    const answer = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
  });
  proxies.push(server);
  return `${await listen(server, 0)}/graphql`;
}

beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org({ name: 'Batching Inc' });
  outsider = (await seed(stack).org({ name: 'Elsewhere Ltd' })).owner;
  for (let p = 0; p < 2; p++) {
    const project = await seed(stack).project(org, { name: `Batched ${p}` });
    const versions = [await project.version(), await project.version()];
    await project.baseline({ metric: 'error_rate', operator: 'LTE', threshold: 0.1, severity: 'ERROR' });
    const promoted = await stack.post({ query: 'mutation($input: PromoteVersionInput!) { promoteVersion(input: $input) { __typename } }', variables: { input: { versionId: versions[0]!.id, reason: 'Batching test.' } } }, { token: org.owner.accessToken });
    expect(promoted.errors).toBeUndefined();
    const records = versions.flatMap((version, v) => Array.from({ length: 3 + p + v }, (_, i) => ({ projectId: project.id, versionId: version.id, latencyMs: 100 * (i + 1), status: i === 0 ? 'ERROR' : 'SUCCESS', ...(i === 0 ? { errorType: 'timeout' } : {}) })));
    await recordUsage(stack, org.id, org.owner.accessToken, records);
  }
  const subgraphUrls = { ...stack.subgraphUrls, metrics: await proxy('metrics'), projects: await proxy('projects') };
  // Two failures in a row must not open the circuit here: the unavailable case counts every refused request.
  const availability = { timeoutMs: 10_000, failuresToOpen: 0, openMs: 10_000 };
  batched = await startSecondGateway(stack, {}, { subgraphUrls, availability: { ...availability, batching: true } });
  alone = await startSecondGateway(stack, {}, { subgraphUrls, availability: { ...availability, batching: false } });
});
afterAll(async () => {
  await batched?.stop();
  await alone?.stop();
  for (const server of proxies) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
  await stack?.stop();
});

const DASHBOARD = `query Dashboard($organizationId: ID!) {
  organization(id: $organizationId) { id name
    projects(first: 10) { edges { node { id name
      usage { requests errorRate costUsd latencyP95Ms }
      currentVersion { id number gate { status conditions { metric threshold actualValue status } } }
      versions(first: 5) { edges { node { id number stage gate { status } usage { requests latencyP95Ms } } } } } } } } }`;

type Answer = { data: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };

/** The dashboard from one gateway as `token`'s holder, and the queries metrics and projects received for it. */
async function dashboard(url: string, token: string): Promise<{ answer: Answer; metrics: string[]; projects: string[] }> {
  received.metrics = [];
  received.projects = [];
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: DASHBOARD, variables: { organizationId: org.id } }),
  });
  const answer = (await res.json()) as Answer;
  // Errors arrive in the order fetches finish, which batching changes: compare them as a set.
  answer.errors?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { answer, metrics: received.metrics, projects: received.projects };
}

describe('entity fetches of one plan step', () => {
  it('reach each subgraph as one request per step, and the answer is the one unbatched fetches give', async () => {
    const one = await dashboard(batched.url, org.owner.accessToken);
    const many = await dashboard(alone.url, org.owner.accessToken);
    expect(one.answer.errors).toBeUndefined();
    expect(one.answer).toEqual(many.answer);
    const projects = one.answer.data.organization.projects.edges;
    expect(projects.map((edge: any) => edge.node.usage.requests).sort()).toEqual([7, 9]);
    expect(projects.every((edge: any) => edge.node.currentVersion.gate.conditions.length === 1)).toBe(true);

    // Without batching: projects' usage, the current versions' and the versions' live values and usage (metrics); the page and two gates (projects).
    expect([many.metrics.length, many.projects.length]).toEqual([3, 3]);
    expect([one.metrics.length, one.projects.length]).toEqual([1, 2]);
    expect(one.metrics[0]).toMatch(/b0: *_entities\(representations: *\$b0_representations\)[\s\S]*b2: *_entities/);
    expect(one.projects[1]).toMatch(/b1: *_entities/);
  });

  it('answers every caller exactly what unbatched fetches answer them, nulls and errors included', async () => {
    const noMetrics = await org.member(await org.role(['organization:read', 'project:read'], { name: 'Projects without metrics' }));
    for (const token of [noMetrics.accessToken, outsider.accessToken]) {
      const one = await dashboard(batched.url, token);
      expect(one.answer).toEqual((await dashboard(alone.url, token)).answer);
    }
    const hidden = await dashboard(batched.url, noMetrics.accessToken);
    expect(hidden.answer.data.organization.projects.edges.map((edge: any) => edge.node.usage)).toEqual([null, null]);
    const foreign = await dashboard(batched.url, outsider.accessToken);
    expect(foreign.answer.data).toEqual({ organization: null });
    expect(foreign.answer.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('gives each fetch of a batch to an unavailable subgraph its own SUBGRAPH_UNAVAILABLE errors at its own paths', async () => {
    metricsDown = true;
    try {
      const one = await dashboard(batched.url, org.owner.accessToken);
      const many = await dashboard(alone.url, org.owner.accessToken);
      expect(one.metrics).toHaveLength(1);
      expect(one.answer).toEqual(many.answer);
      const paths = one.answer.errors!.map((error) => [error.extensions?.code, error.path!.slice(-1)[0]]);
      expect(new Set(paths.map(([code]) => code))).toEqual(new Set(['SUBGRAPH_UNAVAILABLE']));
      // Two projects' usage, two versions' usage each, and every gate's live values the gate could not get.
      expect(paths.filter(([, field]) => field === 'usage')).toHaveLength(6);
    } finally {
      metricsDown = false;
    }
  });
});
