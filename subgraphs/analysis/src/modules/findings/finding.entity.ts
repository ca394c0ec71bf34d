import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { Severity } from '../analyzers/finding.js';

export const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR', 'INFO'] as const satisfies readonly Severity[];
/** OPEN: seen by the project's latest analysis; FIXED: a later analysis of the same kind no longer sees it; IGNORED: accepted by someone, with a reason. */
export const FINDING_STATUSES = ['OPEN', 'FIXED', 'IGNORED'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** A problem in a project's code, one row per fingerprint: its life across the project's analyses and versions. */
export const FindingSchema = defineEntity({
  name: 'Finding',
  tableName: 'findings',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    projectId: p.uuid(),
    fingerprint: p.string().length(128),
    rule: p.string().length(200),
    tool: p.string().length(100),
    severity: p.enum([...SEVERITIES]),
    category: p.string().length(40),
    message: p.string().length(4000),
    path: p.string().length(1000),
    startLine: p.integer().nullable(),
    endLine: p.integer().nullable(),
    status: p.enum([...FINDING_STATUSES]),
    ignoredReason: p.string().length(1000).nullable(),
    ignoredBy: p.string().length(80).nullable(),
    ignoredAt: p.datetime().nullable(),
    ignoredUntil: p.datetime().nullable(),
    firstSeenSessionId: p.uuid(),
    firstSeenVersionId: p.uuid().nullable(),
    firstSeenAt: p.datetime(),
    lastSeenSessionId: p.uuid(),
    lastSeenVersionId: p.uuid().nullable(),
    lastSeenAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type Finding = InferEntity<typeof FindingSchema>;
