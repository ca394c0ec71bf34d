import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Review comments and check runs are visible to repository readers of their organization; publishing needs repo:manage (checked by the service). */
export const reviewsRules: IRules = {
  Mutation: { publishReview: isPrincipal },
  ReviewComment: holdsInOwningOrganization('repo:read'),
  CheckRun: holdsInOwningOrganization('repo:read'),
  // Only returned by publishReview, to a caller holding repo:manage; its objects carry their own rules.
  PublishReviewPayload: allow,
  ReviewCommentConnection: allow,
  ReviewCommentEdge: allow,
  CheckRunConnection: allow,
  CheckRunEdge: allow,
};
