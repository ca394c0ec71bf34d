import type { SsoConnectionResolvers } from '../../../__generated__/resolvers-types.js';

/** SSO connection fields; the sealed secret is only ever reported as present or not. */
export const SsoConnection: SsoConnectionResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.ssoConnections.byId.load(reference.id),
  organization: (connection, _args, ctx) => ctx.loaders.organizations.byId.load(connection.organizationId),
  hasClientSecret: (connection) => (connection.protocol === 'OIDC' ? connection.clientSecretEncrypted !== null : null),
};
