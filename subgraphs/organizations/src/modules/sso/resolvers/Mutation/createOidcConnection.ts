import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Adds an OpenID Connect connection. */
export const createOidcConnection: MutationResolvers['createOidcConnection'] = (_parent, args, ctx) => ctx.sso.createOidc(args.input);
