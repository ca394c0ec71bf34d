import { z } from 'zod';
import {
  InternalTokenCodec,
  commonEnvShape,
  createEventBus,
  createLogger,
  createMailTransport,
  createSubgraphServer,
  openDatabase,
  parseEnv,
  requireInProduction,
  stopOnSignals,
} from '@steward/kernel';
import { HttpEmailLookup } from './modules/invitations/email-lookup.js';
import { organizationsEnvShape } from './organizations.env.js';
import { createOrganizationsSubgraph } from './organizations.subgraph.js';

// Composition root of the organizations subgraph when deployed on its own (one container).
const env = parseEnv(
  z.object({
    ...commonEnvShape,
    ...organizationsEnvShape,
    HOST: z.string().default('0.0.0.0'),
    /** Identity's GraphQL URL; its internal routes (a user's email) live next to it. */
    IDENTITY_URL: z.string().url().default('http://identity:4001/graphql'),
  }),
);
requireInProduction(env, ['STEWARD_INTERNAL_SECRET', 'DATABASE_URL', 'ORGANIZATIONS_ENCRYPTION_KEY']);
if (!env.STEWARD_INTERNAL_SECRET) throw new Error('STEWARD_INTERNAL_SECRET is required to run a subgraph on its own.');
const logger = createLogger({ level: env.LOG_LEVEL, name: 'organizations' });
const database = await openDatabase(env);
const bus = createEventBus(database, logger.child({ component: 'event-bus' }));
const internalTokens = new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET);
const production = env.NODE_ENV === 'production';
const server = await createSubgraphServer({
  definition: await createOrganizationsSubgraph({
    env,
    database,
    logger,
    bus,
    emails: new HttpEmailLookup(env.IDENTITY_URL, internalTokens),
    mail: createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger, production }),
  }),
  internalTokens,
  logger,
  production,
});
const url = await server.listen(env.ORGANIZATIONS_PORT, env.HOST);
logger.info('Organizations subgraph listening (url=%s)', url);
stopOnSignals(logger, async () => {
  await server.stop();
  await bus.close();
});
