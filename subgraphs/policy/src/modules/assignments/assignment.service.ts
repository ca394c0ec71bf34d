import { randomUUID } from 'node:crypto';
import { BadUserInputError, NotFoundError, assertReferencesExist, isId, parseId, parseInput, parsePage, type Connection, type KeyDecoder, type PageArgs, type Reference } from '@steward/kernel';
import type { ServiceScope } from '../../policy.context.js';
import type { Enforcement, SubjectKind } from '../engine/index.js';
import type { Policy } from '../policies/policy.entity.js';
import type { PolicyService } from '../policies/policy.service.js';
import type { PolicyAssignment, PolicyException } from './assignment.entity.js';
import { AssignPolicyInputModel, GrantPolicyExceptionInputModel } from './assignment.models.js';
import { AssignmentRepository, type AssignmentKey } from './assignment.repository.js';

/** Exceptions last at most a year: a permanent exception is a different policy. */
const MAX_EXCEPTION_MS = 366 * 86_400_000;

const assignmentKey: KeyDecoder<AssignmentKey> = (values) => {
  const [priority, at, id, ...rest] = values;
  if (rest.length || typeof priority !== 'number' || !Number.isInteger(priority) || typeof at !== 'string' || !isId(id)) return null;
  const time = new Date(at);
  return Number.isNaN(time.getTime()) ? null : { priority, at: time, id };
};

const REFERENCE_KIND: Record<Exclude<SubjectKind, 'ORGANIZATION'>, Exclude<Reference['kind'], 'version'>> = { TEAM: 'team', USER: 'user', API_KEY: 'apiKey', PROJECT: 'project' };

