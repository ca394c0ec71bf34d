import type { SubscriptionRoute } from '@steward/kernel';
import { ANALYSIS_TOPICS } from './analysis.events.js';

/**
 * How the gateway serves the Subscription fields analysis declares: `analysisProgress` is fed by the
 * progress topic and resolved through `analysisSession(id)`, so a subscriber sees the session and
 * its tasks as they are after each change.
 */
export const analysisSubscriptions: Record<string, SubscriptionRoute> = {
  analysisProgress: {
    topic: ANALYSIS_TOPICS.progress,
    queryField: 'analysisSession',
    permission: 'analysis:read',
    // The subscriber must be able to read the session it watches.
    probeIdArg: 'sessionId',
    matches: (args, event) => event.id === args.sessionId,
  },
};
