import type { ResolverMap } from '@steward/kernel';
import { Finding } from './resolvers/Finding.js';
import { ignoreFinding } from './resolvers/Mutation/ignoreFinding.js';
import { reopenFinding } from './resolvers/Mutation/reopenFinding.js';
import { ProjectVersion } from './resolvers/ProjectVersion.js';
import { finding } from './resolvers/Query/finding.js';
import { findings } from './resolvers/Query/findings.js';

/** The findings module's resolvers. */
export const findingsResolvers: ResolverMap = {
  Query: { finding, findings },
  Mutation: { ignoreFinding, reopenFinding },
  Finding,
  ProjectVersion,
};
