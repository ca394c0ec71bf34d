import { userReferenceOf } from '@steward/kernel';
import type { FindingResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and a finding's links. */
export const Finding: FindingResolvers = {
  __resolveReference: (reference, ctx) => ctx.findings.byId(reference.id),
  project: (finding) => ({ id: finding.projectId }),
  isNew: (finding, _args, ctx) => ctx.findings.isNew(finding),
  firstSeenVersion: (finding) => (finding.firstSeenVersionId ? { id: finding.firstSeenVersionId } : null),
  lastSeenVersion: (finding) => (finding.lastSeenVersionId ? { id: finding.lastSeenVersionId } : null),
  ignoredBy: (finding) => (finding.ignoredBy ? userReferenceOf(finding.ignoredBy) : null),
};
