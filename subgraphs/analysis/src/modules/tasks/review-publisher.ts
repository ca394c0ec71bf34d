import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, type Clock, type Job, type Logger, type RouteClient } from '@steward/kernel';
import { projectGateRoute } from '@steward/projects/routes';
import { publishAnalysisReviewRoute } from '@steward/repos/routes';
import { ANALYSIS_GATE_METRICS } from '../../analysis.routes.js';
import { FindingRepository } from '../findings/finding.repository.js';
import { measurementsOf } from '../findings/finding.service.js';
import { SessionRepository } from '../sessions/session.repository.js';

/** The queue that publishes a pull request's finished analysis back to it. */
export const REVIEW_QUEUE = 'analysis.review';

export interface ReviewJobData extends Record<string, unknown> {
  sessionId: string;
  organizationId: string;
}

const CONCLUSION = { FAILED: 'FAILURE', WARN: 'SUCCESS', PASSED: 'SUCCESS', NO_DATA: 'NEUTRAL' } as const;

/**
 * Publishes the analysis of a pull request's head through repos: its new findings (not ignored) as
 * review comments on the lines the pull request changed, and a check run whose conclusion is the
 * project's quality gate evaluated on the analysis's values (projects evaluates it, with the same
 * baselines a version's gate has). A job queued when the session ends; retried while repos or
 * projects do not answer.
 */
export class ReviewPublisher {
  constructor(private readonly deps: { fork(): EntityManager; routes: RouteClient; clock: Clock; logger: Logger }) {}

  async publish(job: Job<ReviewJobData>): Promise<void> {
    const tenant = TenantScope.of(job.data.organizationId);
    const [session] = await new SessionRepository(this.deps.fork(), tenant).findByIds([job.data.sessionId]);
    if (!session?.pullRequestId || !session.commitSha) return;
    const findings = new FindingRepository(this.deps.fork(), tenant);
    const now = this.deps.clock();
    const counts = (await findings.countsBySession([session.id], now)).get(session.id) ?? [];
    const measured = measurementsOf(session, counts);
    const values = Object.fromEntries(
      Object.entries(ANALYSIS_GATE_METRICS).flatMap(([metric, field]) => (typeof measured[field] === 'number' ? [[metric, measured[field] as number]] : [])),
    );
    const gate = await this.deps.routes.call(projectGateRoute, { organizationId: session.organizationId, projectId: session.projectId, values });
    const lines = gate.conditions.map((c) => `| \`${c.metric}\` | ${c.operator} ${c.threshold} | ${c.actualValue ?? '—'} | ${c.status} |`);
    const summary = [
      `Quality gate: **${gate.status}**`,
      ...(lines.length ? ['', '| metric | must be | actual | status |', '| --- | --- | --- | --- |', ...lines] : ['', 'The project has no baselines.']),
    ].join('\n');
    const fresh = (await findings.newNotIgnored(session.id, now, 1000)).filter((finding) => finding.path && (finding.endLine ?? finding.startLine));
    const published = await this.deps.routes.call(publishAnalysisReviewRoute, {
      organizationId: session.organizationId,
      pullRequestId: session.pullRequestId,
      commitSha: session.commitSha,
      findings: fresh.map((finding) => {
        const line = (finding.endLine ?? finding.startLine)!;
        const startLine = typeof finding.startLine === 'number' && finding.startLine < line ? finding.startLine : null;
        return { fingerprint: finding.fingerprint.slice(0, 200), path: finding.path, line, startLine, severity: finding.severity, category: finding.category.slice(0, 100), message: `**${finding.tool}** \`${finding.rule}\`: ${finding.message}`.slice(0, 8000) };
      }),
      conclusion: CONCLUSION[gate.status],
      checkName: 'Steward analysis',
      summary,
    });
    this.deps.logger.info('Pull request review %s (sessionId=%s, findings=%d, gate=%s)', published.published ? 'published' : 'skipped', session.id, fresh.length, gate.status);
  }
}
