import { TenantRepository, onlyIds, placeholders, timestampOf } from '@steward/kernel';
import { MeasurementSchema, type MeasurementRecord } from './measurement.entity.js';

/** A row of `projects.version_measurements` as PostgreSQL returns it. */
interface MeasurementRow {
  version_id: string;
  metric: string;
  organization_id: string;
  value: number;
  recorded_by: string;
  recorded_at: unknown;
}

/** Values recorded for versions of the organizations in its tenant scope. */
export class MeasurementRepository extends TenantRepository {
  /** Recorded values of the versions as rows read now, ordered by metric. */
  async listForVersions(versionIds: readonly string[]): Promise<MeasurementRecord[]> {
    const wanted = onlyIds(new Set(versionIds));
    if (!wanted.length || this.scope.isEmpty) return [];
    const rows = await this.sql<MeasurementRow>(
      `select * from projects.version_measurements where version_id in (${placeholders(wanted)}) and {{tenant}} order by metric`,
      wanted,
    );
    return rows.map((row) => ({
      versionId: row.version_id,
      metric: row.metric,
      organizationId: row.organization_id,
      value: row.value,
      recordedBy: row.recorded_by,
      recordedAt: timestampOf(row.recorded_at),
    }));
  }

  /** How many metrics the version has recorded besides `metrics`. */
  countOtherMetrics(versionId: string, metrics: string[]): Promise<number> {
    return this.count(MeasurementSchema, { versionId, metric: { $nin: metrics } });
  }

  /** Inserts the values, replacing earlier values of the same metrics, in one statement. */
  async record(organizationId: string, versionId: string, values: { metric: string; value: number }[], recordedBy: string, at: Date): Promise<void> {
    this.assertInScope(organizationId);
    const row = '(?::uuid, ?, ?::uuid, ?::double precision, ?, ?::timestamptz)';
    // Rows go through a select so the statement carries the scope condition like every other one.
    await this.sql(
      `insert into projects.version_measurements (version_id, metric, organization_id, value, recorded_by, recorded_at)
       select m.version_id, m.metric, m.organization_id, m.value, m.recorded_by, m.recorded_at
         from (values ${values.map(() => row).join(', ')}) as m(version_id, metric, organization_id, value, recorded_by, recorded_at)
        where {{tenant:m}}
       on conflict (version_id, metric) do update
         set value = excluded.value, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
      values.flatMap(({ metric, value }) => [versionId, metric, organizationId, value, recordedBy, at]),
    );
  }
}
