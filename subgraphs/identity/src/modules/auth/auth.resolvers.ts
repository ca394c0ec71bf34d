import type { ResolverMap } from '@steward/kernel';
import { login } from './resolvers/Mutation/login.js';
import { logout } from './resolvers/Mutation/logout.js';
import { refreshSession } from './resolvers/Mutation/refreshSession.js';
import { register } from './resolvers/Mutation/register.js';
import { requestRegistration } from './resolvers/Mutation/requestRegistration.js';

/** The auth module's resolvers. */
export const authResolvers: ResolverMap = { Mutation: { register, requestRegistration, login, refreshSession, logout } };
