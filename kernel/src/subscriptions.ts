import { z } from 'zod';
import type { Permission } from './permissions.js';

/** An event as published on the bus by the owning subgraph: just keys, the data is fetched per subscriber. */
export interface BusEvent {
  id: string;
  organizationId: string;
  projectId?: string | null;
  /** Further keys a subgraph adds for its routes' `matches` (e.g. the repository of a pull request). */
  [key: string]: unknown;
}

/**
 * How one Subscription root field is served, declared by the subgraph that owns it: which bus topic
 * feeds it, which event matches the subscriber's arguments, and which public Query field fetches the
 * event's data by id. The gateway executes that query with the subscriber's identity, so fields of
 * any subgraph can be selected and every permission rule applies per subscriber.
 */
export interface SubscriptionRoute {
  topic: string;
  queryField: string;
  permission: Permission;
  /** The organization whose permission is checked at subscribe time, when the arguments name it. */
  organizationFromArgs?: (args: Record<string, unknown>) => string | null;
  /** A query (with `$id` from the arguments) run at subscribe time when the organization is not in the arguments. */
  probeIdArg?: string;
  /**
   * The Query field the probe asks (`queryField` when omitted), for subscriptions that watch a
   * parent of the event's object: `pullRequestUpdated(repositoryId)` probes `repository(id:)`.
   */
  probeField?: string;
  matches(args: Record<string, unknown>, event: BusEvent): boolean;
}

/** The shape every bus event payload has; a subgraph may add fields, which are kept for its routes' `matches`. */
const BusEventModel = z.looseObject({ id: z.string(), organizationId: z.string(), projectId: z.string().nullish() });

/**
 * The event in a parsed bus payload, or null when it is not one. Payloads cross process
 * boundaries (PostgreSQL NOTIFY), so their shape is checked rather than assumed.
 */
export function busEventFrom(payload: unknown): BusEvent | null {
  const parsed = BusEventModel.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
