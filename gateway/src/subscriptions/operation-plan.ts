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
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { principalOf, type SubscriptionRoute } from '@steward/kernel';
import type { ConnectionIdentity } from './connection-identity.js';
import { buildEventQuery } from './event-query.js';
import type { ViewerDependence } from './viewer-dependence.js';

/** A query or mutation sent over the socket: run once through the gateway, like over HTTP. */
export class QueryPlan {
  constructor(
    readonly connection: ConnectionIdentity,
    readonly document: DocumentNode,
    readonly variables: Record<string, unknown>,
    readonly operationName: string | undefined,
  ) {}
}

/** What a subscription asks for, worked out once when it starts. */
export interface SubscriptionRequest {
  document: DocumentNode;
  operationName: string | undefined;
  /** The Subscription root field, for logs. */
  field: string;
  route: SubscriptionRoute;
  /** The root field's arguments, coerced: what the route matches events against. */
  args: Record<string, unknown>;
  /** The subscriber's selection as a query for one event (see event-query.ts). */
  eventQuery: DocumentNode;
  variables: Record<string, unknown>;
  /** The name the client gave the root field: an answer without it carries no event. */
  alias: string;
  /**
   * Whether the selection reaches no viewer-dependent field (see viewer-dependence.ts): then its
   * answer to an event is the same for every subscriber of the same kind holding the same
   * permissions in the event's organization, and is computed once for all of them.
   */
  shareable: boolean;
}

/** A subscription of one connection: which route feeds it and the query that resolves each of its events. */
export class SubscriptionPlan {
  /** The event query and its variables as one string: equal keys of one connection are the same request. */
  readonly eventQueryKey: string;
  /**
   * Plans with equal keys get the same delivery for every event, worked out once per event for all
   * of them (event-stream.ts). A delivery follows from the route's match on the arguments, the
   * grants check (the principal's alone) and the answer: for a shareable selection, one per
   * principal, field, arguments and event query, so a user's thousand sessions share one; otherwise
   * one per connection identity, as its answers are.
   */
  readonly deliveryKey: string;

  constructor(
    readonly connection: ConnectionIdentity,
    readonly request: SubscriptionRequest,
  ) {
    this.eventQueryKey = JSON.stringify([print(request.eventQuery), request.variables]);
    const principal = principalOf(connection.caller);
    const asker = request.shareable && principal ? `principal\n${principal}` : `connection\n${connection.key}`;
    this.deliveryKey = `delivery\n${asker}\n${request.field}\n${JSON.stringify(request.args)}\n${this.eventQueryKey}`;
  }
}

/** What planning needs from the gateway: the API schema, its operation limits, and the subscription routes. */
export interface PlanningOptions {
  apiSchema: GraphQLSchema;
  /** The same limits (depth, aliases, cost) HTTP operations are validated with. */
  validationRules: readonly ValidationRule[];
  routes: Readonly<Record<string, SubscriptionRoute>>;
  /** The supergraph's `@viewerDependent` marks. */
  viewerDependence: ViewerDependence;
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** The root field's arguments as the schema coerces them (defaults included). */
function argumentsOf(schema: GraphQLSchema, root: FieldNode, variables: Record<string, unknown>): Record<string, unknown> | null {
  const definition = schema.getSubscriptionType()?.getFields()[root.name.value];
  if (!definition) return null;
  const args: Record<string, unknown> = {};
  for (const argument of definition.args) {
    const node = root.arguments?.find((candidate) => candidate.name.value === argument.name);
    args[argument.name] = node ? valueFromAST(node.value, argument.type, variables) : argument.defaultValue;
  }
  return args;
}

/**
 * Parses and validates what a client sent over the socket (with the HTTP limits) and says how it
 * is served; refused operations come back as the errors to send. Permissions are not checked here.
 */
export function planOperation(
  connection: ConnectionIdentity,
  payload: SubscribePayload,
  options: PlanningOptions,
): { plan: QueryPlan | SubscriptionPlan } | { errors: readonly GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed.')] };
  }
  const errors = validate(options.apiSchema, document, [...specifiedRules, ...options.validationRules]);
  if (errors.length) return { errors };
  const operationName = payload.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return { errors: [badInput('Name the operation to run.')] };
  const variables = payload.variables ?? {};
  if (operation.operation !== 'subscription') return { plan: new QueryPlan(connection, document, variables, operationName) };

  const root = operation.selectionSet.selections[0];
  if (!root || root.kind !== Kind.FIELD) return { errors: [badInput('Select the subscription field directly.')] };
  const field = root.name.value;
  const route = options.routes[field];
  const args = argumentsOf(options.apiSchema, root, variables);
  if (!route || !args) return { errors: [new GraphQLError(`Subscription ${field} is not served by this gateway.`)] };
  const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  const eventQuery = buildEventQuery(operation, fragments, root, route.queryField);
  const alias = root.alias?.value ?? field;
  const shareable = !options.viewerDependence.dependsOnViewer(options.apiSchema, eventQuery);
  return { plan: new SubscriptionPlan(connection, { document, operationName, field, route, args, eventQuery, variables, alias, shareable }) };
}
