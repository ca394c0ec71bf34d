import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@steward/kernel';
import { reposEnvShape } from './repos.env.js';
import { REPOS_ERROR_CODES } from './repos.errors.js';
import { publishAnalysisReviewRoute, pullRequestChangesRoute, repositoryLookupRoute } from './repos.routes.js';
import { reposSubscriptions } from './repos.subscriptions.js';
import { WEBHOOK_PATH_PREFIX } from './modules/webhooks/webhook-paths.js';

/** Repos: connected GitHub and GitLab repositories, their signed webhooks and pull requests. */
export const descriptor = defineSubgraph({
  name: 'repos',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: reposEnvShape,
  port: { variable: 'REPOS_PORT', default: 4005 },
  requiredInProduction: ['REPOS_ENCRYPTION_KEY'],
  // The source archive route (`REPOSITORY_ARCHIVE_PATH`) streams bytes, so it is mounted by hand, not listed here.
  serves: [repositoryLookupRoute, publishAnalysisReviewRoute, pullRequestChangesRoute],
  // Grants from organizations; whether a repository's project belongs to its organization from projects;
  // analysis analyses pull request heads of repositories with auto-analysis on.
  calls: ['organizations', 'projects', 'analysis'],
  subscriptions: reposSubscriptions,
  errorCodes: REPOS_ERROR_CODES,
  // Providers post webhooks to the gateway's origin; it forwards these paths here unchanged.
  publicPaths: [WEBHOOK_PATH_PREFIX],
  deploy: {
    environment: {
      REPOS_ENCRYPTION_KEY: { value: '${REPOS_ENCRYPTION_KEY:?set REPOS_ENCRYPTION_KEY (32 random bytes, hex or base64)}' },
      WEBHOOK_PUBLIC_URL: { value: '${WEBHOOK_PUBLIC_URL:-http://localhost:4000}', comment: 'Webhook URLs shown to users start here (the gateway or an ingress).' },
    },
  },
  build: async ({ env, database, logger, bus, grants, routes, clock, production, role, jobs }) => {
    const { createReposSubgraph } = await import('./repos.subgraph.js');
    const { HttpProjectDirectory } = await import('./modules/repositories/project-directory.js');
    return createReposSubgraph({ env, database, logger, bus, clock, production, role, jobs, grants: await grants(), projects: new HttpProjectDirectory(routes), routes });
  },
});
