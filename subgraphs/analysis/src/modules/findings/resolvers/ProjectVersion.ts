import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';

/** Analysis's part of a ProjectVersion: its sessions, its findings and the gate's values. */
export const ProjectVersion: ProjectVersionResolvers = {
  __resolveReference: (reference) => reference,
  analyses: (version, args, ctx) => ctx.sessions.listForVersion(version.id, args),
  findingsSummary: (version, _args, ctx) => ctx.findings.summaryOfVersion(version.id),
  analysisMeasurements: (version, _args, ctx) => ctx.findings.measurementsOfVersion(version.id),
};
