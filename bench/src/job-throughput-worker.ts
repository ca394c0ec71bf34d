/**
 * One worker process of the job-throughput benchmark: loads everything, prints `loaded`, waits for
 * a line on stdin (so every worker starts working at the same moment, and module loading is not
 * timed), then works `bench.noop` through `runWorker` with a handler that does nothing.
 *
 * Started by `job-throughput.ts` with DATABASE_URL pointing at its benchmark database.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { runWorker } from '@steward/kernel';
import { isEntryPoint } from './stats.js';

/** The benchmark's queue, its owner and how one worker runs it. */
export const BENCH_QUEUE = 'bench.noop';
export const BENCH_OWNER = 'jobbench';
export const BENCH_CONCURRENCY = 16;

if (isEntryPoint(import.meta.url)) {
  process.stdout.write('loaded\n');
  await once(createInterface({ input: process.stdin }), 'line');
  await runWorker({
    name: BENCH_OWNER,
    async setup({ jobs }) {
      jobs.define(BENCH_QUEUE, async () => {}, { concurrency: BENCH_CONCURRENCY });
    },
  });
  process.stdout.write('ready\n');
}
