import { z } from 'zod';
import {
  CachedGrantsSource,
  HttpGrantsSource,
  InternalTokenCodec,
  PostgresEventBus,
  commonEnvShape,
  createLogger,
  parseEnv,
  requireInProduction,
  stopOnSignals,
} from '@steward/kernel';
import { createGateway } from './create-gateway.js';
import { gatewayEnvShape, gatewayLimits } from './gateway.env.js';
import { jwksUrlFor, readSupergraph, subgraphUrlOverrides } from './supergraph.js';

// Composition root of the gateway when deployed on its own, in front of separately running subgraphs.
const env = parseEnv(z.object({ ...commonEnvShape, ...gatewayEnvShape }));
requireInProduction(env, ['STEWARD_INTERNAL_SECRET']);
if (!env.STEWARD_INTERNAL_SECRET) throw new Error('STEWARD_INTERNAL_SECRET is required to run the gateway on its own.');
const logger = createLogger({ level: env.LOG_LEVEL, name: 'gateway' });
const supergraph = readSupergraph(env.SUPERGRAPH_PATH);
const subgraphUrls = { ...supergraph.routingUrls, ...subgraphUrlOverrides(process.env) };
if (!subgraphUrls.identity) throw new Error('The supergraph has no identity subgraph to verify tokens against.');
const internalTokens = new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET);
// Subscriptions need the PostgreSQL bus (events from subgraph replicas) and organizations (grants).
const bus = env.DATABASE_URL ? new PostgresEventBus(env.DATABASE_URL, logger.child({ component: 'event-bus' })) : null;
const grants = bus && subgraphUrls.organizations ? new CachedGrantsSource(new HttpGrantsSource(subgraphUrls.organizations, internalTokens, 'gateway'), env.GRANTS_CACHE_TTL_MS) : null;
if (bus && grants) await grants.listen(bus, logger);
else logger.warn('Subscriptions are off: they need DATABASE_URL (for the event bus) and an organizations subgraph');
const gateway = await createGateway({
  supergraphSdl: supergraph.sdl,
  subgraphUrls,
  jwksUrl: env.JWKS_URL ?? jwksUrlFor(subgraphUrls.identity),
  internalTokens,
  logger,
  production: env.NODE_ENV === 'production',
  limits: gatewayLimits(env),
  trustProxy: env.TRUST_PROXY,
  ide: env.GATEWAY_IDE ?? env.NODE_ENV !== 'production',
  subscriptions: bus && grants ? { bus, grants } : undefined,
});
const url = await gateway.listen(env.PORT, env.HOST);
logger.info('Gateway listening (url=%s)', url);
stopOnSignals(logger, async () => {
  await gateway.stop();
  await grants?.stop();
  await bus?.close();
});
