import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError, NotFoundError, keys, parseInput, parsePage, toConnection, type Connection, type PageArgs, type Permission } from '@steward/kernel';
import { ProjectArchivedError } from '../../projects.errors.js';
import type { ServiceScope } from '../../projects.context.js';
import type { Project, ProjectRecord } from './project.entity.js';
import { CreateProjectInputModel, DEFAULT_SETTINGS, ProjectFilterModel, SlugModel, UpdateProjectInputModel, type ProjectSettings } from './project.models.js';
import { ProjectRepository } from './project.repository.js';

const SLUG_TAKEN = 'Another project of this organization already has this slug.';

/**
 * Reads the project under its row lock (see {@link ProjectRepository.lockById}) inside a transaction
 * and refuses archived ones (PROJECT_ARCHIVED): the first step of every change to a project.
 */
export async function lockActiveProject(projects: ProjectRepository, projectId: string): Promise<Project> {
  const project = await projects.lockById(projectId);
  if (!project) throw new NotFoundError('Project');
  if (project.archivedAt) throw new ProjectArchivedError();
  return project;
}

/**
 * Creates, changes, archives and lists projects. Every public method checks the caller's permission
 * in the project's organization before anything else.
 */
export class ProjectService {
  constructor(private readonly scope: ServiceScope) {}

  /** The project when the caller may read it, else null: unknown ids and other tenants' ids look the same. */
  byId(id: string): Promise<ProjectRecord | null> {
    return this.scope.loaders.projectById.load(id);
  }

  /** Like {@link byId}, but NOT_FOUND instead of null; the first step of every change to a project. */
  async require(id: string): Promise<ProjectRecord> {
    const project = await this.byId(id);
    if (!project) throw new NotFoundError('Project');
    return project;
  }

  /** The project with this slug in the organization, or null when there is none the caller may see. */
  async bySlug(organizationId: string, slug: string): Promise<Project | null> {
    const readable = await this.scope.access.scope('project:read');
    const parsed = SlugModel.safeParse(slug);
    if (!readable.includes(organizationId) || !parsed.success) return null;
    return new ProjectRepository(this.scope.em, readable).findBySlug(organizationId, parsed.data);
  }

  /** A page of an organization's projects by slug. NOT_FOUND when the caller has nothing in that organization. */
  async list(organizationId: string, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Project>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'project:read');
    const page = parsePage(rawArgs, keys.text);
    const filter = parseInput(ProjectFilterModel, rawArgs);
    return new ProjectRepository(this.scope.em, tenant).pageForOrganization(organizationId, filter, page);
  }

  /**
   * `Organization.projects`: the same list, but null when the caller may not see the organization's
   * projects. The gateway may resolve it for many organizations at once, so it goes through a loader.
   */
  async listOrNull(organizationId: string, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<ProjectRecord> | null> {
    if (!(await this.scope.access.can(organizationId, 'project:read'))) return null;
    const page = parsePage(rawArgs, keys.text);
    const filter = parseInput(ProjectFilterModel, rawArgs);
    const rows = await this.scope.loaders.projectsByOrganization({ ...filter, first: page.first, afterSlug: page.after }).load(organizationId);
    return toConnection(rows, page.first, (project) => [project.slug]);
  }

  /** Creates a project; its slug must be free in the organization. */
  async create(rawInput: { organizationId: string }): Promise<Project> {
    const tenant = await this.scope.access.scopeOf(rawInput.organizationId, 'project:write');
    const input = parseInput(CreateProjectInputModel, rawInput, 'input');
    const project = await this.withSlugConflict(() =>
      this.scope.em.transactional(async (tx) => {
        const projects = new ProjectRepository(tx, tenant);
        if (await projects.findBySlug(input.organizationId, input.slug)) throw new ConflictError(SLUG_TAKEN, 'input.slug');
        return projects.add({ id: randomUUID(), ...input, createdBy: this.scope.access.principal() }, this.scope.clock());
      }),
    );
    this.scope.forgetReads();
    this.scope.logger.info('Created project (projectId=%s, organizationId=%s)', project.id, project.organizationId);
    return project;
  }

  /** Changes an active project; omitted fields stay, a given settings document replaces the stored one. */
  async update(rawInput: { id: string }): Promise<Project> {
    const found = await this.require(rawInput.id);
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'project:write');
    const input = parseInput(UpdateProjectInputModel, rawInput, 'input');
    const project = await this.withSlugConflict(() =>
      this.scope.em.transactional(async (tx) => {
        const projects = new ProjectRepository(tx, tenant);
        const locked = await lockActiveProject(projects, found.id);
        if (input.slug && input.slug !== locked.slug && (await projects.findBySlug(locked.organizationId, input.slug))) {
          throw new ConflictError(SLUG_TAKEN, 'input.slug');
        }
        if (input.name) locked.name = input.name;
        if (input.slug) locked.slug = input.slug;
        if (input.description != null) locked.description = input.description;
        if (input.settings) locked.settings = input.settings;
        locked.updatedAt = this.scope.clock();
        return locked;
      }),
    );
    this.scope.forgetReads();
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
  settingsOf(project: ProjectRecord): ProjectSettings {
    return { ...DEFAULT_SETTINGS, ...project.settings };
  }

  /** Whether the caller holds `permission` in the project's organization and, for changes, the project is active. */
  async viewerCan(project: ProjectRecord, permission: Permission, options: { change: boolean }): Promise<boolean> {
    if (options.change && project.archivedAt) return false;
    return this.scope.access.can(project.organizationId, permission);
  }

  private async setArchived(id: string, archived: boolean): Promise<Project> {
    const found = await this.require(id);
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'project:archive');
    const project = await this.scope.em.transactional(async (tx) => {
      const locked = await new ProjectRepository(tx, tenant).lockById(found.id);
      if (!locked) throw new NotFoundError('Project');
      // Archiving an archived project (or the reverse) changes nothing and is not an error.
      if (Boolean(locked.archivedAt) !== archived) {
        const now = this.scope.clock();
        locked.archivedAt = archived ? now : null;
        locked.updatedAt = now;
      }
      return locked;
    });
    this.scope.forgetReads();
    this.scope.logger.info('%s project (projectId=%s)', archived ? 'Archived' : 'Unarchived', project.id);
    return project;
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
