import type { AuditEventResolvers } from '../../../__generated__/resolvers-types.js';

/** The acting user of an event, batched per request. */
export const AuditEvent: AuditEventResolvers = {
  actor: (event, _args, ctx) => (event.actorId ? ctx.loaders.userById.load(event.actorId) : null),
};
