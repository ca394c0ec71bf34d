import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A project by slug within an organization; null when there is none the caller may see. */
export const projectBySlug: QueryResolvers['projectBySlug'] = (_parent, args, ctx) => ctx.projects.bySlug(args.organizationId, args.slug);
