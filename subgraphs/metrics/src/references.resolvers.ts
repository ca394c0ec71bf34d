import type { ResolverMap } from '@steward/kernel';
import type { ProjectResolvers, ProjectVersionResolvers } from './__generated__/resolvers-types.js';

/** Projects own both entities: metrics resolves a reference to itself (its fields only need what the gateway sent). */
const Project: ProjectResolvers = {
  __resolveReference: (reference) => reference,
};

/** See {@link Project}. */
const ProjectVersion: ProjectVersionResolvers = {
  __resolveReference: (reference) => reference,
};

/** Entity resolution of the references metrics extends; the modules add their fields. */
export const referencesResolvers: ResolverMap = { Project, ProjectVersion };
