import { describe, expect, it } from 'vitest';
import { PullRequestReviewDocument, RepositoryDocument, StartAnalysisDocument, UpdateRepositoryDocument } from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import { seed, type SeededRepository } from '@steward/standalone/testing';
import { finished, uploaded } from '../../analysis/test/analysis-fixtures.js';
import { publishAnalysisReviewRoute } from '../src/repos.routes.js';
import { HEAD, NEXT_HEAD, analysis, github, githubRepository, org, other, pullRequestOf, stack, useAnalysisWorld } from './analysis-world.js';
import { githubPayload } from './github-payloads.js';

// Repos asks analysis to analyse pull request heads of repositories with auto-analysis on, and
// publishes an analysis of a head as a review.

useAnalysisWorld();

describe('auto-analysis of pull requests', () => {
  const SESSIONS = `query($p: ID!) { analysisSessions(projectId: $p, first: 50) { edges { node { id status commitSha kinds repository { id } } } } }`;
  type Session = { id: string; status: string; commitSha: string | null; kinds: string[]; repository: { id: string } | null };
  const sessionsOf = async (projectId: string): Promise<Session[]> => {
    const res = await stack.post<{ analysisSessions: { edges: { node: Session }[] } }>({ query: SESSIONS, variables: { p: projectId } }, { token: org.owner.accessToken });
    expect(res.errors).toBeUndefined();
    return res.data!.analysisSessions.edges.map((edge) => edge.node);
  };
  const pullRequestIdOfSession = async (sessionId: string) =>
    (await stack.database.query<{ pull_request_id: string }>('select pull_request_id from analysis.sessions where id = $1', [sessionId]))[0]?.pull_request_id;
  const turnOn = async (repository: SeededRepository) => {
    const res = await stack.request(UpdateRepositoryDocument, { input: { id: repository.id, autoAnalysis: true } }, { token: org.owner.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateRepository.autoAnalysis).toBe(true);
  };

  it('asks analysis for each new head of an open pull request, and for nothing closed or without a project', async () => {
    const project = await seed(stack).project(org);
    const quiet = await seed(stack).project(org);
    const repository = await githubRepository({ projectId: project.id });
    expect((await stack.request(RepositoryDocument, { id: repository.id }, { token: org.owner.accessToken })).data!.repository!.autoAnalysis).toBe(false);
    await turnOn(repository);
    // Linked to a project but the pull request is closed; on, but linked to no project.
    const closed = await githubRepository({ projectId: quiet.id });
    await turnOn(closed);
    const unlinked = await githubRepository();
    await turnOn(unlinked);
    await closed.send(closed.githubDelivery('pull_request', githubPayload('pull_request', 'closed', closed.fullName)));
    await unlinked.send(unlinked.githubDelivery('pull_request', githubPayload('pull_request', 'opened', unlinked.fullName)));
    const [closedId, unlinkedId] = [await pullRequestOf(closed), await pullRequestOf(unlinked)];

    await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
    const pullRequestId = await pullRequestOf(repository);
    const [first] = await eventually(() => sessionsOf(project.id), (sessions) => sessions.length === 1, 'the session of the opened head', 30_000);
    expect(first).toMatchObject({ commitSha: HEAD, repository: { id: repository.id }, kinds: expect.arrayContaining(['STATIC', 'GRAPH']) });
    expect(await pullRequestIdOfSession(first!.id)).toBe(pullRequestId);

    // New commits pushed to the pull request: its new head is analysed too.
    const synchronized = githubPayload('pull_request', 'synchronize', repository.fullName);
    Object.assign(synchronized.pull_request!, { updated_at: '2019-05-15T15:25:00Z', head: { ...(synchronized.pull_request!.head as object), sha: NEXT_HEAD } });
    await repository.send(repository.githubDelivery('pull_request', synchronized));
    const sessions = await eventually(() => sessionsOf(project.id), (found) => found.length === 2, 'the session of the new head', 30_000);
    const second = sessions.find((session) => session.id !== first!.id)!;
    expect(second).toMatchObject({ commitSha: NEXT_HEAD, repository: { id: repository.id } });
    expect(await pullRequestIdOfSession(second.id)).toBe(pullRequestId);

    // Queued before the two heads above were, so their requests would have been made by now.
    expect(await sessionsOf(quiet.id)).toEqual([]);
    const asked = stack.logLines.filter((line) => line.includes('Pull request analysis requested'));
    expect(asked.filter((line) => line.includes(`pullRequestId=${pullRequestId}`))).toHaveLength(2);
    expect(asked.filter((line) => line.includes(closedId) || line.includes(unlinkedId))).toEqual([]);

    // Analysis read the source through repos: the provider served both commits' archives.
    await eventually(
      async () => github.requests.filter((request) => request.path.startsWith(`/api/v3/repos/${repository.fullName}/tarball/`)).map((request) => request.path.split('/').pop()),
      (shas) => shas.includes(HEAD) && shas.includes(NEXT_HEAD),
      'both heads downloaded by analysis through repos',
      30_000,
    );
    // And published its analysis of the current head back through repos (the first head's, if it ended after the push, is skipped).
    const runs = await eventually(
      async () => [...github.checkRuns.values()].filter((run) => run.repository === repository.fullName && run.head_sha === NEXT_HEAD),
      (found) => found.length > 0,
      'the check run of the new head',
      60_000,
    );
    expect(runs[0]).toMatchObject({ name: 'Steward analysis', status: 'completed', conclusion: expect.stringMatching(/^(success|failure|neutral)$/) });
    expect(runs[0]!.summary).toMatch(/^Quality gate: \*\*/);
  }, 90_000);
});

describe('publishing an analysis as a review', () => {
  const finding = (fingerprint: string, path: string, line: number, severity: 'CRITICAL' | 'MAJOR' | 'MINOR' | 'INFO') => ({
    fingerprint,
    path,
    line,
    startLine: null,
    severity,
    category: 'eslint',
    message: `**eslint** \`rule-${fingerprint}\`: fix this.`,
  });
  const SUMMARY = 'Quality gate: **FAILED**\n\n| metric | must be | actual | status |\n| --- | --- | --- | --- |\n| `new_critical_findings` | <= 0 | 1 | FAILED |';

  it('comments on changed lines and publishes a check run with the given conclusion and summary', async () => {
    const repository = await githubRepository();
    await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
    const pullRequestId = await pullRequestOf(repository);
    const answer = await analysis.call(publishAnalysisReviewRoute, {
      organizationId: org.id,
      pullRequestId,
      commitSha: HEAD,
      findings: [finding('on-diff', 'src/cart.ts', 2, 'MAJOR'), finding('off-diff', 'src/util/price.ts', 30, 'CRITICAL')],
      conclusion: 'FAILURE',
      checkName: 'Steward analysis',
      summary: SUMMARY,
    });
    expect(answer).toEqual({ published: true, checkRunId: expect.any(String) });

    const review = await eventually(
      async () => (await stack.request(PullRequestReviewDocument, { id: pullRequestId, first: 100 }, { token: org.owner.accessToken })).data?.pullRequest,
      (pr) => pr?.reviewPublishedAt != null,
      'the publishing run to end',
      30_000,
    );
    expect(review!.checkRuns.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ id: answer.checkRunId, name: 'Steward analysis', conclusion: 'FAILURE', publishState: 'PUBLISHED' })]);
    const comments = [...github.reviewComments.values()].filter((comment) => comment.repository === repository.fullName);
    expect(comments.map(({ path, line, side, commit_id }) => ({ path, line, side, commit_id }))).toEqual([{ path: 'src/cart.ts', line: 2, side: 'RIGHT', commit_id: HEAD }]);
    expect(comments[0]!.body).toContain('rule-on-diff');
    const runs = [...github.checkRuns.values()].filter((run) => run.repository === repository.fullName);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: 'Steward analysis', head_sha: HEAD, status: 'completed', conclusion: 'failure' });
    expect(runs[0]!.summary!.startsWith(SUMMARY)).toBe(true);
    expect(runs[0]!.summary).toContain('| CRITICAL | 1 |');
  });

  it('publishes nothing for a head the pull request has moved past, and finds no other organization’s pull request', async () => {
    const repository = await githubRepository();
    await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
    const pullRequestId = await pullRequestOf(repository);
    const input = { organizationId: org.id, pullRequestId, commitSha: NEXT_HEAD, findings: [finding('stale', 'src/cart.ts', 2, 'MAJOR')], conclusion: 'FAILURE' as const, checkName: 'Steward analysis', summary: SUMMARY };
    expect(await analysis.call(publishAnalysisReviewRoute, input)).toEqual({ published: false, checkRunId: null });
    const stored = await stack.database.query<{ count: string | number }>(
      'select (select count(*) from repos.review_comments where pull_request_id = $1) + (select count(*) from repos.check_runs where pull_request_id = $1) as count',
      [pullRequestId],
    );
    expect(Number(stored[0]!.count)).toBe(0);
    expect(await analysis.find(publishAnalysisReviewRoute, { ...input, organizationId: other.id, commitSha: HEAD })).toBeNull();
  });
});

