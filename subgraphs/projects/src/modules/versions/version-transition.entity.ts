import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { GATE_STATUSES } from '../gates/gate-evaluator.js';
import { VERSION_STAGES } from './version.entity.js';

/** Why a stage changed (mirrors the `VersionTransitionKind` enum). */
export const TRANSITION_KINDS = ['CREATED', 'PROMOTED', 'DEGRADED', 'SUPERSEDED', 'ROLLED_BACK', 'ROLLED_BACK_FROM'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/**
 * One entry of a version's history: who moved it from which stage to which, when and why. Rows are
 * only ever inserted, in the same transaction as the stage change. `seq` orders them.
 */
export const VersionTransitionSchema = defineEntity({
  name: 'VersionTransition',
  tableName: 'version_transitions',
  properties: (p) => ({
    seq: p.bigint('number').primary().autoincrement(),
    organizationId: p.uuid(),
    projectId: p.uuid(),
    versionId: p.uuid(),
    fromStage: p.enum([...VERSION_STAGES]).nullable(),
    toStage: p.enum([...VERSION_STAGES]),
    kind: p.enum([...TRANSITION_KINDS]),
    reason: p.text(),
    forced: p.boolean(),
    gateStatus: p.enum([...GATE_STATUSES]).nullable(),
    actor: p.string().length(80),
    at: p.datetime(),
  }),
});
export type VersionTransition = InferEntity<typeof VersionTransitionSchema>;
