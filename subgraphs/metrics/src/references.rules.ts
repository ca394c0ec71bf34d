import { allow, type IRules } from '@steward/kernel';

/**
 * Types metrics shares with other subgraphs. Each field metrics adds to them answers null unless
 * the caller may read the owning organization (the resolvers check), and their keys are not secret.
 */
export const referencesRules: IRules = {
  Project: allow,
  ProjectVersion: allow,
  User: allow,
  Team: allow,
  Organization: allow,
  PageInfo: allow,
};
