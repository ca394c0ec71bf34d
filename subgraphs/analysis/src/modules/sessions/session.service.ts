import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  TenantScope,
  keys,
  parseId,
  parseInput,
  parsePage,
  type Connection,
  type PageArgs,
} from '@steward/kernel';
import { pullRequestChangesRoute, repositoryLookupRoute } from '@steward/repos/routes';
import type { ServiceScope } from '../../analysis.context.js';
import { analysisEvent, ANALYSIS_TOPICS } from '../../analysis.events.js';
import { SEVERITIES } from '../findings/finding.entity.js';
import { SessionRepository } from './session.repository.js';
import { FINISHED_SESSION_STATUSES, type AnalysisSession, type AnalysisTask } from './session.entity.js';
import { SessionFilterModel, StartAnalysisInputModel } from './session.models.js';
import { SessionPlanner } from './session-planner.js';
import { summariseTasks } from './summary.js';
import { TASK_QUEUE } from '../tasks/task-runner.js';

/** `AnalysisSummary`: the session's figures with its finding counts. */
export interface SummaryView {
  findings: number;
  newFindings: number;
  newCriticalFindings: number;
  bySeverity: { severity: (typeof SEVERITIES)[number]; count: number }[];
  tasks: number;
  tasksSucceeded: number;
  tasksFailed: number;
  cacheHits: number;
  savedMs: number;
  filesAnalysed: number | null;
  coverage: number | null;
  branchCoverage: number | null;
  newCodeCoverage: number | null;
  maxCyclomaticComplexity: number | null;
  dependencyCycles: number | null;
  testsPassed: number | null;
  testsFailed: number | null;
  testsSkipped: number | null;
}

/** Starts, cancels, re-runs and reads analysis sessions. */
export class SessionService {
  private readonly planner: SessionPlanner;

  constructor(private readonly scope: ServiceScope) {
    this.planner = new SessionPlanner(scope);
  }

  byId(id: string): Promise<AnalysisSession | null> {
    return this.scope.loaders.sessionById.load(id);
  }

  async require(rawId: unknown, field = 'id'): Promise<AnalysisSession> {
    const session = await this.byId(parseId(rawId, field));
    if (!session) throw new NotFoundError('Analysis session');
    return session;
  }

