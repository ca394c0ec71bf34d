import { NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../policy.context.js';
import type { Decision } from '../decisions/decision.entity.js';
import type { Policy } from '../policies/policy.entity.js';
import type { Violation } from './violation.entity.js';
import { UpdateViolationInputModel, ViolationFilterModel, WindowModel } from './violation.models.js';
import { ViolationRepository } from './violation.repository.js';

/** How a version stands against its organization's policies. */
export interface VersionPolicyStatus {
  lastDecision: Decision | null;
  openViolations: number;
}

/** Effectiveness figures of a policy over a window. */
export interface PolicyEffectiveness {
  from: Date;
  to: Date;
  evaluations: number;
  denials: number;
  warnings: number;
  wouldDeny: number;
  violationRate: number;
  openViolations: number;
}

const DAY_MS = 86_400_000;

/** Lists violations and moves them through OPEN → ACKNOWLEDGED → RESOLVED or WAIVED. */
export class ViolationService {
  constructor(private readonly scope: ServiceScope) {}

  byId(id: string): Promise<Violation | null> {
    return this.scope.loaders.violationById.load(id);
  }

  async require(rawId: unknown, field = 'id'): Promise<Violation> {
    const violation = await this.byId(parseId(rawId, field));
    if (!violation) throw new NotFoundError('Violation');
    return violation;
  }

  /** An organization's violations, newest first. */
  async list(organizationId: string, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Violation>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'policy:read');
    const page = parsePage(rawArgs, keys.timeId);
    const { filter } = parseInput(ViolationFilterModel, rawArgs);
    return new ViolationRepository(this.scope.em, tenant).pageForOrganization(organizationId, filter ?? {}, page);
  }

  /** `Policy.violations`. */
  async listForPolicy(policy: Policy, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Violation>> {
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:read');
    const page = parsePage(rawArgs, keys.timeId);
    const { filter } = parseInput(ViolationFilterModel, rawArgs);
    return new ViolationRepository(this.scope.em, tenant).pageForPolicy(policy.id, filter ?? {}, page);
  }

  /** `ProjectVersion.violations`: in the organizations where the caller reads policies (a version id alone says nothing). */
  async listForVersion(versionId: string, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Violation>> {
    const page = parsePage(rawArgs, keys.timeId);
    const { filter } = parseInput(ViolationFilterModel, rawArgs);
    return new ViolationRepository(this.scope.em, await this.scope.access.scope('policy:read')).pageForVersion(versionId, filter ?? {}, page);
  }

  /** `ProjectVersion.policyStatus`: null when the caller reads policies in no organization that decided about the version. */
  async statusOf(versionId: string): Promise<VersionPolicyStatus | null> {
    const [lastDecision, openViolations] = await Promise.all([this.scope.loaders.promotionDecisionByVersion.load(versionId), this.scope.loaders.openViolationsByVersion.load(versionId)]);
    if ((await this.scope.access.scope('policy:read')).isEmpty) return null;
    return { lastDecision, openViolations };
  }

  /** `Policy.effectiveness` over `[from, to)` (the last 30 days when omitted). */
  async effectiveness(policy: Policy, args: { from?: unknown; to?: unknown }): Promise<PolicyEffectiveness> {
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:read');
    const { from: rawFrom, to: rawTo } = parseInput(WindowModel, args);
    const to = rawTo ?? this.scope.clock();
    const from = rawFrom ?? new Date(to.getTime() - 30 * DAY_MS);
    const figures = await new ViolationRepository(this.scope.em, tenant).effectiveness(policy.id, from, to);
    return { from, to, ...figures, violationRate: figures.evaluations ? figures.violated / figures.evaluations : 0 };
  }

  /** Acknowledges, resolves, waives or reopens a violation; needs `policy:manage`. */
  async update(rawInput: { violationId: string }): Promise<Violation> {
    const input = parseInput(UpdateViolationInputModel, rawInput, 'input');
    const found = await this.require(input.violationId, 'input.violationId');
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'policy:manage');
    const violation = await this.scope.em.transactional(async (tx) => {
      const violations = new ViolationRepository(tx, tenant);
      const violation = await violations.lockById(found.id);
      if (!violation) throw new NotFoundError('Violation');
      violation.status = input.status;
      violation.statusReason = input.reason ?? null;
      violation.statusChangedBy = this.scope.access.principal();
      violation.updatedAt = this.scope.clock();
      await violations.save();
      return violation;
    });
    this.scope.logger.info('Violation status changed (violationId=%s, status=%s)', violation.id, violation.status);
    return violation;
  }
}
