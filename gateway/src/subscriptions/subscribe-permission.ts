import { GraphQLError, parse } from 'graphql';
import { AccessControl, NotFoundError, UnauthenticatedError, type GrantsSource } from '@steward/kernel';
import type { RunOperation } from './operation-runner.js';
import type { SubscriptionPlan } from './operation-plan.js';
import { socketErrors } from './socket-result.js';

/** The query that asks, as the subscriber, whether the watched object is visible to them at all. */
const probeQuery = (queryField: string) => parse(`query Probe($id: ID!) { target: ${queryField}(id: $id) { __typename } }`);

/**
 * Decides at subscribe time whether the caller may hold the subscription: signed in, holding the
 * route's permission in the organization the arguments name, or else able to read the watched
 * object (a probe query through the gateway, so every subgraph rule applies). Returns the errors
 * that refuse it, or null. Each event is checked again as it arrives (see event-stream.ts).
 */
export async function refuseSubscription(plan: SubscriptionPlan, grants: GrantsSource, run: RunOperation): Promise<readonly GraphQLError[] | null> {
  const { connection, request } = plan;
  const { route, args } = request;
  try {
    if (connection.caller.kind === 'anonymous') throw new UnauthenticatedError('Sign in to subscribe.');
    const organizationId = route.organizationFromArgs?.(args);
    if (organizationId) await new AccessControl(connection.caller, grants).assert(organizationId, route.permission);
    if (route.probeIdArg) {
      const probe = await run(connection, probeQuery(route.probeField ?? route.queryField), { id: args[route.probeIdArg] });
      // The probe's own path and locations mean nothing to the client: only message and code are passed on.
      if (probe.errors?.length) return probe.errors.map((error) => new GraphQLError(error.message, { extensions: error.extensions }));
      if (!probe.data?.target) throw new NotFoundError('The subscribed object');
    }
    return null;
  } catch (error) {
    return socketErrors(error);
  }
}
