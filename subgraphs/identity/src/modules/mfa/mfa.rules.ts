import { allow, isAuthenticated, type IRules } from '@steward/kernel';

/** A user manages their own second factor. */
export const mfaRules: IRules = {
  Mutation: { enrollTotp: isAuthenticated, confirmTotp: isAuthenticated, disableTotp: isAuthenticated, regenerateBackupCodes: isAuthenticated },
  TotpEnrollment: allow,
};
