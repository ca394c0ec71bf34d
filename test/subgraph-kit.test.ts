import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTERNAL_TOKEN_HEADER,
  InternalTokenCodec,
  REPO_ROOT,
  RouteClient,
  SUPERGRAPH_YAML,
  loadDescriptors,
  readSubgraphList,
  type SubgraphDescriptor,
} from '@steward/kernel';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { composeSupergraph, readSupergraphConfig } from '../schema/compose-supergraph.js';
import { widgetCountRoute } from './fixtures/widgets/src/widgets.routes.js';

// The kit's acceptance test: a throw-away subgraph (test/fixtures/widgets: a descriptor and one
// module) joins Steward with one line added to a copy of schema/supergraph.yaml and nothing else.
const WIDGETS_LINE = '  - { name: widgets, sdl: test/fixtures/widgets/src, routing_url: http://widgets:4090/graphql }\n';

const dir = mkdtempSync(join(tmpdir(), 'steward-kit-'));
const listPath = join(dir, 'supergraph.yaml');
const supergraphPath = join(dir, 'supergraph.graphql');
let subgraphs: SubgraphDescriptor[];
let stack: TestStack;
let orgA: SeededOrganization;
let orgB: SeededOrganization;

const CREATE = 'mutation Create($o: ID!, $n: String!) { createWidget(organizationId: $o, name: $n) { id name } }';
const LIST = 'query List($o: ID!, $first: Int, $after: String) { widgets(organizationId: $o, first: $first, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }';

async function createWidget(org: SeededOrganization, name: string): Promise<string> {
  const answer = await stack.post<{ createWidget: { id: string } }>({ query: CREATE, variables: { o: org.id, n: name } }, { token: org.owner.accessToken });
  expect(answer.errors).toBeUndefined();
  return answer.data!.createWidget.id;
}

