import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@steward/kernel';
import { metricsEnvShape } from './metrics.env.js';
import { liveMeasurementsRoute, spendContextRoute } from './metrics.routes.js';
import { metricsSubscriptions } from './metrics.subscriptions.js';

/** Metrics: LLM usage and costs, budgets, forecasts — and the live subscriptions they feed. */
export const descriptor = defineSubgraph({
  name: 'metrics',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: metricsEnvShape,
  port: { variable: 'METRICS_PORT', default: 4004 },
  serves: [liveMeasurementsRoute, spendContextRoute],
  // Grants from organizations; the project, version, team and user ids of a request are checked with
  // their owners; recorded usage is judged by policy.
  calls: ['organizations', 'projects', 'policy'],
  subscriptions: metricsSubscriptions,
  build: async ({ database, logger, bus, grants, routes, clock, jobs }) => {
    const { createMetricsSubgraph } = await import('./metrics.subgraph.js');
    const { HttpReferenceDirectory } = await import('@steward/kernel');
    const { HttpUsagePolicy } = await import('./modules/policy-check/usage-policy.js');
    return createMetricsSubgraph({ database, logger, bus, grants: await grants(), directory: new HttpReferenceDirectory(routes), clock, usagePolicy: new HttpUsagePolicy(routes), jobs });
  },
});
