import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes an OpenID Connect connection. */
export const updateOidcConnection: MutationResolvers['updateOidcConnection'] = (_parent, args, ctx) => ctx.sso.updateOidc(args.input);
