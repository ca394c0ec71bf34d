import { organizationIdOf, type SubscriptionRoute } from '@steward/kernel';
import { POLICY_TOPICS } from './policy.events.js';

/**
 * How the gateway serves the Subscription fields policy declares in its SDL: each is fed by one of
 * policy's bus topics and resolved through the public Query field that reads the event's object by id.
 */
export const policySubscriptions: Record<string, SubscriptionRoute> = {
  policyViolationRaised: {
    topic: POLICY_TOPICS.violationRaised,
    queryField: 'policyViolation',
    permission: 'policy:read',
    organizationFromArgs: (args) => organizationIdOf(args) || null,
    matches: (args, event) => event.organizationId === args.organizationId,
  },
};
