import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@steward/kernel';
import { projectsEnvShape } from './projects.env.js';
import { PROJECTS_ERROR_CODES } from './projects.errors.js';
import { projectLookupRoute } from './projects.routes.js';

/** Projects: projects, versions and their lifecycle, baselines and quality gates. */
export const descriptor = defineSubgraph({
  name: 'projects',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: projectsEnvShape,
  port: { variable: 'PROJECTS_PORT', default: 4003 },
  serves: [projectLookupRoute],
  // Grants from organizations; live gate values from metrics before a promotion; source repositories
  // from repos; whether the organization's policies allow a promotion from policy.
  calls: ['organizations', 'metrics', 'repos', 'policy'],
  errorCodes: PROJECTS_ERROR_CODES,
  build: async ({ database, logger, bus, grants, routes, clock }) => {
    const { createProjectsSubgraph } = await import('./projects.subgraph.js');
    const { HttpLiveMeasurementsSource } = await import('./modules/gates/live-measurements.source.js');
    const { HttpRepositoryDirectory } = await import('./modules/versions/repository-directory.js');
    const { HttpPromotionPolicy } = await import('./modules/versions/promotion-policy.js');
    return createProjectsSubgraph({
      database,
      logger,
      bus,
      clock,
      grants: await grants(),
      liveMeasurements: new HttpLiveMeasurementsSource(routes),
      repositories: new HttpRepositoryDirectory(routes),
      promotionPolicy: new HttpPromotionPolicy(routes),
    });
  },
});
