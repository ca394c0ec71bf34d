/**
 * Hostile requests against the gateway's edge (issue 14's acceptance), each beside a `{ __typename }`
 * probe sent every 20 ms: how long each hostile request takes to be answered or refused, and the
 * probe's latency while they run against a quiet baseline window of the same length, in one run.
 *   - a 904-byte-class fragment tree: 22 fragments, each spreading the next one twice (anonymous);
 *   - the cost attack: ten aliases of myOrganizations → projects → versions → project → versions;
 *   - a 50 MiB WebSocket message (graphql-transport-ws).
 *
 * Run: `npx tsx bench/src/edge-hostile.ts` (PGlite) or with DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { fixed, isEntryPoint, machineLine, percentile, printTable, sortedCopy } from './stats.js';

const WINDOW_MS = 3000;
const require = createRequire(import.meta.url);

/** Sends `{ __typename }` every 20 ms until `stop` resolves; returns every latency. */
async function probe(url: string, stop: Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void stop.then(() => (done = true));
  while (!done) {
    const started = performance.now();
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((response) => response.text());
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies;
}

const fragmentTree = () => {
  const depth = 22;
  const fragments = Array.from({ length: depth }, (_, i) => `fragment F${i} on Query { __typename ${i + 1 < depth ? `a: me { id } ...F${i + 1} ...F${i + 1}` : ''} }`);
  return `query Tree { ...F0 } ${fragments.join(' ')}`;
};
const costAttack = () =>
  `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: myOrganizations { projects { edges { node { versions { edges { node { project { versions { edges { node { id name } } } } } } } } } } }`).join(' ')} }`;

async function timed(label: string, run: () => Promise<string>): Promise<[string, string, string]> {
  const started = performance.now();
  const outcome = await run();
  return [label, fixed(performance.now() - started, 1), outcome];
}

async function hostile(stack: TestStack, token: string): Promise<[string, string, string][]> {
  const post = async (query: string, auth?: string) => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return `${response.status} ${body.errors?.[0]?.extensions?.code ?? 'ok'}`;
  };
  // The 50 MiB message is written by a worker thread: masking it is client work, and in this
  // process it would stall the gateway's event loop and be counted against the gateway.
  const socket = () =>
    new Promise<string>((resolve, reject) => {
      const worker = new Worker(
        `const { workerData, parentPort } = require('node:worker_threads');
         const WebSocket = require(workerData.ws);
         const ws = new WebSocket(workerData.url, 'graphql-transport-ws');
         ws.on('open', () => ws.send(Buffer.alloc(50 * 1024 * 1024, 'a')));
         ws.on('close', (code) => parentPort.postMessage('closed ' + code));
         ws.on('error', () => undefined);`,
        { eval: true, workerData: { url: stack.gatewayUrl.replace(/^http/, 'ws'), ws: require.resolve('ws') } },
      );
      worker.once('message', (outcome: string) => void worker.terminate().then(() => resolve(outcome)));
      worker.once('error', reject);
    });
  // One at a time, so each time is that request's own.
  return [
    await timed(`fragment tree (${fragmentTree().length} bytes)`, () => post(fragmentTree())),
    await timed('cost attack (10 aliases, 5 nested lists)', () => post(costAttack(), token)),
    await timed('50 MiB WebSocket message (sent by a worker thread)', socket),
  ];
}

export async function main(): Promise<void> {
  const stack = await startTestStack({ LOG_LEVEL: 'silent' });
  try {
    const org = await seed(stack).org({ name: 'Hostile Bench Inc' });
    for (let i = 0; i < 3; i++) await hostile(stack, org.owner.accessToken); // warm-up
    const quiet = await probe(stack.gatewayUrl, new Promise((resolve) => setTimeout(resolve, WINDOW_MS)));
    let results: [string, string, string][] = [];
    const underAttack = await probe(
      stack.gatewayUrl,
      (async () => {
        const deadline = performance.now() + WINDOW_MS;
        while (performance.now() < deadline) results = await hostile(stack, org.owner.accessToken);
      })(),
    );
    console.log(`\nHostile requests at the edge (${machineLine()}, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`);
    printTable(['hostile request (last round)', 'answered in ms', 'answer'], results);
    const row = (label: string, samples: number[]) => {
      const sorted = sortedCopy(samples);
      return [label, fixed(percentile(sorted, 50), 1), fixed(percentile(sorted, 99), 1), fixed(sorted.at(-1) ?? Number.NaN, 1), String(samples.length)];
    };
    printTable(['{ __typename } probe', 'p50 ms', 'p99 ms', 'max ms', 'probes'], [row('quiet window', quiet), row('under the hostile requests', underAttack)]);
  } finally {
    await stack.stop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
