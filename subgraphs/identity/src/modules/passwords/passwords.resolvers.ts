import type { ResolverMap } from '@steward/kernel';
import { changePassword } from './resolvers/Mutation/changePassword.js';
import { requestPasswordReset } from './resolvers/Mutation/requestPasswordReset.js';
import { resetPassword } from './resolvers/Mutation/resetPassword.js';

/** The passwords module's resolvers. */
export const passwordsResolvers: ResolverMap = { Mutation: { changePassword, requestPasswordReset, resetPassword } };
