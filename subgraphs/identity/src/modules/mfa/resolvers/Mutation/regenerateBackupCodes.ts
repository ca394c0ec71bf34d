import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Replaces the backup codes. */
export const regenerateBackupCodes: MutationResolvers['regenerateBackupCodes'] = (_parent, args, ctx) => ctx.mfa.regenerateBackupCodes(args.code);
