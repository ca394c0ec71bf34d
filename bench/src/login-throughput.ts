/**
 * Login throughput and latency with production-strength argon2id (m=64 MiB, t=3, p=4: NODE_ENV is
 * `development`, so identity uses its production defaults), through the gateway, at concurrency
 * 1, 2, 4 and 8.
 *
 * The whole stack runs in this process (`startTestStack`: every subgraph and the gateway, on a fresh
 * in-memory PGlite, or a fresh database on the PostgreSQL server named by DATABASE_URL; its log lines
 * are kept in memory, not printed; the gateway's per-client rate limit is off). A few users
 * are registered first; each worker then signs in as its own user, over and over, so the lockout
 * and address limits (which successful sign-ins do not consume) never interfere. Every answer is
 * checked to carry an access token.
 *
 * To show what bounds a sign-in, the same concurrency is also measured for `argon2.verify` alone
 * (same hash parameters, no HTTP, no database): when the two rates match, the password hash is the
 * bottleneck. argon2 runs on libuv's thread pool (UV_THREADPOOL_SIZE, default 4) and this machine
 * has few cores, so the hash rate stops growing once the cores are busy. The table gives the ratio
 * of the two rates per level, and the last line says which one bounds sign-ins.
 *
 * At least 200 timed sign-ins per level, so the p99 is the 198th of 200 values rather than the
 * maximum of a few dozen: a full run takes a few minutes at production argon2 cost.
 *
 * Run: `npx tsx bench/src/login-throughput.ts`, or with
 *      `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL.
 */
import { cpus } from 'node:os';
import argon2 from 'argon2';
import { z } from 'zod';
import { parseEnv } from '@steward/kernel';
import { argon2Params, identityEnvShape } from '@steward/identity';
import { startTestStack } from '@steward/standalone/testing';
import { fixed, isEntryPoint, percentile, printTable, sortedCopy } from './stats.js';

const CONCURRENCIES = [1, 2, 4, 8];
/** Sign-ins timed per concurrency: at least 200, so the p99 is not simply the slowest one. */
const REQUESTS_PER_LEVEL = (concurrency: number) => Math.max(200, concurrency * 25);
/** Sign-ins at this share of argon2.verify's own rate (or more) are bound by the hash. */
const HASH_BOUND_RATIO = 0.8;
const WARMUP_REQUESTS = 4;
const PASSWORD = 'a long enough bench passphrase';
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';
const REGISTER = 'mutation Register($input: RegisterInput!) { register(input: $input) { user { id } } }';

interface LevelResult {
  latencies: number[];
  wallMs: number;
}

async function post(url: string, query: string, variables: unknown): Promise<{ data?: Record<string, unknown> | null; errors?: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown };
}

/** Runs `requests` operations with `concurrency` workers; worker `w` passes its index to `once`. */
async function run(requests: number, concurrency: number, once: (worker: number) => Promise<void>): Promise<LevelResult> {
  const latencies: number[] = [];
  let issued = 0;
  const worker = async (index: number) => {
    while (issued < requests) {
      issued += 1;
      const startedAt = performance.now();
      await once(index);
      latencies.push(performance.now() - startedAt);
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, index) => worker(index)));
  return { latencies, wallMs: performance.now() - startedAt };
}

const perSecond = (result: LevelResult) => result.latencies.length / (result.wallMs / 1000);

const row = (label: string, concurrency: number, result: LevelResult, ratio: string) => {
  const sorted = sortedCopy(result.latencies);
  return [label, String(concurrency), String(sorted.length), fixed(perSecond(result), 1), fixed(percentile(sorted, 50), 0), fixed(percentile(sorted, 99), 0), ratio];
};

/** One line on what limits sign-ins, from the highest level's rates and how argon2 alone scaled. */
function boundBy(levels: { concurrency: number; login: LevelResult; verify: LevelResult }[]): string {
  const first = levels[0]!;
  const last = levels[levels.length - 1]!;
  const ratio = perSecond(last.login) / perSecond(last.verify);
  const hashScaling = perSecond(last.verify) / perSecond(first.verify);
  const share = `sign-ins run at ${fixed(ratio * 100, 0)}% of argon2.verify's own rate at concurrency ${last.concurrency}`;
  const scaling = `argon2.verify alone scales ${fixed(hashScaling, 1)}x from concurrency ${first.concurrency} to ${last.concurrency} on ${cpus().length} CPUs`;
  return ratio >= HASH_BOUND_RATIO
    ? `Bound by: the argon2id password hash (CPU) - ${share}; ${scaling}.`
    : `Bound by: the request path around the hash (HTTP, gateway, subgraph, database) - ${share}; ${scaling}.`;
}

/** Measures login throughput and p50/p99 per concurrency and prints one table. */
export async function main(): Promise<void> {
  // The test harness starts every subgraph of the stack, whatever it holds today; NODE_ENV=development
  // gives identity its production argon2 parameters (NODE_ENV=test would make them cheap).
  const overrides = { NODE_ENV: 'development', RATE_LIMIT_PER_MINUTE: '0' };
  const params = argon2Params({ ...parseEnv(z.object(identityEnvShape), {}), NODE_ENV: overrides.NODE_ENV });
  const stack = await startTestStack(overrides);
  try {
    const maxConcurrency = Math.max(...CONCURRENCIES);
    const emails = Array.from({ length: maxConcurrency }, (_, i) => `bench-login-${i}-${Date.now().toString(36)}@example.test`);
    for (const email of emails) {
      const res = await post(stack.gatewayUrl, REGISTER, { input: { email, password: PASSWORD, name: 'Bench User' } });
      if (!res.data?.register) throw new Error(`Registering a bench user failed: ${JSON.stringify(res.errors)}`);
    }
    const login = async (worker: number) => {
      const res = await post(stack.gatewayUrl, LOGIN, { input: { email: emails[worker], password: PASSWORD } });
      if (!(res.data?.login as { accessToken?: string } | undefined)?.accessToken) throw new Error(`A bench login failed: ${JSON.stringify(res.errors)}`);
    };
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: params.memoryKiB, timeCost: params.timeCost, parallelism: params.parallelism });
    const verifyOnly = async () => {
      if (!(await argon2.verify(hash, PASSWORD))) throw new Error('argon2.verify refused the bench password.');
    };

    console.log(`\n# Login through the gateway (${stack.database.description}; node ${process.version}, ${cpus().length} CPUs, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'})`);
    console.log(`# argon2id m=${params.memoryKiB} KiB, t=${params.timeCost}, p=${params.parallelism}; ${WARMUP_REQUESTS} warm-up sign-ins per level`);
    const rows: string[][] = [];
    const levels: { concurrency: number; login: LevelResult; verify: LevelResult }[] = [];
    for (const concurrency of CONCURRENCIES) {
      await run(WARMUP_REQUESTS, Math.min(concurrency, WARMUP_REQUESTS), login);
      const signIns = await run(REQUESTS_PER_LEVEL(concurrency), concurrency, login);
      const verifies = await run(REQUESTS_PER_LEVEL(concurrency), concurrency, verifyOnly);
      levels.push({ concurrency, login: signIns, verify: verifies });
      rows.push(row('login via gateway', concurrency, signIns, fixed(perSecond(signIns) / perSecond(verifies), 2)));
      rows.push(row('argon2.verify alone', concurrency, verifies, ''));
    }
    printTable(['what', 'concurrency', 'requests', 'per second', 'p50 (ms)', 'p99 (ms)', 'sign-in / verify rate'], rows);
    console.log(boundBy(levels));
  } finally {
    await stack.stop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
