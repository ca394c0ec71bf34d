import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPerson, isPrincipal } from '../access/access.rules.js';
import type { SsoConnection } from './sso-connection.entity.js';

/** SSO configuration is visible with `sso:manage` only (it names the organization's identity provider). */
export const ssoRules: IRules = {
  Query: { ssoConnections: isPrincipal },
  Mutation: {
    createOidcConnection: isPerson,
    updateOidcConnection: isPerson,
    createSamlConnection: isPerson,
    updateSamlConnection: isPerson,
    deleteSsoConnection: isPerson,
  },
  SsoConnection: {
    '*': holdsIn('sso:manage', (connection: SsoConnection) => connection.organizationId),
    id: allow,
  },
  Organization: { ssoConnections: holdsIn('sso:manage', (organization: { id: string }) => organization.id) },
};
