import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@steward/kernel';
import { projectsEnvShape } from './projects.env.js';
import { PROJECTS_ERROR_CODES } from './projects.errors.js';
import { projectGateRoute, projectLookupRoute } from './projects.routes.js';

/** Projects: projects, versions and their lifecycle, baselines and quality gates. */
export const descriptor = defineSubgraph({
  name: 'projects',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: projectsEnvShape,
  port: { variable: 'PROJECTS_PORT', default: 4003 },
  serves: [projectLookupRoute, projectGateRoute],
  // Grants from organizations; live gate values from metrics and analysis (with findings) before a
  // promotion; source repositories from repos; whether the organization's policies allow a promotion from policy.
  calls: ['organizations', 'metrics', 'analysis', 'repos', 'policy'],
  errorCodes: PROJECTS_ERROR_CODES,
  build: async ({ database, logger, bus, grants, routes, clock, production }) => {
    const { createProjectsSubgraph } = await import('./projects.subgraph.js');
    const { CombinedLiveMeasurementsSource, HttpAnalysisMeasurementsSource, HttpLiveMeasurementsSource } = await import('./modules/gates/live-measurements.source.js');
    const { HttpRepositoryDirectory } = await import('./modules/versions/repository-directory.js');
    const { HttpPromotionPolicy } = await import('./modules/versions/promotion-policy.js');
    return createProjectsSubgraph({
      database,
      logger,
      bus,
      clock,
      grants: await grants(),
      // Outside production a process given no ANALYSIS_URL gates on metrics' and recorded values only.
      liveMeasurements: new CombinedLiveMeasurementsSource([new HttpLiveMeasurementsSource(routes, { optional: !production }), new HttpAnalysisMeasurementsSource(routes, { optional: !production })]),
      repositories: new HttpRepositoryDirectory(routes),
      promotionPolicy: new HttpPromotionPolicy(routes),
    });
  },
});
