import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  BadUserInputError,
  keys,
  parseInput,
  parsePage,
  toConnection,
  type Connection,
  type PageArgs,
  type TenantScope,
} from '@steward/kernel';
import { GateFailedError, InvalidTransitionError } from '../../projects.errors.js';
import { PolicyDeniedError, promotionRequestOf, type PromotionDecision } from './promotion-policy.js';
import type { ServiceScope } from '../../projects.context.js';
import type { BaselineGate, GateService } from '../gates/gate.service.js';
import { NO_READING, type LiveReading } from '../gates/live-measurements.source.js';
import type { Project } from '../projects/project.entity.js';
import { lockActiveProject, type ProjectService } from '../projects/project.service.js';
import type { ProjectVersion, VersionRecord, VersionStage } from './version.entity.js';
import type { VersionTransition } from './version-transition.entity.js';
import { LifecycleUnit } from './lifecycle-unit.js';
import { VersionRepository } from './version.repository.js';
import {
  CreateVersionInputModel,
  DegradeVersionInputModel,
  HISTORY_PAGE_SIZE,
  PromoteVersionInputModel,
  RollbackVersionInputModel,
  VersionFilterModel,
} from './version.models.js';

/** Topic on which a version's id is published after its stage changed. */
export const VERSION_STAGE_CHANGED_TOPIC = 'steward.projects.version-stage';

/** The result of a promotion or rollback (mirrors `StageChangePayload`). */
export interface StageChange {
  version: ProjectVersion;
  retiredVersion: ProjectVersion | null;
}

const NAME_TAKEN = 'Another version of this project already has this name.';
const CONCURRENT_PROMOTION = 'Another stage change in this project happened at the same time. Try again.';

const STAGE_LABEL: Record<VersionStage, string> = { V1: 'V1 (candidate)', V2: 'V2 (production)', V3: 'V3 (retired)' };

/** Describes why a gate blocks, naming each violated or unmeasured condition. */
function describeGate(gate: BaselineGate): string {
  const problems = gate.conditions
    .filter((c) => c.status !== 'PASSED')
    .map((c) =>
      c.actualValue === null
        ? `${c.baseline.metric} has no value`
        : `${c.baseline.metric} ${c.baseline.operator} ${c.baseline.threshold} does not hold (actual ${c.actualValue}, ${c.baseline.severity})`,
    );
  return problems.join('; ');
}

/**
 * The version lifecycle: creates immutable versions and moves them V1 → V2 → V3, at most one V2
 * per project. Every change locks the project row first, so concurrent changes in one project are
 * serialised and the partial unique index on V2 is only a backstop.
 */
