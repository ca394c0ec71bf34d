import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IgnoreFindingDocument, PolicyDecisionsDocument, ProjectVersionDocument, PromoteVersionDocument, StartAnalysisDocument } from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type TestStack } from '@steward/standalone/testing';
import { assignedPolicy } from '../../policy/test/policy-fixtures.js';
import { JUNIT_XML, LCOV, SAMPLE_SOURCE, codeOf, finished, tarGz, uploaded } from './analysis-fixtures.js';

describe('analysis in the quality gate and in promotions', () => {
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

  const token = () => org.owner.accessToken;

  it('evaluates baselines on the values of the version’s latest analysis, and promotes on the same values', async () => {
    await project.baseline({ metric: 'new_critical_findings', operator: 'LT', threshold: 1 });
    await project.baseline({ metric: 'coverage', operator: 'GTE', threshold: 0.75 });
    await project.baseline({ metric: 'tests_failed', operator: 'EQ', threshold: 0, severity: 'WARN' });
    const version = await project.version();
    const source = await uploaded(stack, org, project, 'SOURCE_ARCHIVE', 'src.tar.gz', await tarGz(SAMPLE_SOURCE));
    const junit = await uploaded(stack, org, project, 'JUNIT', 'junit.xml', JUNIT_XML);
    const lcov = await uploaded(stack, org, project, 'COVERAGE', 'lcov.info', LCOV);
    const started = await stack.request(
      StartAnalysisDocument,
      { input: { organizationId: org.id, projectId: project.id, versionId: version.id, source: { uploadId: source }, reportUploadIds: [junit, lcov], kinds: ['STATIC', 'DYNAMIC'] } },
      { token: token() },
    );
    const session = await finished(stack, token(), started.data!.startAnalysis.id);
    expect(session.status).toBe('SUCCEEDED');

    const gateOf = async () => (await stack.request(ProjectVersionDocument, { id: version.id }, { token: token() })).data!.projectVersion!.gate;
    const failing = await gateOf();
    expect(failing.status).toBe('FAILED');
    expect(failing.conditions.map((condition) => [condition.metric, condition.actualValue, condition.status])).toEqual([
      ['coverage', 0.8, 'PASSED'],
      ['new_critical_findings', 1, 'FAILED'],
      ['tests_failed', 1, 'WARN'],
    ]);
    const refused = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Ship it.' } }, { token: token() });
    expect(codeOf(refused)).toBe('GATE_FAILED');

    // Ignoring the critical finding (with a reason) is what lets it through, on the gate and in the promotion alike.
    const critical = session.findings.edges.map((edge) => edge.node).find((finding) => finding.severity === 'CRITICAL')!;
    expect((await stack.request(IgnoreFindingDocument, { input: { findingId: critical.id, reason: 'Sandboxed input only.' } }, { token: token() })).errors).toBeUndefined();
    expect((await gateOf()).status).toBe('WARN');
    const promoted = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Ship it.' } }, { token: token() });
    expect(promoted.errors).toBeUndefined();
  });

  it('hands the version’s findings to policy, so a SECURITY policy decides on them', async () => {
    const other = await seed(stack).project(org);
    await assignedPolicy(stack, org, { type: 'SECURITY', rules: [{ name: 'no new majors', maxNewFindings: { major: 0 } }] }, { kind: 'PROJECT', id: other.id });
    const version = await other.version();
    const source = await uploaded(stack, org, other, 'SOURCE_ARCHIVE', 'src.tar.gz', await tarGz(SAMPLE_SOURCE));
    const started = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: other.id, versionId: version.id, source: { uploadId: source }, kinds: ['GRAPH'] } }, { token: token() });
    expect((await finished(stack, token(), started.data!.startAnalysis.id)).summary.dependencyCycles).toBe(1);
    const denied = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Ship it.' } }, { token: token() });
    expect(codeOf(denied)).toBe('POLICY_DENIED');
    expect(denied.errors![0]!.message).toContain('no new majors');
    const decisions = await stack.request(PolicyDecisionsDocument, { organizationId: org.id, filter: { action: 'PROMOTE_VERSION' }, first: 1 }, { token: token() });
    expect(decisions.data!.policyDecisions.edges[0]!.node.input).toMatchObject({ findings: { new: { major: 1, critical: 0 }, open: { major: 1 } } });
  });
});
