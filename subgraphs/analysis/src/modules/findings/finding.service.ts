import { BadUserInputError, ConflictError, NotFoundError, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../analysis.context.js';
import type { AnalysisSession } from '../sessions/session.entity.js';
import { SEVERITIES, type Finding } from './finding.entity.js';
import { FindingFilterModel, IgnoreFindingInputModel, findingKey, moduleKey } from './finding.models.js';
import { FindingRepository, type ModuleMetricsRow, type SeverityCounts } from './finding.repository.js';

/** `FindingsSummary` of a version. */
export interface FindingsSummaryView {
  session: AnalysisSession;
  total: number;
  new: number;
  newCritical: number;
  bySeverity: { severity: (typeof SEVERITIES)[number]; count: number }[];
}

/** The gate's values from a version's latest finished analysis (null: not measured). */
export interface Measurements {
  newCriticalFindings: number | null;
  newFindings: number | null;
  coverage: number | null;
  newCodeCoverage: number | null;
  maxCyclomaticComplexity: number | null;
  dependencyCycles: number | null;
  testsFailed: number | null;
}

/** Gate values of a session from its summary and its finding counts (ignored findings do not count as new). */
export function measurementsOf(session: AnalysisSession, counts: readonly SeverityCounts[]): Measurements {
  const measuredFindings = session.kinds.some((kind) => kind === 'STATIC' || kind === 'IMPORT' || kind === 'GRAPH');
  const summary = session.summary;
  return {
    newCriticalFindings: measuredFindings ? (counts.find((entry) => entry.severity === 'CRITICAL')?.newNotIgnored ?? 0) : null,
    newFindings: measuredFindings ? counts.reduce((total, entry) => total + entry.newNotIgnored, 0) : null,
    coverage: summary.coverage ?? null,
    newCodeCoverage: summary.newCodeCoverage ?? null,
    maxCyclomaticComplexity: summary.maxCyclomaticComplexity ?? null,
    dependencyCycles: summary.dependencyCycles ?? null,
    testsFailed: summary.testsFailed ?? null,
  };
}

/** Findings not ignored now, by severity: all the session saw (open) and the new ones. */
export function findingCountsOf(counts: readonly SeverityCounts[]) {
  const of = (pick: (entry: SeverityCounts) => number) => {
    const count = (severity: string) => pick(counts.find((entry) => entry.severity === severity) ?? { severity: 'INFO', total: 0, new: 0, notIgnored: 0, newNotIgnored: 0 });
    return { critical: count('CRITICAL'), major: count('MAJOR'), minor: count('MINOR'), info: count('INFO') };
  };
  return { open: of((entry) => entry.notIgnored), new: of((entry) => entry.newNotIgnored) };
}

/** Reads findings and moves them between OPEN and IGNORED. */
export class FindingService {
  constructor(private readonly scope: ServiceScope) {}

  byId(id: string): Promise<Finding | null> {
    return this.scope.loaders.findingById.load(id);
  }

  async require(rawId: unknown, field: string): Promise<Finding> {
    const finding = await this.byId(parseId(rawId, field));
    if (!finding) throw new NotFoundError('Finding');
    return finding;
  }

  async listForSession(session: AnalysisSession, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Finding>> {
    const page = parsePage(rawArgs, findingKey);
    const { filter } = parseInput(FindingFilterModel, rawArgs);
    return new FindingRepository(this.scope.em, await this.scope.access.scopeOf(session.organizationId, 'analysis:read')).pageForSession(session.id, filter ?? {}, page);
  }

  /** A project's findings in the organizations where the caller reads analyses. */
  async listForProject(rawProjectId: unknown, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Finding>> {
    const projectId = parseId(rawProjectId, 'projectId');
    const page = parsePage(rawArgs, findingKey);
    const { filter } = parseInput(FindingFilterModel, rawArgs);
    const tenant = await this.scope.access.scope('analysis:read');
    let production: string | null = null;
    if (filter?.newOnly) {
      // The project belongs to one of the caller's organizations at most: its production version is the one found.
      const found = await Promise.all(tenant.organizationIds.map((id) => this.scope.loaders.productionVersion.load(`${id}:${projectId}`)));
      production = found.find((id) => id !== null) ?? null;
    }
    return new FindingRepository(this.scope.em, tenant).pageForProject(projectId, filter ?? {}, production, page);
  }

  async modules(session: AnalysisSession, rawArgs: PageArgs & { inCycleOnly?: boolean | null }): Promise<Connection<ModuleMetricsRow>> {
    const page = parsePage(rawArgs, moduleKey);
    return new FindingRepository(this.scope.em, await this.scope.access.scopeOf(session.organizationId, 'analysis:read')).modulePage(session.id, rawArgs.inCycleOnly === true, page);
  }

  /** Whether no finished analysis of the project's production version saw the finding (every finding is new without one). */
  async isNew(finding: Finding): Promise<boolean> {
    const production = await this.scope.loaders.productionVersion.load(`${finding.organizationId}:${finding.projectId}`);
    if (!production) return true;
    return !(await this.scope.loaders.seenInVersion.load(`${finding.id}:${production}`));
  }

  async summaryOfVersion(versionId: string): Promise<FindingsSummaryView | null> {
    const session = await this.scope.loaders.latestSessionByVersion.load(versionId);
    if (!session) return null;
    const counts = await this.scope.loaders.countsBySession.load(session.id);
    return {
      session,
      total: counts.reduce((total, entry) => total + entry.total, 0),
      new: counts.reduce((total, entry) => total + entry.new, 0),
      newCritical: counts.find((entry) => entry.severity === 'CRITICAL')?.new ?? 0,
      bySeverity: SEVERITIES.map((severity) => ({ severity, count: counts.find((entry) => entry.severity === severity)?.total ?? 0 })),
    };
  }

  async measurementsOfVersion(versionId: string): Promise<Measurements | null> {
    const session = await this.scope.loaders.latestSessionByVersion.load(versionId);
    return session ? measurementsOf(session, await this.scope.loaders.countsBySession.load(session.id)) : null;
  }

  async ignore(rawInput: unknown): Promise<Finding> {
    const input = parseInput(IgnoreFindingInputModel, rawInput, 'input');
    const found = await this.require(input.findingId, 'input.findingId');
    if (input.until && input.until.getTime() <= this.scope.clock().getTime()) throw new BadUserInputError('input.until', 'input.until: must be in the future');
    return this.change(found, (finding, now) =>
      Object.assign(finding, { status: 'IGNORED', ignoredReason: input.reason, ignoredBy: this.scope.access.principal(), ignoredAt: now, ignoredUntil: input.until ?? null, updatedAt: now }),
    );
  }

  async reopen(rawFindingId: unknown): Promise<Finding> {
    const found = await this.require(rawFindingId, 'findingId');
    return this.change(found, (finding, now) => {
      if (finding.status !== 'IGNORED') throw new ConflictError(`This finding is ${finding.status}, not IGNORED: there is nothing to reopen.`, 'findingId');
      Object.assign(finding, { status: 'OPEN', ignoredReason: null, ignoredBy: null, ignoredAt: null, ignoredUntil: null, updatedAt: now });
    });
  }

  private async change(found: Finding, apply: (finding: Finding, now: Date) => void): Promise<Finding> {
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'analysis:run');
    const finding = await this.scope.em.transactional(async (tx) => {
      const findings = new FindingRepository(tx, tenant);
      const finding = await findings.lockById(found.id);
      if (!finding) throw new NotFoundError('Finding');
      apply(finding, this.scope.clock());
      await findings.save();
      return finding;
    });
    this.scope.logger.info('Finding status changed (findingId=%s, status=%s)', finding.id, finding.status);
    return finding;
  }
}
