import { allow, isAuthenticated, type IRules } from '@steward/kernel';

/** Asking needs a session; the mailed token is itself the proof, so verifying is open. */
export const emailVerificationRules: IRules = {
  Mutation: { requestEmailVerification: isAuthenticated, verifyEmail: allow },
};
