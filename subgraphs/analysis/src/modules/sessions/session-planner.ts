import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, type TenantScope } from '@steward/kernel';
import type { ServiceScope } from '../../analysis.context.js';
import { analysisEvent, ANALYSIS_TOPICS } from '../../analysis.events.js';
import type { Artifact } from '../artifacts/artifact.entity.js';
import { ArtifactRepository } from '../artifacts/artifact.repository.js';
import type { Analyzer } from '../tasks/analyzer-registry.js';
import { TASK_QUEUE, type TaskJobData } from '../tasks/task-runner.js';
import type { AnalysisKind, AnalysisSession } from './session.entity.js';
import type { StartAnalysisInput } from './session.models.js';
import { SessionRepository } from './session.repository.js';

/** The analysis kind a report is imported as: SARIF is IMPORT, test and coverage reports are DYNAMIC (what CI ran). */
const REPORT_KIND = { SARIF: 'IMPORT', JUNIT: 'DYNAMIC', COVERAGE: 'DYNAMIC' } as const satisfies Record<string, AnalysisKind>;
type ReportArtifactKind = keyof typeof REPORT_KIND;

interface PlannedTask {
  analyzer: Analyzer;
  reportArtifactIds: string[];
}

/** Turns a validated request into a session and its tasks, and queues them with the session's own transaction. */
export class SessionPlanner {
  constructor(private readonly scope: ServiceScope) {}

  async create(tenant: TenantScope, input: StartAnalysisInput): Promise<AnalysisSession> {
    const session = await this.scope.em.transactional(async (tx) => {
      const artifacts = new ArtifactRepository(tx, tenant);
      const sourceId = input.source?.uploadId ?? null;
      const reportIds = input.reportUploadIds ?? [];
      const uploads = new Map((await artifacts.lockByIds([...(sourceId ? [sourceId] : []), ...reportIds])).map((artifact) => [artifact.id, artifact]));
      const source = sourceId ? this.usableUpload(uploads.get(sourceId), input.projectId, 'input.source.uploadId', ['SOURCE_ARCHIVE']) : null;
      const reports = reportIds.map((id, index) => this.usableUpload(uploads.get(id), input.projectId, `input.reportUploadIds[${index}]`, ['SARIF', 'JUNIT', 'COVERAGE']));
      const kinds = this.kindsOf(input.kinds ?? null, source !== null || Boolean(input.source?.repositoryId), reports);
      const tasks = this.plan(kinds, reports);
      const created = this.newSession(input, sourceId, reportIds, kinds, null);
      Object.assign(created, { repositoryId: input.source?.repositoryId ?? null, commitSha: input.source?.commitSha ?? null, pullRequestId: input.pullRequestId ?? null });
      for (const artifact of [...(source ? [source] : []), ...reports]) artifact.sessionId = created.id;
      return this.store(tx, tenant, created, tasks);
    });
    this.announce(session);
    this.scope.logger.info('Analysis started (sessionId=%s, kinds=%s)', session.id, session.kinds.join(','));
    return session;
  }

  async rerun(tenant: TenantScope, previous: AnalysisSession): Promise<AnalysisSession> {
    const session = await this.scope.em.transactional(async (tx) => {
      const artifacts = new ArtifactRepository(tx, tenant);
      const originals = new Map((await artifacts.findByIds([...(previous.sourceArtifactId ? [previous.sourceArtifactId] : []), ...previous.reportArtifactIds])).map((artifact) => [artifact.id, artifact]));
      const created = this.newSession(
        { organizationId: previous.organizationId, projectId: previous.projectId, versionId: previous.versionId },
        null,
        [],
        previous.kinds,
        previous.id,
      );
      Object.assign(created, { repositoryId: previous.repositoryId, commitSha: previous.commitSha, pullRequestId: previous.pullRequestId });
      // The same bytes under new rows of the new session (a row belongs to one session; the blob is shared).
      const copy = (id: string) => {
        const original = originals.get(id)!;
        return artifacts.add({ ...original, id: randomUUID(), sessionId: created.id, createdAt: this.scope.clock(), createdBy: this.scope.access.principal() });
      };
      const source = previous.sourceArtifactId ? copy(previous.sourceArtifactId) : null;
      const reports = previous.reportArtifactIds.map(copy);
      Object.assign(created, { sourceArtifactId: source?.id ?? null, reportArtifactIds: reports.map((report) => report.id) });
      return this.store(tx, tenant, created, this.plan(previous.kinds, reports));
    });
    this.announce(session);
    return session;
  }

