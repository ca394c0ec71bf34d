import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';
import { userReferenceOf } from '@steward/kernel';

/** Entity resolution and the version's derived fields. */
export const ProjectVersion: ProjectVersionResolvers = {
  __resolveReference: async (reference, ctx) => {
    const version = await ctx.versions.byId(reference.id);
    // For `gate`, the gateway sends the values it @requires (metrics' and analysis's) with the representation: keep them.
    if (version && ('liveMeasurements' in reference || 'analysisMeasurements' in reference)) {
      ctx.gates.acceptFederated(version.id, { liveMeasurements: reference.liveMeasurements, analysisMeasurements: reference.analysisMeasurements });
    }
    return version;
  },
  project: async (version, _args, ctx) => ctx.projects.require(version.projectId),
  createdBy: (version) => userReferenceOf(version.createdBy),
  sourceRevision: (version) =>
    version.sourceRepositoryId && version.sourceCommitSha ? { repository: { id: version.sourceRepositoryId }, commitSha: version.sourceCommitSha } : null,
  history: (version, args, ctx) => ctx.versions.historyOf(version, args),
  viewerCanPromote: (version, _args, ctx) => ctx.versions.viewerCan(version, 'promote'),
  viewerCanForcePromote: (version, _args, ctx) => ctx.versions.viewerCan(version, 'force-promote'),
  viewerCanDegrade: (version, _args, ctx) => ctx.versions.viewerCan(version, 'degrade'),
};
