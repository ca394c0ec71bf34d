import { allow, isAuthenticated, type IRules } from '@steward/kernel';

/** A user reads their own trail; the chain check is for platform admins (checked by the service). */
export const auditRules: IRules = {
  Query: { myAuditEvents: isAuthenticated, auditChainVerification: isAuthenticated },
  AuditEvent: allow,
  AuditEventEdge: allow,
  AuditEventConnection: allow,
  AuditChainVerification: allow,
};
