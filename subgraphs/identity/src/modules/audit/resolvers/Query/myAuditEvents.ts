import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The caller's audit events, newest first. */
export const myAuditEvents: QueryResolvers['myAuditEvents'] = (_parent, args, ctx) => ctx.audit.listMine(args);
