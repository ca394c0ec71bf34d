import type { VersionTransitionResolvers } from '../../../__generated__/resolvers-types.js';
import { apiKeyIdOf, userReferenceOf } from '@steward/kernel';

/** A history entry as the API shows it. */
export const VersionTransition: VersionTransitionResolvers = {
  id: (entry) => String(entry.seq),
  from: (entry) => entry.fromStage ?? null,
  to: (entry) => entry.toStage,
  actor: (entry) => userReferenceOf(entry.actor),
  actorKind: (entry) => (apiKeyIdOf(entry.actor) === null ? 'USER' : 'API_KEY'),
  actorApiKeyId: (entry) => apiKeyIdOf(entry.actor),
};
