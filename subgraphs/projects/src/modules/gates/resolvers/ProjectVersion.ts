import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';

/** The quality-gate side of a version. */
export const ProjectVersion: ProjectVersionResolvers = {
  gate: (version, _args, ctx) => ctx.gates.federatedGateFor(version),
  measurements: (version, _args, ctx) => ctx.gates.measurementsOf(version),
  viewerCanRecordMeasurements: (version, _args, ctx) => ctx.gates.viewerCanRecord(version),
};
