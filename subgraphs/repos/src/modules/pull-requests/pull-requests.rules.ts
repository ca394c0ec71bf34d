import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Pull requests are visible to repository readers of their organization (so `_entities` is no side door). */
export const pullRequestsRules: IRules = {
  Query: { pullRequests: isPrincipal, pullRequest: isPrincipal },
  PullRequest: holdsInOwningOrganization('repo:read'),
  PullRequestConnection: allow,
  PullRequestEdge: allow,
};
