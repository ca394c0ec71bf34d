import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPerson, isPrincipal } from '../access/access.rules.js';
import type { ApiKey } from './api-key.entity.js';

/** API keys are visible with `apikey:manage` only; the secret appears once, in the creation payload. */
export const apiKeysRules: IRules = {
  Query: { apiKeys: isPrincipal },
  Mutation: { createApiKey: isPerson, revokeApiKey: isPerson },
  ApiKey: {
    '*': holdsIn('apikey:manage', (key: ApiKey) => key.organizationId),
    id: allow,
  },
  Organization: { apiKeys: holdsIn('apikey:manage', (organization: { id: string }) => organization.id) },
  CreateApiKeyPayload: allow,
  ApiKeyConnection: allow,
  ApiKeyEdge: allow,
};
