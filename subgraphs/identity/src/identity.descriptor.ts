import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@steward/kernel';
import { identityEnvShape } from './identity.env.js';
import { IDENTITY_ERROR_CODES } from './identity.errors.js';
import { userEmailRoute } from './identity.routes.js';

/** Identity: accounts, sign-in, tokens and the JWKS the gateway verifies them with. */
export const descriptor = defineSubgraph({
  name: 'identity',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: identityEnvShape,
  port: { variable: 'IDENTITY_PORT', default: 4001 },
  serves: [userEmailRoute],
  errorCodes: IDENTITY_ERROR_CODES,
  // Imported when built, so the gateway can read descriptors without loading the subgraph.
  build: async ({ env, database, logger, clock }) => (await import('./identity.subgraph.js')).createIdentitySubgraph({ env, database, logger, clock }),
});
