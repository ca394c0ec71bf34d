import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessControl, Clock, Logger } from '@steward/kernel';
import type { MetricsEvents } from './metrics.events.js';
import type { ReferenceDirectory } from '@steward/kernel';
import type { UsagePolicyCheck } from './modules/policy-check/usage-policy-check.js';
import type { UsageTotalsLoader } from './modules/usage/usage-totals.loaders.js';

/**
 * What every metrics service works with during one request, built once in the context factory:
 * the request's entity manager fork, the caller's access, its logger, where events go, where the
 * ids of other subgraphs' objects are checked, and time.
 */
export interface MetricsScope {
  em: EntityManager;
  access: AccessControl;
  logger: Logger;
  events: MetricsEvents;
  directory: ReferenceDirectory;
  /** Queues newly recorded usage for policy's judgement in the ingest transaction (none without a policy service). */
  policyCheck: UsagePolicyCheck | null;
  /** One instant per request, so every budget window and figure of a response agrees. */
  now: Date;
  /** The subgraph's clock, for the instant something is written (`recordedAt`, `createdAt`). */
  clock: Clock;
  /** The request's usage totals of projects and versions, one statement per batch (usage-totals.loaders.ts). */
  usageTotals: UsageTotalsLoader;
}
