import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisDependenciesDocument, AnalysisSessionsDocument, CancelAnalysisDocument, RerunAnalysisDocument, StartAnalysisDocument } from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type TestStack } from '@steward/standalone/testing';
import { JUNIT_XML, LCOV, SAMPLE_SOURCE, codeOf, finished, onGateway, semgrepSarif, tarGz, uploaded } from './analysis-fixtures.js';

describe('an analysis of an uploaded source with CI reports', () => {
  let stack: TestStack;
  let org: SeededOrganization;
  let project: SeededProject;
  beforeAll(async () => {
    stack = await startTestStack();
    org = await seed(stack).org();
    project = await seed(stack).project(org);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function start(input: Record<string, unknown>) {
    const started = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: project.id, ...input } as never }, { token: org.owner.accessToken });
    expect(started.errors).toBeUndefined();
    return started.data!.startAnalysis;
  }

  it('runs ESLint, dependency-cruiser and the importers as tasks and reports findings and figures', async () => {
    const source = await uploaded(stack, org, project, 'SOURCE_ARCHIVE', 'src.tar.gz', await tarGz(SAMPLE_SOURCE));
    const sarif = await uploaded(stack, org, project, 'SARIF', 'semgrep.sarif', semgrepSarif());
    const junit = await uploaded(stack, org, project, 'JUNIT', 'junit.xml', JUNIT_XML);
    const lcov = await uploaded(stack, org, project, 'COVERAGE', 'lcov.info', LCOV);
    const started = await start({ source: { uploadId: source }, reportUploadIds: [sarif, junit, lcov] });
    expect(started.kinds).toEqual(['STATIC', 'GRAPH', 'IMPORT', 'DYNAMIC']);
    expect(started.tasks.map((task) => [task.analyzer, task.kind])).toEqual([
      ['eslint', 'STATIC'],
      ['dependency-cruiser', 'GRAPH'],
      ['sarif', 'IMPORT'],
      ['junit', 'DYNAMIC'],
      ['coverage', 'DYNAMIC'],
    ]);

    const session = await finished(stack, org.owner.accessToken, started.id);
    expect(session.status).toBe('SUCCEEDED');
    expect(session.tasks.every((task) => task.status === 'SUCCEEDED' && task.attempts === 1 && task.cache?.hit === false)).toBe(true);
    expect(session.summary).toMatchObject({ tasks: 5, tasksSucceeded: 5, tasksFailed: 0, filesAnalysed: 4, dependencyCycles: 1, testsPassed: 1, testsFailed: 1, testsSkipped: 1, coverage: 0.8, cacheHits: 0 });
    expect(session.summary.maxCyclomaticComplexity).toBe(5);

    const findings = session.findings.edges.map((edge) => edge.node);
    const byRule = (rule: string) => findings.find((finding) => finding.rule === rule);
    expect(byRule('no-eval')).toMatchObject({ tool: 'eslint', severity: 'CRITICAL', category: 'security', path: 'src/danger.js', startLine: 2, status: 'OPEN', isNew: true });
    expect(byRule('@typescript-eslint/no-unused-vars')).toMatchObject({ path: 'src/complex.ts', startLine: 2 });
    expect(byRule('no-circular')).toMatchObject({ tool: 'dependency-cruiser', severity: 'MAJOR', category: 'architecture' });
    expect(byRule('python.lang.security.audit.exec-detected')).toMatchObject({ tool: 'Semgrep OSS', path: 'app/run.py', startLine: 12 });
    // Most severe first.
    expect(findings[0]!.severity).toBe('CRITICAL');
    expect(session.summary.findings).toBe(findings.length);
    expect(session.summary.newFindings).toBe(findings.length);

    // The graph is paginated and stored as an artifact one can download through the gateway.
    const graph = await stack.request(AnalysisDependenciesDocument, { id: started.id, inCycleOnly: true, first: 10 }, { token: org.owner.accessToken });
    expect(graph.data!.analysisSession!.dependencies.edges.map((edge) => edge.node)).toEqual([
      { path: 'src/a.js', afferent: 1, efferent: 1, instability: 0.5, inCycle: true },
      { path: 'src/b.js', afferent: 1, efferent: 1, instability: 0.5, inCycle: true },
    ]);
    const artifact = session.artifacts.find((entry) => entry.kind === 'GRAPH')!;
    const download = await fetch(onGateway(stack, artifact.downloadUrl!));
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(artifact.sha256);
    expect(JSON.parse(bytes.toString('utf8')).cycles).toEqual([['src/a.js', 'src/b.js']]);
    expect(session.artifacts.map((entry) => entry.kind).sort()).toEqual(['COVERAGE', 'GRAPH', 'JUNIT', 'REPORT', 'REPORT', 'REPORT', 'REPORT', 'REPORT', 'SARIF', 'SOURCE_ARCHIVE']);

    // A re-run reuses every task's results from the cache and says so.
    const rerun = await stack.request(RerunAnalysisDocument, { sessionId: started.id }, { token: org.owner.accessToken });
    const again = await finished(stack, org.owner.accessToken, rerun.data!.rerunAnalysis.id);
    expect(again.status).toBe('SUCCEEDED');
    expect(again.rerunOf?.id).toBe(started.id);
    for (const task of again.tasks) {
      const original = session.tasks.find((entry) => entry.analyzer === task.analyzer)!;
      expect(task.cache).toEqual({ key: original.cache!.key, hit: true, reusedFromTaskId: original.id, savedMs: original.durationMs });
    }
    expect(again.summary).toMatchObject({ cacheHits: 5, findings: findings.length, dependencyCycles: 1, coverage: 0.8 });
    expect(again.summary.savedMs).toBe(session.tasks.reduce((sum, task) => sum + (task.durationMs ?? 0), 0));

    const listed = await stack.request(AnalysisSessionsDocument, { projectId: project.id, first: 1 }, { token: org.owner.accessToken });
    expect(listed.data!.analysisSessions.edges.map((edge) => edge.node.id)).toEqual([again.id]);
    expect(listed.data!.analysisSessions.pageInfo.hasNextPage).toBe(true);
  });

  it('lints only the files that changed when a new archive shares the rest', async () => {
    const first = await uploaded(stack, org, project, 'SOURCE_ARCHIVE', 'v1.tar.gz', await tarGz({ ...SAMPLE_SOURCE, 'src/extra.js': 'export const x = 1;\n' }));
    await finished(stack, org.owner.accessToken, (await start({ source: { uploadId: first }, kinds: ['STATIC'] })).id);
    const cached = async () => Number((await stack.database.query<{ n: string }>('select count(*) as n from analysis.lint_cache'))[0]!.n);
    const before = await cached();
    const changed = await uploaded(stack, org, project, 'SOURCE_ARCHIVE', 'v2.tar.gz', await tarGz({ ...SAMPLE_SOURCE, 'src/extra.js': 'export const x = 2;\n' }));
    const session = await finished(stack, org.owner.accessToken, (await start({ source: { uploadId: changed }, kinds: ['STATIC'] })).id);
    expect(session.status).toBe('SUCCEEDED');
    expect(session.tasks[0]!.cache?.hit).toBe(false);
    expect(session.summary.filesAnalysed).toBe(5);
    // One new file content, one new cache entry: the other four were read from the cache.
    expect(await cached()).toBe(before + 1);
  });

  it('refuses to cancel a finished session (CONFLICT) and cancels a queued one', async () => {
    const sarif = await uploaded(stack, org, project, 'SARIF', 'a.sarif', semgrepSarif('rule.a'));
    const done = await finished(stack, org.owner.accessToken, (await start({ reportUploadIds: [sarif] })).id);
    const refused = await stack.request(CancelAnalysisDocument, { sessionId: done.id }, { token: org.owner.accessToken });
    expect(codeOf(refused)).toBe('CONFLICT');
  });
});
