import type { ResolverMap } from '@steward/kernel';
import { createOrganization } from './resolvers/Mutation/createOrganization.js';
import { deleteOrganization } from './resolvers/Mutation/deleteOrganization.js';
import { restoreOrganization } from './resolvers/Mutation/restoreOrganization.js';
import { updateOrganization } from './resolvers/Mutation/updateOrganization.js';
import { myOrganizations } from './resolvers/Query/myOrganizations.js';
import { organization } from './resolvers/Query/organization.js';
import { Organization } from './resolvers/Organization.js';

/** The organizations module's resolvers. */
export const organizationsResolvers: ResolverMap = {
  Query: { organization, myOrganizations },
  Mutation: { createOrganization, updateOrganization, deleteOrganization, restoreOrganization },
  Organization,
};
