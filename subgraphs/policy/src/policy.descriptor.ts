import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@steward/kernel';
import { policyEnvShape } from './policy.env.js';
import { POLICY_ERROR_CODES } from './policy.errors.js';
import { policyDecisionRoute, usagePolicyRoute } from './policy.routes.js';
import { policySubscriptions } from './policy.subscriptions.js';

/** Policy: typed, versioned policies, explained decisions, the decision log, violations and replay. */
export const descriptor = defineSubgraph({
  name: 'policy',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: policyEnvShape,
  port: { variable: 'POLICY_PORT', default: 4006 },
  serves: [policyDecisionRoute, usagePolicyRoute],
  // Grants, teams, members and API keys from organizations; projects of assignments from projects;
  // subjects' spend and budget forecasts from metrics.
  calls: ['organizations', 'projects', 'metrics'],
  subscriptions: policySubscriptions,
  errorCodes: POLICY_ERROR_CODES,
  build: async ({ env, database, logger, bus, grants, routes, clock }) => {
    const { createPolicySubgraph } = await import('./policy.subgraph.js');
    const { HttpReferenceDirectory } = await import('@steward/kernel');
    const { HttpSpendSource } = await import('./modules/decisions/spend-source.js');
    return createPolicySubgraph({ env, database, logger, bus, clock, grants: await grants(), directory: new HttpReferenceDirectory(routes), spend: new HttpSpendSource(routes) });
  },
});
