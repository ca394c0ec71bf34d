import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { AccessTokenVerifier } from '../access-tokens.js';
import type { InternalTokenCodec } from '@steward/kernel';
import { CLOSE_RATE_LIMITED, authenticateConnection } from './connection-auth.js';
import type { ConnectionIdentity } from './connection-identity.js';
import type { EventStreamDeps } from './event-stream.js';
import { QueryPlan, SubscriptionPlan } from './operation-plan.js';
import { planOf, prepareOperation, subscriptionEvents, type PreparationDeps } from './prepared-operation.js';

/** What a socket server of either protocol needs. */
export interface SocketServerDeps {
  apiSchema: GraphQLSchema;
  verifier: AccessTokenVerifier;
  internalTokens: InternalTokenCodec;
  preparation: PreparationDeps;
  stream: EventStreamDeps;
}

/** What graphql-ws keeps per socket besides the socket itself: who it speaks for, once authenticated. */
interface SocketState extends Record<PropertyKey, unknown> {
  connection: ConnectionIdentity;
}

/** graphql-ws (`graphql-transport-ws`) on `wsServer`: the protocol of graphql-ws clients, GraphiQL and Apollo Client. */
export function serveGraphqlWs(wsServer: WebSocketServer, deps: SocketServerDeps): { dispose(): Promise<void> } {
  const { apiSchema } = deps;
  const cleanup = useServer<Record<string, unknown>, SocketState>(
    {
      schema: apiSchema,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const connection = await authenticateConnection({ params: ctx.connectionParams, socket, request }, deps.verifier, deps.internalTokens);
        if (!connection) return false;
        const refused = deps.preparation.limits.admitSocket(connection, (listener) => socket.once('close', listener));
        if (refused) {
          socket.close(CLOSE_RATE_LIMITED, refused.slice(0, 120));
          return false;
        }
        ctx.extra.connection = connection;
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const { connection } = ctx.extra;
        if (!connection) return [new GraphQLError('Connect first.', { extensions: { code: 'UNAUTHENTICATED' } })];
        const prepared = await prepareOperation(connection, payload, deps.preparation);
        if ('errors' in prepared) return prepared.errors;
        const { plan } = prepared;
        // graphql-ws picks execute or subscribe by the document's operation type; the plan does the work.
        const { document, operationName } = plan instanceof SubscriptionPlan ? plan.request : plan;
        return { schema: apiSchema, document, operationName, contextValue: plan };
      },
      execute: (args) => {
        const plan = planOf(args.contextValue, QueryPlan);
        return deps.preparation.run(plan.connection, plan.document, plan.variables, plan.operationName);
      },
      subscribe: (args) => subscriptionEvents(planOf(args.contextValue, SubscriptionPlan), { limits: deps.preparation.limits, stream: deps.stream }),
    },
    wsServer,
  );
  return { dispose: async () => cleanup.dispose() };
}
