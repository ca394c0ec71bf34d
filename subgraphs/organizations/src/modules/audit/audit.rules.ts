import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPrincipal } from '../access/access.rules.js';
import type { AuditEvent } from './audit-event.entity.js';

/** The audit trail needs `audit:read` in the event's organization. */
export const auditRules: IRules = {
  Query: { organizationAuditEvents: isPrincipal },
  OrganizationAuditEvent: holdsIn('audit:read', (event: AuditEvent) => event.organizationId),
  OrganizationAuditActor: allow,
  OrganizationAuditEventConnection: allow,
  OrganizationAuditEventEdge: allow,
};
