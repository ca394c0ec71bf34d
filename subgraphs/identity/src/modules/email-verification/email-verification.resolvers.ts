import type { ResolverMap } from '@steward/kernel';
import { requestEmailVerification } from './resolvers/Mutation/requestEmailVerification.js';
import { verifyEmail } from './resolvers/Mutation/verifyEmail.js';

/** The email-verification module's resolvers. */
export const emailVerificationResolvers: ResolverMap = { Mutation: { requestEmailVerification, verifyEmail } };
