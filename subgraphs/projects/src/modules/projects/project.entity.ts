import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { ProjectSettings } from './project.models.js';

/**
 * A project of one organization. `organizationId` refers to organizations' Organization by id
 * (never a relation: another subgraph owns it). `createdBy` is the principal key that created it.
 */
export const ProjectSchema = defineEntity({
  name: 'Project',
  tableName: 'projects',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    name: p.string().length(100),
    slug: p.string().length(64),
    description: p.text(),
    settings: p.json<ProjectSettings>(),
    archivedAt: p.datetime().nullable(),
    createdBy: p.string().length(80),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type Project = InferEntity<typeof ProjectSchema>;

/**
 * A project as reads see it: a plain row, not an entity the ORM manages (hydrating one costs far
 * more than the row). Reads return these; changes read the entity afresh under the project's lock.
 */
export type ProjectRecord = Readonly<Project>;
