import type { ResolverMap } from '@steward/kernel';
import { createApiKey } from './resolvers/Mutation/createApiKey.js';
import { revokeApiKey } from './resolvers/Mutation/revokeApiKey.js';
import { apiKeys } from './resolvers/Query/apiKeys.js';
import { ApiKey } from './resolvers/ApiKey.js';
import { Organization } from './resolvers/Organization.js';

/** The API keys module's resolvers. */
export const apiKeysResolvers: ResolverMap = {
  Query: { apiKeys },
  Mutation: { createApiKey, revokeApiKey },
  ApiKey,
  Organization,
};
