import { fileURLToPath } from 'node:url';
import { apiKeyVerifyRoute, createMailTransport, defineSubgraph, grantsRoute } from '@steward/kernel';
import { organizationsEnvShape } from './organizations.env.js';
import { ORGANIZATIONS_ERROR_CODES } from './organizations.errors.js';
import { memberLookupRoute } from './organizations.routes.js';

/** Organizations: tenants, members, roles, API keys, SSO — and the grants every other process asks for. */
export const descriptor = defineSubgraph({
  name: 'organizations',
  sdlDir: fileURLToPath(new URL('.', import.meta.url)),
  envShape: organizationsEnvShape,
  port: { variable: 'ORGANIZATIONS_PORT', default: 4002 },
  requiredInProduction: ['ORGANIZATIONS_ENCRYPTION_KEY'],
  serves: [grantsRoute, apiKeyVerifyRoute, memberLookupRoute],
  // Accepting an invitation needs the caller's email, which only identity knows.
  calls: ['identity'],
  errorCodes: ORGANIZATIONS_ERROR_CODES,
  deploy: {
    environment: {
      ORGANIZATIONS_ENCRYPTION_KEY: { value: '${ORGANIZATIONS_ENCRYPTION_KEY:?set ORGANIZATIONS_ENCRYPTION_KEY (32 random bytes, hex or base64)}' },
      PUBLIC_APP_URL: { value: '${PUBLIC_APP_URL:-http://localhost:4000}', comment: 'Invitation links in mails point here.' },
      SMTP_URL: { value: '${SMTP_URL:-}' },
      MAIL_FROM: { value: '${MAIL_FROM:-}' },
    },
  },
  build: async ({ env, database, logger, bus, routes, production, clock, jobs }) => {
    const { createOrganizationsSubgraph } = await import('./organizations.subgraph.js');
    const { HttpEmailLookup } = await import('./modules/invitations/email-lookup.js');
    return createOrganizationsSubgraph({
      env,
      database,
      logger,
      bus,
      emails: new HttpEmailLookup(routes),
      mail: createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger, production }),
      clock,
      jobs,
    });
  },
});
