import type { ResolverMap } from '@steward/kernel';
import { confirmTotp } from './resolvers/Mutation/confirmTotp.js';
import { disableTotp } from './resolvers/Mutation/disableTotp.js';
import { enrollTotp } from './resolvers/Mutation/enrollTotp.js';
import { regenerateBackupCodes } from './resolvers/Mutation/regenerateBackupCodes.js';

/** The mfa module's resolvers. */
export const mfaResolvers: ResolverMap = { Mutation: { enrollTotp, confirmTotp, disableTotp, regenerateBackupCodes } };
