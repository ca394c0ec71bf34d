import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes a SAML connection. */
export const updateSamlConnection: MutationResolvers['updateSamlConnection'] = (_parent, args, ctx) => ctx.sso.updateSaml(args.input);
