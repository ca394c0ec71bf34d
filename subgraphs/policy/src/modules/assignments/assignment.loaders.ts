import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfGroups, type AccessControl } from '@steward/kernel';
import type { PolicyAssignment, PolicyException } from './assignment.entity.js';
import { AssignmentRepository } from './assignment.repository.js';

/** Per-request batch loaders of assignments and their exceptions, in the organizations where the caller may read policies. */
export interface AssignmentLoaders {
  assignmentById: DataLoader<string, PolicyAssignment | null>;
  exceptionsByAssignment: DataLoader<string, PolicyException[]>;
}

export function createAssignmentLoaders(em: EntityManager, access: AccessControl): AssignmentLoaders {
  const repository = async () => new AssignmentRepository(em, await access.scope('policy:read'));
  return {
    assignmentById: loaderById(async (ids) => (await repository()).findByIds(ids)),
    exceptionsByAssignment: loaderOfGroups(async (ids) => (await repository()).exceptionsOf(ids), (exception) => exception.assignmentId),
  };
}
