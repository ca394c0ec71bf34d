import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Adds a SAML connection. */
export const createSamlConnection: MutationResolvers['createSamlConnection'] = (_parent, args, ctx) => ctx.sso.createSaml(args.input);
