import type { ApiKeyResolvers } from '../../../__generated__/resolvers-types.js';
import { isApiKeyActive } from '../api-key.entity.js';

/** API key fields; the creator is a stub identity fills in. */
export const ApiKey: ApiKeyResolvers = {
  organization: (key, _args, ctx) => ctx.loaders.organizations.byId.load(key.organizationId),
  role: (key, _args, ctx) => (key.roleId ? ctx.loaders.roles.byId.load(key.roleId) : null),
  createdBy: (key) => (key.createdBy ? { id: key.createdBy } : null),
  active: (key, _args, ctx) => isApiKeyActive(key, ctx.clock()),
};
