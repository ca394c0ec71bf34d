import { z } from 'zod';
import {
  CachedGrantsSource,
  HttpGrantsSource,
  InternalTokenCodec,
  PostgresEventBus,
  RouteClient,
  loadDescriptors,
  registerErrorCodes,
  publicPathsOf,
  subscriptionRoutesOf,
  EnvError,
  PortInUseError,
  exitOnStartupError,
  commonEnvShape,
  configureOrExit,
  createLogger,
  parseEnv,
  requireInProduction,
  stopOnSignals,
} from '@steward/kernel';
import { createGateway } from './create-gateway.js';
import { OriginPolicy } from './cors.js';
import { gatewayAvailability, gatewayEnvShape, gatewayPersistedOperations, gatewayLimits } from './gateway.env.js';
import { jwksUrlFor, readSupergraph, subgraphUrlOverrides } from './supergraph.js';

// Composition root of the gateway when deployed on its own, in front of separately running subgraphs.
// Each SUBGRAPH_URL_<NAME> present is validated in the same parse, so its error is listed with the others.
const subgraphUrlShape = Object.fromEntries(
  Object.keys(process.env)
    .filter((key) => /^SUBGRAPH_URL_[A-Z0-9_]+$/.test(key))
    .map((key) => [key, z.string().url().regex(/^https?:\/\//, 'must be an http:// or https:// URL').optional()]),
);
const env = configureOrExit(() => {
  const parsed = parseEnv(z.object({ ...commonEnvShape, ...gatewayEnvShape, ...subgraphUrlShape }));
  requireInProduction(parsed, ['STEWARD_INTERNAL_SECRET']);
  if (!parsed.STEWARD_INTERNAL_SECRET) throw new EnvError(['STEWARD_INTERNAL_SECRET: required to run the gateway on its own']);
  return { ...parsed, STEWARD_INTERNAL_SECRET: parsed.STEWARD_INTERNAL_SECRET };
});
const logger = createLogger({ level: env.LOG_LEVEL, name: 'gateway' });
// The subgraphs' descriptors say which domain error codes pass the mask and which topics feed which subscription.
const descriptors = await loadDescriptors();
for (const descriptor of descriptors) registerErrorCodes(descriptor.errorCodes ?? []);
const supergraph = readSupergraph(env.SUPERGRAPH_PATH);
// Only the SUBGRAPH_URL_* keys are read, and the parse made each of them a URL string.
const subgraphUrls = { ...supergraph.routingUrls, ...subgraphUrlOverrides(env as unknown as Record<string, string | undefined>) };
if (!subgraphUrls.identity) throw new Error('The supergraph has no identity subgraph to verify tokens against.');
const internalTokens = new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET);
// Subscriptions need the PostgreSQL bus (events from subgraph replicas) and organizations (grants).
const bus = env.DATABASE_URL ? new PostgresEventBus(env.DATABASE_URL, logger.child({ component: 'event-bus' })) : null;
const routes = new RouteClient(internalTokens, 'gateway', (name) => subgraphUrls[name]);
const grants = bus && subgraphUrls.organizations ? new CachedGrantsSource(new HttpGrantsSource(routes), env.GRANTS_CACHE_TTL_MS) : null;
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
  availability: gatewayAvailability(env),
  persistedOperations: gatewayPersistedOperations(env),
  trustProxy: env.TRUST_PROXY,
  ide: env.GATEWAY_IDE ?? env.NODE_ENV !== 'production',
  console: env.GATEWAY_CONSOLE ?? (env.NODE_ENV === 'test' ? 'lazy' : 'eager'),
  origins: OriginPolicy.fromSetting(env.CORS_ORIGINS, env.NODE_ENV === 'production'),
  metricsToken: env.METRICS_TOKEN,
  subscriptions: bus && grants ? { bus, grants, routes: subscriptionRoutesOf(descriptors) } : undefined,
  // Ended sessions are announced on it; without it the gateway polls identity for them every second.
  bus,
  publicPaths: publicPathsOf(descriptors),
});
// A taken port is one line naming PORT, not a stack trace.
const url = await gateway.listen(env.PORT, env.HOST).catch((error: unknown) => exitOnStartupError(error instanceof PortInUseError ? error.forVariable('PORT') : error));
logger.info('Gateway listening (url=%s)', url);
stopOnSignals(logger, async () => {
  await gateway.stop();
  await grants?.stop();
  await bus?.close();
});
