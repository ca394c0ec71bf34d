export { createIdentitySubgraph, IDENTITY_SDL_DIR, argon2Params } from './identity.subgraph.js';
export { identityEnvShape, type IdentityEnv } from './identity.env.js';
export { IDENTITY_ERROR_CODES } from './identity.errors.js';
export type { IdentityContext } from './identity.context.js';
