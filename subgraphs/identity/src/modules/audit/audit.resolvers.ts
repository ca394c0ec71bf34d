import type { ResolverMap } from '@steward/kernel';
import { AuditEvent } from './resolvers/AuditEvent.js';
import { auditChainVerification } from './resolvers/Query/auditChainVerification.js';
import { myAuditEvents } from './resolvers/Query/myAuditEvents.js';

/** The audit module's resolvers. */
export const auditResolvers: ResolverMap = { Query: { myAuditEvents, auditChainVerification }, AuditEvent };
