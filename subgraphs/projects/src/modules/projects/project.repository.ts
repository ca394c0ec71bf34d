import { LockMode } from '@mikro-orm/core';
import { TenantRepository, isId, likeContains, nullableTimestampOf, onlyIds, placeholders, timestampOf, type Connection, type PageRequest } from '@steward/kernel';
import { perParentPageSql, type PageCondition } from '../../per-parent-page.js';
import { ProjectSchema, type Project, type ProjectRecord } from './project.entity.js';
import type { ProjectSettings } from './project.models.js';

/** Which projects of an organization a list shows. */
export interface ProjectFilter {
  includeArchived: boolean;
  /** Matched literally and case-insensitively against the name and the slug. */
  search: string | null;
}

/** A page of each organization's projects by slug (the list's cursor is `[slug]`; slugs are unique per organization). */
export interface ProjectPageQuery extends ProjectFilter {
  first: number;
  afterSlug: string | null;
}

/** A row of `projects.projects` as PostgreSQL returns it. */
interface ProjectRow {
  id: string;
  organization_id: string;
  name: string;
  slug: string;
  description: string;
  settings: ProjectSettings;
  archived_at: unknown;
  created_by: string;
  created_at: unknown;
  updated_at: unknown;
}

function recordOf(row: ProjectRow): ProjectRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    settings: row.settings,
    archivedAt: nullableTimestampOf(row.archived_at),
    createdBy: row.created_by,
    createdAt: timestampOf(row.created_at),
    updatedAt: timestampOf(row.updated_at),
  };
}

/** Projects of the organizations in its tenant scope; no method reaches another tenant's rows. */
export class ProjectRepository extends TenantRepository {
  async findByIds(ids: readonly string[]): Promise<ProjectRecord[]> {
    const wanted = onlyIds(ids);
    if (!wanted.length || this.scope.isEmpty) return [];
    const rows = await this.sql<ProjectRow>(`select * from projects.projects where id in (${placeholders(wanted)}) and {{tenant}}`, wanted);
    return rows.map(recordOf);
  }

  /** Which of the ids are projects in scope, archived ones included (reads the ids only). */
  async existingIds(ids: readonly string[]): Promise<string[]> {
    const wanted = onlyIds(ids);
    if (!wanted.length || this.scope.isEmpty) return [];
    const rows = await this.sql<{ id: string }>(`select id from projects.projects where id in (${placeholders(wanted)}) and {{tenant}}`, wanted);
    return rows.map((row) => row.id);
  }

  async findBySlug(organizationId: string, slug: string): Promise<Project | null> {
    if (!this.scope.includes(organizationId)) return null;
    return this.findOne(ProjectSchema, { organizationId, slug });
  }

  /**
   * Reads the project and locks its row until the transaction ends (`select … for update`).
   * Every change to a project's versions or baselines takes this lock first, so they are serialised
   * per project and see each other's effects. Must run inside a transaction.
   */
  async lockById(id: string): Promise<Project | null> {
    if (!isId(id) || this.scope.isEmpty) return null;
    return this.findOne(ProjectSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  add(data: Pick<Project, 'id' | 'organizationId' | 'name' | 'slug' | 'description' | 'settings' | 'createdBy'>, at: Date): Project {
    return this.create(ProjectSchema, { ...data, archivedAt: null, createdAt: at, updatedAt: at });
  }

  /** One page of an organization's projects by slug, with MikroORM's cursor pagination. */
  pageForOrganization(organizationId: string, filter: ProjectFilter, page: PageRequest<string>): Promise<Connection<Project>> {
    const pattern = filter.search === null ? null : likeContains(filter.search);
    return this.findPage(
      ProjectSchema,
      {
        organizationId,
        ...(filter.includeArchived ? {} : { archivedAt: null }),
        ...(pattern === null ? {} : { $or: [{ name: { $ilike: pattern } }, { slug: { $ilike: pattern } }] }),
      },
      page,
      { slug: 'asc' },
    );
  }

  /**
   * The same list for many organizations at once (`Organization.projects` resolved for a batch of
   * organizations): up to `first + 1` projects of each, by slug, in a single statement.
   */
  async pagesForOrganizations(organizationIds: readonly string[], query: ProjectPageQuery): Promise<ProjectRecord[]> {
    const wanted = [...new Set(organizationIds)].filter((id) => this.scope.includes(id));
    if (!wanted.length) return [];
    const pattern = query.search === null ? null : likeContains(query.search);
    const where: PageCondition[] = [
      ...(query.includeArchived ? [] : [{ sql: 't.archived_at is null', bindings: [] }]),
      ...(pattern === null ? [] : [{ sql: '(t.name ilike ? or t.slug ilike ?)', bindings: [pattern, pattern] }]),
      ...(query.afterSlug === null ? [] : [{ sql: 't.slug > ?', bindings: [query.afterSlug] }]),
    ];
    const rows = await this.sql<ProjectRow>(
      ...perParentPageSql(wanted, { table: 'projects.projects', parentColumn: 'organization_id', where, orderBy: 't.slug', limit: query.first + 1 }),
    );
    return rows.map(recordOf);
  }
}
