import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock, TenantScope } from '@steward/kernel';
import type { GateStatus } from '../gates/gate-evaluator.js';
import { ProjectRepository } from '../projects/project.repository.js';
import type { ProjectVersion, VersionStage } from './version.entity.js';
import type { TransitionKind } from './version-transition.entity.js';
import { VersionTransitionRepository } from './version-transition.repository.js';
import { VersionRepository } from './version.repository.js';

/** What a history entry says besides the version it belongs to. */
export interface HistoryEntry {
  kind: TransitionKind;
  reason: string;
  forced?: boolean;
  gateStatus?: GateStatus | null;
}

/**
 * One lifecycle transaction in one organization: its repositories, all on the transaction's fork
 * and scoped to the organization, and the moves that change a version's stage and write its
 * history entry together.
 */
export class LifecycleUnit {
  readonly projects: ProjectRepository;
  readonly versions: VersionRepository;
  private readonly history: VersionTransitionRepository;

  constructor(
    readonly tx: EntityManager,
    tenant: TenantScope,
    private readonly actor: string,
    private readonly clock: Clock,
  ) {
    this.projects = new ProjectRepository(tx, tenant);
    this.versions = new VersionRepository(tx, tenant);
    this.history = new VersionTransitionRepository(tx, tenant);
  }

  /** Writes a history entry of the version (its stage is left as it is). */
  record(version: ProjectVersion, entry: HistoryEntry & { from: VersionStage | null; to: VersionStage; at: Date }): void {
    this.history.add({
      organizationId: version.organizationId,
      projectId: version.projectId,
      versionId: version.id,
      fromStage: entry.from,
      toStage: entry.to,
      kind: entry.kind,
      reason: entry.reason,
      forced: entry.forced ?? false,
      gateStatus: entry.gateStatus ?? null,
      actor: this.actor,
      at: entry.at,
    });
  }

  /** Moves the version to another stage and records why. */
  move(version: ProjectVersion, to: VersionStage, entry: HistoryEntry): void {
    const at = this.clock();
    this.record(version, { ...entry, from: version.stage, to, at });
    version.stage = to;
    version.stageChangedAt = at;
  }

  /** Retires the project's production version, if any, before another takes its place; returns it. */
  async retireProduction(projectId: string, entry: HistoryEntry): Promise<ProjectVersion | null> {
    const [production] = await this.versions.findProductionForProjects([projectId]);
    if (!production) return null;
    this.move(production, 'V3', entry);
    // Only one V2 may exist at any moment (partial unique index), so the retirement is written first.
    await this.tx.flush();
    return production;
  }
}
