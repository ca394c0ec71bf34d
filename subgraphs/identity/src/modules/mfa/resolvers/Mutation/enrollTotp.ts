import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Starts TOTP enrolment. */
export const enrollTotp: MutationResolvers['enrollTotp'] = (_parent, _args, ctx) => ctx.mfa.enroll();
