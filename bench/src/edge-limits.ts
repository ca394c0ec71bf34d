/**
 * What the edge's new controls cost per request: two gateways over the same subgraphs, in this one
 * process, one with every control on — MAX_QUERY_COST and the cost budget, the rate limit (set high
 * enough never to refuse, so its bookkeeping still runs), the failed-authentication limit, and
 * PERSISTED_OPERATIONS=only (the strictest: every operation's text is parsed, printed and looked
 * up) — and one with all of them off. Two requests, each a shipped operation:
 *   - `me` (query Me) with an access token: the cheapest authenticated query;
 *   - `recordLlmUsage` with 1,000 records (about 330 kB of variables) with an API key.
 * The two gateways alternate in blocks so drift hits both alike. Reported per gateway: p50/p99
 * latency and the process's CPU time per request (client, gateway and subgraphs share the process,
 * so the difference between the two rows is the controls' cost), and the ratio on/off.
 *
 * Run: `npx tsx bench/src/edge-limits.ts` (PGlite) or with DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.
 */
import { MeDocument, RecordLlmUsageDocument } from '@steward/client';
import { print } from 'graphql';
import { seed, startTestStack } from '@steward/standalone/testing';
import { startSecondGateway } from '../../gateway/test/fixtures/second-gateway.js';
import { fixed, isEntryPoint, machineLine, percentile, printTable, sortedCopy } from './stats.js';

const BLOCKS = 8;
const ON = { MAX_QUERY_COST: '250000', QUERY_COST_BUDGET_PER_MINUTE: '1000000000', RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '100000', AUTH_FAILURES_PER_MINUTE: '30', PERSISTED_OPERATIONS: 'only' };
const OFF = { MAX_QUERY_COST: '0', QUERY_COST_BUDGET_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0', AUTH_FAILURES_PER_MINUTE: '0', PERSISTED_OPERATIONS: 'off' };

interface Sample {
  latencies: number[];
  cpuMs: number;
  requests: number;
}

export async function main(): Promise<void> {
  const stack = await startTestStack({ LOG_LEVEL: 'silent' });
  const on = await startSecondGateway(stack, ON);
  const off = await startSecondGateway(stack, OFF);
  try {
    const org = await seed(stack).org({ name: 'Edge Bench Inc' });
    const key = (await org.apiKey('member')).secret;
    let batch = 0;
    const records = () => {
      batch += 1;
      const at = new Date().toISOString();
      return Array.from({ length: 1000 }, (_, i) => ({ requestId: `bench-${batch}-${i}`, occurredAt: at, provider: 'openai', model: 'gpt-4o-mini', inputTokens: 100 + i, outputTokens: 20, latencyMs: 300, status: 'SUCCESS' }));
    };
    const cases = [
      {
        name: 'me',
        perBlock: 200,
        body: () => JSON.stringify({ query: print(MeDocument), operationName: 'Me' }),
        token: org.owner.accessToken,
        check: (body: { data?: { me?: { id?: string } } }) => body.data?.me?.id === org.owner.id,
      },
      {
        name: 'recordLlmUsage ×1000',
        perBlock: 6,
        body: () => JSON.stringify({ query: print(RecordLlmUsageDocument), operationName: 'RecordLlmUsage', variables: { organizationId: org.id, records: records() } }),
        token: key,
        check: (body: { data?: { recordLlmUsage?: { accepted?: number } } }) => body.data?.recordLlmUsage?.accepted === 1000,
      },
    ];
    console.log(`\nEdge controls on vs off (${machineLine()}, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`);
    for (const item of cases) {
      const samples: Record<'on' | 'off', Sample> = { on: { latencies: [], cpuMs: 0, requests: 0 }, off: { latencies: [], cpuMs: 0, requests: 0 } };
      const send = async (url: string, keep: Sample | null) => {
        const body = item.body();
        const started = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${item.token}` }, body });
        const answer = (await response.json()) as never;
        if (!item.check(answer)) throw new Error(`${item.name} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
        keep?.latencies.push(performance.now() - started);
      };
      for (const url of [on.url, off.url]) for (let i = 0; i < Math.max(3, item.perBlock / 4); i++) await send(url, null);
      for (let block = 0; block < BLOCKS; block++) {
        for (const [label, gateway] of (block % 2 === 0 ? [['on', on], ['off', off]] : [['off', off], ['on', on]]) as [keyof typeof samples, typeof on][]) {
          const sample = samples[label];
          const cpu = process.cpuUsage();
          for (let i = 0; i < item.perBlock; i++) await send(gateway.url, sample);
          const used = process.cpuUsage(cpu);
          sample.cpuMs += (used.user + used.system) / 1000;
          sample.requests += item.perBlock;
        }
      }
      const row = (label: 'on' | 'off') => {
        const sorted = sortedCopy(samples[label].latencies);
        return [`${item.name}, controls ${label}`, fixed(percentile(sorted, 50), 2), fixed(percentile(sorted, 99), 2), fixed(samples[label].cpuMs / samples[label].requests, 3), String(samples[label].requests)];
      };
      const ratio = (samples.on.cpuMs / samples.on.requests) / (samples.off.cpuMs / samples.off.requests);
      const p50 = percentile(sortedCopy(samples.on.latencies), 50) / percentile(sortedCopy(samples.off.latencies), 50);
      printTable(['request', 'p50 ms', 'p99 ms', 'CPU ms/req', 'requests'], [row('on'), row('off'), [`${item.name}: on/off`, fixed(p50, 3), '', fixed(ratio, 3), '']]);
    }
  } finally {
    await on.stop();
    await off.stop();
    await stack.stop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
