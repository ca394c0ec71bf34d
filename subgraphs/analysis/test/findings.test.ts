import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AnalysisSessionDocument,
  CancelAnalysisDocument,
  FindingDocument,
  IgnoreFindingDocument,
  ProjectFindingsDocument,
  PromoteVersionDocument,
  ReopenFindingDocument,
  StartAnalysisDocument,
  VersionAnalysisDocument,
} from '@steward/client';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec } from '@steward/kernel';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type TestStack } from '@steward/standalone/testing';
import { SAMPLE_SOURCE, codeOf, fieldOf, finished, tarGz, uploaded } from './analysis-fixtures.js';

describe('findings across a project’s versions', () => {
  let stack: TestStack;
  let org: SeededOrganization;
  let outsider: SeededOrganization;
  let project: SeededProject;
  beforeAll(async () => {
    stack = await startTestStack();
    org = await seed(stack).org();
    outsider = await seed(stack).org();
    project = await seed(stack).project(org);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const token = () => org.owner.accessToken;

  async function analyse(versionId: string, files: Record<string, string>) {
    const source = await uploaded(stack, org, project, 'SOURCE_ARCHIVE', 'src.tar.gz', await tarGz(files));
    const started = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: project.id, versionId, source: { uploadId: source }, kinds: ['STATIC'] } }, { token: token() });
    expect(started.errors).toBeUndefined();
    return finished(stack, token(), started.data!.startAnalysis.id);
  }

  it('marks findings new against production, FIXED when a version no longer has them, and lets them be ignored', async () => {
    const v1 = await project.version();
    const first = await analyse(v1.id, SAMPLE_SOURCE);
    expect(first.status).toBe('SUCCEEDED');
    const evalFinding = first.findings.edges.map((edge) => edge.node).find((finding) => finding.rule === 'no-eval')!;
    // No production version yet: everything is new.
    expect(first.summary.newFindings).toBe(first.summary.findings);
    const promoted = await stack.request(PromoteVersionDocument, { input: { versionId: v1.id, reason: 'First release.' } }, { token: token() });
    expect(promoted.errors).toBeUndefined();
    expect((await stack.request(FindingDocument, { id: evalFinding.id }, { token: token() })).data!.finding).toMatchObject({ isNew: false, status: 'OPEN' });

    // v2 fixes the eval, adds a debugger statement, and moves the rest down two lines.
    const v2 = await project.version();
    const { 'src/danger.js': _fixed, ...rest } = SAMPLE_SOURCE;
    const moved = Object.fromEntries(Object.entries(rest).map(([path, text]) => [path, `\n\n${text}`]));
    const second = await analyse(v2.id, { ...moved, 'src/debug.js': 'export function stop() {\n  debugger;\n}\n' });
    const seen = second.findings.edges.map((edge) => edge.node);
    expect(seen.filter((finding) => finding.isNew).map((finding) => finding.rule)).toEqual(['no-debugger']);
    expect(second.summary).toMatchObject({ newFindings: 1, newCriticalFindings: 0 });
    // Moving code does not make its findings new: same fingerprints, same findings, new lines.
    const unused = seen.find((finding) => finding.rule === '@typescript-eslint/no-unused-vars')!;
    expect(unused).toMatchObject({ startLine: 4, isNew: false, firstSeenVersion: { id: v1.id } });
    const newOnly = await stack.request(AnalysisSessionDocument, { id: second.id, filter: { newOnly: true }, first: 10 }, { token: token() });
    expect(newOnly.data!.analysisSession!.findings.edges.map((edge) => edge.node.rule)).toEqual(['no-debugger']);
    expect((await stack.request(FindingDocument, { id: evalFinding.id }, { token: token() })).data!.finding!.status).toBe('FIXED');

    // The gate's values come from the version's latest analysis; ignoring the new finding takes it out of them.
    const before = await stack.request(VersionAnalysisDocument, { id: v2.id }, { token: token() });
    expect(before.data!.projectVersion!.analysisMeasurements).toMatchObject({ newFindings: 1, newCriticalFindings: 0, maxCyclomaticComplexity: 5, coverage: null });
    expect(before.data!.projectVersion!.findingsSummary).toMatchObject({ session: { id: second.id }, new: 1, total: seen.length });
    const debuggerFinding = seen.find((finding) => finding.rule === 'no-debugger')!;
    const ignored = await stack.request(IgnoreFindingDocument, { input: { findingId: debuggerFinding.id, reason: 'Removed by the build.' } }, { token: token() });
    expect(ignored.data!.ignoreFinding).toMatchObject({ status: 'IGNORED', ignoredReason: 'Removed by the build.', ignoredBy: { id: org.owner.id } });
    const after = await stack.request(VersionAnalysisDocument, { id: v2.id }, { token: token() });
    expect(after.data!.projectVersion!.analysisMeasurements!.newFindings).toBe(0);
    const reopened = await stack.request(ReopenFindingDocument, { findingId: debuggerFinding.id }, { token: token() });
    expect(reopened.data!.reopenFinding).toMatchObject({ status: 'OPEN', ignoredReason: null });
    expect(codeOf(await stack.request(ReopenFindingDocument, { findingId: debuggerFinding.id }, { token: token() }))).toBe('CONFLICT');

    // The project's findings, filtered and paged most severe first.
    const page1 = await stack.request(ProjectFindingsDocument, { projectId: project.id, first: 2 }, { token: token() });
    const page2 = await stack.request(ProjectFindingsDocument, { projectId: project.id, first: 100, after: page1.data!.findings.pageInfo.endCursor }, { token: token() });
    const all = [...page1.data!.findings.edges, ...page2.data!.findings.edges].map((edge) => edge.node);
    expect(all[0]!.rule).toBe('no-eval');
    expect(new Set(all.map((finding) => finding.id)).size).toBe(all.length);
    const fixedOnly = await stack.request(ProjectFindingsDocument, { projectId: project.id, filter: { status: 'FIXED' } }, { token: token() });
    expect(fixedOnly.data!.findings.edges.map((edge) => edge.node.rule)).toEqual(['no-eval']);
    const underSrc = await stack.request(ProjectFindingsDocument, { projectId: project.id, filter: { pathPrefix: 'src/debug.js', severities: ['MINOR', 'MAJOR'] } }, { token: token() });
    expect(underSrc.data!.findings.edges.map((edge) => edge.node.rule)).toEqual(['no-debugger']);
  });

  it('rejects bad arguments with the field named and keeps other tenants out', async () => {
    const bad = await stack.request(IgnoreFindingDocument, { input: { findingId: 'nope', reason: 'x' } }, { token: token() });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'input.findingId']);
    const anyFinding = (await stack.request(ProjectFindingsDocument, { projectId: project.id, first: 1 }, { token: token() })).data!.findings.edges[0]!.node;
    const past = await stack.request(IgnoreFindingDocument, { input: { findingId: anyFinding.id, reason: 'x', until: '2000-01-01T00:00:00Z' } }, { token: token() });
    expect([codeOf(past), fieldOf(past)]).toEqual(['BAD_USER_INPUT', 'input.until']);
    const badCursor = await stack.request(ProjectFindingsDocument, { projectId: project.id, after: 'garbage' }, { token: token() });
    expect([codeOf(badCursor), fieldOf(badCursor)]).toEqual(['BAD_USER_INPUT', 'after']);

    // Another tenant: nothing by id, nothing in lists, NOT_FOUND when acting.
    const stranger = outsider.owner.accessToken;
    const session = (await stack.request(ProjectFindingsDocument, { projectId: project.id, first: 1 }, { token: token() })).data!.findings.edges[0]!.node;
    expect((await stack.request(FindingDocument, { id: session.id }, { token: stranger })).data!.finding).toBeNull();
    expect((await stack.request(ProjectFindingsDocument, { projectId: project.id }, { token: stranger })).data!.findings.edges).toEqual([]);
    expect(codeOf(await stack.request(IgnoreFindingDocument, { input: { findingId: session.id, reason: 'mine now' } }, { token: stranger }))).toBe('NOT_FOUND');
    const sessions = await stack.database.query<{ id: string }>('select id from analysis.sessions limit 1');
    expect((await stack.request(AnalysisSessionDocument, { id: sessions[0]!.id }, { token: stranger })).data!.analysisSession).toBeNull();
    expect(codeOf(await stack.request(CancelAnalysisDocument, { sessionId: sessions[0]!.id }, { token: stranger }))).toBe('NOT_FOUND');
    const started = await stack.request(StartAnalysisDocument, { input: { organizationId: outsider.id, projectId: project.id, reportUploadIds: [] } }, { token: stranger });
    expect(codeOf(started)).toBe('NOT_FOUND');

    // Straight to the subgraph, as the gateway would send it: the owner's control resolves, the outsider gets nothing.
    const entities = async (userId: string) => {
      const token = await new InternalTokenCodec(stack.internalSecret).sign({ caller: { kind: 'user', userId, sessionId: null }, client: { ip: null, userAgent: null } });
      return stack.post<{ _entities: ({ id?: string } | null)[] }>(
        {
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on AnalysisSession { id status } ... on Finding { id message } } }',
          variables: { r: [{ __typename: 'AnalysisSession', id: sessions[0]!.id }, { __typename: 'Finding', id: session.id }] },
        },
        { url: stack.subgraphUrls.analysis, headers: { [INTERNAL_TOKEN_HEADER]: token } },
      );
    };
    expect((await entities(org.owner.id)).data!._entities.map((entity) => entity?.id)).toEqual([sessions[0]!.id, session.id]);
    const side = await entities(outsider.owner.id);
    expect(side.data?._entities ?? [null, null]).toEqual([null, null]);
    expect(JSON.stringify(side)).not.toContain('eval');
  });
});
