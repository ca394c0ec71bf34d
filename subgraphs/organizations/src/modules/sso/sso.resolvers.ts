import type { ResolverMap } from '@steward/kernel';
import { createOidcConnection } from './resolvers/Mutation/createOidcConnection.js';
import { createSamlConnection } from './resolvers/Mutation/createSamlConnection.js';
import { deleteSsoConnection } from './resolvers/Mutation/deleteSsoConnection.js';
import { updateOidcConnection } from './resolvers/Mutation/updateOidcConnection.js';
import { updateSamlConnection } from './resolvers/Mutation/updateSamlConnection.js';
import { ssoConnections } from './resolvers/Query/ssoConnections.js';
import { Organization } from './resolvers/Organization.js';
import { SsoConnection } from './resolvers/SsoConnection.js';

/** The SSO module's resolvers. */
export const ssoResolvers: ResolverMap = {
  Query: { ssoConnections },
  Mutation: { createOidcConnection, updateOidcConnection, createSamlConnection, updateSamlConnection, deleteSsoConnection },
  SsoConnection,
  Organization,
};
