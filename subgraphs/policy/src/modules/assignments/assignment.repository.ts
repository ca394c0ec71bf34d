import { TenantRepository, afterKey, toConnection, type Connection, type PageRequest } from '@steward/kernel';
import type { SubjectKind } from '../engine/index.js';
import { PolicyAssignmentSchema, PolicyExceptionSchema, type PolicyAssignment, type PolicyException } from './assignment.entity.js';

/** The sort key of a policy's assignments: highest priority first, then oldest. */
export type AssignmentKey = { priority: number; at: Date; id: string };

/** Assignments and exceptions in the organizations of its scope, and nothing else. */
export class AssignmentRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<PolicyAssignment[]> {
    return this.find(PolicyAssignmentSchema, { id: { $in: [...ids] } });
  }

  findExceptionsByIds(ids: readonly string[]): Promise<PolicyException[]> {
    return this.find(PolicyExceptionSchema, { id: { $in: [...ids] } });
  }

  findOnSubject(policyId: string, subjectKind: SubjectKind, subjectId: string): Promise<PolicyAssignment | null> {
    return this.findOne(PolicyAssignmentSchema, { policyId, subjectKind, subjectId });
  }

  /** A policy's assignments, highest priority first. */
  async pageForPolicy(policyId: string, page: PageRequest<AssignmentKey>): Promise<Connection<PolicyAssignment>> {
    const after = page.after ? [page.after.priority, page.after.at, page.after.id] : null;
    const rows = await this.find(
      PolicyAssignmentSchema,
      { policyId, ...afterKey([['priority', 'desc'], ['createdAt', 'asc'], ['id', 'asc']], after) },
      { orderBy: { priority: 'desc', createdAt: 'asc', id: 'asc' }, limit: page.first + 1 },
    );
    return toConnection(rows, page.first, (row) => [row.priority, row.createdAt, row.id]);
  }

  /** The exceptions of some assignments, newest first. */
  exceptionsOf(assignmentIds: readonly string[]): Promise<PolicyException[]> {
    return this.find(PolicyExceptionSchema, { assignmentId: { $in: [...assignmentIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  add(assignment: PolicyAssignment): PolicyAssignment {
    return this.create(PolicyAssignmentSchema, assignment);
  }

  addException(exception: PolicyException): PolicyException {
    return this.create(PolicyExceptionSchema, exception);
  }

  drop(assignment: PolicyAssignment): void {
    this.remove(assignment);
  }

  save(): Promise<void> {
    return this.flush();
  }
}
