import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A value measured for a version and recorded through `recordVersionMeasurements`: one row per
 * version and metric, replaced when the metric is recorded again.
 */
export const MeasurementSchema = defineEntity({
  name: 'Measurement',
  tableName: 'version_measurements',
  properties: (p) => ({
    versionId: p.uuid().primary(),
    metric: p.string().length(64).primary(),
    organizationId: p.uuid(),
    value: p.float().columnType('double precision'),
    recordedBy: p.string().length(80),
    recordedAt: p.datetime(),
  }),
});
export type Measurement = InferEntity<typeof MeasurementSchema>;

/** A recorded value as reads see it: a plain row, not an entity the ORM manages (see `ProjectRecord`). */
export type MeasurementRecord = Readonly<Measurement>;
