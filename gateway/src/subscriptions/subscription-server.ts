import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  parse,
  print,
  specifiedRules,
  validate,
  valueFromAST,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  AccessControl,
  AppError,
  ReusableInternalToken,
  NotFoundError,
  UnauthenticatedError,
  type Caller,
  type ClientInfo,
  type EventBus,
  type GrantsSource,
  type InternalTokenCodec,
  type Logger,
  type SubscriptionRoute,
  busEventFrom,
  principalOf,
} from '@steward/kernel';
import type { AccessTokenVerifier } from '../access-tokens.js';
import type { GatewayContext } from '../create-gateway.js';
import { AsyncQueue } from './async-queue.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { EVENT_ID_VARIABLE, buildEventQuery } from './event-query.js';
import { TopicFanout, type EventOccurrence } from './topic-fanout.js';

/** Close code sent when the connection's token is missing, invalid or has expired. */
export const CLOSE_UNAUTHENTICATED = 4401;

/**
 * Event queries in flight at once per gateway. One event brings one query per subscriber; run all at
 * once, a thousand subscribers open a thousand sockets to the subgraph, which then idle past its
 * keep-alive timeout between events and are reset as they are reused (bench/src/subscription-fanout.ts).
 */
const EVENT_QUERY_CONCURRENCY = 64;

interface ConnectionState {
  caller: Caller;
  client: ClientInfo;
  /** Caller and client as one string: event queries with equal keys are the same request. */
  identityKey: string;
  /** Signed once per connection and renewed as it ages, not once per event query. */
  internalToken: ReusableInternalToken;
  timer: NodeJS.Timeout | null;
}

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: IncomingMessage;
  state?: ConnectionState;
}

/** What `onSubscribe` prepares for one subscription and hands to `subscribe`. */
interface PreparedSubscription {
  kind: 'subscription';
  state: ConnectionState;
  /** The Subscription root field, for logs. */
  field: string;
  route: SubscriptionRoute;
  args: Record<string, unknown>;
  eventQuery: DocumentNode;
  /** The event query and its variables as one string, computed once per subscription. */
  eventQueryKey: string;
  alias: string;
  variables: Record<string, unknown>;
}

