import { allow, isAuthenticated, type IRules } from '@steward/kernel';

/** Signing in is open to everyone; signing out needs a session. */
export const authRules: IRules = {
  Mutation: { register: allow, requestRegistration: allow, login: allow, refreshSession: allow, logout: isAuthenticated },
  AuthPayload: allow,
};
