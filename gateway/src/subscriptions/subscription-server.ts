import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { EventBus, GrantsSource, InternalTokenCodec, Logger, SubscriptionRoute } from '@steward/kernel';
import type { AccessTokenVerifier } from '../access-tokens.js';
import type { GatewayContext } from '../create-gateway.js';
import { authenticateConnection } from './connection-auth.js';
import type { ConnectionIdentity } from './connection-identity.js';
import { EventAnswers } from './event-answers.js';
import { eventStream } from './event-stream.js';
import { QueryPlan, SubscriptionPlan, planOperation } from './operation-plan.js';
import { operationRunner } from './operation-runner.js';
import { refuseSubscription } from './subscribe-permission.js';
import { TopicFanout } from './topic-fanout.js';

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
  validationRules: readonly ValidationRule[];
  logger: Logger;
}

/** What graphql-ws keeps per socket besides the socket itself: who it speaks for, once authenticated. */
interface SocketState extends Record<PropertyKey, unknown> {
  connection: ConnectionIdentity;
}

/**
 * Serves GraphQL over graphql-ws on the gateway's own `/graphql` URL. The gateway cannot execute
 * subscriptions itself, so each Subscription field is fed by a bus topic (routes declared by the
 * owning subgraphs), and each event is resolved by running the subscriber's selection as a query
 * through the gateway with the subscriber's identity. This function only wires the steps: connection
 * auth (connection-auth.ts), planning with the HTTP limits (operation-plan.ts), the subscribe-time
 * permission check (subscribe-permission.ts) and the per-event stream (event-stream.ts).
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { apiSchema, logger } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const run = operationRunner(options.apollo);
  const fanout = new TopicFanout(options.bus);
  const streamDeps = { fanout, answers: new EventAnswers(run), grants: options.grants, logger };

  const serverCleanup = useServer<Record<string, unknown>, SocketState>(
    {
      schema: apiSchema,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const connection = await authenticateConnection({ params: ctx.connectionParams, socket, request }, options.verifier, options.internalTokens);
        if (!connection) return false;
        ctx.extra.connection = connection;
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const { connection } = ctx.extra;
        if (!connection) return [new GraphQLError('Connect first.', { extensions: { code: 'UNAUTHENTICATED' } })];
        const planned = planOperation(connection, payload, options);
        if ('errors' in planned) return planned.errors;
        const { plan } = planned;
        if (plan instanceof SubscriptionPlan) {
          const refusal = await refuseSubscription(plan, options.grants, run);
          if (refusal) return refusal;
        }
        // graphql-ws picks execute or subscribe by the document's operation type; the plan does the work.
        const { document, operationName } = plan instanceof SubscriptionPlan ? plan.request : plan;
        return { schema: apiSchema, document, operationName, contextValue: plan };
      },
      // graphql-ws hands `contextValue` back untyped; the plans are classes, so it is checked, not cast.
      execute: (args) => {
        const plan = args.contextValue;
        if (!(plan instanceof QueryPlan)) throw new Error('A socket operation reached execute without a query plan.');
        return run(plan.connection, plan.document, plan.variables, plan.operationName);
      },
      subscribe: (args) => {
        const plan = args.contextValue;
        if (!(plan instanceof SubscriptionPlan)) throw new Error('A socket operation reached subscribe without a subscription plan.');
        return eventStream(plan, streamDeps);
      },
    },
    wsServer,
  );
  logger.debug('Subscriptions served over graphql-ws');

  return {
    async close() {
      for (const client of wsServer.clients) client.close(1001, 'Gateway shutting down');
      await serverCleanup.dispose();
      await fanout.close();
      await new Promise<void>((done) => wsServer.close(() => done()));
    },
  };
}
