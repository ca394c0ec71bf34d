import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { ConflictError, ForbiddenError, NotFoundError } from '@steward/kernel';
import { GateFailedError, InvalidTransitionError } from '../../projects.errors.js';
import type { ServiceScope } from '../../projects.context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../pagination.js';
import { parseInput } from '../../validation.js';
import type { Baseline } from '../gates/baseline.entity.js';
import type { GateResult, GateStatus, MeasurementMap } from '../gates/gate-evaluator.js';
import type { GateService } from '../gates/gate.service.js';
import type { Project } from '../projects/project.entity.js';
import { ProjectRepository } from '../projects/project.repository.js';
import { actorOf, requireActive, type ProjectService } from '../projects/project.service.js';
import type { ProjectVersion, VersionStage } from './version.entity.js';
import type { TransitionKind, VersionTransition } from './version-transition.entity.js';
import { VersionTransitionRepository } from './version-transition.repository.js';
import { VersionRepository } from './version.repository.js';
import {
  CreateVersionInputModel,
  DegradeVersionInputModel,
  HistoryArgsModel,
  PromoteVersionInputModel,
  RollbackVersionInputModel,
  VersionListArgsModel,
} from './version.models.js';

/** Topic on which a version's id is published after its stage changed. */
export const VERSION_STAGE_CHANGED_TOPIC = 'steward.projects.version-stage';

/** The result of a promotion or rollback (mirrors `StageChangePayload`). */
export interface StageChange {
  version: ProjectVersion;
  retiredVersion: ProjectVersion | null;
}

const VERSION_CURSOR = 'version';
const HISTORY_CURSOR = 'history';
const NAME_TAKEN = 'Another version of this project already has this name.';
const CONCURRENT_PROMOTION = 'Another stage change in this project happened at the same time. Try again.';

const STAGE_LABEL: Record<VersionStage, string> = { V1: 'V1 (candidate)', V2: 'V2 (production)', V3: 'V3 (retired)' };

/** Describes why a gate blocks, naming each violated or unmeasured condition. */
function describeGate(gate: GateResult<Baseline>): string {
  const problems = gate.conditions
    .filter((c) => c.status !== 'PASSED')
    .map((c) =>
      c.actualValue === null
        ? `${c.baseline.metric} has no value`
        : `${c.baseline.metric} ${c.baseline.operator} ${c.baseline.threshold} does not hold (actual ${c.actualValue}, ${c.baseline.severity})`,
    );
  return problems.join('; ');
}

/** One transaction's changes to versions: moves a version and writes its history entry together. */
class StageMover {
  constructor(
    private readonly tx: EntityManager,
    private readonly actor: string,
  ) {}

