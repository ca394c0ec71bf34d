import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, type Clock, type Job, type JobQueue, type Logger, type RouteClient } from '@steward/kernel';
import { pullRequestChangesRoute } from '@steward/repos/routes';
import { analysisEvent, ANALYSIS_TOPICS } from '../../analysis.events.js';
import { putBuffer, readBuffer, type ArtifactStore } from '../artifacts/artifact-store.js';
import { ArtifactRepository } from '../artifacts/artifact.repository.js';
import { FindingRepository } from '../findings/finding.repository.js';
import { ResultCacheRepository } from '../sessions/result-cache.repository.js';
import { FINISHED_TASK_STATUSES, type AnalysisSession, type AnalysisTask } from '../sessions/session.entity.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { SourceUnavailableError, type RepositorySources } from '../sources/repository-sources.js';
import type { SourceWorkspace } from '../sources/source-workspace.js';
import type { AnalyzerCatalogue, TaskOutput } from './analyzer-registry.js';
import { CancellationRegistry } from './cancellation.js';
import { userMessageOf } from './task-errors.js';

/** The queue of analysis tasks: one job per task. */
export const TASK_QUEUE = 'analysis.task';
/** The queue that ends a session once its last task finished. */
export const FINISH_QUEUE = 'analysis.finish';
/** Runs of a task that may fail before it is FAILED; the queue allows one more, which only records the failure (a worker died on the last run). */
export const MAX_TASK_ATTEMPTS = 3;

export interface TaskJobData extends Record<string, unknown> {
  taskId: string;
  organizationId: string;
}

/** What the runner needs of the subgraph. */
export interface TaskRunnerDependencies {
  fork(): EntityManager;
  store: ArtifactStore;
  scratch: string;
  workspace: SourceWorkspace;
  analyzers: AnalyzerCatalogue;
  jobs: JobQueue;
  clock: Clock;
  logger: Logger;
  publish(topic: string, payload: string): void;
  cancellations: CancellationRegistry;
  /** Archives of repositories at commits, through repos. */
  sources: RepositorySources;
  /** Other subgraphs' internal routes (repos: a pull request's changed lines). */
  routes: RouteClient;
}

/** A digest of changed lines (part of a coverage task's inputs: the same report measures other lines on another pull request). */
function digestOf(lines: ReadonlyMap<string, ReadonlySet<number>>): string {
  const stable = [...lines].map(([path, set]) => [path, [...set].sort((a, b) => a - b)] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(stable)).digest('hex');
}

/** The cache key of a task: sha256 of analyzer, version, configuration and the sorted digests of its inputs. */
export function taskCacheKey(parts: { analyzer: string; version: string; configDigest: string; inputDigests: readonly string[] }): string {
  return createHash('sha256')
    .update(JSON.stringify([parts.analyzer, parts.version, parts.configDigest, [...parts.inputDigests].sort()]))
    .digest('hex');
}

/**
 * Runs one task: claims it with a fresh lease, looks its cache key up, runs the analyzer on a miss
 * (or reuses the cached output), and records findings and figures in one transaction that only the
 * lease holder may commit — a run whose worker was presumed dead and whose task was retried
 * elsewhere writes nothing, so every task's results land exactly once.
 */
export class TaskRunner {
  constructor(private readonly deps: TaskRunnerDependencies) {}

  async run(job: Job<TaskJobData>): Promise<void> {
    const { taskId, organizationId } = job.data;
    const tenant = TenantScope.of(organizationId);
    const claim = await this.claim(tenant, taskId);
    if (!claim) return;
    const { task, session, leaseId } = claim;
    const cancellation = this.deps.cancellations.open(session.id, task.id, job.signal);
    const started = performance.now();
    try {
      const outcome = await this.produce(tenant, session, task, cancellation.signal);
      await this.commit(tenant, session, task.id, leaseId, outcome, Math.round(performance.now() - started));
    } catch (error) {
      if (cancellation.cancelledBySession) return;
      await this.recordFailure(tenant, session, task.id, leaseId, error, job.signal.aborted);
    } finally {
      cancellation.close();
    }
  }

