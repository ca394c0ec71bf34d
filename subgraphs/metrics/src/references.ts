import { isId } from '@steward/kernel';
import { z } from 'zod';

/**
 * The `Project` and `ProjectVersion` entities as metrics sees them (their SDL is `references.graphql`):
 * projects owns them; metrics adds fields that need their organization, which the gateway supplies
 * through `@requires`. Every module contributing such a field reads the organization here.
 */

/** A project as the gateway hands it to metrics: its key and the fields metrics' fields require. */
export interface ProjectReference {
  id: string;
  organization?: { id: string };
}

/** A project version as the gateway hands it to metrics: its key and the fields metrics' fields require. */
export interface ProjectVersionReference {
  id: string;
  project?: { organization?: { id: string } };
}

/** The organization that owns a project, or null when the gateway did not supply it. */
export function organizationOfProject(project: ProjectReference): string | null {
  return project.organization?.id ?? null;
}

/** The organization that owns a version (through its project), or null when the gateway did not supply it. */
export function organizationOfVersion(version: ProjectVersionReference): string | null {
  return version.project?.organization?.id ?? null;
}

/**
 * The id of another subgraph's object (a project, a version, a team, a user) in client input,
 * optional: absent and null become null. Whether it is the organization's is asked of its owner
 * later (`assertReferencesExist`); this only refuses what cannot be an id at all.
 */
export function optionalReferenceId(what: string) {
  return z
    .string()
    .refine(isId, `must be the id of a ${what}`)
    .nullish()
    .transform((value) => value ?? null);
}
