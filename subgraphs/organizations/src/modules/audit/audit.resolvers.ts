import type { ResolverMap } from '@steward/kernel';
import { organizationAuditEvents } from './resolvers/Query/organizationAuditEvents.js';
import { OrganizationAuditEvent } from './resolvers/OrganizationAuditEvent.js';

/** The audit module's resolvers. */
export const auditResolvers: ResolverMap = {
  Query: { organizationAuditEvents },
  OrganizationAuditEvent,
};
