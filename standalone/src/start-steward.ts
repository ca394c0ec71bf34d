import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  CachedGrantsSource,
  HttpGrantsSource,
  InternalTokenCodec,
  PortInUseError,
  ProcessJobQueue,
  RouteClient,
  commonEnvShape,
  createEventBus,
  loadDescriptors,
  startSubgraph,
  publicPathsOf,
  subscriptionRoutesOf,
  type Clock,
  type ConfiguredPort,
  type DatabaseTarget,
  type EventBus,
  type Logger,
  type QueryCounter,
  type RunningSubgraph,
  type SubgraphDescriptor,
  type SubgraphHost,
} from '@steward/kernel';
import { OriginPolicy, createGateway, gatewayAvailability, gatewayEnvShape, gatewayPersistedOperations, gatewayLimits, jwksUrlFor, readSupergraph, type GatewayEnv } from '@steward/gateway';

/** The subgraphs listed in schema/supergraph.yaml, in order: the stack runs each of them. */
export const descriptors = await loadDescriptors();

/** Every variable of a one-process stack of `subgraphs`: the common ones, each subgraph's and the gateway's. */
export function stackEnvShape(subgraphs: readonly SubgraphDescriptor[]) {
  return Object.assign({}, commonEnvShape, ...subgraphs.map((descriptor) => descriptor.envShape), gatewayEnvShape) as typeof commonEnvShape & typeof gatewayEnvShape;
}

/** Every variable of the one-process stack (parse with `parseEnv(z.object(stewardEnvShape))`). */
export const stewardEnvShape = stackEnvShape(descriptors);

/** Configuration of the one-process stack (the union of every part's variables). */
export type StewardEnv = z.infer<z.ZodObject<typeof stewardEnvShape>> & Record<string, unknown>;

/** The running stack. */
export interface RunningSteward {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** The secret subgraphs check internal tokens with (tests use it to forge or omit tokens). */
  internalSecret: string;
  /** The event bus every part shares (PostgreSQL NOTIFY on a server, in-process when embedded). */
  bus: EventBus;
  /** SQL statement counters of the subgraphs that expose one (tests prove lists cost a constant number of statements). */
  queryCounters: Record<string, QueryCounter>;
  stop(): Promise<void>;
}

/**
 * Starts every subgraph listed in schema/supergraph.yaml and the gateway in this process on one
 * database. Subgraphs listen on their configured ports (0 = any free port) on 127.0.0.1, find each
 * other by name when they call, and the gateway routes to them.
 */
export async function startSteward(options: {
  env: StewardEnv;
  database: DatabaseTarget;
  logger: Logger;
  /** Times the subgraphs' rules (tests advance it); the system clock when omitted. */
  clock?: Clock;
  /** The subgraphs to run (those of schema/supergraph.yaml when omitted). */
  subgraphs?: readonly SubgraphDescriptor[];
}): Promise<RunningSteward> {
  const { env, database, logger } = options;
  const production = env.NODE_ENV === 'production';
  // In one process nobody else needs the secret, so a random one is as good as a configured one.
  const internalSecret = env.STEWARD_INTERNAL_SECRET ?? randomBytes(32).toString('base64url');
  const internalTokens = new InternalTokenCodec(internalSecret);
  const bus = createEventBus(database, logger.child({ component: 'event-bus' }));
  const subgraphUrls: Record<string, string> = {};
  const jobs = new ProcessJobQueue({ database, logger });
  const host: SubgraphHost = { env, database, bus, jobs, internalTokens, logger, production, clock: options.clock, locate: (name) => subgraphUrls[name] };

  const subgraphs = options.subgraphs ?? descriptors;
  // Subgraphs start side by side (migrations, queues and servers overlap; they only find each other
  // when a request arrives); if one fails, those that started are stopped before the error surfaces.
  const started = await Promise.allSettled(
    subgraphs.map((descriptor) => startSubgraph(descriptor, host, subgraphPort(env, descriptor), '127.0.0.1')),
  );
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    for (const subgraph of running) await subgraph.stop();
    await jobs.close();
    await bus.close();
    throw failure.reason;
  }
  for (const subgraph of running) subgraphUrls[subgraph.name] = subgraph.url;

  const supergraph = readSupergraph(env.SUPERGRAPH_PATH);
  const missing = Object.keys(supergraph.routingUrls).filter((name) => !subgraphUrls[name]);
  if (missing.length) throw new Error(`The supergraph routes to subgraphs this process does not run: ${missing.join(', ')}`);
  // Live subscriptions need organizations for per-subscriber permission checks.
  const gatewayGrants = subgraphUrls.organizations
    ? new CachedGrantsSource(new HttpGrantsSource(new RouteClient(internalTokens, 'gateway', host.locate)), env.GRANTS_CACHE_TTL_MS)
    : null;
  await gatewayGrants?.listen(bus);
  const gateway = await createGateway({
    supergraphSdl: supergraph.sdl,
    subgraphUrls,
    jwksUrl: env.JWKS_URL ?? jwksUrlFor(subgraphUrls.identity!),
    internalTokens,
    logger: logger.child({ component: 'gateway' }),
    production,
    limits: gatewayLimits(env),
    availability: gatewayAvailability(env),
    persistedOperations: gatewayPersistedOperations(env),
    now: options.clock ? () => options.clock!().getTime() : undefined,
    trustProxy: env.TRUST_PROXY,
    ide: env.GATEWAY_IDE ?? env.NODE_ENV !== 'production',
    console: env.GATEWAY_CONSOLE ?? (env.NODE_ENV === 'test' ? 'lazy' : 'eager'),
    origins: OriginPolicy.fromSetting(env.CORS_ORIGINS, production),
    metricsToken: env.METRICS_TOKEN,
    subscriptions: gatewayGrants ? { bus, grants: gatewayGrants, routes: subscriptionRoutesOf(subgraphs) } : undefined,
    bus,
    publicPaths: publicPathsOf(subgraphs),
  });
  const stop = async () => {
    await gateway.stop();
    await gatewayGrants?.stop();
    for (const subgraph of running) await subgraph.stop();
    await jobs.close();
    await bus.close();
  };
  const gatewayUrl = await gateway.listen(env.PORT, env.HOST).catch(async (error: unknown) => {
    await stop();
    throw error instanceof PortInUseError ? error.forVariable('PORT') : error;
  });

  return {
    gatewayUrl,
    subgraphUrls,
    internalSecret,
    bus,
    queryCounters: Object.fromEntries(running.flatMap((subgraph) => (subgraph.queries ? [[subgraph.name, subgraph.queries]] : []))),
    stop,
  };
}

/** Every port the stack listens on, with the variable that sets it, for `assertPortsFree` before starting. */
export function stackPorts(env: StewardEnv, subgraphs: readonly SubgraphDescriptor[] = descriptors): ConfiguredPort[] {
  const ofSubgraphs = subgraphs.map((descriptor) => ({ variable: descriptor.port.variable, port: subgraphPort(env, descriptor), host: '127.0.0.1' }));
  return [{ variable: 'PORT', port: env.PORT, host: env.HOST }, ...ofSubgraphs];
}

/** The port a subgraph of the stack listens on: its variable's value, or the descriptor's default. */
function subgraphPort(env: StewardEnv, descriptor: SubgraphDescriptor): number {
  const port = env[descriptor.port.variable];
  return typeof port === 'number' ? port : descriptor.port.default;
}
