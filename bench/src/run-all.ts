/**
 * Runs every benchmark in sequence and prints their figures, each beside its baseline from the
 * same run: cold start of `npm start` (empty and warm data dir); `me` through the gateway vs
 * straight to identity; `me` and a 1,000-record ingest with the edge controls on vs off; hostile requests vs a probe; sign-ins vs argon2 alone; usage ingest vs raw INSERT; usage reports over a
 * large table; subscription fan-out vs the bare event bus; webhook accepts vs a bare HMAC handler;
 * a 500-finding review published through the stack vs the same provider calls alone; the STATIC
 * analyzer (cold and incremental) vs ESLint's own API on the same files; analysis tasks across two worker
 * processes with one killed mid-run vs both alive (PostgreSQL only); the console's build, weight and time
 * to its first chart in headless Chromium vs the sign-in page's load. In-process
 * benchmarks run on PostgreSQL when DATABASE_URL is set; the cold start always uses the embedded database.
 *
 * Run: `npm run bench` from the repository root, or `npx tsx bench/src/run-all.ts`.
 */
import { main as analysisStatic } from './analysis-static.js';
import { main as analysisWorkers } from './analysis-workers.js';
import { main as coldStart } from './cold-start.js';
import { main as consoleLoad } from './console-load.js';
import { main as edgeHostile } from './edge-hostile.js';
import { main as edgeLimits } from './edge-limits.js';
import { main as loginThroughput } from './login-throughput.js';
import { main as meLatency } from './me-latency.js';
import { main as metricsIngest } from './metrics-ingest.js';
import { main as metricsUsage } from './metrics-usage.js';
import { main as policyEvaluate } from './policy-evaluate.js';
import { main as policySimulate } from './policy-simulate.js';
import { main as reviewPublish } from './review-publish.js';
import { main as subscriptionFanout } from './subscription-fanout.js';
import { main as webhookIngress } from './webhook-ingress.js';

await coldStart();
await meLatency();
await edgeLimits();
await edgeHostile();
await loginThroughput();
await metricsIngest();
await metricsUsage();
await subscriptionFanout();
await webhookIngress();
await reviewPublish();
await policyEvaluate();
await policySimulate();
await analysisStatic();
await analysisWorkers();
await consoleLoad();
