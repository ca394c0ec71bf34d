import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type { EventBus, GrantsSource, InternalTokenCodec, Logger, SubscriptionRoute } from '@steward/kernel';
import type { AccessTokenVerifier } from '../access-tokens.js';
import type { CostGuard } from '../cost-guard.js';
import type { PersistedOperations } from '../persisted-operations.js';
import type { RateLimiter } from '../rate-limiter.js';
import type { GatewayContext } from '../create-gateway.js';
import { EventAnswers } from './event-answers.js';
import { serveGraphqlWs, type SocketServerDeps } from './graphql-ws-server.js';
import { serveLegacyProtocol } from './legacy-ws-server.js';
import { operationRunner } from './operation-runner.js';
import { SocketLimits, type SocketCaps } from './socket-limits.js';
import { routeUpgrades } from './socket-protocols.js';
import { TopicFanout } from './topic-fanout.js';
import type { ViewerDependence } from './viewer-dependence.js';

/** What the subscription server needs from the gateway. */
export interface SubscriptionServerOptions {
  httpServer: Server;
  apiSchema: GraphQLSchema;
  apollo: ApolloServer<GatewayContext>;
  verifier: AccessTokenVerifier;
  internalTokens: InternalTokenCodec;
  bus: EventBus;
  grants: GrantsSource;
  /** Subscription root field → how it is served, as the owning subgraphs declare it. */
  routes: Readonly<Record<string, SubscriptionRoute>>;
  /** The supergraph's `@viewerDependent` marks: which selections' answers subscribers may share. */
  viewerDependence: ViewerDependence;
  validationRules: readonly ValidationRule[];
  /** The largest socket message in bytes (the HTTP body limit). */
  maxPayload: number;
  /** The HTTP rate limiter: socket operations take from the same per-caller buckets. */
  rateLimiter: RateLimiter;
  /** The HTTP cost guard: socket operations are priced and charged the same way, once, when sent. */
  costGuard: CostGuard;
  /** PERSISTED_OPERATIONS: socket operations are resolved and refused like HTTP ones. */
  persisted: PersistedOperations;
  caps: SocketCaps;
  /** Whether a browser page on this Origin may open a socket (CORS_ORIGINS, see cors.ts). */
  originAllowed(origin: string | undefined, host: string | undefined): boolean;
  logger: Logger;
}

/**
 * Serves GraphQL over WebSocket on the gateway's own `/graphql` URL, in both protocols clients
 * speak (socket-protocols.ts picks by subprotocol): graphql-ws and the legacy
 * subscriptions-transport-ws. The gateway cannot execute subscriptions itself, so each Subscription
 * field is fed by a bus topic (routes declared by the owning subgraphs), and each event is resolved
 * by running the subscriber's selection as a query through the gateway with the subscriber's
 * identity. Both protocols share every step: connection auth (connection-auth.ts), planning with
 * the HTTP limits and the subscribe-time permission check (prepared-operation.ts), and the
 * per-event stream (event-stream.ts).
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const run = operationRunner(options.apollo);
  const fanout = new TopicFanout(options.bus);
  const deps: SocketServerDeps = {
    apiSchema: options.apiSchema,
    verifier: options.verifier,
    internalTokens: options.internalTokens,
    preparation: {
      apiSchema: options.apiSchema,
      validationRules: options.validationRules,
      routes: options.routes,
      viewerDependence: options.viewerDependence,
      grants: options.grants,
      run,
      limits: new SocketLimits(options.caps, options.rateLimiter),
      cost: options.costGuard,
      persisted: options.persisted,
    },
    stream: { fanout, answers: new EventAnswers(run), grants: options.grants, logger: options.logger },
  };
  const sockets = routeUpgrades(options.httpServer, { path: '/graphql', maxPayload: options.maxPayload, originAllowed: options.originAllowed });
  const modern = serveGraphqlWs(sockets.modern, deps);
  const legacy = serveLegacyProtocol(sockets.legacy, deps);
  options.logger.debug('Subscriptions served over graphql-ws and subscriptions-transport-ws');

  return {
    async close() {
      for (const server of [sockets.modern, sockets.legacy]) for (const client of server.clients) client.close(1001, 'Gateway shutting down');
      await modern.dispose();
      legacy.dispose();
      await fanout.close();
      await sockets.close();
    },
  };
}
