import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's audit trail. */
export const organizationAuditEvents: QueryResolvers['organizationAuditEvents'] = (_parent, args, ctx) =>
  ctx.audit.list(args.organizationId, args);
