import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { Enforcement, PolicyAction } from '../engine/index.js';
import type { DecisionSubject, ExplainedCondition } from '../decisions/decision.models.js';

/** Where a violation stands: raised, seen, fixed, or accepted with a reason. */
export const VIOLATION_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'WAIVED'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];
/** DENY and WARN as enforced; WOULD_DENY: a MONITOR policy's rule failed (recorded, nothing refused). */
export type ViolationOutcome = 'WARN' | 'DENY' | 'WOULD_DENY';
export type ViolationSeverity = 'HIGH' | 'MEDIUM' | 'LOW';

/** A rule of a policy version that failed in a decision, kept (with its explanation) after the decision log forgets the decision. */
export const ViolationSchema = defineEntity({
  name: 'Violation',
  tableName: 'violations',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    dedupeKey: p.string().length(200),
    decisionId: p.uuid(),
    policyId: p.uuid(),
    policyVersionId: p.uuid(),
    ruleName: p.string().length(80),
    action: p.string().length(30).$type<PolicyAction>(),
    outcome: p.string().length(10).$type<ViolationOutcome>(),
    enforcement: p.string().length(10).$type<Enforcement>(),
    severity: p.string().length(10).$type<ViolationSeverity>(),
    status: p.enum([...VIOLATION_STATUSES]),
    subject: p.json<DecisionSubject>(),
    projectId: p.uuid().nullable(),
    versionId: p.uuid().nullable(),
    explanation: p.string().length(2000),
    conditions: p.json<ExplainedCondition[]>(),
    statusReason: p.string().length(1000).nullable(),
    statusChangedBy: p.string().length(80).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type Violation = InferEntity<typeof ViolationSchema>;
