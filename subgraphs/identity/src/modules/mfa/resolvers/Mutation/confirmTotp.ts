import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Confirms TOTP enrolment and returns backup codes. */
export const confirmTotp: MutationResolvers['confirmTotp'] = (_parent, args, ctx) => ctx.mfa.confirm(args.code);
