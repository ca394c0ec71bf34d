import { fileURLToPath } from 'node:url';
import { defineSubgraph, revokedSessionsRoute } from '@steward/kernel';
import { identityEnvShape } from './identity.env.js';
import { IDENTITY_ERROR_CODES } from './identity.errors.js';
import { userEmailRoute } from './identity.routes.js';

/** Identity: accounts, sign-in, tokens and the JWKS the gateway verifies them with. */
export const descriptor = defineSubgraph({
  name: 'identity',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: identityEnvShape,
  port: { variable: 'IDENTITY_PORT', default: 4001 },
  serves: [userEmailRoute, revokedSessionsRoute],
  errorCodes: IDENTITY_ERROR_CODES,
  deploy: {
    environment: {
      IDENTITY_ENCRYPTION_KEY: { value: '${IDENTITY_ENCRYPTION_KEY:?set IDENTITY_ENCRYPTION_KEY (32 random bytes, hex or base64)}' },
      PUBLIC_APP_URL: { value: '${PUBLIC_APP_URL:-http://localhost:4000}', comment: 'Verification and password-reset links in mails point here.' },
      SMTP_URL: { value: '${SMTP_URL:-}', comment: 'An empty value counts as unset; without SMTP_URL, production mail is dropped (a warning says so).' },
      MAIL_FROM: { value: '${MAIL_FROM:-}' },
    },
  },
  // Imported when built, so the gateway can read descriptors without loading the subgraph.
  build: async ({ env, database, logger, bus, clock, jobs }) => (await import('./identity.subgraph.js')).createIdentitySubgraph({ env, database, logger, bus, clock, jobs }),
});
