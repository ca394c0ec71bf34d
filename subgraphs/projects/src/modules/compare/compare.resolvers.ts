import type { ResolverMap } from '@steward/kernel';
import { compareVersions } from './resolvers/Query/compareVersions.js';

/** The compare module's resolvers. */
export const compareResolvers: ResolverMap = { Query: { compareVersions } };
