import { createMailTransport, runSubgraphAlone } from '@steward/kernel';
import { HttpEmailLookup } from './modules/invitations/email-lookup.js';
import { organizationsEnvShape } from './organizations.env.js';
import { createOrganizationsSubgraph } from './organizations.subgraph.js';

// Composition root of the organizations subgraph when deployed on its own (one container).
await runSubgraphAlone({
  name: 'organizations',
  envShape: organizationsEnvShape,
  requiredInProduction: ['ORGANIZATIONS_ENCRYPTION_KEY'],
  port: (env) => env.ORGANIZATIONS_PORT,
  build: ({ env, database, logger, bus, internalTokens, production }) =>
    createOrganizationsSubgraph({
      env,
      database,
      logger,
      bus: bus(),
      emails: new HttpEmailLookup(env.IDENTITY_URL, internalTokens),
      mail: createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger, production }),
    }),
});
