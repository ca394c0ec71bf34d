/**
 * Cost of the gateway hop on the cheapest authenticated query: `query Me { me { id email } }` sent
 *   (a) to the gateway with `authorization: Bearer <access token>` (JWKS verification, internal token
 *       signing, query planning, one subgraph fetch), and
 *   (b) straight to the identity subgraph with an internal token signed once up front for the same
 *       user and session (re-signed when older than 30 s; it lives 60 s).
 *
 * Everything runs in this one process: the stack (`startSteward`) on a database from
 * `createTestDatabase()` (in-memory PGlite, or a fresh database on the PostgreSQL server named by
 * DATABASE_URL) and the client (`fetch`, keep-alive). Client and servers therefore share one event
 * loop, so the figures are relative, not what a remote client would see. After a warm-up per path,
 * the two paths alternate in blocks (gateway, direct, gateway, …) so drift hits both alike; this is
 * done at concurrency 1 and again at concurrency 16. Every answer is checked to be the user.
 *
 * Run: `npm run bench` (everything), `npx tsx bench/src/me-latency.ts`, or
 *      `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/src/me-latency.ts`.
 */
import { decodeJwt } from 'jose';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec, createLogger } from '@steward/kernel';
import { createTestDatabase } from '@steward/kernel/testing';
import { startSteward } from '@steward/standalone';
import { localStackEnv } from '@steward/standalone/testing';
import { fixed, isEntryPoint, machineLine, percentile, printTable, sortedCopy } from './stats.js';

const BLOCKS = 10;
const REQUESTS_PER_BLOCK = 200;
const WARMUP_REQUESTS = 300;
const CONCURRENCIES = [1, 16];
/** Internal tokens expire after 60 s; a block never starts with one older than this. */
const RESIGN_AFTER_MS = 30_000;
const ME = JSON.stringify({ query: 'query Me { me { id email } }', operationName: 'Me' });

/** One way of sending the `me` query. */
interface MePath {
  name: string;
  url: string;
  headers(): Promise<Record<string, string>>;
}

/** What one path gathered over all its timed blocks at one concurrency. */
interface PathResult {
  latencies: number[];
  wallMs: number;
}

/** Sends `me` once and returns its latency in ms; throws when the answer is not the expected user. */
async function timedMe(path: MePath, headers: Record<string, string>, userId: string): Promise<number> {
  const startedAt = performance.now();
  const response = await fetch(path.url, { method: 'POST', headers, body: ME });
  const body = (await response.json()) as { data?: { me?: { id?: string } | null } | null; errors?: unknown };
  const elapsed = performance.now() - startedAt;
  if (body.data?.me?.id !== userId) {
    throw new Error(`The ${path.name} path answered ${response.status} ${JSON.stringify(body)} instead of the user.`);
  }
  return elapsed;
}

/** Sends `requests` queries with `concurrency` workers; returns every latency and the block's wall time. */
async function runBlock(path: MePath, requests: number, concurrency: number, userId: string): Promise<PathResult> {
  const headers = await path.headers();
  const latencies: number[] = [];
  let issued = 0;
  const worker = async () => {
    while (issued < requests) {
      issued += 1;
      latencies.push(await timedMe(path, headers, userId));
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { latencies, wallMs: performance.now() - startedAt };
}

/** Runs the `me` latency benchmark against a fresh stack and prints one table per concurrency. */
export async function main(): Promise<void> {
  const database = await createTestDatabase();
  // Thousands of requests from one address: the local stack has no per-client rate limit.
  const env = localStackEnv({ LOG_LEVEL: 'silent' });
  const steward = await startSteward({ env, database: database.target, logger: createLogger({ level: 'silent' }) });
  try {
    const registered = await fetch(steward.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }',
        variables: { input: { email: `bench-${Date.now().toString(36)}@example.test`, password: 'a long enough passphrase', name: 'Bench User' } },
      }),
    });
    const registration = (await registered.json()) as { data?: { register?: { accessToken: string; user: { id: string } } }; errors?: unknown };
    if (!registration.data?.register) throw new Error(`Registering the bench user failed: ${JSON.stringify(registration.errors)}`);
    const { accessToken, user } = registration.data.register;
    // The subgraph gets the same session the gateway would put in the internal token.
    const sid = decodeJwt(accessToken).sid;
    const sessionId = typeof sid === 'string' ? sid : null;

    const codec = new InternalTokenCodec(steward.internalSecret);
    const sign = () => codec.sign({ caller: { kind: 'user', userId: user.id, sessionId }, client: { ip: null, userAgent: null } });
    let internalToken = await sign();
    let signedAt = performance.now();

    const gateway: MePath = {
      name: 'gateway',
      url: steward.gatewayUrl,
      headers: async () => ({ 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }),
    };
    const direct: MePath = {
      name: 'direct',
      url: steward.subgraphUrls.identity!,
      async headers() {
        if (performance.now() - signedAt > RESIGN_AFTER_MS) {
          internalToken = await sign();
          signedAt = performance.now();
        }
        return { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: internalToken };
      },
    };

    console.log(`\n# \`me\` through the gateway vs straight to identity (${database.description})`);
    console.log(`# ${machineLine()}`);
    console.log(`# ${BLOCKS} alternating blocks of ${REQUESTS_PER_BLOCK} requests per path after ${WARMUP_REQUESTS} warm-up requests per path`);
    for (const concurrency of CONCURRENCIES) {
      for (const path of [gateway, direct]) await runBlock(path, WARMUP_REQUESTS, concurrency, user.id);
      const results = new Map<MePath, PathResult>([
        [gateway, { latencies: [], wallMs: 0 }],
        [direct, { latencies: [], wallMs: 0 }],
      ]);
      for (let block = 0; block < BLOCKS; block += 1) {
        for (const path of [gateway, direct]) {
          const { latencies, wallMs } = await runBlock(path, REQUESTS_PER_BLOCK, concurrency, user.id);
          const result = results.get(path)!;
          result.latencies.push(...latencies);
          result.wallMs += wallMs;
        }
      }

      const figures = [gateway, direct].map((path) => {
        const { latencies, wallMs } = results.get(path)!;
        const sorted = sortedCopy(latencies);
        return { name: path.name, requests: sorted.length, rate: sorted.length / (wallMs / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
      });
      const [viaGateway, straight] = figures as [(typeof figures)[number], (typeof figures)[number]];
      console.log(`\nconcurrency ${concurrency}`);
      printTable(
        ['path', 'requests', 'req/s', 'p50 (ms)', 'p99 (ms)'],
        [
          ...figures.map((f) => [f.name, String(f.requests), fixed(f.rate, 0), fixed(f.p50, 2), fixed(f.p99, 2)]),
          [
            'gateway/direct',
            '',
            fixed(viaGateway.rate / straight.rate, 2),
            fixed(viaGateway.p50 / straight.p50, 2),
            fixed(viaGateway.p99 / straight.p99, 2),
          ],
        ],
      );
    }
  } finally {
    await steward.stop();
    await database.drop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
