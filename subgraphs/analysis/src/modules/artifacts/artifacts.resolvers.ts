import type { ResolverMap } from '@steward/kernel';
import { Artifact } from './resolvers/Artifact.js';
import { createAnalysisUpload } from './resolvers/Mutation/createAnalysisUpload.js';

/** The artifacts module's resolvers. */
export const artifactsResolvers: ResolverMap = {
  Mutation: { createAnalysisUpload },
  Artifact,
};
