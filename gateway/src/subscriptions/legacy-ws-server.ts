import { SubscriptionServer, type ConnectionContext, type ExecutionParams, type OperationMessage } from '@httptoolkit/subscriptions-transport-ws';
import { GraphQLError } from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';
import { CLOSE_RATE_LIMITED, authenticateConnection } from './connection-auth.js';
import type { ConnectionIdentity } from './connection-identity.js';
import type { SocketServerDeps } from './graphql-ws-server.js';
import { QueryPlan, SubscriptionPlan } from './operation-plan.js';
import { planOf, prepareOperation, subscriptionEvents } from './prepared-operation.js';

/** How often a legacy socket is sent a keep-alive (`ka`), as GraphQL Playground expects. */
const KEEP_ALIVE_MS = 15_000;

/** A refusal the library forwards to the client as a result with `errors` (its own convention). */
const refusal = (errors: readonly GraphQLError[]) => Object.assign(new Error(errors[0]?.message ?? 'Refused'), { errors });

/**
 * The legacy subscriptions-transport-ws protocol (subprotocol `graphql-ws`), spoken by GraphQL
 * Playground and older Apollo clients, through the maintained fork of its server
 * (@httptoolkit/subscriptions-transport-ws). Everything that decides anything is shared with
 * graphql-ws: the same connection authentication (the `authorization` connection parameter, 4401
 * when bad or expired), the same parsing and limits, the same subscribe-time permission check and
 * the same per-subscriber event stream. The library's own validation is off: the plan validated.
 */
export function serveLegacyProtocol(wsServer: WebSocketServer, deps: SocketServerDeps): { dispose(): void } {
  const connections = new WeakMap<WebSocket, ConnectionIdentity>();
  const server = new SubscriptionServer(
    {
      schema: deps.apiSchema,
      validationRules: [],
      keepAlive: KEEP_ALIVE_MS,
      onConnect: async (params: Record<string, unknown> | undefined, socket: WebSocket, context: ConnectionContext) => {
        const connection = await authenticateConnection({ params, socket, request: context.request }, deps.verifier, deps.internalTokens);
        if (!connection) return false;
        const refused = deps.preparation.limits.admitSocket(connection, (listener) => socket.once('close', listener));
        if (refused) {
          socket.close(CLOSE_RATE_LIMITED, refused.slice(0, 120));
          return false;
        }
        connections.set(socket, connection);
        return true;
      },
      onOperation: async (message: OperationMessage, params: ExecutionParams, socket: WebSocket): Promise<ExecutionParams> => {
        const connection = connections.get(socket);
        // The library runs a `start` sent before (or despite a refused) `connection_init`; we do not.
        if (!connection) throw refusal([new GraphQLError('Send connection_init with an authorization parameter first.', { extensions: { code: 'UNAUTHENTICATED' } })]);
        const payload = message.payload ?? {};
        const prepared = await prepareOperation(
          connection,
          { query: typeof payload.query === 'string' ? payload.query : '', variables: payload.variables ?? null, operationName: payload.operationName ?? null },
          deps.preparation,
        );
        if ('errors' in prepared) throw refusal(prepared.errors);
        return { ...params, schema: deps.apiSchema, context: prepared.plan };
      },
      execute: (args) => {
        const plan = planOf(args.contextValue, QueryPlan);
        return deps.preparation.run(plan.connection, plan.document, plan.variables, plan.operationName);
      },
      subscribe: async (args) => subscriptionEvents(planOf(args.contextValue, SubscriptionPlan), { limits: deps.preparation.limits, stream: deps.stream }),
    },
    wsServer,
  );
  return { dispose: () => server.close() };
}