beforeAll(async () => {
  writeFileSync(listPath, readFileSync(SUPERGRAPH_YAML, 'utf8') + WIDGETS_LINE);
  writeFileSync(supergraphPath, composeSupergraph(readSupergraphConfig(listPath)).supergraphSdl);
  subgraphs = await loadDescriptors(listPath);
  stack = await startTestStack({ SUPERGRAPH_PATH: supergraphPath }, { subgraphs });
  orgA = await seed(stack).org();
  orgB = await seed(stack).org();
  // Composition and five subgraphs' migrations: seconds on an idle machine, more on a busy one.
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a subgraph added with one line in schema/supergraph.yaml', () => {
  it('composes into the supergraph with every listed subgraph', () => {
    expect(readSubgraphList(listPath).map((entry) => entry.name)).toEqual([...readSubgraphList().map((entry) => entry.name), 'widgets']);
    const supergraph = readFileSync(supergraphPath, 'utf8');
    expect(supergraph).toContain('WIDGETS @join__graph(name: "widgets"');
    expect(supergraph).toMatch(/widgetCreated\([^)]*organizationId: ID!\s*\): Widget! @join__field\(graph: WIDGETS\)/);
  });

  it('refuses what no rule allows, and anonymous callers', async () => {
    const id = await createWidget(orgA, 'guarded');
    const note = await stack.post<{ widget: { note: string | null } }>({ query: 'query($id: ID!) { widget(id: $id) { name note } }', variables: { id } }, { token: orgA.owner.accessToken });
    expect(note.errors?.[0]).toMatchObject({ path: ['widget', 'note'], extensions: { code: 'FORBIDDEN' } });
    expect(note.data?.widget).toEqual({ name: 'guarded', note: null });
    const anonymous = await stack.post({ query: LIST, variables: { o: orgA.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("answers NOT_FOUND for another tenant's ids through root fields, nested fields and _entities", async () => {
    const theirs = await createWidget(orgB, 'theirs');
    const token = orgA.owner.accessToken;
    const root = await stack.post<{ widget: unknown }>({ query: 'query($id: ID!) { widget(id: $id) { id name } }', variables: { id: theirs } }, { token });
    expect(root.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(root.data?.widget ?? null).toBeNull();
    const listed = await stack.post({ query: LIST, variables: { o: orgB.id } }, { token });
    expect(listed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const nested = await stack.post<{ organization: { id: string; widget: unknown } }>(
      { query: 'query($o: ID!, $id: ID!) { organization(id: $o) { id widget(id: $id) { id name } } }', variables: { o: orgA.id, id: theirs } },
      { token },
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data?.organization).toEqual({ id: orgA.id, widget: null });

    // `_entities` straight at the subgraph, with the internal token the gateway would sign for A's owner.
    const internal = await new InternalTokenCodec(stack.internalSecret).sign({ caller: { kind: 'user', userId: orgA.owner.id, sessionId: null }, client: { ip: null, userAgent: null } });
    const entities = await fetch(stack.subgraphUrls.widgets!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: internal },
      body: JSON.stringify({ query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { id name } } }', variables: { r: [{ __typename: 'Widget', id: theirs }] } }),
    });
    const body = (await entities.json()) as { data?: { _entities: unknown[] } };
    expect(body.data?._entities).toEqual([null]);
    expect(JSON.stringify(body)).not.toContain('theirs');
  });

  it('pages with the shared cursor contract', async () => {
    const org = await seed(stack).org();
    const ids = [await createWidget(org, 'w1'), await createWidget(org, 'w2'), await createWidget(org, 'w3')];
    const token = org.owner.accessToken;
    type Page = { widgets: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const first = await stack.post<Page>({ query: LIST, variables: { o: org.id, first: 2 } }, { token });
    expect(first.data!.widgets.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 2));
    expect(first.data!.widgets.pageInfo.hasNextPage).toBe(true);
    const second = await stack.post<Page>({ query: LIST, variables: { o: org.id, first: 2, after: first.data!.widgets.pageInfo.endCursor } }, { token });
    expect(second.data!.widgets.edges.map((edge) => edge.node.id)).toEqual(ids.slice(2));
    expect(second.data!.widgets.pageInfo.hasNextPage).toBe(false);
    const tooMany = await stack.post({ query: LIST, variables: { o: org.id, first: 101 } }, { token });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await stack.post({ query: LIST, variables: { o: org.id, after: 'not-a-cursor' } }, { token });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('serves its internal route to other Steward services, typed on both ends', async () => {
    const org = await seed(stack).org();
    await createWidget(org, 'counted');
    const routes = new RouteClient(new InternalTokenCodec(stack.internalSecret), 'projects', (name) => stack.subgraphUrls[name]);
    expect(await routes.call(widgetCountRoute, { organizationId: org.id })).toEqual({ count: 1 });
    expect(await routes.call(widgetCountRoute, { organizationId: orgB.id })).toEqual({ count: 1 });
  });

  it('streams its subscription through the gateway to readers of the organization only', async () => {
    const received: unknown[] = [];
    const refused: unknown[] = [];
    const subscribe = (token: string, sink: unknown[], errors: unknown[]) => {
      const client = createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      client.subscribe(
        { query: 'subscription($o: ID!) { widgetCreated(organizationId: $o) { id name organization { id name } } }', variables: { o: orgA.id } },
        { next: (value) => void sink.push(value), error: (error) => void errors.push(error), complete: () => undefined },
      );
      return client;
    };
    const reader = subscribe(orgA.owner.accessToken, received, []);
    const outsider = subscribe(orgB.owner.accessToken, [], refused);
    try {
      // A subscription listens from when the gateway has checked it: create until the first event arrives.
      const created: string[] = [];
      const deadline = Date.now() + 10_000;
      while (received.length === 0 && Date.now() < deadline) {
        created.push(await createWidget(orgA, `live-${created.length}`));
        const wait = Date.now() + 1000;
        while (received.length === 0 && Date.now() < wait) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const first = received[0] as { data?: { widgetCreated?: { id: string; organization: { id: string } } } };
      expect(created).toContain(first.data?.widgetCreated?.id);
      expect(first.data?.widgetCreated?.organization.id).toBe(orgA.id);
      while (refused.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(JSON.stringify(refused)).toMatch(/NOT_FOUND|FORBIDDEN/);
    } finally {
      await reader.dispose();
      await outsider.dispose();
    }
  });
});

describe('npm start with the added line', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('starts every listed subgraph, the added one included, behind one gateway', async () => {
    const ports = Object.fromEntries(subgraphs.map((descriptor) => [descriptor.port.variable, '0']));
    child = spawn(process.execPath, ['--import', 'tsx', 'standalone/src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: '', STEWARD_DATA_DIR: ':memory:', STEWARD_SUBGRAPHS: listPath, SUPERGRAPH_PATH: supergraphPath, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development', ...ports },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no gateway URL printed:\n${output}`)), 120_000);
      child!.stdout!.on('data', () => {
        const match = /Steward gateway: (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child!.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
    });
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST, variables: { o: orgA.id } }) });
    const body = (await answer.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }, 150_000);
});
