import type { ResolverMap } from '@steward/kernel';
import { Project } from './resolvers/Project.js';
import { ProjectVersion } from './resolvers/ProjectVersion.js';
import { usage } from './resolvers/Query/usage.js';
import { UsageGroup } from './resolvers/UsageGroup.js';

/** The usage module's resolvers. */
export const usageResolvers: ResolverMap = { Query: { usage }, UsageGroup, Project, ProjectVersion };
