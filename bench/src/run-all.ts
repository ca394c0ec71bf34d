/**
 * Runs every benchmark in sequence and prints their figures: the cold start of `npm start`
 * (empty and warm data dir), then `me` through the gateway vs straight to the identity subgraph
 * (on PostgreSQL too when DATABASE_URL is set; the cold start always uses the embedded database).
 *
 * Run: `npm run bench` from the repository root, or `npx tsx bench/src/run-all.ts`.
 */
import { main as coldStart } from './cold-start.js';
import { main as meLatency } from './me-latency.js';

await coldStart();
await meLatency();
