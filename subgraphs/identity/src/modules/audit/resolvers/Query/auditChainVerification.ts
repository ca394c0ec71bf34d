import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** Recomputes the audit hash chain (platform admins). */
export const auditChainVerification: QueryResolvers['auditChainVerification'] = (_parent, _args, ctx) => ctx.audit.verifyChain();