/** Assigns policies to subjects and grants time-boxed exceptions; every change needs `policy:manage`. */
export class AssignmentService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly policies: PolicyService,
  ) {}

  byId(id: string): Promise<PolicyAssignment | null> {
    return this.scope.loaders.assignmentById.load(id);
  }

  /** A policy's assignments, highest priority first. */
  async list(policy: Policy, rawArgs: PageArgs): Promise<Connection<PolicyAssignment>> {
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:read');
    return new AssignmentRepository(this.scope.em, tenant).pageForPolicy(policy.id, parsePage(rawArgs, assignmentKey));
  }

  /** An assignment's exceptions, newest first. */
  exceptionsOf(assignment: PolicyAssignment): Promise<PolicyException[]> {
    return this.scope.loaders.exceptionsByAssignment.load(assignment.id);
  }

  /** The enforcement that applies: the assignment's own, else its policy's default. */
  async effectiveEnforcement(assignment: PolicyAssignment): Promise<Enforcement> {
    if (assignment.enforcement) return assignment.enforcement;
    const policy = await this.policies.require(assignment.policyId);
    return policy.defaultEnforcement;
  }

  /** Applies a policy to a subject of its organization; assigning it there again changes enforcement and priority. */
  async assign(rawInput: { policyId: string }): Promise<PolicyAssignment> {
    const input = parseInput(AssignPolicyInputModel, rawInput, 'input');
    const policy = await this.policies.requireManageable(input.policyId, 'input.policyId');
    await this.assertSubjectOf(policy.organizationId, input.subjectKind, input.subjectId);
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:manage');
    const assignment = await this.scope.em.transactional(async (tx) => {
      const assignments = new AssignmentRepository(tx, tenant);
      const existing = await assignments.findOnSubject(policy.id, input.subjectKind, input.subjectId);
      if (existing) {
        existing.enforcement = input.enforcement ?? null;
        existing.priority = input.priority ?? existing.priority;
        await assignments.save();
        return existing;
      }
      const added = assignments.add({
        id: randomUUID(),
        organizationId: policy.organizationId,
        policyId: policy.id,
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        enforcement: input.enforcement ?? null,
        priority: input.priority ?? 0,
        createdBy: this.scope.access.principal(),
        createdAt: this.scope.clock(),
      });
      await assignments.save();
      return added;
    });
    this.scope.logger.info('Assigned policy (policyId=%s, assignmentId=%s, subject=%s:%s)', policy.id, assignment.id, assignment.subjectKind, assignment.subjectId);
    return assignment;
  }

  /** Removes an assignment and its exceptions; returns its policy. */
  async unassign(rawAssignmentId: unknown): Promise<Policy> {
    const assignment = await this.require(rawAssignmentId, 'assignmentId');
    const policy = await this.policies.requireManageable(assignment.policyId);
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:manage');
    await this.scope.em.transactional(async (tx) => {
      const assignments = new AssignmentRepository(tx, tenant);
      const [fresh] = await assignments.findByIds([assignment.id]);
      if (!fresh) throw new NotFoundError('Policy assignment');
      assignments.drop(fresh);
      await assignments.save();
    });
    this.scope.logger.info('Unassigned policy (policyId=%s, assignmentId=%s)', policy.id, assignment.id);
    return policy;
  }

  /** Excepts a subject of the organization from an assignment until `expiresAt`; the caller is the approver. */
  async grantException(rawInput: { assignmentId: string }): Promise<PolicyException> {
    const input = parseInput(GrantPolicyExceptionInputModel, rawInput, 'input');
    const assignment = await this.require(input.assignmentId, 'input.assignmentId');
    const policy = await this.policies.requireManageable(assignment.policyId);
    const now = this.scope.clock();
    if (input.expiresAt.getTime() <= now.getTime()) throw new BadUserInputError('input.expiresAt', 'input.expiresAt: must be in the future');
    if (input.expiresAt.getTime() - now.getTime() > MAX_EXCEPTION_MS) throw new BadUserInputError('input.expiresAt', 'input.expiresAt: must be at most a year ahead');
    await this.assertSubjectOf(policy.organizationId, input.subjectKind, input.subjectId);
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:manage');
    const exception = await this.scope.em.transactional(async (tx) => {
      const assignments = new AssignmentRepository(tx, tenant);
      const added = assignments.addException({
        id: randomUUID(),
        organizationId: policy.organizationId,
        assignmentId: assignment.id,
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        reason: input.reason,
        approvedBy: this.scope.access.principal(),
        expiresAt: input.expiresAt,
        revokedAt: null,
        createdAt: now,
      });
      await assignments.save();
      return added;
    });
    this.scope.logger.info('Granted policy exception (assignmentId=%s, exceptionId=%s, until=%s)', assignment.id, exception.id, exception.expiresAt.toISOString());
    return exception;
  }

  /** Ends an exception now (revoking it twice changes nothing). */
  async revokeException(rawExceptionId: unknown): Promise<PolicyException> {
    const id = parseId(rawExceptionId, 'exceptionId');
    const [found] = await new AssignmentRepository(this.scope.em, await this.scope.access.scope('policy:read')).findExceptionsByIds([id]);
    if (!found) throw new NotFoundError('Policy exception');
    const assignment = await this.require(found.assignmentId, 'exceptionId');
    const policy = await this.policies.requireManageable(assignment.policyId);
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:manage');
    return this.scope.em.transactional(async (tx) => {
      const assignments = new AssignmentRepository(tx, tenant);
      const [exception] = await assignments.findExceptionsByIds([id]);
      if (!exception) throw new NotFoundError('Policy exception');
      exception.revokedAt ??= this.scope.clock();
      await assignments.save();
      return exception;
    });
  }

  /** Whether an exception applies now. */
  isActive(exception: PolicyException): boolean {
    return !exception.revokedAt && exception.expiresAt.getTime() > this.scope.clock().getTime();
  }

  private async require(rawId: unknown, field: string): Promise<PolicyAssignment> {
    const assignment = await this.byId(parseId(rawId, field));
    if (!assignment) throw new NotFoundError('Policy assignment');
    return assignment;
  }

  /** The subject must be the organization itself or one of its teams, members, API keys or projects. */
  private async assertSubjectOf(organizationId: string, kind: SubjectKind, id: string): Promise<void> {
    if (kind === 'ORGANIZATION') {
      if (id !== organizationId) throw new BadUserInputError('input.subjectId', "input.subjectId: must be the policy's own organization for an ORGANIZATION assignment");
      return;
    }
    await assertReferencesExist(this.scope.directory, organizationId, [{ field: 'input.subjectId', kind: REFERENCE_KIND[kind], id }]);
  }
}
