import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Deletes an SSO connection. */
export const deleteSsoConnection: MutationResolvers['deleteSsoConnection'] = (_parent, args, ctx) =>
  ctx.sso.remove(args.organizationId, args.connectionId);