  private async claim(tenant: TenantScope, taskId: string): Promise<{ task: AnalysisTask; session: AnalysisSession; leaseId: string } | null> {
    const now = this.deps.clock();
    const leaseId = randomUUID();
    const [found] = await new SessionRepository(this.deps.fork(), tenant).tasksByIds([taskId]);
    if (!found) return null;
    const claimed = await this.deps.fork().transactional(async (tx) => {
      const sessions = new SessionRepository(tx, tenant);
      const { session, task } = await sessions.lockSessionAndTask(found.sessionId, taskId);
      if (!session || !task || FINISHED_TASK_STATUSES.includes(task.status)) return null;
      if (task.attempts >= MAX_TASK_ATTEMPTS) {
        // The previous run's worker died on the last attempt: record the failure instead of running again.
        Object.assign(task, { status: 'FAILED', finishedAt: now, leaseId: null, error: task.error ?? 'The analyzer stopped answering on every attempt.' });
        await sessions.save();
        await this.finishIfLast(tx, sessions, session);
        return { task, session, leaseId: null };
      }
      Object.assign(task, { status: 'RUNNING', attempts: task.attempts + 1, leaseId, startedAt: now });
      if (session.status === 'QUEUED') Object.assign(session, { status: 'RUNNING', startedAt: now, updatedAt: now });
      await sessions.save();
      return { task, session, leaseId };
    });
    if (claimed) this.progress(claimed.session, taskId);
    return claimed?.leaseId ? { task: claimed.task, session: claimed.session, leaseId: claimed.leaseId } : null;
  }

  /** The task's output: from the cache when its key is known, else from running the analyzer (and then cached). */
  private async produce(tenant: TenantScope, session: AnalysisSession, task: AnalysisTask, signal: AbortSignal): Promise<{ output: TaskOutput; resultSha256: string; resultBytes: number; cacheKey: string; ranMs: number | null; reused: { taskId: string; durationMs: number } | null }> {
    const analyzer = this.deps.analyzers.byName(task.analyzer);
    if (!analyzer) throw new Error(`Unknown analyzer ${task.analyzer}`);
    const artifacts = new ArtifactRepository(this.deps.fork(), tenant);
    const reportIds = task.input.reportArtifactIds ?? [];
    const reports = await artifacts.findByIds(reportIds);
    const sourceSha = analyzer.needsSource ? await this.sourceOf(tenant, session, artifacts, signal) : null;
    const changedLines = analyzer.name === 'coverage' && session.pullRequestId ? await this.changedLinesOf(session) : null;
    const digests = [...reports.map((artifact) => artifact.sha256!), ...(sourceSha ? [sourceSha] : []), ...(changedLines ? [digestOf(changedLines)] : [])];
    const cacheKey = taskCacheKey({ analyzer: analyzer.name, version: analyzer.version, configDigest: await analyzer.configDigest(), inputDigests: digests });
    const cache = new ResultCacheRepository(this.deps.fork(), tenant);
    const cached = await cache.task(session.organizationId, cacheKey);
    if (cached) {
      const bytes = await readBuffer(this.deps.store, cached.resultSha256);
      const output = JSON.parse(bytes.toString('utf8')) as TaskOutput;
      for (const file of output.files ?? []) file.content = Buffer.from(file.content as unknown as string, 'base64');
      return { output, resultSha256: cached.resultSha256, resultBytes: bytes.length, cacheKey, ranMs: null, reused: { taskId: cached.taskId, durationMs: cached.durationMs } };
    }
    const started = performance.now();
    const output = await analyzer.run({
      sourceDir: sourceSha ? await this.deps.workspace.treeFor(sourceSha, signal) : null,
      report: reports[0]?.sha256 ? await readBuffer(this.deps.store, reports[0].sha256) : null,
      changedLines,
      lintCache: cache.lintCache(session.organizationId, this.deps.clock),
      signal,
    });
    const durationMs = Math.round(performance.now() - started);
    const serialised = JSON.stringify({ ...output, files: output.files?.map((file) => ({ ...file, content: file.content.toString('base64') })) });
    const blob = await putBuffer(this.deps.store, this.deps.scratch, Buffer.from(serialised));
    await cache.putTask(session.organizationId, cacheKey, { taskId: task.id, resultSha256: blob.sha256, durationMs }, this.deps.clock());
    return { output, resultSha256: blob.sha256, resultBytes: blob.sizeBytes, cacheKey, ranMs: durationMs, reused: null };
  }

  /** The lines the session's pull request adds or changes, by file, from repos. */
  private async changedLinesOf(session: AnalysisSession): Promise<Map<string, Set<number>>> {
    const changes = await this.deps.routes.find(pullRequestChangesRoute, { organizationId: session.organizationId, pullRequestId: session.pullRequestId! }).catch(() => {
      throw new SourceUnavailableError('The repos service did not answer with the pull request\'s changes; the run is retried.', false);
    });
    if (!changes) throw new SourceUnavailableError('The pull request is not in this organization any more.', true);
    return new Map(changes.files.map((file) => [file.path, new Set(file.addedLines)]));
  }

  /** The sha256 of the session's source: its uploaded archive, or its repository's archive at the commit (fetched once). */
  private async sourceOf(tenant: TenantScope, session: AnalysisSession, artifacts: ArtifactRepository, signal: AbortSignal): Promise<string> {
    if (session.sourceArtifactId) {
      const [source] = await artifacts.findByIds([session.sourceArtifactId]);
      if (source?.sha256) return source.sha256;
    }
    if (session.repositoryId && session.commitSha) return this.deps.sources.sourceOf(tenant, session, signal);
    throw new Error(`Session ${session.id} has no source to analyse`);
  }

