import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { COMPARISON_OPERATORS, SEVERITIES } from './gate-evaluator.js';

/**
 * One condition of a project's quality gate: `metric operator threshold` must hold. At most one
 * baseline per project, metric and severity, so a metric can warn early and fail later.
 */
export const BaselineSchema = defineEntity({
  name: 'Baseline',
  tableName: 'baselines',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    projectId: p.uuid(),
    metric: p.string().length(64),
    operator: p.enum([...COMPARISON_OPERATORS]),
    threshold: p.float().columnType('double precision'),
    severity: p.enum([...SEVERITIES]),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    updatedBy: p.string().length(80),
  }),
});
export type Baseline = InferEntity<typeof BaselineSchema>;

/** A baseline as reads see it: a plain row, not an entity the ORM manages (see `ProjectRecord`). */
export type BaselineRecord = Readonly<Baseline>;
