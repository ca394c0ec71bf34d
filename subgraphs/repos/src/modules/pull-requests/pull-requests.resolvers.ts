import type { ResolverMap } from '@steward/kernel';
import { ProjectVersion } from './resolvers/ProjectVersion.js';
import { PullRequest } from './resolvers/PullRequest.js';
import { pullRequest } from './resolvers/Query/pullRequest.js';
import { pullRequests } from './resolvers/Query/pullRequests.js';
import { SourceRevision } from './resolvers/SourceRevision.js';

/** The pull requests module's resolvers. */
export const pullRequestsResolvers: ResolverMap = {
  Query: { pullRequests, pullRequest },
  PullRequest,
  ProjectVersion,
  SourceRevision,
};
