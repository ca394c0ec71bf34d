export { createPolicySubgraph, POLICY_SDL_DIR, samplingAt } from './policy.subgraph.js';
export { policyEnvShape, type PolicyEnv } from './policy.env.js';
export { POLICY_ERROR_CODES } from './policy.errors.js';
export { POLICY_TOPICS } from './policy.events.js';
export { policySubscriptions } from './policy.subscriptions.js';
export type { PolicyContext } from './policy.context.js';
