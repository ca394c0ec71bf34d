import { TenantRepository, isId, onlyIds, placeholders } from '@steward/kernel';
import { perParentPageSql, type PageCondition } from '../../per-parent-page.js';
import { ProjectVersionSchema, type ProjectVersion, type VersionStage } from './version.entity.js';

/** A page of each project's versions, newest first (the list's cursor is `[number]`), optionally of some stages only. */
export interface VersionPageQuery {
  first: number;
  beforeNumber: number | null;
  stages: VersionStage[] | null;
}

/** Versions of the organizations in its tenant scope. */
export class VersionRepository extends TenantRepository {
  async findByIds(ids: readonly string[]): Promise<ProjectVersion[]> {
    const wanted = onlyIds(ids);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.find(ProjectVersionSchema, { id: { $in: wanted } });
  }

  /** Which of the ids are versions in scope, with their projects (reads those two columns only). */
  async projectsOf(ids: readonly string[]): Promise<{ id: string; projectId: string }[]> {
    const wanted = onlyIds(ids);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.sql<{ id: string; projectId: string }>(
      `select id, project_id as "projectId" from projects.project_versions where id in (${placeholders(wanted)}) and {{tenant}}`,
      wanted,
    );
  }

  /** Reads the version afresh from the database (inside a transaction that holds its project's lock). */
  async findFresh(id: string, projectId: string): Promise<ProjectVersion | null> {
    if (!isId(id) || this.scope.isEmpty) return null;
    return this.findOne(ProjectVersionSchema, { id, projectId }, { refresh: true });
  }

  /** The production (V2) version of each project that has one. */
  async findProductionForProjects(projectIds: readonly string[]): Promise<ProjectVersion[]> {
    const wanted = onlyIds(projectIds);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.find(ProjectVersionSchema, { projectId: { $in: wanted }, stage: 'V2' });
  }

  async existsWithName(projectId: string, name: string): Promise<boolean> {
    return (await this.count(ProjectVersionSchema, { projectId, name })) > 0;
  }

  /** The next sequence number in a project; call while holding the project's lock. */
  async nextNumber(projectId: string): Promise<number> {
    const [row] = await this.sql<{ next: number }>(
      'select coalesce(max(number), 0) + 1 as next from projects.project_versions where project_id = ? and {{tenant}}',
      [projectId],
    );
    return Number(row!.next);
  }

  /** The retired (V3) version that most recently left production, if any: what a rollback restores. */
  async findLastRetiredFromProduction(projectId: string): Promise<ProjectVersion | null> {
    if (this.scope.isEmpty) return null;
    const [version] = await this.findBySql(
      ProjectVersionSchema,
      `select v.* from projects.project_versions v
         join projects.version_transitions t on t.version_id = v.id
        where v.project_id = ? and {{tenant:v}}
          and v.stage = 'V3' and t.from_stage = 'V2' and t.to_stage = 'V3'
        order by t.seq desc
        limit 1`,
      [projectId],
    );
    return version ?? null;
  }

  add(
    data: Pick<ProjectVersion, 'id' | 'organizationId' | 'projectId' | 'number' | 'name' | 'modelConfig' | 'changelog' | 'createdBy' | 'sourceRepositoryId' | 'sourceCommitSha'>,
    at: Date,
  ): ProjectVersion {
    return this.create(ProjectVersionSchema, { ...data, stage: 'V1', stageChangedAt: at, createdAt: at });
  }

  /** Up to `first + 1` versions of each project, newest first, in a single statement. */
  async pagesForProjects(projectIds: readonly string[], query: VersionPageQuery): Promise<ProjectVersion[]> {
    const wanted = onlyIds(new Set(projectIds));
    if (!wanted.length || this.scope.isEmpty) return [];
    const where: PageCondition[] = [
      ...(query.stages?.length ? [{ sql: `t.stage in (${placeholders(query.stages)})`, bindings: query.stages }] : []),
      ...(query.beforeNumber === null ? [] : [{ sql: 't.number < ?', bindings: [query.beforeNumber] }]),
    ];
    return this.findBySql(
      ProjectVersionSchema,
      ...perParentPageSql(wanted, { table: 'projects.project_versions', parentColumn: 'project_id', where, orderBy: 't.number desc', limit: query.first + 1 }),
    );
  }
}
