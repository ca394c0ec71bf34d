import type { ResolverMap } from '@steward/kernel';
import { me } from './resolvers/Query/me.js';
import { User } from './resolvers/User.js';

/** The users module's resolvers. */
export const usersResolvers: ResolverMap = { Query: { me }, User };
