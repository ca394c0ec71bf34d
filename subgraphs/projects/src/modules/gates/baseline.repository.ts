import type { EntityManager } from '@mikro-orm/core';
import { TenantScope, isUuid } from '../../tenancy.js';
import type { Severity } from './gate-evaluator.js';
import { BaselineSchema, type Baseline } from './baseline.entity.js';

/** Quality-gate baselines of the organizations the repository was constructed for. */
export class BaselineRepository {
  private constructor(private readonly em: EntityManager, private readonly scope: TenantScope) {}

  static forOrganization(em: EntityManager, organizationId: string): BaselineRepository {
    return new BaselineRepository(em, new TenantScope([organizationId]));
  }

  static forScope(em: EntityManager, scope: TenantScope): BaselineRepository {
    return new BaselineRepository(em, scope);
  }

  async findManyByIds(ids: readonly string[]): Promise<Baseline[]> {
    const wanted = ids.filter(isUuid);
    if (!wanted.length || this.scope.isEmpty) return [];
    return this.em.find(BaselineSchema, { id: { $in: wanted }, organizationId: { $in: this.scope.organizationIds } });
  }

  /** Baselines of each project, ordered by metric then severity (ERROR before WARN). */
  async listForProjects(projectIds: readonly string[], options: { fresh?: boolean } = {}): Promise<Map<string, Baseline[]>> {
    const wanted = [...new Set(projectIds)].filter(isUuid);
    const out = new Map<string, Baseline[]>(projectIds.map((id) => [id, []]));
    if (!wanted.length || this.scope.isEmpty) return out;
    const rows = await this.em.find(
      BaselineSchema,
      { projectId: { $in: wanted }, organizationId: { $in: this.scope.organizationIds } },
      { orderBy: { metric: 'asc', severity: 'asc' }, refresh: options.fresh ?? false },
    );
    for (const baseline of rows) out.get(baseline.projectId)!.push(baseline);
    return out;
  }

  findFor(projectId: string, metric: string, severity: Severity): Promise<Baseline | null> {
    return this.em.findOne(BaselineSchema, { projectId, metric, severity, organizationId: { $in: this.scope.organizationIds } });
  }

  countForProject(projectId: string): Promise<number> {
    return this.em.count(BaselineSchema, { projectId, organizationId: { $in: this.scope.organizationIds } });
  }

  add(data: Pick<Baseline, 'id' | 'organizationId' | 'projectId' | 'metric' | 'operator' | 'threshold' | 'severity' | 'updatedBy'>): Baseline {
    if (!this.scope.includes(data.organizationId)) throw new Error('A baseline must belong to the repository’s organization.');
    const now = new Date();
    return this.em.create(BaselineSchema, { ...data, createdAt: now, updatedAt: now });
  }

  remove(baseline: Baseline): void {
    this.em.remove(baseline);
  }
}
