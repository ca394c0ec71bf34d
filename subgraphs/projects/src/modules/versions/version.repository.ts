import type { EntityManager } from '@mikro-orm/core';
import { pageOf, type Page } from '../../pagination.js';
import { placeholders, uuidValues } from '../../sql.js';
import { TenantScope, isUuid } from '../../tenancy.js';
import { ProjectVersionSchema, type ProjectVersion, type VersionStage } from './version.entity.js';

/** Which versions of a project a list shows (newest first), and where the page starts. */
export interface VersionListQuery {
  first: number;
  beforeNumber: number | null;
  stages: VersionStage[] | null;
}

/** Versions of the organizations the repository was constructed for. */
export class VersionRepository {
  private constructor(private readonly em: EntityManager, private readonly scope: TenantScope) {}

  static forOrganization(em: EntityManager, organizationId: string): VersionRepository {
    return new VersionRepository(em, new TenantScope([organizationId]));
  }

  static forScope(em: EntityManager, scope: TenantScope): VersionRepository {
    return new VersionRepository(em, scope);
  }

  async findManyByIds(ids: readonly string[]): Promise<ProjectVersion[]> {
    const wanted = ids.filter(isUuid);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.em.find(ProjectVersionSchema, { id: { $in: wanted }, organizationId: { $in: this.scope.organizationIds } });
  }

  /** Reads the version afresh from the database (inside a transaction that holds its project's lock). */
  async findFresh(id: string, projectId: string): Promise<ProjectVersion | null> {
    if (!isUuid(id) || this.scope.isEmpty) return null;
    return this.em.findOne(
      ProjectVersionSchema,
      { id, projectId, organizationId: { $in: this.scope.organizationIds } },
      { refresh: true },
    );
  }

  /** The production (V2) version of each project that has one. */
  async findProductionForProjects(projectIds: readonly string[]): Promise<ProjectVersion[]> {
    const wanted = projectIds.filter(isUuid);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.em.find(
      ProjectVersionSchema,
      { projectId: { $in: wanted }, stage: 'V2', organizationId: { $in: this.scope.organizationIds } },
    );
  }

  async existsWithName(projectId: string, name: string): Promise<boolean> {
    return (await this.em.count(ProjectVersionSchema, { projectId, name, organizationId: { $in: this.scope.organizationIds } })) > 0;
  }

  /** The next sequence number in a project; call while holding the project's lock. */
  async nextNumber(projectId: string): Promise<number> {
    const [row] = await this.em.getConnection().execute<{ next: number }[]>(
      'select coalesce(max(number), 0) + 1 as next from projects.project_versions where project_id = ?',
      [projectId],
      'all',
      this.em.getTransactionContext(),
    );
    return Number(row!.next);
  }

  /** The retired (V3) version that most recently left production, if any: what a rollback restores. */
  async findLastRetiredFromProduction(projectId: string): Promise<ProjectVersion | null> {
    if (this.scope.isEmpty) return null;
    const scopeIds = this.scope.organizationIds;
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select v.* from projects.project_versions v
         join projects.version_transitions t on t.version_id = v.id
        where v.project_id = ? and v.organization_id in (${placeholders(scopeIds)})
          and v.stage = 'V3' and t.from_stage = 'V2' and t.to_stage = 'V3'
        order by t.seq desc
        limit 1`,
      [projectId, ...scopeIds],
      'all',
      this.em.getTransactionContext(),
    );
    return rows[0] ? this.em.map(ProjectVersionSchema, rows[0]) : null;
  }

  add(data: Pick<ProjectVersion, 'id' | 'organizationId' | 'projectId' | 'number' | 'name' | 'modelConfig' | 'changelog' | 'createdBy'>): ProjectVersion {
    const now = new Date();
    return this.em.create(ProjectVersionSchema, { ...data, stage: 'V1', stageChangedAt: now, createdAt: now });
  }

  /** One page of versions per project, newest first, in a single statement. */
  async listForProjects(projectIds: readonly string[], query: VersionListQuery): Promise<Map<string, Page<ProjectVersion>>> {
    const wanted = [...new Set(projectIds)].filter(isUuid);
    const pages = new Map<string, Page<ProjectVersion>>(projectIds.map((id) => [id, { items: [], hasNextPage: false }]));
    if (!wanted.length || this.scope.isEmpty) return pages;
    const scopeIds = this.scope.organizationIds;
    const stages = query.stages?.length ? query.stages : null;
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select v.* from ${uuidValues(wanted)} as p(id)
       cross join lateral (
         select * from projects.project_versions v
          where v.project_id = p.id
            and v.organization_id in (${placeholders(scopeIds)})
            ${stages ? `and v.stage in (${placeholders(stages)})` : ''}
            and (?::integer is null or v.number < ?)
          order by v.number desc
          limit ?
       ) v`,
      [...wanted, ...scopeIds, ...(stages ?? []), query.beforeNumber, query.beforeNumber, query.first + 1],
      'all',
      this.em.getTransactionContext(),
    );
    const byProject = new Map<string, ProjectVersion[]>();
    for (const row of rows) {
      const version = this.em.map(ProjectVersionSchema, row);
      byProject.set(version.projectId, [...(byProject.get(version.projectId) ?? []), version]);
    }
    for (const id of wanted) pages.set(id, pageOf(byProject.get(id) ?? [], query.first));
    return pages;
  }
}
