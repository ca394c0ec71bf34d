import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { Enforcement, SubjectKind } from '../engine/index.js';

/**
 * A policy applied to a subject (the whole organization, a team, a user, an API key or a project),
 * with its own enforcement (null: the policy's default) and a priority: when several assignments of
 * one policy match a request, the highest priority decides the enforcement.
 */
export const PolicyAssignmentSchema = defineEntity({
  name: 'PolicyAssignment',
  tableName: 'policy_assignments',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    policyId: p.uuid(),
    subjectKind: p.string().length(15).$type<SubjectKind>(),
    subjectId: p.uuid(),
    enforcement: p.string().length(10).$type<Enforcement>().nullable(),
    priority: p.integer(),
    createdBy: p.string().length(80),
    createdAt: p.datetime(),
  }),
});
export type PolicyAssignment = InferEntity<typeof PolicyAssignmentSchema>;

/** A subject an assignment does not apply to until `expiresAt`, with who approved it and why. */
export const PolicyExceptionSchema = defineEntity({
  name: 'PolicyException',
  tableName: 'policy_exceptions',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    assignmentId: p.uuid(),
    subjectKind: p.string().length(15).$type<SubjectKind>(),
    subjectId: p.uuid(),
    reason: p.string().length(1000),
    approvedBy: p.string().length(80),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  }),
});
export type PolicyException = InferEntity<typeof PolicyExceptionSchema>;
