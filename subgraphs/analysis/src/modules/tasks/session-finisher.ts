import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, type Clock, type Job, type JobQueue, type Logger, type ReferenceDirectory } from '@steward/kernel';
import { analysisEvent, ANALYSIS_TOPICS } from '../../analysis.events.js';
import { FindingRepository } from '../findings/finding.repository.js';
import { FINISHED_SESSION_STATUSES, FINISHED_TASK_STATUSES } from '../sessions/session.entity.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { finalStatus, summariseTasks } from '../sessions/summary.js';
import { REVIEW_QUEUE, type ReviewJobData } from './review-publisher.js';

export interface FinishJobData extends Record<string, unknown> {
  sessionId: string;
  organizationId: string;
}

/**
 * Ends a session once its last task finished (a job queued by that task's commit, so it happens
 * even if the process dies right after): its status from the tasks', its summary, which findings
 * are new against the production version, and — for an analysis of a version — which are FIXED.
 */
export class SessionFinisher {
  constructor(
    private readonly deps: {
      fork(): EntityManager;
      directory: ReferenceDirectory;
      clock: Clock;
      logger: Logger;
      publish(topic: string, payload: string): void;
      jobs: JobQueue;
    },
  ) {}

  async finish(job: Job<FinishJobData>): Promise<void> {
    const tenant = TenantScope.of(job.data.organizationId);
    const [current] = await new SessionRepository(this.deps.fork(), tenant).findByIds([job.data.sessionId]);
    if (!current || FINISHED_SESSION_STATUSES.includes(current.status)) return;
    // Asked before the transaction: a projects outage fails the job, which is retried.
    const lookup = await this.deps.directory.projects(current.organizationId, { projectIds: [current.projectId], versionIds: [] });
    const referenceVersionId = lookup.productionVersions?.find((entry) => entry.projectId === current.projectId)?.versionId ?? null;
    const finished = await this.deps.fork().transactional(async (tx) => {
      const sessions = new SessionRepository(tx, tenant);
      const session = await sessions.lockById(current.id);
      if (!session || FINISHED_SESSION_STATUSES.includes(session.status)) return null;
      const tasks = await sessions.lockTasksOf(session.id);
      if (!tasks.every((task) => FINISHED_TASK_STATUSES.includes(task.status))) return null;
      const now = this.deps.clock();
      const status = finalStatus(tasks);
      const { tools, ...summary } = summariseTasks(tasks);
      const findings = new FindingRepository(tx, tenant);
      await findings.markNew(session.id, referenceVersionId, session.versionId !== null && session.versionId === referenceVersionId);
      let fixed = 0;
      if (session.versionId && status !== 'FAILED' && !session.pullRequestId) fixed = await findings.markFixed(session.id, session.projectId, tools, now);
      Object.assign(session, { status, summary, referenceVersionId, finishedAt: now, startedAt: session.startedAt ?? now, updatedAt: now });
      await sessions.save();
      // A pull request's analysis is published back to it, once, even if this process stops now.
      if (session.pullRequestId && status !== 'FAILED') {
        await this.deps.jobs.enqueue<ReviewJobData>(REVIEW_QUEUE, { sessionId: session.id, organizationId: session.organizationId }, { transaction: tx, singletonKey: session.id });
      }
      return { session, fixed };
    });
    if (!finished) return;
    this.deps.logger.info('Analysis finished (sessionId=%s, status=%s, fixed=%d)', finished.session.id, finished.session.status, finished.fixed);
    this.deps.publish(ANALYSIS_TOPICS.progress, analysisEvent({ id: finished.session.id, organizationId: finished.session.organizationId, projectId: finished.session.projectId }));
  }
}
