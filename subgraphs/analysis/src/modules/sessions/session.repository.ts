import { LockMode } from '@mikro-orm/core';
import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { ArtifactSchema, type Artifact } from '../artifacts/artifact.entity.js';
import { AnalysisSessionSchema, AnalysisTaskSchema, type AnalysisSession, type AnalysisTask, type SessionStatus } from './session.entity.js';

const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

/** Narrows a list of sessions. */
export interface SessionFilter {
  status?: SessionStatus | null;
  versionId?: string | null;
}

function filterOf(filter: SessionFilter) {
  return { ...(filter.status ? { status: filter.status } : {}), ...(filter.versionId ? { versionId: filter.versionId } : {}) };
}

/** Sessions, their tasks and artifacts in the organizations of its scope, and nothing else. */
export class SessionRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<AnalysisSession[]> {
    return this.find(AnalysisSessionSchema, { id: { $in: [...ids] } });
  }

  lockById(id: string): Promise<AnalysisSession | null> {
    return this.findOne(AnalysisSessionSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  pageForProject(projectId: string, filter: SessionFilter, page: PageRequest<unknown>): Promise<Connection<AnalysisSession>> {
    return this.findPage(AnalysisSessionSchema, { projectId, ...filterOf(filter) }, page, NEWEST_FIRST);
  }

  pageForVersion(versionId: string, page: PageRequest<unknown>): Promise<Connection<AnalysisSession>> {
    return this.findPage(AnalysisSessionSchema, { versionId }, page, NEWEST_FIRST);
  }

  /** The session of a pull request's head commit, if one was started. */
  findForPullRequest(pullRequestId: string, commitSha: string): Promise<AnalysisSession | null> {
    return this.findOne(AnalysisSessionSchema, { pullRequestId, commitSha }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** The latest session of each version that finished with results (SUCCEEDED or PARTIAL). */
  async latestFinishedByVersion(versionIds: readonly string[]): Promise<Map<string, AnalysisSession>> {
    if (versionIds.length === 0) return new Map();
    const sessions = await this.findBySql(
      AnalysisSessionSchema,
      `select distinct on (version_id) s.* from analysis.sessions s
        where {{tenant:s}} and s.version_id = any(?::uuid[]) and s.status in ('SUCCEEDED', 'PARTIAL')
        order by version_id, finished_at desc, id desc`,
      [`{${versionIds.join(',')}}`],
    );
    return new Map(sessions.map((session) => [session.versionId!, session]));
  }

  tasksOf(sessionIds: readonly string[], options: { fresh?: boolean } = {}): Promise<AnalysisTask[]> {
    return this.find(AnalysisTaskSchema, { sessionId: { $in: [...sessionIds] } }, { orderBy: { sessionId: 'asc', position: 'asc' }, refresh: options.fresh ?? false });
  }

  tasksByIds(ids: readonly string[]): Promise<AnalysisTask[]> {
    return this.find(AnalysisTaskSchema, { id: { $in: [...ids] } });
  }

  /**
   * Locks a session's row, then one of its tasks: every transaction that changes a task takes the
   * session first (cancelling, claiming, committing, failing, finishing), so they never deadlock
   * and a session's task changes are serialized.
   */
  async lockSessionAndTask(sessionId: string, taskId: string): Promise<{ session: AnalysisSession | null; task: AnalysisTask | null }> {
    const session = await this.lockById(sessionId);
    const task = session ? await this.findOne(AnalysisTaskSchema, { id: taskId, sessionId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    return { session, task };
  }

  lockTasksOf(sessionId: string): Promise<AnalysisTask[]> {
    return this.find(AnalysisTaskSchema, { sessionId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { position: 'asc' } });
  }

  artifactsOf(sessionIds: readonly string[]): Promise<Artifact[]> {
    return this.find(ArtifactSchema, { sessionId: { $in: [...sessionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  addSession(data: AnalysisSession): AnalysisSession {
    return this.create(AnalysisSessionSchema, data);
  }

  addTask(data: AnalysisTask): AnalysisTask {
    return this.create(AnalysisTaskSchema, data);
  }

  save(): Promise<void> {
    return this.flush();
  }
}