export class VersionService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly projects: ProjectService,
    private readonly gates: GateService,
  ) {}

  /** The version when the caller may read it, else null. */
  byId(id: string): Promise<VersionRecord | null> {
    return this.scope.loaders.versionById.load(id);
  }

  /** Like {@link byId}, but NOT_FOUND instead of null; the first step of every change to a version. */
  async require(id: string): Promise<VersionRecord> {
    const version = await this.byId(id);
    if (!version) throw new NotFoundError('Version');
    return version;
  }

  /** The project's production (V2) version, or null. */
  productionOf(project: Pick<Project, 'id'>): Promise<VersionRecord | null> {
    return this.scope.loaders.productionVersionByProject.load(project.id);
  }

  /** A page of the project's versions, newest first. */
  async versionsOf(project: Pick<Project, 'id'>, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<VersionRecord>> {
    const page = parsePage(rawArgs, keys.integer);
    const { stages } = parseInput(VersionFilterModel, rawArgs);
    const query = { first: page.first, beforeNumber: page.after, stages: stages ? [...new Set(stages)].sort() : null };
    const rows = await this.scope.loaders.versionsByProject(query).load(project.id);
    return toConnection(rows, page.first, (version) => [version.number]);
  }

  /** A page of the version's history, oldest first. */
  async historyOf(version: Pick<ProjectVersion, 'id'>, rawArgs: PageArgs): Promise<Connection<VersionTransition>> {
    const page = parsePage(rawArgs, keys.integer, HISTORY_PAGE_SIZE);
    const rows = await this.scope.loaders.historyByVersion({ first: page.first, afterSeq: page.after }).load(version.id);
    return toConnection(rows, page.first, (entry) => [entry.seq]);
  }

  /** Whether the caller may make this move now: the stage allows it, the project is active and the permission is held. */
  async viewerCan(version: VersionRecord, action: 'promote' | 'force-promote' | 'degrade'): Promise<boolean> {
    if (action === 'degrade' ? version.stage === 'V3' : version.stage !== 'V1') return false;
    const project = await this.projects.byId(version.projectId);
    if (!project || project.archivedAt) return false;
    const can = (permission: 'version:promote' | 'version:force-promote') => this.scope.access.can(version.organizationId, permission);
    return (await can('version:promote')) && (action !== 'force-promote' || (await can('version:force-promote')));
  }

  /** Creates a V1 version with the next number of its project. */
  async create(rawInput: { projectId: string }): Promise<ProjectVersion> {
    const project = await this.projects.require(rawInput.projectId);
    const tenant = await this.scope.access.scopeOf(project.organizationId, 'version:create');
    const input = parseInput(CreateVersionInputModel, rawInput, 'input');
    if (input.sourceRevision) {
      const known = await this.scope.repositories.repositoriesOf(project.organizationId, [input.sourceRevision.repositoryId]);
      if (!known.has(input.sourceRevision.repositoryId)) throw new BadUserInputError('input.sourceRevision.repositoryId', 'input.sourceRevision.repositoryId: is not a repository of this organization');
    }
    try {
      const version = await this.scope.em.transactional(async (tx) => {
        const unit = this.unitOn(tx, tenant);
        await lockActiveProject(unit.projects, project.id);
        if (await unit.versions.existsWithName(project.id, input.name)) throw new ConflictError(NAME_TAKEN, 'input.name');
        const created = unit.versions.add(
          {
            id: randomUUID(),
            organizationId: project.organizationId,
            projectId: project.id,
            number: await unit.versions.nextNumber(project.id),
            name: input.name,
            modelConfig: input.modelConfig,
            changelog: input.changelog,
            createdBy: this.scope.access.principal(),
            sourceRepositoryId: input.sourceRevision?.repositoryId ?? null,
            sourceCommitSha: input.sourceRevision?.commitSha ?? null,
          },
          this.scope.clock(),
        );
        // The history row refers to the version, so the version is inserted first.
        await tx.flush();
        unit.record(created, { from: null, to: 'V1', kind: 'CREATED', reason: 'Version created.', at: created.createdAt });
        return created;
      });
      this.scope.forgetReads();
      this.scope.logger.info('Created version (versionId=%s, projectId=%s, number=%d)', version.id, project.id, version.number);
      return version;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(NAME_TAKEN, 'input.name');
      throw error;
    }
  }

  /**
   * Promotes a V1 to V2, retiring the current V2 in the same transaction. The gate is evaluated
   * inside the transaction, on the live values metrics and analysis measured just before it and the
   * recorded values read under the lock (the same merge as the `gate` field). A blocking verdict refuses
   * with GATE_FAILED unless forced by a caller holding `version:force-promote` (FORBIDDEN for
   * others); `force` on a gate that does not block needs no such permission.
   */
  async promote(rawInput: { versionId: string; force?: boolean | null }): Promise<StageChange> {
    const found = await this.require(rawInput.versionId);
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'version:promote');
    const input = parseInput(PromoteVersionInputModel, rawInput, 'input');
    // `force` only needs version:force-promote when it overrides a blocking gate (decided in the
    // transaction); the grant is looked up here, outside it, like the live values.
    const mayForce = input.force ? await this.scope.access.can(found.organizationId, 'version:force-promote') : false;
    // The live values the `gate` field shows, asked before the transaction: an HTTP call inside one
    // can deadlock on the embedded database (its only connection is held by the transaction).
    const reading = (await this.gates.liveReadingsOf(found.organizationId, [found.id])).get(found.id) ?? NO_READING;
    const live = reading.values;
    // The organization's policies decide on the gate as it stands now, also before the transaction
    // (an HTTP call); a STRICT denial refuses whatever `force` says, a warning is recorded by policy.
    const policy = await this.askPolicy(found, reading, input.force);
    if (policy.outcome === 'DENY') throw new PolicyDeniedError(policy);
    const change = await this.stageChange(tenant, async (unit) => {
      const project = await lockActiveProject(unit.projects, found.projectId);
      const version = await this.fresh(unit, found);
      if (version.stage !== 'V1') {
        throw new InvalidTransitionError(`Only a V1 (candidate) version can be promoted; this one is ${STAGE_LABEL[version.stage]}.`);
      }
      const gate = await this.gates.gateInTransaction(unit.tx, tenant, version, live);
      const settings = this.projects.settingsOf(project);
      const blocked =
        gate.status === 'FAILED' ||
        (gate.status === 'WARN' && settings.blockPromotionOnWarn) ||
        (gate.status === 'NO_DATA' && settings.blockPromotionOnNoData);
      if (blocked && !input.force) {
        throw new GateFailedError(`The quality gate is ${gate.status}: ${describeGate(gate)}. Promote with force to override.`);
      }
      if (blocked && !mayForce) {
        throw new ForbiddenError(`The quality gate is ${gate.status}: ${describeGate(gate)}. Overriding it needs the version:force-promote permission.`);
      }
      const retired = await unit.retireProduction(project.id, { kind: 'SUPERSEDED', reason: `Superseded by ${version.name}: ${input.reason}` });
      unit.move(version, 'V2', { kind: 'PROMOTED', reason: input.reason, forced: blocked, gateStatus: gate.status });
      return { version, retiredVersion: retired };
    });
    this.scope.logger.info(
      'Promoted version (versionId=%s, projectId=%s, retiredVersionId=%s, forced=%s, policyDecisionId=%s, policyOutcome=%s)',
      change.version.id,
      change.version.projectId,
      change.retiredVersion?.id ?? null,
      input.force,
      policy.decisionId,
      policy.outcome,
    );
    return change;
  }

  /** Retires a V1 or V2 version. */
  async degrade(rawInput: { versionId: string }): Promise<ProjectVersion> {
    const found = await this.require(rawInput.versionId);
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'version:promote');
    const input = parseInput(DegradeVersionInputModel, rawInput, 'input');
    const { version } = await this.stageChange(tenant, async (unit) => {
      await lockActiveProject(unit.projects, found.projectId);
      const version = await this.fresh(unit, found);
      if (version.stage === 'V3') throw new InvalidTransitionError('This version is already V3 (retired).');
      unit.move(version, 'V3', { kind: 'DEGRADED', reason: input.reason });
      return { version, retiredVersion: null };
    });
    this.scope.logger.info('Degraded version (versionId=%s, projectId=%s)', version.id, version.projectId);
    return version;
  }

  /**
   * Brings back the retired version that most recently left production and retires the current V2.
   * The gate is recorded but not enforced: the version already ran in production.
   */
  async rollback(rawInput: { projectId: string }): Promise<StageChange> {
    const project = await this.projects.require(rawInput.projectId);
    const tenant = await this.scope.access.scopeOf(project.organizationId, 'version:promote');
    const input = parseInput(RollbackVersionInputModel, rawInput, 'input');
    // The recorded gate status uses live values too, asked outside the transaction for the likely
    // target; if a concurrent change picks another target, that one is recorded on its recorded values.
    const likely = await new VersionRepository(this.scope.em, tenant).findLastRetiredFromProduction(project.id);
    const live = likely ? await this.gates.liveReadingsOf(project.organizationId, [likely.id]) : new Map<string, LiveReading>();
    const change = await this.stageChange(tenant, async (unit) => {
      await lockActiveProject(unit.projects, project.id);
      // Chosen before the current V2 is retired, or the rollback would pick that one.
      const target = await unit.versions.findLastRetiredFromProduction(project.id);
      if (!target) throw new InvalidTransitionError('No retired version of this project has been in production, so there is nothing to roll back to.');
      const gate = await this.gates.gateInTransaction(unit.tx, tenant, target, (live.get(target.id) ?? NO_READING).values);
      const retired = await unit.retireProduction(project.id, { kind: 'ROLLED_BACK_FROM', reason: `Rolled back to ${target.name}: ${input.reason}` });
      unit.move(target, 'V2', { kind: 'ROLLED_BACK', reason: input.reason, gateStatus: gate.status });
      return { version: target, retiredVersion: retired };
    });
    this.scope.logger.info(
      'Rolled back (projectId=%s, versionId=%s, retiredVersionId=%s)',
      project.id,
      change.version.id,
      change.retiredVersion?.id ?? null,
    );
    return change;
  }

  /** Asks the organization's policies about promoting `version` (PROMOTE_VERSION), with its gate, cost, findings and the project's baselines. */
  private async askPolicy(version: VersionRecord, reading: LiveReading, forced: boolean): Promise<PromotionDecision> {
    const [project, gate, baselines] = await Promise.all([this.projects.require(version.projectId), this.gates.gateFor(version, reading.values), this.gates.baselinesOf({ id: version.projectId })]);
    return this.scope.promotionPolicy.decide(
      promotionRequestOf({ version, project, gate, baselines, live: reading.values, findings: reading.findings, caller: this.scope.access.caller, principal: this.scope.access.principal(), forced }),
    );
  }

  private unitOn(tx: EntityManager, tenant: TenantScope): LifecycleUnit {
    return new LifecycleUnit(tx, tenant, this.scope.access.principal(), this.scope.clock);
  }

  /** The version read afresh under its project's lock (it may have moved since the request read it). */
  private async fresh(unit: LifecycleUnit, found: VersionRecord): Promise<ProjectVersion> {
    const version = await unit.versions.findFresh(found.id, found.projectId);
    if (!version) throw new NotFoundError('Version');
    return version;
  }

  /** Runs a stage change in a transaction, then refreshes the per-request caches and announces the change. */
  private async stageChange(tenant: TenantScope, run: (unit: LifecycleUnit) => Promise<StageChange>): Promise<StageChange> {
    let change: StageChange;
    try {
      change = await this.scope.em.transactional((tx) => run(this.unitOn(tx, tenant)));
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(CONCURRENT_PROMOTION);
      throw error;
    }
    this.scope.forgetReads();
    for (const version of [change.version, change.retiredVersion]) if (version) this.scope.publish(VERSION_STAGE_CHANGED_TOPIC, version.id);
    return change;
  }
}
