export { createOrganizationsSubgraph, ORGANIZATIONS_SDL_DIR } from './organizations.subgraph.js';
export { organizationsEnvShape, type OrganizationsEnv } from './organizations.env.js';
export { ORGANIZATIONS_ERROR_CODES } from './organizations.errors.js';
export { HttpEmailLookup, type EmailLookup } from './modules/invitations/email-lookup.js';
export type { OrganizationsContext } from './organizations.context.js';
