import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** What an artifact holds. JUNIT: a test report uploaded by CI (imported like SARIF and coverage). */
export const ARTIFACT_KINDS = ['REPORT', 'SARIF', 'LOG', 'PATCH', 'COVERAGE', 'GRAPH', 'SOURCE_ARCHIVE', 'JUNIT'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/**
 * A file of a session: an upload (source archive or CI report) or something a task wrote. The bytes
 * live in the artifact store under their sha256; this row names them. An upload's row exists from
 * `createAnalysisUpload` on, with no sha256 until its bytes arrived.
 */
export const ArtifactSchema = defineEntity({
  name: 'Artifact',
  tableName: 'artifacts',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    projectId: p.uuid(),
    sessionId: p.uuid().nullable(),
    taskId: p.uuid().nullable(),
    kind: p.enum([...ARTIFACT_KINDS]),
    name: p.string().length(255),
    mediaType: p.string().length(100),
    sizeBytes: p.bigint('number').nullable(),
    sha256: p.string().length(64).nullable(),
    maxBytes: p.bigint('number'),
    createdBy: p.string().length(80),
    createdAt: p.datetime(),
    storedAt: p.datetime().nullable(),
    uploadExpiresAt: p.datetime().nullable(),
  }),
});
export type Artifact = InferEntity<typeof ArtifactSchema>;
