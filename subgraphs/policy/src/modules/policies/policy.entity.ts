import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { Enforcement, PolicyType } from '../engine/index.js';

/** STEWARD: rules evaluated by Steward's engine; OPA: Rego evaluated by the configured OPA server. */
export const POLICY_ENGINES = ['STEWARD', 'OPA'] as const;
export type PolicyEngine = (typeof POLICY_ENGINES)[number];

/** ACTIVE: its current version is evaluated wherever it is assigned; RETIRED: kept for its history only. */
export const POLICY_STATUSES = ['ACTIVE', 'RETIRED'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** A policy of an organization: what its current version's rules allow, and how strictly by default. */
export const PolicySchema = defineEntity({
  name: 'Policy',
  tableName: 'policies',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    name: p.string().length(120),
    description: p.string().length(2000),
    type: p.string().length(20).$type<PolicyType>(),
    engine: p.enum([...POLICY_ENGINES]),
    defaultEnforcement: p.string().length(10).$type<Enforcement>(),
    status: p.enum([...POLICY_STATUSES]),
    currentVersionId: p.uuid().nullable(),
    createdBy: p.string().length(80),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    retiredAt: p.datetime().nullable(),
  }),
});
export type Policy = InferEntity<typeof PolicySchema>;

/** One immutable version of a policy's rules: what decisions name and replays run. */
export const PolicyVersionSchema = defineEntity({
  name: 'PolicyVersion',
  tableName: 'policy_versions',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    policyId: p.uuid(),
    number: p.integer(),
    rules: p.json<unknown[]>(),
    actions: p.json<string[]>(),
    maskPaths: p.json<string[]>(),
    /** The Rego source of an OPA policy's version, as its author wrote it (null for Steward's own rules). */
    rego: p.text().nullable(),
    changelog: p.string().length(2000),
    createdBy: p.string().length(80),
    createdAt: p.datetime(),
  }),
});
export type PolicyVersion = InferEntity<typeof PolicyVersionSchema>;
