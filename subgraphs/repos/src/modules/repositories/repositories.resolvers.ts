import type { ResolverMap } from '@steward/kernel';
import { connectRepository } from './resolvers/Mutation/connectRepository.js';
import { disconnectRepository } from './resolvers/Mutation/disconnectRepository.js';
import { rotateWebhookSecret } from './resolvers/Mutation/rotateWebhookSecret.js';
import { updateRepository } from './resolvers/Mutation/updateRepository.js';
import { Project } from './resolvers/Project.js';
import { repositories } from './resolvers/Query/repositories.js';
import { repository } from './resolvers/Query/repository.js';
import { Repository } from './resolvers/Repository.js';

/** The repositories module's resolvers (Repository's pull request and delivery lists come from their modules' services). */
export const repositoriesResolvers: ResolverMap = {
  Query: { repositories, repository },
  Mutation: { connectRepository, updateRepository, disconnectRepository, rotateWebhookSecret },
  Repository,
  Project,
};
