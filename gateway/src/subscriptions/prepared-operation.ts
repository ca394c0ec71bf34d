import { GraphQLError as GraphQLErrorClass, type ExecutionResult, type GraphQLError } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { GrantsSource } from '@steward/kernel';
import type { ConnectionIdentity } from './connection-identity.js';
import { QueryPlan, SubscriptionPlan, planOperation, type PlanningOptions } from './operation-plan.js';
import { eventStream, type EventStreamDeps } from './event-stream.js';
import type { RunOperation } from './operation-runner.js';
import type { SocketLimits } from './socket-limits.js';
import { budgetKey, type CostGuard } from '../cost-guard.js';
import type { OperationRequest, PersistedOperations } from '../persisted-operations.js';
import { refuseSubscription } from './subscribe-permission.js';

/** What both socket protocols need to turn a client's operation into a plan. */
export interface PreparationDeps extends PlanningOptions {
  grants: GrantsSource;
  run: RunOperation;
  limits: SocketLimits;
  cost: CostGuard;
  persisted: PersistedOperations;
}

/**
 * One operation from a socket, whichever protocol brought it: parsed and validated with the HTTP
 * limits (operation-plan.ts) after taking a token of the caller's rate limit (socket-limits.ts), and
 * for a subscription, refused now unless the subscriber may read what it asks for
 * (subscribe-permission.ts). Errors are what the client is sent.
 */
export async function prepareOperation(
  connection: ConnectionIdentity,
  payload: SubscribePayload,
  deps: PreparationDeps,
): Promise<{ plan: QueryPlan | SubscriptionPlan } | { errors: readonly GraphQLError[] }> {
  const limited = deps.limits.takeOperation(connection);
  if (limited) return { errors: [limited] };
  const request = { ...payload } as SubscribePayload & OperationRequest;
  const refused = deps.persisted.resolve(request);
  if (refused) return { errors: [new GraphQLErrorClass(refused.message, { extensions: { code: refused.code } })] };
  const planned = planOperation(connection, request, deps);
  if ('errors' in planned) return planned;
  // A subscription is priced by the query each of its events runs, charged once when it starts.
  const { document, operationName, variables } = planned.plan instanceof SubscriptionPlan ? planned.plan.request : planned.plan;
  const overCost = deps.cost.check(deps.apiSchema, document, operationName, variables, budgetKey(connection.caller, connection.client));
  if (overCost) return { errors: [overCost] };
  if (planned.plan instanceof SubscriptionPlan) {
    const refusal = await refuseSubscription(planned.plan, deps.grants, deps.run);
    if (refusal) return { errors: refusal };
  }
  return planned;
}

/** The plan graphql-ws or subscriptions-transport-ws hands back as the context value, checked (it arrives untyped). */
export function planOf<T extends QueryPlan | SubscriptionPlan>(contextValue: unknown, kind: new (...args: never[]) => T): T {
  if (!(contextValue instanceof kind)) throw new Error(`A socket operation reached ${kind.name === 'QueryPlan' ? 'execute' : 'subscribe'} without its plan.`);
  return contextValue;
}

/**
 * A subscription's events, in a slot of its socket's and its caller's caps (socket-limits.ts): a
 * subscription over a cap gets one result with the error and ends; an admitted one gives its slot
 * back however it ends (completed, unsubscribed, socket closed).
 */
export function subscriptionEvents(plan: SubscriptionPlan, deps: { limits: SocketLimits; stream: EventStreamDeps }): ReturnType<typeof eventStream> | ExecutionResult {
  const slot = deps.limits.openSubscription(plan.connection);
  if (!('release' in slot)) return { errors: [slot] };
  return eventStream(plan, deps.stream, { onClose: () => slot.release() });
}
