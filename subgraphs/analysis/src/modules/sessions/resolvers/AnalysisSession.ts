import { userReferenceOf } from '@steward/kernel';
import type { AnalysisSessionResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and a session's links. */
export const AnalysisSession: AnalysisSessionResolvers = {
  __resolveReference: (reference, ctx) => ctx.sessions.byId(reference.id),
  organization: (session) => ({ id: session.organizationId }),
  project: (session) => ({ id: session.projectId }),
  version: (session) => (session.versionId ? { id: session.versionId } : null),
  repository: (session) => (session.repositoryId ? { id: session.repositoryId } : null),
  pullRequest: (session) => (session.pullRequestId ? { id: session.pullRequestId } : null),
  createdBy: (session) => userReferenceOf(session.createdBy),
  rerunOf: (session, _args, ctx) => (session.rerunOfId ? ctx.sessions.byId(session.rerunOfId) : null),
  tasks: (session, _args, ctx) => ctx.sessions.tasks(session),
  artifacts: (session, _args, ctx) => ctx.artifacts.listForSession(session.id),
  summary: (session, _args, ctx) => ctx.sessions.summary(session),
  viewerCanCancel: (session, _args, ctx) => ctx.sessions.viewerCanCancel(session),
  findings: (session, args, ctx) => ctx.findings.listForSession(session, args),
  dependencies: (session, args, ctx) => ctx.findings.modules(session, args),
};
