import { z } from 'zod';
import {
  CachedGrantsSource,
  HttpGrantsSource,
  InternalTokenCodec,
  commonEnvShape,
  createEventBus,
  createLogger,
  createSubgraphServer,
  openDatabase,
  parseEnv,
  requireInProduction,
  stopOnSignals,
} from '@steward/kernel';
import { projectsEnvShape } from './projects.env.js';
import { createProjectsSubgraph } from './projects.subgraph.js';

// Composition root of the projects subgraph when deployed on its own (one container).
const env = parseEnv(z.object({ ...commonEnvShape, ...projectsEnvShape, HOST: z.string().default('0.0.0.0') }));
requireInProduction(env, ['STEWARD_INTERNAL_SECRET', 'DATABASE_URL', 'ORGANIZATIONS_URL']);
if (!env.STEWARD_INTERNAL_SECRET) throw new Error('STEWARD_INTERNAL_SECRET is required to run a subgraph on its own.');
if (!env.ORGANIZATIONS_URL) throw new Error('ORGANIZATIONS_URL is required to run the projects subgraph on its own.');
const logger = createLogger({ level: env.LOG_LEVEL, name: 'projects' });
const database = await openDatabase(env);
const internalTokens = new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET);
const bus = createEventBus(database, logger.child({ component: 'event-bus' }));
const grants = new CachedGrantsSource(new HttpGrantsSource(env.ORGANIZATIONS_URL, internalTokens, 'projects'), env.GRANTS_CACHE_TTL_MS);
await grants.listen(bus, logger);
const server = await createSubgraphServer({
  definition: await createProjectsSubgraph({ database, logger, grants, bus }),
  internalTokens,
  logger,
  production: env.NODE_ENV === 'production',
});
const url = await server.listen(env.PROJECTS_PORT, env.HOST);
logger.info('Projects subgraph listening (url=%s)', url);
stopOnSignals(logger, async () => {
  await server.stop();
  await grants.stop();
  await bus.close();
});
