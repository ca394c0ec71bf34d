import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Operations need a signed-in caller (services check the permission); a Repository is visible to repository readers of its organization. */
export const repositoriesRules: IRules = {
  Query: { repositories: isPrincipal, repository: isPrincipal },
  Mutation: { connectRepository: isPrincipal, updateRepository: isPrincipal, disconnectRepository: isPrincipal, rotateWebhookSecret: isPrincipal },
  Repository: holdsInOwningOrganization('repo:read'),
  // Only returned by the mutations that just made the secret, to a caller holding repo:manage.
  RepositoryWebhookSetup: allow,
  RepositoryConnection: allow,
  RepositoryEdge: allow,
  // A project id says nothing; its repositories are scoped to organizations where the caller reads repositories.
  Project: { id: allow, repositories: isPrincipal },
  Organization: allow,
  User: allow,
};
