import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { CostGuard, costGuardPlugin, type CostLimits } from './cost-guard.js';
import { corsMiddleware, type OriginPolicy } from './cors.js';
import { entityTypesOf } from './operation-cost.js';
import { DEFAULT_MANIFEST_PATH } from './gateway.env.js';
import { PersistedOperations, type PersistedOperationsMode } from './persisted-operations.js';
import { mountForwardedPaths } from './forward.js';
import { mountIde } from './ide/mount-ide.js';
import { mountConsole, type ConsoleMode } from './console/mount-console.js';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  answerErrorsAsJson,
  createObservableApp,
  listen,
  mountGraphqlApp,
  maskError,
  type Caller,
  type ClientInfo,
  type EventBus,
  type GrantsSource,
  RateLimitedError,
  principalOf,
  type InternalTokenCodec,
  type Logger,
  ReusableInternalToken,
  RouteClient,
  type SubscriptionRoute,
} from '@steward/kernel';
import { BoundedCache } from './bounded-cache.js';
import { AccessTokenVerifier, ApiKeyVerifier } from './access-tokens.js';
import { RateLimiter } from './rate-limiter.js';
import { RevokedSessions } from './revoked-sessions.js';
import { finiteNumbersPlugin, operationLimitsRule, type OperationLimits } from './limits.js';
import { operationChoicePlugin } from './operation-choice.js';
import type { AvailabilitySettings } from './subgraph-availability.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import type { SocketCaps } from './subscriptions/socket-limits.js';
import { attachSubscriptionServer } from './subscriptions/subscription-server.js';
import { ViewerDependence } from './subscriptions/viewer-dependence.js';
import { apiSchemaFromSupergraph } from './supergraph.js';

/** Per-request state of the gateway. */
export interface GatewayContext {
  caller: Caller;
  client: ClientInfo;
  /** Signed once per request and attached to every subgraph fetch of that request. */
  internalToken: string;
  /**
   * Set for operations the socket server runs (socket-protocols.ts): their cost was charged when the
   * client sent them, and a subscription's event queries are the gateway's own, charged to nobody.
   */
  costCharged?: boolean;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  jwksUrl: string;
  internalTokens: InternalTokenCodec;
  logger: Logger;
  production: boolean;
  limits: OperationLimits & { maxTokens: number; bodyLimit: string; requestTimeoutMs: number; ratePerMinute: number; rateBurst: number; authFailuresPerMinute: number; sockets: SocketCaps; cost: CostLimits & { listSize: number; entityWeight: number } };
  /** Reverse proxies in front of the gateway (X-Forwarded-For hops to trust); `true` is 1, `false` is 0. */
  trustProxy: number | boolean;
  /** Serve the in-browser IDE at the GraphQL URL (off by default in production). */
  ide: boolean;
  /** Serve the console at /console, built at start (`eager`) or on first use (`lazy`); none when omitted. */
  console?: ConsoleMode;
  /** Browser origins allowed over HTTP and WebSocket (CORS_ORIGINS; see cors.ts). */
  origins: OriginPolicy;
  /** METRICS_TOKEN: the bearer token /metrics requires (see the kernel's MetricsAccess). */
  metricsToken?: string;
  /** PERSISTED_OPERATIONS and its manifest (persisted-operations.ts); off when omitted. */
  persistedOperations?: { mode: PersistedOperationsMode; manifestPath?: string };
  /** Subgraph timeout and circuit breaker (SUBGRAPH_TIMEOUT_MS, SUBGRAPH_CIRCUIT_*). */
  availability: AvailabilitySettings;
  /** The clock of circuit breakers (tests advance it); `Date.now` by default. */
  now?: () => number;
  /**
   * Bus, grants and routes for live subscriptions (graphql-ws on the same URL). The routes come from
   * the subgraphs that declare the Subscription fields; the gateway names none of them. Without
   * this option the gateway serves queries and mutations only.
   */
  subscriptions?: { bus: EventBus; grants: GrantsSource; routes: Readonly<Record<string, SubscriptionRoute>> };
  /**
   * Where identity announces ended sessions, whose tokens are refused from then on (subscriptions'
   * bus when omitted). With neither, the gateway reads identity's list of them every second.
   */
  bus?: EventBus | null;
  /**
   * Public path prefixes (e.g. `/webhooks`) and the subgraph that serves each (see the descriptors'
   * `publicPaths`): requests under them are forwarded unchanged to that subgraph's origin.
   */
  publicPaths?: Readonly<Record<string, string>>;
}

