import { TenantRepository, isId, onlyIds, placeholders, timestampOf } from '@steward/kernel';
import type { JsonObject } from '../../json.js';
import { perParentPageSql, type PageCondition } from '../../per-parent-page.js';
import { ProjectVersionSchema, type ProjectVersion, type VersionRecord, type VersionStage } from './version.entity.js';

/** A page of each project's versions, newest first (the list's cursor is `[number]`), optionally of some stages only. */
export interface VersionPageQuery {
  first: number;
  beforeNumber: number | null;
  stages: VersionStage[] | null;
}

/** A row of `projects.project_versions` as PostgreSQL returns it. */
interface VersionRow {
  id: string;
  organization_id: string;
  project_id: string;
  number: number;
  name: string;
  model_config: JsonObject;
  changelog: string;
  stage: VersionStage;
  stage_changed_at: unknown;
  created_by: string;
  created_at: unknown;
  source_repository_id: string | null;
  source_commit_sha: string | null;
}

function recordOf(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    projectId: row.project_id,
    number: row.number,
    name: row.name,
    modelConfig: row.model_config,
    changelog: row.changelog,
    stage: row.stage,
    stageChangedAt: timestampOf(row.stage_changed_at),
    createdBy: row.created_by,
    createdAt: timestampOf(row.created_at),
    sourceRepositoryId: row.source_repository_id,
    sourceCommitSha: row.source_commit_sha,
  };
}

/** Versions of the organizations in its tenant scope. */
export class VersionRepository extends TenantRepository {
  async findByIds(ids: readonly string[]): Promise<VersionRecord[]> {
    const wanted = onlyIds(ids);
    if (!wanted.length || this.scope.isEmpty) return [];
    const rows = await this.sql<VersionRow>(`select * from projects.project_versions where id in (${placeholders(wanted)}) and {{tenant}}`, wanted);
    return rows.map(recordOf);
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

  /** The production (V2) version of each project that has one, as entities (what a stage change moves). */
  async findProductionForProjects(projectIds: readonly string[]): Promise<ProjectVersion[]> {
    const wanted = onlyIds(projectIds);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.find(ProjectVersionSchema, { projectId: { $in: wanted }, stage: 'V2' });
  }

  /** The production (V2) version of each project that has one, as rows (what reads show). */
  async productionOfProjects(projectIds: readonly string[]): Promise<VersionRecord[]> {
    const wanted = onlyIds(new Set(projectIds));
    if (!wanted.length || this.scope.isEmpty) return [];
    const rows = await this.sql<VersionRow>(
      `select * from projects.project_versions where project_id in (${placeholders(wanted)}) and stage = 'V2' and {{tenant}}`,
      wanted,
    );
    return rows.map(recordOf);
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
  async pagesForProjects(projectIds: readonly string[], query: VersionPageQuery): Promise<VersionRecord[]> {
    const wanted = onlyIds(new Set(projectIds));
    if (!wanted.length || this.scope.isEmpty) return [];
    const where: PageCondition[] = [
      ...(query.stages?.length ? [{ sql: `t.stage in (${placeholders(query.stages)})`, bindings: query.stages }] : []),
      ...(query.beforeNumber === null ? [] : [{ sql: 't.number < ?', bindings: [query.beforeNumber] }]),
    ];
    const rows = await this.sql<VersionRow>(
      ...perParentPageSql(wanted, { table: 'projects.project_versions', parentColumn: 'project_id', where, orderBy: 't.number desc', limit: query.first + 1 }),
    );
    return rows.map(recordOf);
  }
}
