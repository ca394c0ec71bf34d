import { runSubgraphAlone } from '@steward/kernel';
import { HttpLiveMeasurementsSource, NO_LIVE_MEASUREMENTS } from './modules/gates/live-measurements.source.js';
import { projectsEnvShape } from './projects.env.js';
import { createProjectsSubgraph } from './projects.subgraph.js';

// Composition root of the projects subgraph when deployed on its own (one container).
await runSubgraphAlone({
  name: 'projects',
  envShape: projectsEnvShape,
  requiredInProduction: ['ORGANIZATIONS_URL', 'METRICS_URL'],
  port: (env) => env.PROJECTS_PORT,
  build: async ({ env, database, logger, bus, grants, internalTokens }) =>
    createProjectsSubgraph({
      database,
      logger,
      bus: bus(),
      grants: await grants(env.ORGANIZATIONS_URL, env.GRANTS_CACHE_TTL_MS),
      liveMeasurements: env.METRICS_URL ? new HttpLiveMeasurementsSource(() => env.METRICS_URL, internalTokens) : NO_LIVE_MEASUREMENTS,
    }),
});