  /** A project's sessions in the organizations where the caller reads analyses, newest first. */
  async list(rawProjectId: unknown, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<AnalysisSession>> {
    const projectId = parseId(rawProjectId, 'projectId');
    const page = parsePage(rawArgs, keys.timeId);
    const { filter } = parseInput(SessionFilterModel, rawArgs);
    return new SessionRepository(this.scope.em, await this.scope.access.scope('analysis:read')).pageForProject(projectId, filter ?? {}, page);
  }

  async listForVersion(versionId: string, rawArgs: PageArgs): Promise<Connection<AnalysisSession>> {
    const page = parsePage(rawArgs, keys.timeId);
    return new SessionRepository(this.scope.em, await this.scope.access.scope('analysis:read')).pageForVersion(versionId, page);
  }

  tasks(session: AnalysisSession): Promise<AnalysisTask[]> {
    return this.scope.loaders.tasksBySession.load(session.id);
  }

  async summary(session: AnalysisSession): Promise<SummaryView> {
    const [tasks, counts] = await Promise.all([this.tasks(session), this.scope.loaders.countsBySession.load(session.id)]);
    const figures = summariseTasks(tasks);
    const sum = (pick: (entry: (typeof counts)[number]) => number) => counts.reduce((total, entry) => total + pick(entry), 0);
    return {
      findings: sum((entry) => entry.total),
      newFindings: sum((entry) => entry.new),
      newCriticalFindings: counts.find((entry) => entry.severity === 'CRITICAL')?.new ?? 0,
      bySeverity: SEVERITIES.map((severity) => ({ severity, count: counts.find((entry) => entry.severity === severity)?.total ?? 0 })),
      tasks: tasks.length,
      tasksSucceeded: tasks.filter((task) => task.status === 'SUCCEEDED').length,
      tasksFailed: tasks.filter((task) => task.status === 'FAILED').length,
      cacheHits: figures.cacheHits ?? 0,
      savedMs: figures.savedMs ?? 0,
      filesAnalysed: figures.filesAnalysed ?? null,
      coverage: figures.coverage ?? null,
      branchCoverage: figures.branchCoverage ?? null,
      newCodeCoverage: figures.newCodeCoverage ?? null,
      maxCyclomaticComplexity: figures.maxCyclomaticComplexity ?? null,
      dependencyCycles: figures.dependencyCycles ?? null,
      testsPassed: figures.testsPassed ?? null,
      testsFailed: figures.testsFailed ?? null,
      testsSkipped: figures.testsSkipped ?? null,
    };
  }

  async viewerCanCancel(session: AnalysisSession): Promise<boolean> {
    return !FINISHED_SESSION_STATUSES.includes(session.status) && this.scope.access.can(session.organizationId, 'analysis:run');
  }

  /** Validates the input against the project, its version and the uploads, then stores the session and queues its tasks in one transaction. */
  async start(rawInput: unknown): Promise<AnalysisSession> {
    const input = parseInput(StartAnalysisInputModel, rawInput, 'input');
    const tenant = await this.scope.access.scopeOf(input.organizationId, 'analysis:run');
    const lookup = await this.scope.directory.projects(input.organizationId, { projectIds: [input.projectId], versionIds: input.versionId ? [input.versionId] : [] });
    if (!lookup.projectIds.includes(input.projectId)) throw new NotFoundError('Project');
    if (input.versionId && !lookup.versions.some((version) => version.id === input.versionId && version.projectId === input.projectId)) {
      throw new BadUserInputError('input.versionId', 'input.versionId: is not a version of this project');
    }
    if (input.source?.repositoryId) {
      const { repositoryIds } = await this.scope.routes.call(repositoryLookupRoute, { organizationId: input.organizationId, repositoryIds: [input.source.repositoryId] });
      if (!repositoryIds.includes(input.source.repositoryId)) throw new BadUserInputError('input.source.repositoryId', 'input.source.repositoryId: is not a repository of this organization');
    }
    if (input.pullRequestId) {
      const changes = input.source?.repositoryId ? await this.scope.routes.find(pullRequestChangesRoute, { organizationId: input.organizationId, pullRequestId: input.pullRequestId }) : null;
      if (changes?.repositoryId !== input.source?.repositoryId) {
        throw new BadUserInputError('input.pullRequestId', 'input.pullRequestId: is not a pull request of the repository in input.source.repositoryId');
      }
    }
    return this.planner.create(tenant, input);
  }

  /**
   * The analysis of a pull request's head (STATIC and GRAPH), started by repos once per pull request
   * and commit: a second call for the same pair answers the first session.
   */
  async startForPullRequest(input: { organizationId: string; projectId: string; repositoryId: string; pullRequestId: string; commitSha: string }): Promise<AnalysisSession> {
    const tenant = TenantScope.of(input.organizationId);
    const existing = await new SessionRepository(this.scope.em, tenant).findForPullRequest(input.pullRequestId, input.commitSha);
    if (existing) return existing;
    const lookup = await this.scope.directory.projects(input.organizationId, { projectIds: [input.projectId], versionIds: [] });
    if (!lookup.projectIds.includes(input.projectId)) throw new NotFoundError('Project');
    return this.planner.create(tenant, {
      organizationId: input.organizationId,
      projectId: input.projectId,
      source: { repositoryId: input.repositoryId, commitSha: input.commitSha },
      kinds: ['STATIC', 'GRAPH'],
      pullRequestId: input.pullRequestId,
    });
  }

  /** Starts a new session over the same source, reports and kinds. */
  async rerun(rawSessionId: unknown): Promise<AnalysisSession> {
    const previous = await this.require(rawSessionId, 'sessionId');
    const tenant = await this.scope.access.scopeOf(previous.organizationId, 'analysis:run');
    return this.planner.rerun(tenant, previous);
  }

  /** Cancels a session that has not finished: its unfinished tasks are CANCELLED, their jobs cancelled, and every process aborts its runs of them. */
  async cancel(rawSessionId: unknown): Promise<AnalysisSession> {
    const found = await this.require(rawSessionId, 'sessionId');
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'analysis:run');
    const now = this.scope.clock();
    const { session, jobIds } = await this.scope.em.transactional(async (tx) => {
      const sessions = new SessionRepository(tx, tenant);
      const session = await sessions.lockById(found.id);
      if (!session) throw new NotFoundError('Analysis session');
      if (FINISHED_SESSION_STATUSES.includes(session.status)) throw new ConflictError(`This analysis already finished (${session.status}): there is nothing to cancel.`, 'sessionId');
      const jobIds: string[] = [];
      for (const task of await sessions.lockTasksOf(session.id)) {
        if (task.status === 'QUEUED' || task.status === 'RUNNING') {
          Object.assign(task, { status: 'CANCELLED', leaseId: null, finishedAt: now });
          if (task.jobId) jobIds.push(task.jobId);
        }
      }
      Object.assign(session, { status: 'CANCELLED', finishedAt: now, updatedAt: now });
      await sessions.save();
      return { session, jobIds };
    });
    await Promise.all(jobIds.map((jobId) => this.scope.jobs.cancel(TASK_QUEUE, jobId).catch(() => false)));
    const event = analysisEvent({ id: session.id, organizationId: session.organizationId, projectId: session.projectId });
    this.scope.publish(ANALYSIS_TOPICS.cancelled, event);
    this.scope.publish(ANALYSIS_TOPICS.progress, event);
    this.scope.logger.info('Analysis cancelled (sessionId=%s, tasks=%d)', session.id, jobIds.length);
    return session;
  }
}
