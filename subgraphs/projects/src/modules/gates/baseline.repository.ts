import { TenantRepository, onlyIds, placeholders, timestampOf } from '@steward/kernel';
import type { ComparisonOperator, Severity } from './gate-evaluator.js';
import { BaselineSchema, type Baseline, type BaselineRecord } from './baseline.entity.js';

/** A row of `projects.baselines` as PostgreSQL returns it. */
interface BaselineRow {
  id: string;
  organization_id: string;
  project_id: string;
  metric: string;
  operator: ComparisonOperator;
  threshold: number;
  severity: Severity;
  created_at: unknown;
  updated_at: unknown;
  updated_by: string;
}

function recordOf(row: BaselineRow): BaselineRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    projectId: row.project_id,
    metric: row.metric,
    operator: row.operator,
    threshold: row.threshold,
    severity: row.severity,
    createdAt: timestampOf(row.created_at),
    updatedAt: timestampOf(row.updated_at),
    updatedBy: row.updated_by,
  };
}

/** Quality-gate baselines of the organizations in its tenant scope. */
export class BaselineRepository extends TenantRepository {
  async findByIds(ids: readonly string[]): Promise<Baseline[]> {
    const wanted = onlyIds(ids);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.find(BaselineSchema, { id: { $in: wanted } });
  }

  /** Baselines of the projects as rows read now, ordered by metric then severity (ERROR before WARN). */
  async listForProjects(projectIds: readonly string[]): Promise<BaselineRecord[]> {
    const wanted = onlyIds(new Set(projectIds));
    if (!wanted.length || this.scope.isEmpty) return [];
    const rows = await this.sql<BaselineRow>(
      `select * from projects.baselines where project_id in (${placeholders(wanted)}) and {{tenant}} order by metric, severity`,
      wanted,
    );
    return rows.map(recordOf);
  }

  findFor(projectId: string, metric: string, severity: Severity): Promise<Baseline | null> {
    return this.findOne(BaselineSchema, { projectId, metric, severity });
  }

  countForProject(projectId: string): Promise<number> {
    return this.count(BaselineSchema, { projectId });
  }

  add(data: Pick<Baseline, 'id' | 'organizationId' | 'projectId' | 'metric' | 'operator' | 'threshold' | 'severity' | 'updatedBy'>, at: Date): Baseline {
    return this.create(BaselineSchema, { ...data, createdAt: at, updatedAt: at });
  }

  /** Schedules the baseline's removal with the transaction's flush. */
  removeBaseline(baseline: Baseline): void {
    this.remove(baseline);
  }
}
