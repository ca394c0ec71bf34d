import type { ResolverMap } from '@steward/kernel';
import { auditChainVerification } from './resolvers/Query/auditChainVerification.js';
import { myAuditEvents } from './resolvers/Query/myAuditEvents.js';

/** The audit module's resolvers. */
export const auditResolvers: ResolverMap = { Query: { myAuditEvents, auditChainVerification } };
