/**
 * Accepting GitHub webhooks: verified `pull_request` deliveries per second and accept latency
 * (p50/p99, until the 2xx) through the whole path — the gateway forwarding `/webhooks/github/<id>`
 * byte for byte to repos, which finds the repository, checks `X-Hub-Signature-256` over the raw
 * body and writes the delivery and its processing job in one transaction before answering —
 * against a bare `node:http` handler that only checks the HMAC and answers 202 (the floor any
 * receiver pays), with repos addressed directly (no gateway hop) in between. Processing is left to workers (`REPOS_PROCESS_WEBHOOKS=false`), as a deployment
 * that separates ingress from processing would; the figure is what a provider waits for.
 *
 * Client and servers share this process's event loop, so figures are relative. After a warm-up,
 * the two paths alternate in blocks so drift hits both alike; at concurrency 1 and 16. Every answer
 * is checked (202, and stored once: each delivery has its own id).
 *
 * Run: `npx tsx bench/src/webhook-ingress.ts`, or with
 *      `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { createLogger } from '@steward/kernel';
import { createTestDatabase } from '@steward/kernel/testing';
import { startSteward } from '@steward/standalone';
import { localStackEnv } from '@steward/standalone/testing';
import { fixed, isEntryPoint, machineLine, percentile, printTable, sortedCopy } from './stats.js';

const BLOCKS = 6;
const REQUESTS_PER_BLOCK = 250;
const WARMUP_REQUESTS = 200;
const CONCURRENCIES = [1, 16];

/** One way of delivering a webhook: where to, and with which secret. */
interface IngressPath {
  name: string;
  url: string;
  secret: string;
}

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];

/** A recorded `pull_request.opened` payload, retargeted at `fullName` (about 20 kB, as GitHub sends them). */
function payloadFor(fullName: string): string {
  const payload = structuredClone(examples.find((event) => event.name === 'pull_request')!.examples.find((example) => example.action === 'opened')!) as { repository: { full_name: string } };
  payload.repository.full_name = fullName;
  return JSON.stringify(payload);
}

async function deliverOnce(path: IngressPath, body: string): Promise<number> {
  const signature = `sha256=${createHmac('sha256', path.secret).update(body).digest('hex')}`;
  const startedAt = performance.now();
  const response = await fetch(path.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', 'x-github-delivery': randomUUID(), 'x-hub-signature-256': signature },
    body,
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - startedAt;
  if (response.status !== 202) throw new Error(`${path.name} answered ${response.status}`);
  return elapsed;
}

async function runBlock(path: IngressPath, body: string, requests: number, concurrency: number): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let issued = 0;
  const worker = async () => {
    while (issued < requests) {
      issued += 1;
      latencies.push(await deliverOnce(path, body));
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, wallMs: performance.now() - startedAt };
}

/** The floor: reads the body, checks the HMAC in constant time, answers 202. */
function startBareHandler(secret: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(Buffer.concat(chunks)).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-hub-signature-256'] ?? ''));
      const ok = given.length === expected.length && timingSafeEqual(given, expected);
      res.writeHead(ok ? 202 : 401, { 'content-type': 'application/json' }).end(ok ? '{"status":"RECEIVED"}' : '{"error":"invalid_signature"}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

/** Runs the ingress benchmark and prints one table per concurrency. */
export async function main(): Promise<void> {
  const database = await createTestDatabase();
  const env = localStackEnv({ LOG_LEVEL: 'silent', REPOS_PROCESS_WEBHOOKS: 'false' });
  const steward = await startSteward({ env, database: database.target, logger: createLogger({ level: 'silent' }) });
  const bare = await startBareHandler('whsec_bench');
  try {
    const post = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
      const response = await fetch(steward.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data?: T; errors?: unknown };
      if (!json.data) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const { register } = await post<{ register: { accessToken: string } }>('mutation($i: RegisterInput!) { register(input: $i) { accessToken } }', {
      i: { email: `bench-${Date.now().toString(36)}@example.test`, password: 'a long enough passphrase', name: 'Bench' },
    });
    const { createOrganization } = await post<{ createOrganization: { id: string } }>('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', { i: { name: 'Bench', slug: `bench-${Date.now().toString(36)}` } }, register.accessToken);
    const fullName = 'bench/webhooks';
    const { connectRepository } = await post<{ connectRepository: { webhookUrl: string; webhookSecret: string } }>(
      'mutation($i: ConnectRepositoryInput!) { connectRepository(input: $i) { webhookUrl webhookSecret } }',
      { i: { organizationId: createOrganization.id, provider: 'GITHUB', fullName, accessToken: 'ghp_bench_token_1' } },
      register.accessToken,
    );
    const body = payloadFor(fullName);
    const steward_: IngressPath = { name: 'gateway → repos (stored + queued)', url: new URL(new URL(connectRepository.webhookUrl).pathname, steward.gatewayUrl).toString(), secret: connectRepository.webhookSecret };
    const direct: IngressPath = { ...steward_, name: 'repos direct (stored + queued)', url: new URL(new URL(connectRepository.webhookUrl).pathname, steward.subgraphUrls.repos!).toString() };
    const floor: IngressPath = { name: 'bare HMAC check', url: bare.url, secret: 'whsec_bench' };
    const paths = [steward_, direct, floor];

    console.log(`\n# GitHub webhook accept: Steward vs a bare HMAC handler (${database.description}, body ${(body.length / 1024).toFixed(1)} kB)`);
    console.log(`# ${machineLine()}`);
    console.log(`# ${BLOCKS} alternating blocks of ${REQUESTS_PER_BLOCK} deliveries per path after ${WARMUP_REQUESTS} warm-up deliveries per path`);
    let stored = 0;
    for (const concurrency of CONCURRENCIES) {
      for (const path of paths) await runBlock(path, body, WARMUP_REQUESTS, concurrency);
      stored += 2 * WARMUP_REQUESTS;
      const results = new Map(paths.map((path) => [path, { latencies: [] as number[], wallMs: 0 }]));
      for (let block = 0; block < BLOCKS; block += 1) {
        for (const path of paths) {
          const { latencies, wallMs } = await runBlock(path, body, REQUESTS_PER_BLOCK, concurrency);
          results.get(path)!.latencies.push(...latencies);
          results.get(path)!.wallMs += wallMs;
        }
        stored += 2 * REQUESTS_PER_BLOCK;
      }
      const figures = paths.map((path) => {
        const { latencies, wallMs } = results.get(path)!;
        const sorted = sortedCopy(latencies);
        return [path.name, String(sorted.length), fixed(sorted.length / (wallMs / 1000), 0), fixed(percentile(sorted, 50), 2), fixed(percentile(sorted, 99), 2)];
      });
      console.log(`\nconcurrency ${concurrency}`);
      printTable(['path', 'deliveries', 'deliveries/s', 'p50 (ms)', 'p99 (ms)'], figures);
    }
    const [row] = await database.query<{ received: number }>("select count(*)::int as received from repos.webhook_deliveries where status = 'RECEIVED'");
    console.log(`\nstored and queued: ${row!.received} deliveries (expected ${stored})`);
    if (row!.received !== stored) throw new Error('Not every accepted delivery was stored.');
  } finally {
    bare.server.close();
    await steward.stop();
    await database.drop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
