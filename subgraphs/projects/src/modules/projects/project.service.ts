import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError, NotFoundError, UnauthenticatedError, type Permission } from '@steward/kernel';
import { ProjectArchivedError } from '../../projects.errors.js';
import type { ServiceScope } from '../../projects.context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../pagination.js';
import { parseInput } from '../../validation.js';
import type { Project } from './project.entity.js';
import {
  CreateProjectInputModel,
  DEFAULT_SETTINGS,
  ProjectListArgsModel,
  SlugModel,
  UpdateProjectInputModel,
  type ProjectSettings,
} from './project.models.js';
import { ProjectRepository, type ProjectListQuery } from './project.repository.js';

const SLUG_TAKEN = 'Another project of this organization already has this slug.';
const PROJECT_CURSOR = 'project';

/** Throws PROJECT_ARCHIVED unless the project is active. */
export function requireActive(project: Project): void {
  if (project.archivedAt) throw new ProjectArchivedError();
}

/** The principal key recorded as the author of a change; AccessControl.assert has already refused anonymous callers. */
export function actorOf(scope: ServiceScope): string {
  if (!scope.actor) throw new UnauthenticatedError();
  return scope.actor;
}

/**
 * Creates, changes, archives and lists projects. Every public method checks the caller's permission
 * in the project's organization before anything else.
 */
export class ProjectService {
  constructor(private readonly scope: ServiceScope) {}

  /** The project when the caller may read it, else null: unknown ids and other tenants' ids look the same. */
  byId(id: string): Promise<Project | null> {
    return this.scope.loaders.projectById.load(id);
  }

  /** Like {@link byId}, but NOT_FOUND instead of null; the first step of every change to a project. */
  async require(id: string): Promise<Project> {
    const project = await this.byId(id);
    if (!project) throw new NotFoundError('Project');
    return project;
  }

  /** The project with this slug in the organization, or null when there is none the caller may see. */
  async bySlug(organizationId: string, slug: string): Promise<Project | null> {
    if (!(await this.scope.access.can(organizationId, 'project:read'))) return null;
    const parsed = SlugModel.safeParse(slug);
    if (!parsed.success) return null;
    return ProjectRepository.forOrganization(this.scope.em, organizationId).findBySlug(organizationId, parsed.data);
  }

  /** A page of an organization's projects. NOT_FOUND when the caller has nothing in that organization. */
  async list(organizationId: string, rawArgs: Record<string, unknown>): Promise<Connection<Project>> {
    await this.scope.access.assert(organizationId, 'project:read');
    return this.page(organizationId, rawArgs);
  }

  /** `Organization.projects`: like {@link list}, but null when the caller may not see the organization's projects. */
  async listOrNull(organizationId: string, rawArgs: Record<string, unknown>): Promise<Connection<Project> | null> {
    if (!(await this.scope.access.can(organizationId, 'project:read'))) return null;
    return this.page(organizationId, rawArgs);
  }

  /** Creates a project; its slug must be free in the organization. */
  async create(rawInput: { organizationId: string }): Promise<Project> {
    await this.scope.access.assert(rawInput.organizationId, 'project:write');
    const input = parseInput(CreateProjectInputModel, rawInput, 'input');
    const actor = actorOf(this.scope);
    const project = await this.withSlugConflict(() =>
      this.scope.em.transactional(async (tx) => {
        const projects = ProjectRepository.forOrganization(tx, input.organizationId);
        if (await projects.findBySlug(input.organizationId, input.slug)) throw new ConflictError(SLUG_TAKEN, 'input.slug');
        return projects.add({ id: randomUUID(), ...input, createdBy: actor });
      }),
    );
    this.scope.logger.info('Created project (projectId=%s, organizationId=%s)', project.id, project.organizationId);
    return project;
  }

  /** Changes an active project; omitted fields stay, a given settings document replaces the stored one. */
  async update(rawInput: { id: string }): Promise<Project> {
    const found = await this.require(rawInput.id);
    await this.scope.access.assert(found.organizationId, 'project:write');
    const input = parseInput(UpdateProjectInputModel, rawInput, 'input');
    const project = await this.withSlugConflict(() =>
      this.scope.em.transactional(async (tx) => {
        const projects = ProjectRepository.forOrganization(tx, found.organizationId);
        const locked = await projects.lockById(found.id);
        if (!locked) throw new NotFoundError('Project');
        requireActive(locked);
        if (input.slug && input.slug !== locked.slug && (await projects.findBySlug(locked.organizationId, input.slug))) {
          throw new ConflictError(SLUG_TAKEN, 'input.slug');
        }
        if (input.name) locked.name = input.name;
        if (input.slug) locked.slug = input.slug;
        if (input.description != null) locked.description = input.description;
        if (input.settings) locked.settings = input.settings;
        locked.updatedAt = new Date();
        return locked;
      }),
    );
    this.scope.logger.info('Updated project (projectId=%s)', project.id);
    return project;
  }

  /** Makes the project read-only (idempotent). */
  async archive(id: string): Promise<Project> {
    return this.setArchived(id, true);
  }

  /** Makes an archived project writable again (idempotent). */
  async unarchive(id: string): Promise<Project> {
    return this.setArchived(id, false);
  }

  /** The stored settings with defaults for fields added since they were written. */
  settingsOf(project: Project): ProjectSettings {
    return { ...DEFAULT_SETTINGS, ...project.settings };
  }

  /** Whether the caller holds `permission` in the project's organization and, for changes, the project is active. */
  async viewerCan(project: Project, permission: Permission, options: { change: boolean }): Promise<boolean> {
    if (options.change && project.archivedAt) return false;
    return this.scope.access.can(project.organizationId, permission);
  }

  private async setArchived(id: string, archived: boolean): Promise<Project> {
    const found = await this.require(id);
    await this.scope.access.assert(found.organizationId, 'project:archive');
    const project = await this.scope.em.transactional(async (tx) => {
      const locked = await ProjectRepository.forOrganization(tx, found.organizationId).lockById(found.id);
      if (!locked) throw new NotFoundError('Project');
      // Archiving an archived project (or the reverse) changes nothing and is not an error.
      if (Boolean(locked.archivedAt) !== archived) {
        locked.archivedAt = archived ? new Date() : null;
        locked.updatedAt = new Date();
      }
      return locked;
    });
    this.scope.logger.info('%s project (projectId=%s)', archived ? 'Archived' : 'Unarchived', project.id);
    return project;
  }

  private async page(organizationId: string, rawArgs: Record<string, unknown>): Promise<Connection<Project>> {
    const args = parseInput(ProjectListArgsModel, rawArgs);
    const query: ProjectListQuery = {
      first: args.first,
      afterSlug: args.after ? decodeCursor(PROJECT_CURSOR, args.after, 'string') : null,
      includeArchived: args.includeArchived,
      search: args.search,
    };
    const page = await this.scope.loaders.projectsByOrganization(query).load(organizationId);
    return toConnection(page, (project) => encodeCursor(PROJECT_CURSOR, project.slug));
  }

  /** Two requests can pass the slug check together; the unique index decides, and the loser gets CONFLICT. */
  private async withSlugConflict<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(SLUG_TAKEN, 'input.slug');
      throw error;
    }
  }
}
