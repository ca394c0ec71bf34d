import type { Permission } from './permissions.js';

/** An event as published on the bus by the owning subgraph: just keys, the data is fetched per subscriber. */
export interface BusEvent {
  id: string;
  organizationId: string;
  projectId?: string | null;
}

/**
 * How one Subscription root field is served: which bus topic feeds it, which event matches the
 * subscriber's arguments, and which public Query field fetches the event's data by id — executed
 * through the gateway with the subscriber's identity, so fields of any subgraph can be selected
 * and every permission rule applies per subscriber. Declared by the subgraph that owns the field.
 */
export interface SubscriptionRoute {
  topic: string;
  queryField: string;
  permission: Permission;
  /** The organization whose permission is checked at subscribe time, when the arguments name it. */
  organizationFromArgs?: (args: Record<string, unknown>) => string | null;
  /** A query (with `$id` from the arguments) run at subscribe time when the organization is not in the arguments. */
  probeIdArg?: string;
  matches(args: Record<string, unknown>, event: BusEvent): boolean;
}
