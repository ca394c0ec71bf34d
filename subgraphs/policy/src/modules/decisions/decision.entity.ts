import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { Outcome, PolicyAction } from '../engine/index.js';
import type { DecisionSubject, PolicyResult } from './decision.models.js';

/**
 * One logged decision: what was asked (the context, with each evaluated policy's mask paths
 * removed), what each policy version said and the outcome. `weight` is how many requests it stands
 * for when ALLOW decisions are sampled (1 / sample rate).
 */
export const DecisionSchema = defineEntity({
  name: 'Decision',
  tableName: 'decisions',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    action: p.string().length(30).$type<PolicyAction>(),
    outcome: p.string().length(5).$type<Outcome>(),
    subject: p.json<DecisionSubject>(),
    input: p.json<Record<string, unknown>>(),
    results: p.json<PolicyResult[]>(),
    policyIds: p.json<string[]>(),
    policyVersionIds: p.json<string[]>(),
    weight: p.float(),
    latencyUs: p.integer(),
    projectId: p.uuid().nullable(),
    versionId: p.uuid().nullable(),
    requestedBy: p.string().length(80),
    createdAt: p.datetime(),
  }),
});
export type Decision = InferEntity<typeof DecisionSchema>;
