import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** What a session analyses with: analyzers of the tree (STATIC, GRAPH) and reports CI produced (IMPORT, DYNAMIC). */
export const ANALYSIS_KINDS = ['STATIC', 'DYNAMIC', 'GRAPH', 'IMPORT'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

/** A session's state: PARTIAL when some of its tasks failed and others succeeded. */
export const SESSION_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const FINISHED_SESSION_STATUSES: readonly SessionStatus[] = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];

export const TASK_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const FINISHED_TASK_STATUSES: readonly TaskStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/** The figures of a session, summed from its tasks when it ends (and kept up to date while it runs). */
export interface SessionSummary {
  filesAnalysed?: number;
  cacheHits?: number;
  savedMs?: number;
  coverage?: number | null;
  branchCoverage?: number | null;
  newCodeCoverage?: number | null;
  maxCyclomaticComplexity?: number | null;
  dependencyCycles?: number | null;
  testsPassed?: number | null;
  testsFailed?: number | null;
  testsSkipped?: number | null;
}

/** One analysis of a project's source (a commit of a connected repository or an uploaded archive) and the reports CI sent with it. */
export const AnalysisSessionSchema = defineEntity({
  name: 'AnalysisSession',
  tableName: 'sessions',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    projectId: p.uuid(),
    versionId: p.uuid().nullable(),
    repositoryId: p.uuid().nullable(),
    commitSha: p.string().length(64).nullable(),
    pullRequestId: p.uuid().nullable(),
    sourceArtifactId: p.uuid().nullable(),
    reportArtifactIds: p.json<string[]>(),
    kinds: p.json<AnalysisKind[]>(),
    status: p.enum([...SESSION_STATUSES]),
    /** The production version when the session finished: its findings are not new. */
    referenceVersionId: p.uuid().nullable(),
    rerunOfId: p.uuid().nullable(),
    summary: p.json<SessionSummary>(),
    createdBy: p.string().length(80),
    createdAt: p.datetime(),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
    updatedAt: p.datetime(),
  }),
});
export type AnalysisSession = InferEntity<typeof AnalysisSessionSchema>;

/** What a task reads: for IMPORT, the report artifacts; for STATIC and GRAPH, the session's source. */
export interface TaskInput {
  reportArtifactIds?: string[];
}

/** The figures one task measured (merged into the session's summary). */
export type TaskMetrics = SessionSummary;

/** One analyzer's run over a session's input: a queue job, retried with backoff, its output cached by content. */
export const AnalysisTaskSchema = defineEntity({
  name: 'AnalysisTask',
  tableName: 'tasks',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    sessionId: p.uuid(),
    /** Its place in the session's list of tasks, from 0. */
    position: p.integer(),
    analyzer: p.string().length(60),
    analyzerVersion: p.string().length(40),
    kind: p.enum([...ANALYSIS_KINDS]),
    status: p.enum([...TASK_STATUSES]),
    input: p.json<TaskInput>(),
    attempts: p.integer(),
    /** The run that owns the task now: a run whose lease was taken over may not write its results. */
    leaseId: p.uuid().nullable(),
    jobId: p.string().length(64).nullable(),
    cacheKey: p.string().length(64).nullable(),
    cacheHit: p.boolean(),
    reusedFromTaskId: p.uuid().nullable(),
    savedMs: p.integer(),
    resultSha256: p.string().length(64).nullable(),
    metrics: p.json<TaskMetrics>(),
    error: p.string().length(2000).nullable(),
    createdAt: p.datetime(),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
    durationMs: p.integer().nullable(),
  }),
});
export type AnalysisTask = InferEntity<typeof AnalysisTaskSchema>;
