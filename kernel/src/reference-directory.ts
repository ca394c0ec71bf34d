import { BadUserInputError } from './errors.js';
import type { RouteClient } from './internal-route.js';
import { memberLookupRoute, projectLookupRoute } from './reference-routes.js';

/** Of the project and version ids asked about, those of the organization (a version with its project). */
export interface ProjectLookup {
  projectIds: string[];
  versions: { id: string; projectId: string }[];
  /** The version in production of each found project that has one. */
  productionVersions?: { projectId: string; versionId: string }[];
}

/** Of the team, user and API key ids asked about, the organization's teams, its members and its keys. */
export interface MemberLookup {
  teamIds: string[];
  userIds: string[];
  apiKeyIds?: string[];
}

/**
 * Answers "do these ids belong to this organization?" for the ids a subgraph stores but other
 * subgraphs own: projects and versions (projects), teams, members and API keys (organizations). No
 * subgraph reads their tables; in a deployment this is their internal HTTP routes.
 */
export interface ReferenceDirectory {
  projects(organizationId: string, query: { projectIds: string[]; versionIds: string[] }): Promise<ProjectLookup>;
  members(organizationId: string, query: { teamIds: string[]; userIds: string[]; apiKeyIds?: string[] }): Promise<MemberLookup>;
}

/**
 * The directory over the owners' internal routes: {@link projectLookupRoute} on projects and
 * {@link memberLookupRoute} on organizations, as the calling subgraph.
 */
export class HttpReferenceDirectory implements ReferenceDirectory {
  constructor(private readonly routes: RouteClient) {}

  projects(organizationId: string, query: { projectIds: string[]; versionIds: string[] }): Promise<ProjectLookup> {
    return this.routes.call(projectLookupRoute, { organizationId, ...query });
  }

  members(organizationId: string, query: { teamIds: string[]; userIds: string[]; apiKeyIds?: string[] }): Promise<MemberLookup> {
    return this.routes.call(memberLookupRoute, { organizationId, ...query });
  }
}

/** What an id refers to, with the dotted path of the input field that carries it. */
export type Reference =
  | { field: string; kind: 'project' | 'team' | 'user' | 'apiKey'; id: string }
  | { field: string; kind: 'version'; id: string; projectId: string };

const NOT_OURS: Record<Reference['kind'], string> = {
  project: 'is not a project of this organization',
  version: 'is not a version of a project of this organization',
  team: 'is not a team of this organization',
  user: 'is not a member of this organization',
  apiKey: 'is not an API key of this organization',
};

/**
 * Checks every reference against the organization with at most one lookup per owning subgraph
 * (distinct ids per kind, both lookups in parallel), and throws one BAD_USER_INPUT naming the first
 * offending field and listing all of them in `extensions.issues`.
 */
export async function assertReferencesExist(directory: ReferenceDirectory, organizationId: string, references: readonly Reference[]): Promise<void> {
  const distinct = (kind: Reference['kind']) => [...new Set(references.filter((r) => r.kind === kind).map((r) => r.id))];
  const projectIds = distinct('project');
  const versionIds = distinct('version');
  const teamIds = distinct('team');
  const userIds = distinct('user');
  const apiKeyIds = distinct('apiKey');
  const [projects, members] = await Promise.all([
    projectIds.length || versionIds.length ? directory.projects(organizationId, { projectIds, versionIds }) : { projectIds: [], versions: [] },
    teamIds.length || userIds.length || apiKeyIds.length
      ? directory.members(organizationId, apiKeyIds.length ? { teamIds, userIds, apiKeyIds } : { teamIds, userIds })
      : { teamIds: [], userIds: [], apiKeyIds: [] },
  ]);
  const known = {
    project: new Set(projects.projectIds),
    team: new Set(members.teamIds),
    user: new Set(members.userIds),
    apiKey: new Set(members.apiKeyIds ?? []),
  };
  const versionProject = new Map(projects.versions.map((version) => [version.id, version.projectId]));
  const issues: { field: string; message: string }[] = [];
  for (const reference of references) {
    if (reference.kind === 'version') {
      const owner = versionProject.get(reference.id);
      if (owner === undefined) issues.push({ field: reference.field, message: NOT_OURS.version });
      else if (owner !== reference.projectId) issues.push({ field: reference.field, message: 'is a version of another project than projectId' });
    } else if (!known[reference.kind].has(reference.id)) {
      issues.push({ field: reference.field, message: NOT_OURS[reference.kind] });
    }
  }
  const first = issues[0];
  if (!first) return;
  const error = new BadUserInputError(first.field, `${first.field}: ${first.message}`);
  (error.extensions as Record<string, unknown>).issues = issues;
  throw error;
}
