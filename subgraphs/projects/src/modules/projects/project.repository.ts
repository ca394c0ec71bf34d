import { LockMode, type EntityManager } from '@mikro-orm/core';
import { pageOf, type Page } from '../../pagination.js';
import { likeContains, uuidValues } from '../../sql.js';
import { TenantScope, isUuid } from '../../tenancy.js';
import { ProjectSchema, type Project } from './project.entity.js';

/** Which projects of an organization a list shows, and where the page starts. */
export interface ProjectListQuery {
  first: number;
  afterSlug: string | null;
  includeArchived: boolean;
  search: string | null;
}

/** Projects of the organizations the repository was constructed for; no method reaches another tenant's rows. */
export class ProjectRepository {
  private constructor(private readonly em: EntityManager, private readonly scope: TenantScope) {}

  static forOrganization(em: EntityManager, organizationId: string): ProjectRepository {
    return new ProjectRepository(em, new TenantScope([organizationId]));
  }

  static forScope(em: EntityManager, scope: TenantScope): ProjectRepository {
    return new ProjectRepository(em, scope);
  }

  async findManyByIds(ids: readonly string[]): Promise<Project[]> {
    const wanted = ids.filter(isUuid);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.em.find(ProjectSchema, { id: { $in: wanted }, organizationId: { $in: this.scope.organizationIds } });
  }

  async findBySlug(organizationId: string, slug: string): Promise<Project | null> {
    if (!this.scope.includes(organizationId)) return null;
    return this.em.findOne(ProjectSchema, { organizationId, slug });
  }

  /**
   * Reads the project and locks its row until the transaction ends (`select … for update`).
   * Every change to a project's versions or baselines takes this lock first, so they are serialised
   * per project and see each other's effects. Must run inside a transaction.
   */
  async lockById(id: string): Promise<Project | null> {
    if (!isUuid(id) || this.scope.isEmpty) return null;
    return this.em.findOne(
      ProjectSchema,
      { id, organizationId: { $in: this.scope.organizationIds } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  add(data: Pick<Project, 'id' | 'organizationId' | 'name' | 'slug' | 'description' | 'settings' | 'createdBy'>): Project {
    const now = new Date();
    return this.em.create(ProjectSchema, { ...data, archivedAt: null, createdAt: now, updatedAt: now });
  }

  /**
   * One page of projects per organization, ordered by slug, in a single statement (a lateral join
   * per organization), so listing the projects of many organizations costs one query.
   */
  async listForOrganizations(organizationIds: readonly string[], query: ProjectListQuery): Promise<Map<string, Page<Project>>> {
    const wanted = [...new Set(organizationIds)].filter((id) => this.scope.includes(id));
    const pages = new Map<string, Page<Project>>(organizationIds.map((id) => [id, { items: [], hasNextPage: false }]));
    if (!wanted.length) return pages;
    const pattern = query.search === null ? null : likeContains(query.search);
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select p.* from ${uuidValues(wanted)} as o(id)
       cross join lateral (
         select * from projects.projects p
          where p.organization_id = o.id
            and (?::boolean or p.archived_at is null)
            and (?::text is null or p.name ilike ? or p.slug ilike ?)
            and (?::text is null or p.slug > ?)
          order by p.slug
          limit ?
       ) p`,
      [...wanted, query.includeArchived, pattern, pattern, pattern, query.afterSlug, query.afterSlug, query.first + 1],
      'all',
      this.em.getTransactionContext(),
    );
    const byOrganization = new Map<string, Project[]>();
    for (const row of rows) {
      const project = this.em.map(ProjectSchema, row);
      byOrganization.set(project.organizationId, [...(byOrganization.get(project.organizationId) ?? []), project]);
    }
    for (const id of wanted) pages.set(id, pageOf(byOrganization.get(id) ?? [], query.first));
    return pages;
  }
}
