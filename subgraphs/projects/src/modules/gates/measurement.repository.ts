import type { EntityManager } from '@mikro-orm/core';
import { placeholders } from '../../sql.js';
import { TenantScope, isUuid } from '../../tenancy.js';
import { MeasurementSchema, type Measurement } from './measurement.entity.js';

/** Values recorded for versions, scoped to the organizations the repository was constructed for. */
export class MeasurementRepository {
  private constructor(private readonly em: EntityManager, private readonly scope: TenantScope) {}

  static forOrganization(em: EntityManager, organizationId: string): MeasurementRepository {
    return new MeasurementRepository(em, new TenantScope([organizationId]));
  }

  static forScope(em: EntityManager, scope: TenantScope): MeasurementRepository {
    return new MeasurementRepository(em, scope);
  }

  /** Recorded values of each version, ordered by metric; always read afresh, since recording bypasses the identity map. */
  async listForVersions(versionIds: readonly string[]): Promise<Map<string, Measurement[]>> {
    const wanted = [...new Set(versionIds)].filter(isUuid);
    const out = new Map<string, Measurement[]>(versionIds.map((id) => [id, []]));
    if (!wanted.length || this.scope.isEmpty) return out;
    const rows = await this.em.find(
      MeasurementSchema,
      { versionId: { $in: wanted }, organizationId: { $in: this.scope.organizationIds } },
      { orderBy: { metric: 'asc' }, refresh: true },
    );
    for (const measurement of rows) out.get(measurement.versionId)!.push(measurement);
    return out;
  }

  /** How many metrics the version has recorded besides `metrics`. */
  countOtherMetrics(versionId: string, metrics: string[]): Promise<number> {
    return this.em.count(MeasurementSchema, { versionId, metric: { $nin: metrics }, organizationId: { $in: this.scope.organizationIds } });
  }

  /** Inserts the values, replacing earlier values of the same metrics, in one statement. */
  async record(organizationId: string, versionId: string, values: { metric: string; value: number }[], recordedBy: string, at: Date): Promise<void> {
    if (!this.scope.includes(organizationId)) throw new Error('Measurements must belong to the repository’s organization.');
    const params = values.flatMap(({ metric, value }) => [versionId, metric, organizationId, value, recordedBy, at]);
    await this.em.getConnection().execute(
      `insert into projects.version_measurements (version_id, metric, organization_id, value, recorded_by, recorded_at)
       values ${values.map(() => `(${placeholders([1, 2, 3, 4, 5, 6])})`).join(', ')}
       on conflict (version_id, metric) do update
         set value = excluded.value, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
      params,
      'run',
      this.em.getTransactionContext(),
    );
  }
}
