import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The SSO connections of an organization. */
export const ssoConnections: QueryResolvers['ssoConnections'] = (_parent, args, ctx) => ctx.sso.list(args.organizationId);
