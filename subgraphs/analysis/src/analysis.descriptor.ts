import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@steward/kernel';
import { analysisEnvShape } from './analysis.env.js';
import { ANALYSIS_ERROR_CODES } from './analysis.errors.js';
import { analysePullRequestRoute, analysisMeasurementsRoute } from './analysis.routes.js';
import { analysisSubscriptions } from './analysis.subscriptions.js';
import { FILES_PATH_PREFIX } from './modules/artifacts/signed-links.js';

/** Analysis: sessions of real analyzers and CI reports on a job queue, findings with a life across versions, artifacts and a result cache. */
export const descriptor = defineSubgraph({
  name: 'analysis',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: analysisEnvShape,
  port: { variable: 'ANALYSIS_PORT', default: 4007 },
  requiredInProduction: ['ANALYSIS_SIGNING_KEY'],
  serves: [analysisMeasurementsRoute, analysePullRequestRoute],
  // Grants from organizations; projects and versions, the production version and gates from projects;
  // repositories, commit archives and pull request reviews from repos.
  calls: ['organizations', 'projects', 'repos'],
  subscriptions: analysisSubscriptions,
  errorCodes: ANALYSIS_ERROR_CODES,
  // Upload and download links point at the gateway's origin; it forwards this path here unchanged.
  publicPaths: [FILES_PATH_PREFIX],
  deploy: {
    environment: {
      ANALYSIS_SIGNING_KEY: { value: '${ANALYSIS_SIGNING_KEY:?set ANALYSIS_SIGNING_KEY (32 random bytes, hex or base64)}' },
      ANALYSIS_PUBLIC_URL: { value: '${ANALYSIS_PUBLIC_URL:-http://localhost:4000}', comment: 'Upload and download links start here (the gateway or an ingress).' },
    },
  },
  build: async ({ env, database, logger, bus, grants, routes, clock, production, role, jobs }) => {
    const { createAnalysisSubgraph } = await import('./analysis.subgraph.js');
    const { HttpReferenceDirectory } = await import('@steward/kernel');
    return createAnalysisSubgraph({ env, database, logger, bus, clock, production, role, jobs, grants: await grants(), directory: new HttpReferenceDirectory(routes), routes });
  },
});
