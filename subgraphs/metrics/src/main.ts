import { runSubgraphAlone } from '@steward/kernel';
import { metricsEnvShape } from './metrics.env.js';
import { createMetricsSubgraph } from './metrics.subgraph.js';
import { HttpReferenceDirectory } from './reference-directory.js';

// Composition root of the metrics subgraph when deployed on its own (one container). On a server
// the bus is PostgreSQL LISTEN/NOTIFY, so gateways in other containers receive metrics events.
await runSubgraphAlone({
  name: 'metrics',
  envShape: metricsEnvShape,
  requiredInProduction: ['ORGANIZATIONS_URL', 'PROJECTS_URL'],
  port: (env) => env.METRICS_PORT,
  build: async ({ env, database, logger, bus, grants, internalTokens }) => {
    const grantsSource = await grants(env.ORGANIZATIONS_URL, env.GRANTS_CACHE_TTL_MS);
    if (!env.PROJECTS_URL) throw new Error('PROJECTS_URL is required to run metrics on its own (project and version ids are checked with projects).');
    // grants() has already refused to start without ORGANIZATIONS_URL.
    const directory = new HttpReferenceDirectory({ projectsGraphqlUrl: env.PROJECTS_URL, organizationsGraphqlUrl: env.ORGANIZATIONS_URL! }, internalTokens);
    return createMetricsSubgraph({ database, logger, bus: bus(), grants: grantsSource, directory });
  },
});
