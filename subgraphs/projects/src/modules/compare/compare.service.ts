import { BadUserInputError, NotFoundError } from '@steward/kernel';
import type { ServiceScope } from '../../projects.context.js';
import type { BaselineRecord } from '../gates/baseline.entity.js';
import type { ConditionResult, GateStatus } from '../gates/gate-evaluator.js';
import type { GateService } from '../gates/gate.service.js';
import { NO_READING } from '../gates/live-measurements.source.js';
import type { VersionRecord, VersionStage } from '../versions/version.entity.js';
import type { VersionService } from '../versions/version.service.js';
import { diffJson, diffLines, type JsonChange, type LineChange } from './version-diff.js';

/** A comparison of two versions (mirrors the `VersionComparison` type). */
export interface VersionComparison {
  from: VersionRecord;
  to: VersionRecord;
  modelConfig: JsonChange[];
  changelog: { changed: boolean; lines: LineChange[] };
  stage: { from: VersionStage; to: VersionStage };
  gate: { from: GateStatus; to: GateStatus };
  baselines: { baseline: BaselineRecord; from: ConditionResult<BaselineRecord>; to: ConditionResult<BaselineRecord>; changed: boolean }[];
}

/** Compares two versions of one project across configuration, changelog, stage and quality gate. */
export class CompareService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly versions: VersionService,
    private readonly gates: GateService,
  ) {}

  /** Compares two versions the caller may read; NOT_FOUND for either one they may not, BAD_USER_INPUT across projects. */
  async compare(fromId: string, toId: string): Promise<VersionComparison> {
    const [from, to] = await Promise.all([this.versions.byId(fromId), this.versions.byId(toId)]);
    if (!from) throw new NotFoundError('Version');
    await this.scope.access.assert(from.organizationId, 'project:read');
    if (!to) throw new NotFoundError('Version');
    if (to.projectId !== from.projectId) throw new BadUserInputError('toId', 'toId: must be a version of the same project as fromId.');
    // Both gates evaluate the same baselines (one project), so their conditions line up index by index.
    // A root field cannot @require: the live values come from metrics' and analysis's internal routes, as for a promotion.
    const live = await this.gates.liveReadingsOf(from.organizationId, [from.id, to.id]);
    const valuesOf = (id: string) => (live.get(id) ?? NO_READING).values;
    const [fromGate, toGate] = await Promise.all([this.gates.gateFor(from, valuesOf(from.id)), this.gates.gateFor(to, valuesOf(to.id))]);
    return {
      from,
      to,
      modelConfig: diffJson(from.modelConfig, to.modelConfig),
      changelog: { changed: from.changelog !== to.changelog, lines: diffLines(from.changelog, to.changelog) },
      stage: { from: from.stage, to: to.stage },
      gate: { from: fromGate.status, to: toGate.status },
      baselines: fromGate.conditions.map((condition, i) => {
        const other = toGate.conditions[i]!;
        return { baseline: condition.baseline, from: condition, to: other, changed: condition.status !== other.status };
      }),
    };
  }
}