interface PreparedOperation {
  kind: 'operation';
  state: ConnectionState;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

export interface SubscriptionServerOptions {
  httpServer: Server;
  apiSchema: GraphQLSchema;
  apollo: ApolloServer<GatewayContext>;
  verifier: AccessTokenVerifier;
  internalTokens: InternalTokenCodec;
  bus: EventBus;
  grants: GrantsSource;
  /** Subscription root field → how it is served, as the owning subgraphs declare it. */
  routes: Record<string, SubscriptionRoute>;
  validationRules: ValidationRule[];
  logger: Logger;
}

const SUBSCRIPTION_MARKER = parse('subscription { __typename }');
const OPERATION_MARKER = parse('query { __typename }');

const asErrors = (error: unknown): GraphQLError[] => {
  if (error instanceof AppError) return [error];
  return [new GraphQLError('Internal server error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
};

/** Drops `extensions.http` (a status meant for HTTP answers, meaningless on a socket). */
const withoutHttp = (error: GraphQLFormattedError): GraphQLFormattedError => {
  if (!error.extensions || !('http' in error.extensions)) return error;
  const { http: _http, ...extensions } = error.extensions;
  return { ...error, extensions };
};

/**
 * The result as sent to the client. Apollo answers `executeOperation` with errors already formatted
 * and masked (plain objects), while graphql-ws would call `toJSON()` on every error and fail on them;
 * the gateway's own errors (GraphQLError instances) are formatted here instead.
 */
const formatResult = (result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult => {
  if (!result.errors) return result as FormattedExecutionResult;
  return { ...result, errors: result.errors.map((error) => (error instanceof GraphQLError ? withoutHttp(error.toJSON()) : error)) };
};

/**
 * Lets the client's `complete` or disconnect end a stream at once. An async generator waiting for its
 * next event only sees `return()` after that event arrives, so until then (forever, in a quiet
 * organization) it would keep its bus listener and then run one more event query for nobody;
 * closing the queue first ends that wait.
 */
function endable(events: AsyncGenerator<ExecutionResult>, queue: AsyncQueue<EventOccurrence>): AsyncIterableIterator<ExecutionResult> {
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => events.next(),
    return: (value?: unknown) => {
      queue.close();
      return events.return(value as ExecutionResult);
    },
    throw: (error?: unknown) => {
      queue.close();
      return events.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * Serves GraphQL subscriptions over graphql-ws on the gateway's own `/graphql` URL. The gateway
 * cannot execute subscriptions itself, so each Subscription field is fed by a bus topic, and each
 * event is resolved by running the subscriber's selection as a query through the gateway with the
 * subscriber's identity (see SubscriptionRoute). One bus listener per topic feeds every subscriber, and
 * subscribers that would send the same request for an event (same session and client, same
 * selection) share one answer. Connection auth happens at `connection_init`; the socket is closed
 * with 4401 when the access token expires.
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { apollo, logger } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const eventQueries = new ConcurrencyLimit(EVENT_QUERY_CONCURRENCY);
  const fanout = new TopicFanout(options.bus);

  const contextFor = async (state: ConnectionState): Promise<GatewayContext> => ({
    caller: state.caller,
    client: state.client,
    internalToken: await state.internalToken.get(),
  });

  const run = async (state: ConnectionState, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Promise<ExecutionResult> => {
    const response = await apollo.executeOperation({ query: document, variables, operationName }, { contextValue: await contextFor(state) });
    if (response.body.kind !== 'single') return { errors: [new GraphQLError('Incremental delivery is not supported here.')] };
    // Its errors are already formatted and masked plain objects, not GraphQLErrors (see formatResult).
    return response.body.singleResult as ExecutionResult;
  };

  const prepare = async (state: ConnectionState, payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }) => {
    let document: DocumentNode;
    try {
      document = parse(payload.query);
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed.')];
    }
    const errors = validate(options.apiSchema, document, [...specifiedRules, ...options.validationRules]);
    if (errors.length) return errors;
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return [new GraphQLError('Name the operation to run.', { extensions: { code: 'BAD_USER_INPUT' } })];
    const variables = payload.variables ?? {};
    if (operation.operation !== 'subscription') {
      const prepared: PreparedOperation = { kind: 'operation', state, document, variables, operationName: payload.operationName ?? undefined };
      return prepared;
    }
    const root = operation.selectionSet.selections[0];
    if (!root || root.kind !== Kind.FIELD) return [new GraphQLError('Select the subscription field directly.', { extensions: { code: 'BAD_USER_INPUT' } })];
    const route = options.routes[root.name.value];
    const fieldDefinition = options.apiSchema.getSubscriptionType()?.getFields()[root.name.value];
    if (!route || !fieldDefinition) return [new GraphQLError(`Subscription ${root.name.value} is not served by this gateway.`)];
    const args: Record<string, unknown> = {};
    for (const argument of fieldDefinition.args) {
      const node = root.arguments?.find((candidate) => candidate.name.value === argument.name);
      args[argument.name] = node ? valueFromAST(node.value, argument.type, variables) : argument.defaultValue;
    }
    try {
      if (state.caller.kind === 'anonymous') throw new UnauthenticatedError('Sign in to subscribe.');
      const organizationId = route.organizationFromArgs?.(args);
      if (organizationId) await new AccessControl(state.caller, options.grants).assert(organizationId, route.permission);
      if (route.probeIdArg) {
        const probe = await run(state, parse(`query Probe($id: ID!) { target: ${route.queryField}(id: $id) { __typename } }`), { id: args[route.probeIdArg] });
        if (probe.errors?.length) return probe.errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions }));
        if (!probe.data?.target) throw new NotFoundError('The subscribed object');
      }
    } catch (error) {
      return asErrors(error);
    }
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const eventQuery = buildEventQuery(operation, fragments, root as FieldNode, route.queryField);
    const prepared: PreparedSubscription = {
      kind: 'subscription',
      state,
      field: root.name.value,
      route,
      args,
      eventQuery,
      eventQueryKey: JSON.stringify([print(eventQuery), variables]),
      alias: root.alias?.value ?? root.name.value,
      variables,
    };
    return prepared;
  };

  async function* stream(sub: PreparedSubscription, queue: AsyncQueue<EventOccurrence>, unsubscribe: () => void): AsyncGenerator<ExecutionResult> {
    try {
      for await (const occurrence of queue) {
        let event;
        try {
          event = busEventFrom(occurrence.json());
        } catch {
          continue;
        }
        if (!event || !sub.route.matches(sub.args, event)) continue;
        try {
          // Grants are cached but dropped on every change, so a removed member is cut off here.
          await new AccessControl(sub.state.caller, options.grants).assert(event.organizationId, sub.route.permission);
        } catch (error) {
          yield { errors: asErrors(error) };
          return;
        }
        // Subscriptions that would send the very same request for this event share its answer.
        const result = await occurrence.once(`${sub.state.identityKey}\n${sub.eventQueryKey}`, () =>
          eventQueries.run(() => run(sub.state, sub.eventQuery, { ...sub.variables, [EVENT_ID_VARIABLE]: event.id })),
        );
        if (!result.data?.[sub.alias] && !result.errors?.length) continue;
        yield result;
      }
    } finally {
      queue.close();
      unsubscribe();
      logger.debug('Subscription ended (field=%s, principal=%s)', sub.field, principalOf(sub.state.caller));
    }
  }

  const serverCleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema: options.apiSchema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = typeof params.authorization === 'string' ? params.authorization : typeof params.Authorization === 'string' ? params.Authorization : undefined;
        try {
          const { caller, expiresAt } = await options.verifier.authenticate(header);
          const request = ctx.extra.request;
          const client: ClientInfo = { ip: request.socket.remoteAddress ?? null, userAgent: request.headers['user-agent'] ?? null };
          const state: ConnectionState = {
            caller,
            client,
            identityKey: JSON.stringify([caller, client]),
            internalToken: new ReusableInternalToken(options.internalTokens, { caller, client }),
            timer: null,
          };
          if (expiresAt) {
            state.timer = setTimeout(() => ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, 'Unauthenticated: the access token expired'), Math.max(0, expiresAt.getTime() - Date.now()));
          }
          ctx.extra.socket.once('close', () => state.timer && clearTimeout(state.timer));
          ctx.extra.state = state;
          return true;
        } catch (error) {
          const reason = error instanceof AppError ? error.message : 'Unauthenticated';
          ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, `Unauthenticated: ${reason}`.slice(0, 120));
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = ctx.extra.state;
        if (!state) return [new GraphQLError('Connect first.', { extensions: { code: 'UNAUTHENTICATED' } })];
        const prepared = await prepare(state, payload);
        if (!('kind' in prepared)) return prepared;
        // graphql-ws picks execute or subscribe by the document's operation type; the real work is in `prepared`.
        return {
          schema: options.apiSchema,
          document: prepared.kind === 'subscription' ? SUBSCRIPTION_MARKER : OPERATION_MARKER,
          contextValue: prepared,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result),
      execute: async (args) => {
        const prepared = args.contextValue as PreparedOperation;
        return run(prepared.state, prepared.document, prepared.variables, prepared.operationName);
      },
      subscribe: async (args) => {
        const prepared = args.contextValue as PreparedSubscription | PreparedOperation;
        if (prepared.kind === 'operation') return run(prepared.state, prepared.document, prepared.variables, prepared.operationName);
        const queue = new AsyncQueue<EventOccurrence>();
        // Listen on the bus before answering, so no event published from now on is missed.
        const unsubscribe = await fanout.listen(prepared.route.topic, (occurrence) => queue.push(occurrence));
        logger.debug('Subscription started (field=%s, principal=%s)', prepared.field, principalOf(prepared.state.caller));
        return endable(stream(prepared, queue, unsubscribe), queue);
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
