import { organizationIdOf, type SubscriptionRoute } from '@steward/kernel';
import { REPOS_TOPICS } from './repos.events.js';

/**
 * How the gateway serves the Subscription fields repos declares in its SDL: each is fed by one of
 * repos' bus topics and resolved through the public Query field that reads the event's object by id.
 */
export const reposSubscriptions: Record<string, SubscriptionRoute> = {
  webhookDeliveryReceived: {
    topic: REPOS_TOPICS.webhookDelivery,
    queryField: 'webhookDelivery',
    permission: 'repo:read',
    organizationFromArgs: (args) => organizationIdOf(args) || null,
    matches: (args, event) => event.organizationId === args.organizationId,
  },
  pullRequestUpdated: {
    topic: REPOS_TOPICS.pullRequest,
    queryField: 'pullRequest',
    permission: 'repo:read',
    // The subscriber must be able to read the repository it watches.
    probeIdArg: 'repositoryId',
    probeField: 'repository',
    matches: (args, event) => event.repositoryId === args.repositoryId,
  },
};
