import type { OrganizationAuditEventResolvers } from '../../../__generated__/resolvers-types.js';

/** Audit event fields: the actor as a user stub or an API key id. */
export const OrganizationAuditEvent: OrganizationAuditEventResolvers = {
  actor: (event) => ({
    kind: event.actorKind,
    user: event.actorKind === 'USER' && event.actorId ? { id: event.actorId } : null,
    apiKeyId: event.actorKind === 'API_KEY' ? event.actorId : null,
  }),
};