describe('a CI analysis of a pull request head', () => {
  it('measures coverage of the lines the pull request changed, and publishes the gate on it with the new findings', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'new_code_coverage', operator: 'GTE', threshold: 0.8 });
    const repository = await githubRepository({ projectId: project.id });
    await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
    const pullRequestId = await pullRequestOf(repository);
    // Changed lines: src/cart.ts 2 (hit) and 3 (missed), src/util/price.ts 11 (hit).
    const lcov = Buffer.from('SF:src/cart.ts\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,1\nend_of_record\nSF:src/util/price.ts\nDA:10,1\nDA:11,1\nDA:12,1\nend_of_record\n');
    const report = await uploaded(stack, org, project, 'COVERAGE', 'lcov.info', lcov);
    const input = { organizationId: org.id, projectId: project.id, source: { repositoryId: repository.id, commitSha: HEAD }, pullRequestId, reportUploadIds: [report], kinds: ['STATIC', 'DYNAMIC'] as ('STATIC' | 'DYNAMIC')[] };
    const started = await stack.request(StartAnalysisDocument, { input }, { token: org.owner.accessToken });
    expect(started.errors).toBeUndefined();
    const session = await finished(stack, org.owner.accessToken, started.data!.startAnalysis.id);
    expect(session).toMatchObject({ status: 'SUCCEEDED', commitSha: HEAD, repository: { id: repository.id }, pullRequest: { id: pullRequestId } });
    expect(session.summary.coverage).toBeCloseTo(6 / 7, 5);
    expect(session.summary.newCodeCoverage).toBeCloseTo(2 / 3, 5);
    expect(session.summary.filesAnalysed).toBe(2);

    // The gate on the pull request: new_code_coverage 0.67 < 0.8, so the check run fails and says why.
    const run = await eventually(
      () => [...github.checkRuns.values()].find((candidate) => candidate.repository === repository.fullName),
      (candidate) => candidate?.status === 'completed',
      'the analysis check run',
      30_000,
    );
    expect(run).toMatchObject({ name: 'Steward analysis', head_sha: HEAD, conclusion: 'failure' });
    expect(run!.summary).toContain('`new_code_coverage` | GTE 0.8 | 0.6666666666666666 | FAILED');

    // The commit's archive was downloaded once: a re-run and another session of the same commit read the stored one.
    const tarballs = () => github.requests.filter((request) => request.path === `/api/v3/repos/${repository.fullName}/tarball/${HEAD}`).length;
    expect(tarballs()).toBe(1);
    const again = await stack.request(StartAnalysisDocument, { input: { ...input, pullRequestId: null, reportUploadIds: [], kinds: ['GRAPH'] } }, { token: org.owner.accessToken });
    expect((await finished(stack, org.owner.accessToken, again.data!.startAnalysis.id)).status).toBe('SUCCEEDED');
    expect(tarballs()).toBe(1);

    // A pull request of another repository, or one without a source repository, is refused by name.
    const elsewhere = await githubRepository();
    const refused = await stack.request(StartAnalysisDocument, { input: { ...input, source: { repositoryId: elsewhere.id, commitSha: HEAD }, reportUploadIds: [] } }, { token: org.owner.accessToken });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pullRequestId' });
  });
});