  private async commit(
    tenant: TenantScope,
    session: AnalysisSession,
    taskId: string,
    leaseId: string,
    outcome: Awaited<ReturnType<TaskRunner['produce']>>,
    elapsedMs: number,
  ): Promise<void> {
    const files = await Promise.all((outcome.output.files ?? []).map(async (file) => ({ file, blob: await putBuffer(this.deps.store, this.deps.scratch, file.content) })));
    const now = this.deps.clock();
    const committed = await this.deps.fork().transactional(async (tx) => {
      const sessions = new SessionRepository(tx, tenant);
      const { task } = await sessions.lockSessionAndTask(session.id, taskId);
      if (!task || task.leaseId !== leaseId || task.status !== 'RUNNING') return false;
      const findings = new FindingRepository(tx, tenant);
      await findings.recordSeen({ id: session.id, organizationId: session.organizationId, projectId: session.projectId, versionId: session.versionId ?? null }, task.id, outcome.output.findings, now);
      if (outcome.output.modules?.length) await findings.recordModules(session.id, session.organizationId, outcome.output.modules);
      const artifacts = new ArtifactRepository(tx, tenant);
      const stored = [{ kind: 'REPORT' as const, name: `${task.analyzer}-result.json`, mediaType: 'application/json', blob: { sha256: outcome.resultSha256, sizeBytes: outcome.resultBytes } }, ...files.map(({ file, blob }) => ({ ...file, blob }))];
      for (const entry of stored) {
        artifacts.add({
          id: randomUUID(), organizationId: session.organizationId, projectId: session.projectId, sessionId: session.id, taskId: task.id, kind: entry.kind, name: entry.name, mediaType: entry.mediaType,
          sizeBytes: entry.blob.sizeBytes, sha256: entry.blob.sha256, maxBytes: entry.blob.sizeBytes, createdBy: 'analysis', createdAt: now, storedAt: now, uploadExpiresAt: null,
        });
      }
      Object.assign(task, {
        status: 'SUCCEEDED', leaseId: null, finishedAt: now, durationMs: outcome.ranMs ?? elapsedMs, error: null, metrics: { ...outcome.output.metrics, tools: outcome.output.tools },
        cacheKey: outcome.cacheKey, cacheHit: outcome.reused !== null, reusedFromTaskId: outcome.reused?.taskId ?? null, savedMs: outcome.reused?.durationMs ?? 0, resultSha256: outcome.resultSha256,
      });
      await sessions.save();
      await this.finishIfLast(tx, sessions, session);
      return true;
    });
    if (committed) this.progress(session, taskId);
    else this.deps.logger.warn('Task results discarded: another run owns the task now (taskId=%s)', taskId);
  }

  private async recordFailure(tenant: TenantScope, session: AnalysisSession, taskId: string, leaseId: string, error: unknown, abortedByQueue: boolean): Promise<void> {
    const message = userMessageOf(error);
    this.deps.logger.warn({ err: error }, 'Analysis task failed (taskId=%s)', taskId);
    const retry = await this.deps.fork().transactional(async (tx) => {
      const sessions = new SessionRepository(tx, tenant);
      const { task } = await sessions.lockSessionAndTask(session.id, taskId);
      if (!task || task.leaseId !== leaseId || task.status !== 'RUNNING') return false;
      const last = task.attempts >= MAX_TASK_ATTEMPTS || message.final;
      Object.assign(task, { status: last ? 'FAILED' : 'QUEUED', leaseId: null, error: message.text, finishedAt: last ? this.deps.clock() : null });
      await sessions.save();
      if (last) await this.finishIfLast(tx, sessions, session);
      return !last;
    });
    this.progress(session, taskId);
    // Thrown so the queue retries with backoff; a final failure is recorded and the job ends.
    if (retry || abortedByQueue) throw error instanceof Error ? error : new Error(message.text);
  }

  /**
   * When every task of the session has finished, queues the job that ends it (in the same transaction).
   * The caller holds the session's row lock, so of two tasks finishing at once the second to commit
   * sees the first's outcome (read fresh, past the identity map) and queues the job.
   */
  private async finishIfLast(tx: EntityManager, sessions: SessionRepository, session: AnalysisSession): Promise<void> {
    const tasks = await sessions.tasksOf([session.id], { fresh: true });
    if (tasks.every((task) => FINISHED_TASK_STATUSES.includes(task.status))) {
      await this.deps.jobs.enqueue(FINISH_QUEUE, { sessionId: session.id, organizationId: session.organizationId }, { transaction: tx, singletonKey: session.id });
    }
  }

  private progress(session: AnalysisSession, taskId: string): void {
    this.deps.publish(ANALYSIS_TOPICS.progress, analysisEvent({ id: session.id, organizationId: session.organizationId, projectId: session.projectId, taskId }));
  }
}
