import type { ResolverMap } from '@steward/kernel';
import { createVersion } from './resolvers/Mutation/createVersion.js';
import { degradeVersion } from './resolvers/Mutation/degradeVersion.js';
import { promoteVersion } from './resolvers/Mutation/promoteVersion.js';
import { rollbackVersion } from './resolvers/Mutation/rollbackVersion.js';
import { Project } from './resolvers/Project.js';
import { ProjectVersion } from './resolvers/ProjectVersion.js';
import { projectVersion } from './resolvers/Query/projectVersion.js';
import { VersionTransition } from './resolvers/VersionTransition.js';

/** The versions module's resolvers. */
export const versionsResolvers: ResolverMap = {
  Query: { projectVersion },
  Mutation: { createVersion, promoteVersion, degradeVersion, rollbackVersion },
  Project,
  ProjectVersion,
  VersionTransition,
};
