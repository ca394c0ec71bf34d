import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, parseInput, type TenantScope } from '@steward/kernel';
import type { ServiceScope } from '../../projects.context.js';
import type { Project } from '../projects/project.entity.js';
import { ProjectRepository } from '../projects/project.repository.js';
import { lockActiveProject, type ProjectService } from '../projects/project.service.js';
import type { ProjectVersion, VersionRecord } from '../versions/version.entity.js';
import type { Baseline, BaselineRecord } from './baseline.entity.js';
import { BaselineRepository } from './baseline.repository.js';
import { evaluateGate, mergeMeasurements, type ConditionResult, type GateResult, type MeasurementMap } from './gate-evaluator.js';
import {
  MAX_BASELINES_PER_PROJECT,
  MAX_MEASUREMENTS_PER_VERSION,
  RecordMeasurementsInputModel,
  SetBaselineInputModel,
} from './gate.models.js';
import type { MeasurementRecord } from './measurement.entity.js';
import { MeasurementRepository } from './measurement.repository.js';
import { analysisMeasurementMap, liveMeasurementMap, type AnalysisValues, type LiveReading, type LiveValues } from './live-measurements.source.js';

/** A version's gate over the project's baselines (what `QualityGate` resolves from). */
export type BaselineGate = GateResult<BaselineRecord>;
/** One baseline's verdict (what `GateCondition` resolves from). */
export type BaselineCondition = ConditionResult<BaselineRecord>;

/** A version's recorded values as the evaluator's measurement map. */
function measurementMap(measurements: readonly MeasurementRecord[]): MeasurementMap {
  return new Map(measurements.map((m) => [m.metric, m.value]));
}

/**
 * Owns a project's quality gate: its baselines, the values recorded for its versions, and the
 * evaluation of one against the other (delegated to the pure `evaluateGate`).
 */
export class GateService {
  /** Live values the gateway sent with this request's version representations (what `gate` @requires, from metrics and analysis). */
  private readonly federated = new Map<string, MeasurementMap>();

  constructor(
    private readonly scope: ServiceScope,
    private readonly projects: ProjectService,
  ) {}

  /** The baseline when the caller may read it, else null. */
  byId(id: string): Promise<Baseline | null> {
    return this.scope.loaders.baselineById.load(id);
  }

  /** The project's baselines, ordered by metric then severity. */
  baselinesOf(project: Pick<Project, 'id'>): Promise<BaselineRecord[]> {
    return this.scope.loaders.baselinesByProject.load(project.id);
  }

  /** The values recorded for the version, ordered by metric. */
  measurementsOf(version: Pick<ProjectVersion, 'id'>): Promise<MeasurementRecord[]> {
    return this.scope.loaders.measurementsByVersion.load(version.id);
  }

  /**
   * Keeps the live values the gateway sent with a version's representation, for its `gate` later in
   * the same request. They travel beside the entity (not on it) so the ORM's identity-mapped version
   * stays what every other resolver and service gets.
   */
  acceptFederated(versionId: string, values: { liveMeasurements?: LiveValues | null; analysisMeasurements?: AnalysisValues | null }): void {
    this.federated.set(versionId, new Map([...liveMeasurementMap(values.liveMeasurements), ...analysisMeasurementMap(values.analysisMeasurements)]));
  }

  /**
   * The version's gate as the `gate` field shows it: live values fed through federation (`@requires`)
   * over the recorded ones. Reached without the gateway, only recorded values count.
   */
  federatedGateFor(version: VersionRecord): Promise<BaselineGate> {
    return this.gateFor(version, this.federated.get(version.id) ?? new Map());
  }

  /**
   * Live readings of versions of one organization (values and findings), asked of the metrics and
   * analysis subgraphs directly: for a mutation (no `@requires` there) and for comparisons. A version
   * neither knows anything of is left out. Call it outside any transaction: an HTTP call inside one
   * can deadlock on the embedded database.
   */
  liveReadingsOf(organizationId: string, versionIds: readonly string[]): Promise<Map<string, LiveReading>> {
    return this.scope.live.measure(organizationId, versionIds);
  }

  /** The version's gate: `live` values (from metrics and analysis) win over the recorded ones metric by metric. */
  async gateFor(version: VersionRecord, live: MeasurementMap): Promise<BaselineGate> {
    const [baselines, recorded] = await Promise.all([this.baselinesOf({ id: version.projectId }), this.measurementsOf(version)]);
    return evaluateGate(baselines, mergeMeasurements(measurementMap(recorded), live));
  }

