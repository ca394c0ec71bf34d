import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';

/** Policy's part of a ProjectVersion: its violations and how it stands. */
export const ProjectVersion: ProjectVersionResolvers = {
  __resolveReference: (reference) => reference,
  violations: (version, args, ctx) => ctx.violations.listForVersion(version.id, args),
  policyStatus: (version, _args, ctx) => ctx.violations.statusOf(version.id),
};
