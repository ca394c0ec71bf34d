import { runSubgraphAlone } from '@steward/kernel';
import { metricsEnvShape } from './metrics.env.js';
import { createMetricsSubgraph } from './metrics.subgraph.js';

// Composition root of the metrics subgraph when deployed on its own (one container). On a server
// the bus is PostgreSQL LISTEN/NOTIFY, so gateways in other containers receive metrics events.
await runSubgraphAlone({
  name: 'metrics',
  envShape: metricsEnvShape,
  requiredInProduction: ['ORGANIZATIONS_URL'],
  port: (env) => env.METRICS_PORT,
  build: async ({ env, database, logger, bus, grants }) =>
    createMetricsSubgraph({ database, logger, bus: bus(), grants: await grants(env.ORGANIZATIONS_URL, env.GRANTS_CACHE_TTL_MS) }),
});
