import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Pull requests are visible to repository readers of their organization (so `_entities` is no side door). */
export const pullRequestsRules: IRules = {
  Query: { pullRequests: isPrincipal, pullRequest: isPrincipal },
  PullRequest: holdsInOwningOrganization('repo:read'),
  PullRequestConnection: allow,
  PullRequestEdge: allow,
  // A version id says nothing; its pull requests are scoped to organizations where the caller reads repositories.
  ProjectVersion: { id: allow, pullRequests: isPrincipal },
  SourceRevision: allow,
};
