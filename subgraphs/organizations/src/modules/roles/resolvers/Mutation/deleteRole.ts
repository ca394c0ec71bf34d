import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Deletes an unused custom role. */
export const deleteRole: MutationResolvers['deleteRole'] = (_parent, args, ctx) => ctx.roles.remove(args.organizationId, args.roleId);