  private usableUpload(artifact: Artifact | undefined, projectId: string, field: string, kinds: readonly string[]): Artifact {
    if (!artifact || artifact.projectId !== projectId) throw new BadUserInputError(field, `${field}: is not an upload of this project`);
    if (!kinds.includes(artifact.kind)) throw new BadUserInputError(field, `${field}: is an upload of kind ${artifact.kind}; expected ${kinds.join(' or ')}`);
    if (!artifact.sha256) throw new BadUserInputError(field, `${field}: its bytes have not arrived yet; PUT them to the upload URL first`);
    if (artifact.sessionId) throw new BadUserInputError(field, `${field}: is already used by another analysis; upload it again or re-run that analysis`);
    return artifact;
  }

  private kindsOf(requested: AnalysisKind[] | null, hasSource: boolean, reports: readonly Artifact[]): AnalysisKind[] {
    const fromReports = [...new Set(reports.map((report) => REPORT_KIND[report.kind as ReportArtifactKind]))];
    const kinds = requested ?? [...(hasSource ? (['STATIC', 'GRAPH'] as const) : []), ...fromReports];
    if (kinds.length === 0) throw new BadUserInputError('input', 'input: give a source (input.source) or CI reports (input.reportUploadIds) to analyse');
    for (const kind of kinds) {
      if ((kind === 'STATIC' || kind === 'GRAPH') && !hasSource) throw new BadUserInputError('input.kinds', `input.kinds: ${kind} analyses a source; give input.source`);
      if ((kind === 'IMPORT' || kind === 'DYNAMIC') && !fromReports.includes(kind)) {
        throw new BadUserInputError('input.kinds', `input.kinds: ${kind} imports ${kind === 'IMPORT' ? 'SARIF reports' : 'JUnit or coverage reports'}; give them in input.reportUploadIds`);
      }
    }
    reports.forEach((report, index) => {
      const kind = REPORT_KIND[report.kind as ReportArtifactKind];
      if (!kinds.includes(kind)) throw new BadUserInputError(`input.reportUploadIds[${index}]`, `input.reportUploadIds[${index}]: is a ${report.kind} report, imported by ${kind}, which input.kinds leaves out`);
    });
    return kinds;
  }

  private plan(kinds: readonly AnalysisKind[], reports: readonly Artifact[]): PlannedTask[] {
    const tasks: PlannedTask[] = [];
    if (kinds.includes('STATIC')) tasks.push({ analyzer: this.scope.analyzers.forSource('STATIC'), reportArtifactIds: [] });
    if (kinds.includes('GRAPH')) tasks.push({ analyzer: this.scope.analyzers.forSource('GRAPH'), reportArtifactIds: [] });
    for (const report of reports) tasks.push({ analyzer: this.scope.analyzers.forReport(report.kind as ReportArtifactKind), reportArtifactIds: [report.id] });
    return tasks;
  }

  private newSession(input: Pick<StartAnalysisInput, 'organizationId' | 'projectId' | 'versionId'>, sourceId: string | null, reportIds: string[], kinds: AnalysisKind[], rerunOfId: string | null): AnalysisSession {
    const now = this.scope.clock();
    return {
      id: randomUUID(), organizationId: input.organizationId, projectId: input.projectId, versionId: input.versionId ?? null, repositoryId: null, commitSha: null, pullRequestId: null,
      sourceArtifactId: sourceId, reportArtifactIds: reportIds, kinds, status: 'QUEUED', referenceVersionId: null, rerunOfId, summary: {},
      createdBy: this.scope.access.principal(), createdAt: now, startedAt: null, finishedAt: null, updatedAt: now,
    };
  }

  private async store(tx: EntityManager, tenant: TenantScope, data: AnalysisSession, planned: readonly PlannedTask[]): Promise<AnalysisSession> {
    const sessions = new SessionRepository(tx, tenant);
    const session = sessions.addSession(data);
    // Written first: the tasks' and artifacts' keys refer to it, and the ORM does not order rows it does not know as related.
    await sessions.save();
    const now = this.scope.clock();
    for (const [position, { analyzer, reportArtifactIds }] of planned.entries()) {
      const task = sessions.addTask({
        id: randomUUID(), organizationId: session.organizationId, sessionId: session.id, position, analyzer: analyzer.name, analyzerVersion: analyzer.version, kind: analyzer.kind, status: 'QUEUED',
        input: { reportArtifactIds }, attempts: 0, leaseId: null, jobId: null, cacheKey: null, cacheHit: false, reusedFromTaskId: null, savedMs: 0, resultSha256: null, metrics: {},
        error: null, createdAt: now, startedAt: null, finishedAt: null, durationMs: null,
      });
      await sessions.save();
      task.jobId = await this.scope.jobs.enqueue<TaskJobData>(TASK_QUEUE, { taskId: task.id, organizationId: session.organizationId }, { transaction: tx });
    }
    await sessions.save();
    return session;
  }

  private announce(session: AnalysisSession): void {
    this.scope.publish(ANALYSIS_TOPICS.progress, analysisEvent({ id: session.id, organizationId: session.organizationId, projectId: session.projectId }));
  }
}
