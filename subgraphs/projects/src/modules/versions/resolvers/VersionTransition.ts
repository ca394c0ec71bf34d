import type { VersionTransitionResolvers } from '../../../__generated__/resolvers-types.js';
import { apiKeyIdOf, userOf } from '../../../references.js';

/** A history entry as the API shows it. */
export const VersionTransition: VersionTransitionResolvers = {
  id: (entry) => String(entry.seq),
  from: (entry) => entry.fromStage ?? null,
  to: (entry) => entry.toStage,
  actor: (entry) => userOf(entry.actor),
  actorKind: (entry) => (apiKeyIdOf(entry.actor) === null ? 'USER' : 'API_KEY'),
  actorApiKeyId: (entry) => apiKeyIdOf(entry.actor),
};
