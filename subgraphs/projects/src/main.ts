import { runSubgraphAlone } from '@steward/kernel';
import { projectsEnvShape } from './projects.env.js';
import { createProjectsSubgraph } from './projects.subgraph.js';

// Composition root of the projects subgraph when deployed on its own (one container).
await runSubgraphAlone({
  name: 'projects',
  envShape: projectsEnvShape,
  requiredInProduction: ['ORGANIZATIONS_URL'],
  port: (env) => env.PROJECTS_PORT,
  build: async ({ env, database, logger, bus, grants }) =>
    createProjectsSubgraph({ database, logger, bus: bus(), grants: await grants(env.ORGANIZATIONS_URL, env.GRANTS_CACHE_TTL_MS) }),
});