  /**
   * The gate read afresh inside a transaction that holds the project's lock (what a promotion decides
   * on), with `live` values fetched before the transaction began, merged as {@link gateFor} does.
   */
  async gateInTransaction(tx: EntityManager, tenant: TenantScope, version: VersionRecord, live: MeasurementMap): Promise<BaselineGate> {
    const baselines = await new BaselineRepository(tx, tenant).listForProjects([version.projectId]);
    const recorded = await new MeasurementRepository(tx, tenant).listForVersions([version.id]);
    return evaluateGate(baselines, mergeMeasurements(measurementMap(recorded), live));
  }

  /** Whether the caller may record measurements for the version now (its project is active). */
  async viewerCanRecord(version: VersionRecord): Promise<boolean> {
    const project = await this.projects.byId(version.projectId);
    return project !== null && this.projects.viewerCan(project, 'version:create', { change: true });
  }

  /** Sets a baseline, replacing the one with the same metric and severity. */
  async setBaseline(rawInput: { projectId: string }): Promise<Baseline> {
    const project = await this.projects.require(rawInput.projectId);
    const tenant = await this.scope.access.scopeOf(project.organizationId, 'baseline:manage');
    const input = parseInput(SetBaselineInputModel, rawInput, 'input');
    const actor = this.scope.access.principal();
    const baseline = await this.scope.em.transactional(async (tx) => {
      await lockActiveProject(new ProjectRepository(tx, tenant), project.id);
      const baselines = new BaselineRepository(tx, tenant);
      const existing = await baselines.findFor(project.id, input.metric, input.severity);
      const now = this.scope.clock();
      if (existing) {
        Object.assign(existing, { operator: input.operator, threshold: input.threshold, updatedBy: actor, updatedAt: now });
        return existing;
      }
      if ((await baselines.countForProject(project.id)) >= MAX_BASELINES_PER_PROJECT) {
        throw new ConflictError(`A project can have at most ${MAX_BASELINES_PER_PROJECT} baselines.`);
      }
      return baselines.add({ ...input, id: randomUUID(), organizationId: project.organizationId, projectId: project.id, updatedBy: actor }, now);
    });
    this.scope.forgetReads();
    this.scope.logger.info('Set baseline (projectId=%s, metric=%s, severity=%s)', project.id, baseline.metric, baseline.severity);
    return baseline;
  }

  /** Removes a baseline; returns its project. */
  async removeBaseline(id: string): Promise<Project> {
    const found = await this.byId(id);
    if (!found) throw new NotFoundError('Baseline');
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'baseline:manage');
    const project = await this.scope.em.transactional(async (tx) => {
      const locked = await lockActiveProject(new ProjectRepository(tx, tenant), found.projectId);
      new BaselineRepository(tx, tenant).removeBaseline(found);
      return locked;
    });
    this.scope.forgetReads();
    this.scope.logger.info('Removed baseline (baselineId=%s, projectId=%s)', id, project.id);
    return project;
  }

  /** Records measured values for a version; a metric recorded again replaces its value. */
  async recordMeasurements(rawInput: { versionId: string }): Promise<VersionRecord> {
    const version = await this.scope.loaders.versionById.load(rawInput.versionId);
    if (!version) throw new NotFoundError('Version');
    const tenant = await this.scope.access.scopeOf(version.organizationId, 'version:create');
    const input = parseInput(RecordMeasurementsInputModel, rawInput, 'input');
    const actor = this.scope.access.principal();
    await this.scope.em.transactional(async (tx) => {
      await lockActiveProject(new ProjectRepository(tx, tenant), version.projectId);
      const measurements = new MeasurementRepository(tx, tenant);
      const others = await measurements.countOtherMetrics(version.id, input.values.map((v) => v.metric));
      if (others + input.values.length > MAX_MEASUREMENTS_PER_VERSION) {
        throw new ConflictError(`A version can have at most ${MAX_MEASUREMENTS_PER_VERSION} measured metrics.`, 'input.values');
      }
      await measurements.record(version.organizationId, version.id, input.values, actor, this.scope.clock());
    });
    this.scope.forgetReads();
    this.scope.logger.info('Recorded measurements (versionId=%s, count=%d)', version.id, input.values.length);
    return version;
  }
}
