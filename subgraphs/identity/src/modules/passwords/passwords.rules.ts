import { allow, isAuthenticated, type IRules } from '@steward/kernel';

/** Changing needs a session; the reset flow is for people who cannot sign in, so it is open. */
export const passwordsRules: IRules = {
  Mutation: { changePassword: isAuthenticated, requestPasswordReset: allow, resetPassword: allow },
};
