import type { EntityManager } from '@mikro-orm/postgresql';
import { InternalRouteError, TenantScope, type Job, type JobQueue, type JobTransaction, type Logger, type RouteClient } from '@steward/kernel';
import { analysePullRequestRoute } from '@steward/analysis/routes';
import type { PullRequest } from '../pull-requests/pull-request.entity.js';
import type { Repository } from '../repositories/repository.entity.js';
import { RepositoryRepository } from '../repositories/repository.repository.js';

/** The queue whose jobs ask analysis to analyse one pull request head each. */
export const ANALYSIS_REQUEST_QUEUE = 'analysis.request';

/** A request job's data: what analysis needs to find the source, all ids. */
export interface AnalysisRequestJob {
  [key: string]: unknown;
  organizationId: string;
  projectId: string;
  repositoryId: string;
  pullRequestId: string;
  commitSha: string;
}

/** A repository whose pull request heads are analysed: linked to a project, auto-analysis on. */
export type AnalysedRepository = Repository & { projectId: string };

/** Whether the repository's pull request heads are analysed (linked to a project, auto-analysis on). */
export function isAnalysed(repository: Repository): repository is AnalysedRepository {
  return repository.autoAnalysis && repository.projectId !== null;
}

/**
 * Whether recording `pullRequest`, whose stored state was `previous` (null: it is new), asks for an
 * analysis of its head: it is open and was just opened, reopened or given a new head. An edited
 * title, a closed or merged pull request, or a repository that is not analysed asks for nothing.
 */
export function wantsAnalysis(repository: Repository, pullRequest: Pick<PullRequest, 'headSha' | 'state'>, previous: Pick<PullRequest, 'headSha' | 'state'> | null): repository is AnalysedRepository {
  if (!isAnalysed(repository) || pullRequest.state !== 'OPEN') return false;
  return previous === null || previous.state !== 'OPEN' || previous.headSha !== pullRequest.headSha;
}

/** What requesting needs from its process. */
export interface AnalysisRequesterOptions {
  fork: () => EntityManager;
  jobs: JobQueue;
  /** Calls analysis's internal route as the repos service. */
  routes: Pick<RouteClient, 'find' | 'locates'>;
  logger: Logger;
}

/**
 * Asks analysis to analyse pull request heads of repositories linked to a project with auto-analysis
 * on: one durable job per pull request and head commit, written in the transaction that recorded the
 * head (so a head is asked for exactly when it was recorded), retried with back-off while analysis
 * does not answer. Analysis starts one session per pull request and head, so a repeated ask is harmless.
 */
export class AnalysisRequester {
  constructor(private readonly options: AnalysisRequesterOptions) {
    options.jobs.define<AnalysisRequestJob>(ANALYSIS_REQUEST_QUEUE, (job) => this.run(job), { retryLimit: 10, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 60, concurrency: 2 });
  }

  /** Queues the analysis of the pull request's head in the caller's transaction. */
  enqueue(transaction: JobTransaction, repository: AnalysedRepository, pullRequest: PullRequest): Promise<string> {
    const data: AnalysisRequestJob = { organizationId: repository.organizationId, projectId: repository.projectId, repositoryId: repository.id, pullRequestId: pullRequest.id, commitSha: pullRequest.headSha };
    return this.options.jobs.enqueue<AnalysisRequestJob>(ANALYSIS_REQUEST_QUEUE, data, { transaction, singletonKey: `${pullRequest.id}:${pullRequest.headSha}` });
  }

  private async run(job: Job<AnalysisRequestJob>): Promise<void> {
    const { organizationId, projectId, repositoryId, pullRequestId, commitSha } = job.data;
    const { logger, routes } = this.options;
    const [repository] = await new RepositoryRepository(this.options.fork(), TenantScope.of(organizationId)).findByIds([repositoryId]);
    // Turned off, moved to another project or disconnected since the head was recorded: nobody wants this analysis now.
    if (!repository || !repository.autoAnalysis || repository.projectId !== projectId || repository.status === 'DISCONNECTED') {
      logger.info('Pull request analysis no longer wanted (pullRequestId=%s, commitSha=%s)', pullRequestId, commitSha);
      return;
    }
    if (!routes.locates('analysis')) {
      logger.warn('Pull request analysis skipped: this process does not know where analysis is (pullRequestId=%s)', pullRequestId);
      return;
    }
    let answer: { sessionId: string } | null;
    try {
      answer = await routes.find(analysePullRequestRoute, { organizationId, projectId, repositoryId, pullRequestId, commitSha });
    } catch (error) {
      // 4xx: analysis understood and refused; asking again changes nothing. No answer or 5xx: the queue retries.
      if (error instanceof InternalRouteError && error.status >= 400 && error.status < 500) {
        logger.warn({ err: error }, 'Analysis refused a pull request analysis (pullRequestId=%s, commitSha=%s)', pullRequestId, commitSha);
        return;
      }
      throw error;
    }
    if (!answer) {
      logger.warn('Analysis does not know the project of a pull request analysis (pullRequestId=%s, projectId=%s)', pullRequestId, projectId);
      return;
    }
    logger.info('Pull request analysis requested (pullRequestId=%s, commitSha=%s, sessionId=%s)', pullRequestId, commitSha, answer.sessionId);
  }
}
