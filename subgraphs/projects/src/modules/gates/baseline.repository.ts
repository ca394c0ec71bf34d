import { TenantRepository, onlyIds } from '@steward/kernel';
import type { Severity } from './gate-evaluator.js';
import { BaselineSchema, type Baseline } from './baseline.entity.js';

/** Quality-gate baselines of the organizations in its tenant scope. */
export class BaselineRepository extends TenantRepository {
  async findByIds(ids: readonly string[]): Promise<Baseline[]> {
    const wanted = onlyIds(ids);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.find(BaselineSchema, { id: { $in: wanted } });
  }

  /** Baselines of the projects, ordered by metric then severity (ERROR before WARN); `fresh` reads past the identity map. */
  async listForProjects(projectIds: readonly string[], options: { fresh?: boolean } = {}): Promise<Baseline[]> {
    const wanted = onlyIds(new Set(projectIds));
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.find(BaselineSchema, { projectId: { $in: wanted } }, { orderBy: { metric: 'asc', severity: 'asc' }, refresh: options.fresh ?? false });
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
