import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import express, { type Express, type RequestHandler } from 'express';
import type { DocumentNode } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { createPermissions, type IRules } from './authz.js';
import type { Caller, ClientInfo } from './caller.js';
import { maskError } from './errors.js';
import { createObservableApp, listen, mountGraphqlApp, type ReadinessCheck } from './http.js';
import { answerErrorsAsJson } from './http-errors.js';
import { INTERNAL_TOKEN_HEADER, type InternalTokenCodec } from './internal-token.js';
import type { QueryCounter } from './database.js';
import type { Logger } from './logger.js';
import { serveRoutes, type ServedRoute } from './internal-route.js';
import { DateTimeScalar, JsonScalar } from './scalars.js';
import type { ResolverMap } from './schema.js';

/** What every subgraph request context starts from; subgraphs extend it with their services. */
export interface BaseRequestContext {
  requestId: string;
  caller: Caller;
  client: ClientInfo;
  logger: Logger;
}

/** Everything a subgraph contributes; the factory supplies the server, auth and observability. */
export interface SubgraphDefinition<Ctx extends BaseRequestContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: ResolverMap;
  /** graphql-shield rules; unlisted fields are denied. */
  rules: IRules;
  /** Builds the per-request context: an ORM fork, loaders and services. */
  createContext(base: BaseRequestContext): Ctx | Promise<Ctx>;
  readiness: ReadinessCheck;
  /**
   * Extra HTTP routes, mounted before `/graphql`: public ones (a JWKS document) and internal ones
   * for other Steward processes, guarded by `requireInternal` (a valid internal token).
   */
  routes?(app: Express, tools: { requireInternal: RequestHandler }): void;
  /** Internal routes for other Steward processes, declared with `defineRoute` and served with one error path. */
  internalRoutes?: readonly ServedRoute[];
  /** Its ORM's SQL statement counter, when it exposes one (tests prove lists cost a constant number of statements). */
  queries?: QueryCounter;
  /** Releases what the definition owns (ORM pools). */
  close?(): Promise<void>;
}

/**
 * Express middleware that refuses (401) any request without a valid internal token and puts the
 * verified identity in `res.locals.identity`.
 */
export function requireInternalToken(internalTokens: InternalTokenCodec): RequestHandler {
  return async (req, res, next) => {
    const identity = await internalTokens.verify(req.header(INTERNAL_TOKEN_HEADER));
    if (!identity) {
      res.status(401).json({
        errors: [{ message: 'This service only answers requests from the Steward gateway.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    res.locals.identity = identity;
    next();
  };
}

/**
 * Express middleware for internal routes meant for other Steward processes only: after
 * `requireInternalToken`, it refuses (403) a token signed for a user or an API key.
 */
export const serviceCallersOnly: RequestHandler = (_req, res, next) => {
  if (res.locals.identity?.caller?.kind === 'service') {
    next();
    return;
  }
  res.status(403).json({ error: 'Only Steward services may call this route.' });
};

/**
 * Answers every executed operation with HTTP 200. An error's HTTP status (401 from
 * UnauthenticatedError, 429 from RateLimitedError) is meant for the edge: @apollo/gateway treats a
 * non-2xx subgraph answer as a transport failure and replaces the error's message and extensions
 * with its own ("401: Unauthorized", or an internal error for 429). The code still travels in the body.
 */
const executionErrorsAnswerOk: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && 'data' in response.body.singleResult) response.http.status = 200;
      },
    };
  },
};

/** A running (or ready to run) subgraph process. */
export interface SubgraphServer {
  name: string;
  app: Express;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface SubgraphServerOptions<Ctx extends BaseRequestContext> {
  definition: SubgraphDefinition<Ctx>;
  internalTokens: InternalTokenCodec;
  logger: Logger;
  production: boolean;
  /** METRICS_TOKEN: the bearer token /metrics requires (see MetricsAccess). */
  metricsToken?: string;
}

/**
 * Creates a subgraph HTTP server: Apollo Server 5 on a federation schema guarded by
 * graphql-shield, reachable only with a valid gateway internal token, with health and metrics.
 */
export async function createSubgraphServer<Ctx extends BaseRequestContext>(options: SubgraphServerOptions<Ctx>): Promise<SubgraphServer> {
  const { definition, internalTokens, logger } = options;
  // The kernel's shared scalars (see kernel/sdl/shared.graphql) unless the subgraph serves its own.
  const sharedScalars = Object.fromEntries(Object.entries({ DateTime: DateTimeScalar, JSON: JsonScalar }).filter(([name]) => !(name in definition.resolvers)));
  const schema = applyMiddleware(
    buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: { ...sharedScalars, ...definition.resolvers } as GraphQLResolverMap<unknown> }),
    createPermissions(definition.rules),
  );
  const { app, httpServer } = createObservableApp({
    service: definition.name,
    readiness: definition.readiness,
    logger,
    metricsAccess: { token: options.metricsToken, production: options.production },
  });
  // The gateway keeps connections to subgraphs open and reuses them. With Node's 5 s default a
  // subgraph may close an idle socket just as the gateway sends on it (ECONNRESET under bursts);
  // the side that reuses must give up first, so the subgraph waits much longer.
  httpServer.keepAliveTimeout = 75_000;
  httpServer.headersTimeout = 76_000;
  const apollo = new ApolloServer<Ctx>({
    schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    // The process's own stopOnSignals drains everything in order; Apollo's handler would re-raise the
    // signal after stopping only itself and kill the process mid-drain.
    stopOnTerminationSignals: false,
    // No cache hints are used, and the cache-control plugin would wrap every field's resolution.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), executionErrorsAnswerOk],
    formatError: (formatted, error) =>
      maskError(formatted, (original) => logger.error({ err: original }, 'Unexpected error in resolver (subgraph=%s)', definition.name), error),
  });
  await apollo.start();

  const requireInternal = requireInternalToken(internalTokens);
  definition.routes?.(app, { requireInternal });
  serveRoutes(app, requireInternal, definition.internalRoutes ?? [], logger);
  mountGraphqlApp(app, '/graphql').use(
    express.json({ limit: '2mb' }),
    requireInternal,
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const requestId = randomUUID();
        const { caller, client } = res.locals.identity;
        return definition.createContext({ requestId, caller, client, logger: logger.child({ requestId }) });
      },
    }),
  );
  answerErrorsAsJson(app, logger);

  return {
    name: definition.name,
    app,
    listen: (port, host) => listen(httpServer, port, host).then((base) => `${base}/graphql`),
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((done) => httpServer.close(() => done()));
      await definition.close?.();
    },
  };
}
