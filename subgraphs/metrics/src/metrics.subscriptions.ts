import { organizationIdOf, type SubscriptionRoute } from '@steward/kernel';
import { METRICS_TOPICS } from './metrics.events.js';

const orgArg = (args: Record<string, unknown>) => organizationIdOf(args) || null;

/**
 * How the gateway serves the Subscription fields metrics declares in its SDL: each is fed by one of
 * metrics' bus topics and resolved through the public Query field that reads the event's object by id.
 */
export const metricsSubscriptions: Record<string, SubscriptionRoute> = {
  llmUsageRecorded: {
    topic: METRICS_TOPICS.llmUsageRecorded,
    queryField: 'llmUsageBatch',
    permission: 'metrics:read',
    organizationFromArgs: orgArg,
    matches: (args, event) => event.organizationId === args.organizationId && (!args.projectId || event.projectId === args.projectId),
  },
  budgetAlertRaised: {
    topic: METRICS_TOPICS.budgetAlertRaised,
    queryField: 'budgetAlert',
    permission: 'metrics:read',
    organizationFromArgs: orgArg,
    matches: (args, event) => event.organizationId === args.organizationId,
  },
  budgetUpdated: {
    topic: METRICS_TOPICS.budgetUpdated,
    queryField: 'budget',
    permission: 'metrics:read',
    probeIdArg: 'budgetId',
    matches: (args, event) => event.id === args.budgetId,
  },
};