  move(version: ProjectVersion, to: VersionStage, entry: { kind: TransitionKind; reason: string; forced?: boolean; gateStatus?: GateStatus | null }): void {
    const at = new Date();
    VersionTransitionRepository.forOrganization(this.tx, version.organizationId).add({
      organizationId: version.organizationId,
      projectId: version.projectId,
      versionId: version.id,
      fromStage: version.stage,
      toStage: to,
      kind: entry.kind,
      reason: entry.reason,
      forced: entry.forced ?? false,
      gateStatus: entry.gateStatus ?? null,
      actor: this.actor,
      at,
    });
    version.stage = to;
    version.stageChangedAt = at;
  }
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
    private readonly publish: (topic: string, payload: string) => void,
  ) {}

  /** The version when the caller may read it, else null. */
  byId(id: string): Promise<ProjectVersion | null> {
    return this.scope.loaders.versionById.load(id);
  }

  /** Like {@link byId}, but NOT_FOUND instead of null; the first step of every change to a version. */
  async require(id: string): Promise<ProjectVersion> {
    const version = await this.byId(id);
    if (!version) throw new NotFoundError('Version');
    return version;
  }

  /** The project's production (V2) version, or null. */
  productionOf(project: Pick<Project, 'id'>): Promise<ProjectVersion | null> {
    return this.scope.loaders.productionVersionByProject.load(project.id);
  }

  /** A page of the project's versions, newest first. */
  async versionsOf(project: Pick<Project, 'id'>, rawArgs: Record<string, unknown>): Promise<Connection<ProjectVersion>> {
    const args = parseInput(VersionListArgsModel, rawArgs);
    const query = {
      first: args.first,
      beforeNumber: args.after ? decodeCursor(VERSION_CURSOR, args.after, 'number') : null,
      stages: args.stages ? [...new Set(args.stages)].sort() : null,
    };
    const page = await this.scope.loaders.versionsByProject(query).load(project.id);
    return toConnection(page, (version) => encodeCursor(VERSION_CURSOR, version.number));
  }

  /** A page of the version's history, oldest first. */
  async historyOf(version: Pick<ProjectVersion, 'id'>, rawArgs: Record<string, unknown>): Promise<Connection<VersionTransition>> {
    const args = parseInput(HistoryArgsModel, rawArgs);
    const query = { first: args.first, afterSeq: args.after ? decodeCursor(HISTORY_CURSOR, args.after, 'number') : null };
    const page = await this.scope.loaders.historyByVersion(query).load(version.id);
    return toConnection(page, (entry) => encodeCursor(HISTORY_CURSOR, entry.seq));
  }

  /** Whether the caller may make this move now: the stage allows it, the project is active and the permission is held. */
  async viewerCan(version: ProjectVersion, action: 'promote' | 'force-promote' | 'degrade'): Promise<boolean> {
    if (action === 'degrade' ? version.stage === 'V3' : version.stage !== 'V1') return false;
    const project = await this.projects.byId(version.projectId);
    if (!project || project.archivedAt) return false;
    const can = (permission: 'version:promote' | 'version:force-promote') => this.scope.access.can(version.organizationId, permission);
    return (await can('version:promote')) && (action !== 'force-promote' || (await can('version:force-promote')));
  }

  /** Creates a V1 version with the next number of its project. */
  async create(rawInput: { projectId: string }): Promise<ProjectVersion> {
    const project = await this.projects.require(rawInput.projectId);
    await this.scope.access.assert(project.organizationId, 'version:create');
    const input = parseInput(CreateVersionInputModel, rawInput, 'input');
    const actor = actorOf(this.scope);
    try {
      const version = await this.scope.em.transactional(async (tx) => {
        await this.lockActiveProject(tx, project.organizationId, project.id);
        const versions = VersionRepository.forOrganization(tx, project.organizationId);
        if (await versions.existsWithName(project.id, input.name)) throw new ConflictError(NAME_TAKEN, 'input.name');
        const created = versions.add({
          id: randomUUID(),
          organizationId: project.organizationId,
          projectId: project.id,
          number: await versions.nextNumber(project.id),
          name: input.name,
          modelConfig: input.modelConfig,
          changelog: input.changelog,
          createdBy: actor,
        });
        // The history row refers to the version, so the version is inserted first.
        await tx.flush();
        VersionTransitionRepository.forOrganization(tx, project.organizationId).add({
          organizationId: project.organizationId,
          projectId: project.id,
          versionId: created.id,
          fromStage: null,
          toStage: 'V1',
          kind: 'CREATED',
          reason: 'Version created.',
          forced: false,
          gateStatus: null,
          actor,
          at: created.createdAt,
        });
        return created;
      });
      this.scope.logger.info('Created version (versionId=%s, projectId=%s, number=%d)', version.id, project.id, version.number);
      return version;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(NAME_TAKEN, 'input.name');
      throw error;
    }
  }

  /**
   * Promotes a V1 to V2, retiring the current V2 in the same transaction. The gate is evaluated
   * inside the transaction, on the live values metrics measured just before it and the recorded
   * values read under the lock (the same merge as the `gate` field). A blocking verdict refuses
   * with GATE_FAILED unless forced by a caller holding `version:force-promote` (FORBIDDEN for
   * others); `force` on a gate that does not block needs no such permission.
   */
  async promote(rawInput: { versionId: string; force?: boolean | null }): Promise<StageChange> {
    const found = await this.require(rawInput.versionId);
    await this.scope.access.assert(found.organizationId, 'version:promote');
    const input = parseInput(PromoteVersionInputModel, rawInput, 'input');
    // `force` only needs version:force-promote when it overrides a blocking gate (decided in the
    // transaction); the grant is looked up here, outside it, like the live values.
    const mayForce = input.force ? await this.scope.access.can(found.organizationId, 'version:force-promote') : false;
    const actor = actorOf(this.scope);
    // The live values the `gate` field shows, asked before the transaction: an HTTP call inside one
    // can deadlock on the embedded database (its only connection is held by the transaction).
    const live = (await this.gates.liveValuesOf(found.organizationId, [found.id])).get(found.id) ?? new Map();
    const change = await this.stageChange(async (tx) => {
      const project = await this.lockActiveProject(tx, found.organizationId, found.projectId);
      const versions = VersionRepository.forOrganization(tx, found.organizationId);
      const version = await versions.findFresh(found.id, found.projectId);
      if (!version) throw new NotFoundError('Version');
      if (version.stage !== 'V1') {
        throw new InvalidTransitionError(`Only a V1 (candidate) version can be promoted; this one is ${STAGE_LABEL[version.stage]}.`);
      }
      const gate = await this.gates.gateInTransaction(tx, version, live);
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
      const mover = new StageMover(tx, actor);
      const [production] = await versions.findProductionForProjects([project.id]);
      if (production) {
        mover.move(production, 'V3', { kind: 'SUPERSEDED', reason: `Superseded by ${version.name}: ${input.reason}` });
        // Only one V2 may exist at any moment (partial unique index), so the retirement is written first.
        await tx.flush();
      }
      mover.move(version, 'V2', { kind: 'PROMOTED', reason: input.reason, forced: blocked, gateStatus: gate.status });
      return { version, retiredVersion: production ?? null };
    });
    this.scope.logger.info(
      'Promoted version (versionId=%s, projectId=%s, retiredVersionId=%s, forced=%s)',
      change.version.id,
      change.version.projectId,
      change.retiredVersion?.id ?? null,
      input.force,
    );
    return change;
  }

  /** Retires a V1 or V2 version. */
  async degrade(rawInput: { versionId: string }): Promise<ProjectVersion> {
    const found = await this.require(rawInput.versionId);
    await this.scope.access.assert(found.organizationId, 'version:promote');
    const input = parseInput(DegradeVersionInputModel, rawInput, 'input');
    const actor = actorOf(this.scope);
    const { version } = await this.stageChange(async (tx) => {
      await this.lockActiveProject(tx, found.organizationId, found.projectId);
      const version = await VersionRepository.forOrganization(tx, found.organizationId).findFresh(found.id, found.projectId);
      if (!version) throw new NotFoundError('Version');
      if (version.stage === 'V3') throw new InvalidTransitionError('This version is already V3 (retired).');
      new StageMover(tx, actor).move(version, 'V3', { kind: 'DEGRADED', reason: input.reason });
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
    await this.scope.access.assert(project.organizationId, 'version:promote');
    const input = parseInput(RollbackVersionInputModel, rawInput, 'input');
    const actor = actorOf(this.scope);
    // The recorded gate status uses live values too, asked outside the transaction for the likely
    // target; if a concurrent change picks another target, that one is recorded on its recorded values.
    const likely = await VersionRepository.forOrganization(this.scope.em, project.organizationId).findLastRetiredFromProduction(project.id);
    const live = likely ? await this.gates.liveValuesOf(project.organizationId, [likely.id]) : new Map<string, MeasurementMap>();
    const change = await this.stageChange(async (tx) => {
      await this.lockActiveProject(tx, project.organizationId, project.id);
      const versions = VersionRepository.forOrganization(tx, project.organizationId);
      // Chosen before the current V2 is retired, or the rollback would pick that one.
      const target = await versions.findLastRetiredFromProduction(project.id);
      if (!target) throw new InvalidTransitionError('No retired version of this project has been in production, so there is nothing to roll back to.');
      const gate = await this.gates.gateInTransaction(tx, target, live.get(target.id) ?? new Map());
      const mover = new StageMover(tx, actor);
      const [production] = await versions.findProductionForProjects([project.id]);
      if (production) {
        mover.move(production, 'V3', { kind: 'ROLLED_BACK_FROM', reason: `Rolled back to ${target.name}: ${input.reason}` });
        await tx.flush();
      }
      mover.move(target, 'V2', { kind: 'ROLLED_BACK', reason: input.reason, gateStatus: gate.status });
      return { version: target, retiredVersion: production ?? null };
    });
    this.scope.logger.info(
      'Rolled back (projectId=%s, versionId=%s, retiredVersionId=%s)',
      project.id,
      change.version.id,
      change.retiredVersion?.id ?? null,
    );
    return change;
  }

  /** Locks the version's project for the transaction and refuses archived projects (read afresh under the lock). */
  private async lockActiveProject(tx: EntityManager, organizationId: string, projectId: string): Promise<Project> {
    const project = await ProjectRepository.forOrganization(tx, organizationId).lockById(projectId);
    if (!project) throw new NotFoundError('Project');
    requireActive(project);
    return project;
  }

  /** Runs a stage change in a transaction, then refreshes the per-request caches and announces the change. */
  private async stageChange(run: (tx: EntityManager) => Promise<StageChange>): Promise<StageChange> {
    let change: StageChange;
    try {
      change = await this.scope.em.transactional(run);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(CONCURRENT_PROMOTION);
      throw error;
    }
    this.scope.loaders.productionVersionByProject.clear(change.version.projectId);
    for (const version of [change.version, change.retiredVersion]) if (version) this.publish(VERSION_STAGE_CHANGED_TOPIC, version.id);
    return change;
  }
}