/** A gateway process, ready to listen. */
export interface GatewayServer {
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** `100kb` or `1mb` (REQUEST_BODY_LIMIT's forms) in bytes. */
function bytesOf(limit: string): number {
  const match = /^(\d+)(kb|mb)$/.exec(limit);
  if (!match) throw new Error(`Unexpected body limit: ${limit}`);
  return Number(match[1]) * (match[2] === 'mb' ? 1024 * 1024 : 1024);
}

/**
 * Creates the gateway: @apollo/gateway over the static supergraph on Apollo Server 5 + Express 5.
 * It authenticates the caller, signs an internal token for the subgraphs, guards the edge
 * (depth, aliases, tokens, body size, CSRF) and masks internal errors.
 */
export async function createGateway(options: GatewayOptions): Promise<GatewayServer> {
  const { logger } = options;
  // @apollo/gateway otherwise sends usage metrics to Apollo and, to label them, probes the metadata
  // servers of five clouds (169.254.169.254 and others; gcp-metadata's "MetadataLookupWarning" in CI).
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const now = options.now ?? Date.now;
  const sources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const source = new SubgraphDataSource(name, options.subgraphUrls[name] ?? url ?? '', options.availability, now, logger);
      sources.push(source);
      return source;
    },
    logger: logger.child({ component: 'apollo-gateway' }),
  });
  let ready = false;
  const { app, httpServer } = createObservableApp({
    service: 'gateway',
    logger,
    metricsAccess: { token: options.metricsToken, production: options.production },
    readiness: async () => {
      if (!ready) throw new Error('Gateway is still loading the supergraph.');
      // Subgraphs whose circuit is open: their fields answer SUBGRAPH_UNAVAILABLE until one answers again.
      const unavailable = sources.filter((source) => source.circuit.state === 'open').map((source) => source.service);
      return { degraded: unavailable.length > 0, unavailableSubgraphs: unavailable };
    },
  });
  httpServer.requestTimeout = options.limits.requestTimeoutMs;
  // Clients and load balancers reuse idle connections; with Node's 5 s default the gateway may close
  // one just as a client sends on it (ECONNRESET, seen in CI). The side that reuses must give up first.
  httpServer.keepAliveTimeout = 75_000;
  httpServer.headersTimeout = 76_000;
  // A hop count, never `true`: `true` would make the client-written leftmost X-Forwarded-For entry req.ip.
  const trustedHops = typeof options.trustProxy === 'number' ? options.trustProxy : options.trustProxy ? 1 : 0;
  if (trustedHops > 0) app.set('trust proxy', trustedHops);
  // Before every route: a preflight is answered here and never meets the CSRF check.
  app.use(corsMiddleware(options.origins));

  const validationRules = [operationLimitsRule(options.limits)];
  const persisted = PersistedOperations.load(options.persistedOperations?.mode ?? 'off', options.persistedOperations?.manifestPath ?? DEFAULT_MANIFEST_PATH);
  const { listSize, entityWeight, ...costLimits } = options.limits.cost;
  const costGuard = new CostGuard({ listSize, entityWeight, entityTypes: entityTypesOf(options.supergraphSdl) }, costLimits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    // The process's own stopOnSignals drains everything in order; Apollo's handler would re-raise the
    // signal after stopping only itself and kill the process mid-drain.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's own landing page loads from a CDN; the IDE below is served locally instead.
      ApolloServerPluginLandingPageDisabled(),
      finiteNumbersPlugin,
      operationChoicePlugin,
      costGuardPlugin(costGuard),
    ],
    formatError: (formatted, error) =>
      maskError(formatted, (original) => logger.error({ err: original }, 'Unexpected gateway error'), error),
  });
  await apollo.start();
  ready = true;

  if (options.ide) mountIde(app, logger);
  if (options.console) mountConsole(app, logger.child({ component: 'console' }), options.console);
  const forwarded = Object.fromEntries(
    Object.entries(options.publicPaths ?? {}).flatMap(([prefix, name]) => {
      const url = options.subgraphUrls[name];
      return url ? [[prefix, new URL(url).origin]] : [];
    }),
  );
  mountForwardedPaths(app, forwarded, { timeoutMs: options.limits.requestTimeoutMs, logger });
  const limiter = new RateLimiter(options.limits.ratePerMinute, options.limits.rateBurst);
  const routes = new RouteClient(options.internalTokens, 'gateway', (name) => options.subgraphUrls[name]);
  // One internal token per caller and client, re-signed as it ages rather than on every request.
  const internalTokens = new BoundedCache<ReusableInternalToken>(10_000);
  const internalTokenFor = (caller: Caller, client: ClientInfo) => {
    const key = JSON.stringify([caller, client]);
    let token = internalTokens.get(key);
    if (!token) {
      token = new ReusableInternalToken(options.internalTokens, { caller, client });
      internalTokens.set(key, token, Date.now() + 600_000);
    }
    return token.get();
  };
  const revocations = options.subgraphUrls.identity ? new RevokedSessions(routes, logger.child({ component: 'revoked-sessions' }), now) : null;
  await revocations?.start(options.bus ?? options.subscriptions?.bus ?? null);
  const verifier = new AccessTokenVerifier(
    options.jwksUrl,
    options.subgraphUrls.organizations ? new ApiKeyVerifier(routes) : null,
    // Failed authentications per address: a burst of the minute's allowance, then that rate.
    new RateLimiter(options.limits.authFailuresPerMinute, Math.max(1, options.limits.authFailuresPerMinute)),
    revocations,
  );
  mountGraphqlApp(app, '/graphql').use(
    express.json({ limit: options.limits.bodyLimit }),
    persisted.middleware(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await verifier.callerFrom(req.header('authorization'), req.ip ?? null);
        const client: ClientInfo = { ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null };
        const retryAfter = limiter.take(principalOf(caller) ?? `ip:${client.ip}`);
        if (retryAfter > 0) throw new RateLimitedError(`Too many requests. Try again in ${retryAfter} s.`, retryAfter);
        return { caller, client, internalToken: await internalTokenFor(caller, client) };
      },
    }),
  );

  answerErrorsAsJson(app, logger);

  const subscriptions = options.subscriptions
    ? attachSubscriptionServer({
        httpServer,
        apiSchema: apiSchemaFromSupergraph(options.supergraphSdl),
        apollo,
        verifier,
        internalTokens: options.internalTokens,
        bus: options.subscriptions.bus,
        grants: options.subscriptions.grants,
        routes: options.subscriptions.routes,
        viewerDependence: ViewerDependence.fromSupergraph(options.supergraphSdl),
        validationRules,
        maxPayload: bytesOf(options.limits.bodyLimit),
        rateLimiter: limiter,
        costGuard,
        persisted,
        caps: options.limits.sockets,
        originAllowed: (origin, host) => options.origins.allows(origin, host),
        logger,
      })
    : null;

  return {
    listen: (port, host) => listen(httpServer, port, host).then((base) => `${base}/graphql`),
    async stop() {
      await subscriptions?.close();
      await revocations?.stop();
      await apollo.stop();
      await Promise.all(sources.map((source) => source.close()));
      if (httpServer.listening) await new Promise<void>((done) => httpServer.close(() => done()));
    },
  };
}
