import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** An organization's connected repositories. */
export const repositories: QueryResolvers['repositories'] = (_parent, args, ctx) => ctx.repositories.list(args.organizationId, args);
