import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { mountForwardedPaths } from './forward.js';
import { mountIde } from './ide.js';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  INTERNAL_TOKEN_HEADER,
  createObservableApp,
  listen,
  maskError,
  type Caller,
  type ClientInfo,
  type EventBus,
  type GrantsSource,
  RateLimitedError,
  principalOf,
  type InternalTokenCodec,
  type Logger,
  RouteClient,
  type SubscriptionRoute,
} from '@steward/kernel';
import { AccessTokenVerifier, ApiKeyVerifier } from './access-tokens.js';
import { RateLimiter } from './rate-limiter.js';
import { finiteNumbersPlugin, operationLimitsRule, type OperationLimits } from './limits.js';
import { attachSubscriptionServer } from './subscriptions/subscription-server.js';
import { apiSchemaFromSupergraph } from './supergraph.js';

/** Per-request state of the gateway. */
export interface GatewayContext {
  caller: Caller;
  client: ClientInfo;
  /** Signed once per request and attached to every subgraph fetch of that request. */
  internalToken: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  jwksUrl: string;
  internalTokens: InternalTokenCodec;
  logger: Logger;
  production: boolean;
  limits: OperationLimits & { maxTokens: number; bodyLimit: string; requestTimeoutMs: number; ratePerMinute: number; rateBurst: number };
  /** Reverse proxies in front of the gateway (X-Forwarded-For hops to trust); `true` is 1, `false` is 0. */
  trustProxy: number | boolean;
  /** Serve the in-browser IDE at the GraphQL URL (off by default in production). */
  ide: boolean;
  /**
   * Bus, grants and routes for live subscriptions (graphql-ws on the same URL). The routes come from
   * the subgraphs that declare the Subscription fields; the gateway names none of them. Without
   * this option the gateway serves queries and mutations only.
   */
  subscriptions?: { bus: EventBus; grants: GrantsSource; routes: Readonly<Record<string, SubscriptionRoute>> };
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

type SubgraphFetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

/**
 * Node's own fetch (undici, keep-alive by default) for subgraph requests. @apollo/gateway's default,
 * make-fetch-happen, costs about a seventh of each live event's fan-out (bench/src/subscription-fanout.ts:
 * last delivery to 500 subscribers 1.75 s with it, 1.49 s without, in one A/B on this machine).
 */
const nodeFetch: SubgraphFetcher = (url, init) => fetch(url, init as RequestInit) as unknown as ReturnType<SubgraphFetcher>;

class InternalTokenDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.internalToken) request.http?.headers.set(INTERNAL_TOKEN_HEADER, context.internalToken);
  }
}

/**
 * Creates the gateway: @apollo/gateway over the static supergraph on Apollo Server 5 + Express 5.
 * It authenticates the caller, signs an internal token for the subgraphs, guards the edge
 * (depth, aliases, tokens, body size, CSRF) and masks internal errors.
 */
export async function createGateway(options: GatewayOptions): Promise<GatewayServer> {
  const { logger } = options;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new InternalTokenDataSource({ url: options.subgraphUrls[name] ?? url, fetcher: nodeFetch }),
    logger: logger.child({ component: 'apollo-gateway' }),
  });
  let ready = false;
  const { app, httpServer } = createObservableApp({
    service: 'gateway',
    logger,
    readiness: async () => {
      if (!ready) throw new Error('Gateway is still loading the supergraph.');
    },
  });
  httpServer.requestTimeout = options.limits.requestTimeoutMs;
  // A hop count, never `true`: `true` would make the client-written leftmost X-Forwarded-For entry req.ip.
  const trustedHops = typeof options.trustProxy === 'number' ? options.trustProxy : options.trustProxy ? 1 : 0;
  if (trustedHops > 0) app.set('trust proxy', trustedHops);

  const validationRules = [operationLimitsRule(options.limits)];
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
    ],
    formatError: (formatted, error) =>
      maskError(formatted, (original) => logger.error({ err: original }, 'Unexpected gateway error'), error),
  });
  await apollo.start();
  ready = true;

  if (options.ide) mountIde(app);
  const forwarded = Object.fromEntries(
    Object.entries(options.publicPaths ?? {}).flatMap(([prefix, name]) => {
      const url = options.subgraphUrls[name];
      return url ? [[prefix, new URL(url).origin]] : [];
    }),
  );
  mountForwardedPaths(app, forwarded, { timeoutMs: options.limits.requestTimeoutMs, logger });
  const limiter = new RateLimiter(options.limits.ratePerMinute, options.limits.rateBurst);
  const organizationsUrl = options.subgraphUrls.organizations;
  const verifier = new AccessTokenVerifier(
    options.jwksUrl,
    organizationsUrl ? new ApiKeyVerifier(new RouteClient(options.internalTokens, 'gateway', (name) => options.subgraphUrls[name])) : null,
  );
  app.use(
    '/graphql',
    express.json({ limit: options.limits.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await verifier.callerFrom(req.header('authorization'));
        const client: ClientInfo = { ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null };
        const retryAfter = limiter.take(principalOf(caller) ?? `ip:${client.ip}`);
        if (retryAfter > 0) throw new RateLimitedError(`Too many requests. Try again in ${retryAfter} s.`, retryAfter);
        return { caller, client, internalToken: await options.internalTokens.sign({ caller, client }) };
      },
    }),
  );

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
        validationRules,
        logger,
      })
    : null;

  return {
    listen: (port, host) => listen(httpServer, port, host).then((base) => `${base}/graphql`),
    async stop() {
      await subscriptions?.close();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((done) => httpServer.close(() => done()));
    },
  };
}
