import type { BaselineResolvers } from '../../../__generated__/resolvers-types.js';
import { userReferenceOf } from '@steward/kernel';

/** Entity resolution and the baseline's references. */
export const Baseline: BaselineResolvers = {
  __resolveReference: (reference, ctx) => ctx.gates.byId(reference.id),
  project: (baseline, _args, ctx) => ctx.projects.require(baseline.projectId),
  updatedBy: (baseline) => userReferenceOf(baseline.updatedBy),
};
