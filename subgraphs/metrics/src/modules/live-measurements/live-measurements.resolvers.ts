import type { ResolverMap } from '@steward/kernel';
import { ProjectVersion } from './resolvers/ProjectVersion.js';

/** The live-measurements module's resolvers. */
export const liveMeasurementsResolvers: ResolverMap = { ProjectVersion };
