import { z } from 'zod';
import {
  InternalTokenCodec,
  commonEnvShape,
  createLogger,
  createSubgraphServer,
  openDatabase,
  parseEnv,
  requireInProduction,
  stopOnSignals,
} from '@steward/kernel';
import { identityEnvShape } from './identity.env.js';
import { createIdentitySubgraph } from './identity.subgraph.js';

// Composition root of the identity subgraph when deployed on its own (one container).
const env = parseEnv(z.object({ ...commonEnvShape, ...identityEnvShape, HOST: z.string().default('0.0.0.0') }));
requireInProduction(env, ['STEWARD_INTERNAL_SECRET', 'DATABASE_URL']);
if (!env.STEWARD_INTERNAL_SECRET) throw new Error('STEWARD_INTERNAL_SECRET is required to run a subgraph on its own.');
const logger = createLogger({ level: env.LOG_LEVEL, name: 'identity' });
const database = await openDatabase(env);
const server = await createSubgraphServer({
  definition: await createIdentitySubgraph({ env, database, logger }),
  internalTokens: new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET),
  logger,
  production: env.NODE_ENV === 'production',
});
const url = await server.listen(env.IDENTITY_PORT, env.HOST);
logger.info('Identity subgraph listening (url=%s)', url);
stopOnSignals(logger, () => server.stop());
