import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { JsonObject } from '../../json.js';

/** The lifecycle stages: candidate, production, retired. */
export const VERSION_STAGES = ['V1', 'V2', 'V3'] as const;
export type VersionStage = (typeof VERSION_STAGES)[number];

/**
 * An immutable version of a project: name, model configuration and changelog never change after
 * creation; only `stage` moves, and each move adds a VersionTransition. `organizationId` is copied
 * from the project so every query can be scoped to the tenant.
 */
export const ProjectVersionSchema = defineEntity({
  name: 'ProjectVersion',
  tableName: 'project_versions',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    projectId: p.uuid(),
    number: p.integer(),
    name: p.string().length(100),
    modelConfig: p.json<JsonObject>(),
    changelog: p.text(),
    stage: p.enum([...VERSION_STAGES]),
    stageChangedAt: p.datetime(),
    createdBy: p.string().length(80),
    createdAt: p.datetime(),
    /** The repos subgraph's repository the version's code came from (with `sourceCommitSha`), or null. */
    sourceRepositoryId: p.uuid().nullable(),
    sourceCommitSha: p.string().length(64).nullable(),
  }),
});
export type ProjectVersion = InferEntity<typeof ProjectVersionSchema>;

/** A version as reads see it: a plain row, not an entity the ORM manages (see `ProjectRecord`). */
export type VersionRecord = Readonly<ProjectVersion>;
