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
import { metricsEnvShape } from './metrics.env.js';
import { createMetricsSubgraph } from './metrics.subgraph.js';

// Composition root of the metrics subgraph when deployed on its own (one container).
const env = parseEnv(z.object({ ...commonEnvShape, ...metricsEnvShape, HOST: z.string().default('0.0.0.0') }));
requireInProduction(env, ['STEWARD_INTERNAL_SECRET', 'DATABASE_URL', 'ORGANIZATIONS_URL']);
if (!env.STEWARD_INTERNAL_SECRET) throw new Error('STEWARD_INTERNAL_SECRET is required to run a subgraph on its own.');
if (!env.ORGANIZATIONS_URL) throw new Error('ORGANIZATIONS_URL is required to run metrics on its own (grants come from organizations).');
const logger = createLogger({ level: env.LOG_LEVEL, name: 'metrics' });
const database = await openDatabase(env);
const internalTokens = new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET);
// On a server this is PostgreSQL LISTEN/NOTIFY, so gateways in other containers receive metrics events.
const bus = createEventBus(database.kind === 'postgres' ? database : { kind: 'pglite' }, logger.child({ component: 'event-bus' }));
const grants = new CachedGrantsSource(new HttpGrantsSource(env.ORGANIZATIONS_URL, internalTokens, 'metrics'), env.GRANTS_CACHE_TTL_MS);
await grants.listen(bus, logger);
const server = await createSubgraphServer({
  definition: await createMetricsSubgraph({ database, logger, bus, grants }),
  internalTokens,
  logger,
  production: env.NODE_ENV === 'production',
});
const url = await server.listen(env.METRICS_PORT, env.HOST);
logger.info('Metrics subgraph listening (url=%s)', url);
stopOnSignals(logger, async () => {
  await server.stop();
  await grants.stop();
  await bus.close();
});
