import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompareVersionsDocument,
  ProjectDocument,
  ProjectVersionDocument,
  PromoteVersionDocument,
  RecordVersionMeasurementsDocument,
  RemoveBaselineDocument,
  SetBaselineDocument,
  UpdateProjectDocument,
  type ComparisonOperator,
} from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;
let token: string;
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
  token = org.owner.accessToken;
});
afterAll(async () => {
  await stack?.stop();
});

const errorOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
const gateOf = async (versionId: string) => (await stack.request(ProjectVersionDocument, { id: versionId }, { token })).data!.projectVersion!.gate;

describe('baselines', () => {
  it('sets, replaces and removes baselines, keeping one per metric and severity', async () => {
    const project = await seed(stack).project(org);
    const set = (input: { metric: string; operator: ComparisonOperator; threshold: number; severity?: 'ERROR' | 'WARN' }) =>
      stack.request(SetBaselineDocument, { input: { projectId: project.id, ...input } }, { token });

    const error = await set({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    expect(error.data!.setBaseline).toMatchObject({ metric: 'error_rate', operator: 'LT', threshold: 0.05, severity: 'ERROR', updatedBy: { id: org.owner.id } });
    const warning = await set({ metric: 'error_rate', operator: 'LT', threshold: 0.02, severity: 'WARN' });
    const replaced = await set({ metric: 'error_rate', operator: 'LTE', threshold: 0.04 });
    expect(replaced.data!.setBaseline.id).toBe(error.data!.setBaseline.id);

    const listed = await stack.request(ProjectDocument, { id: project.id }, { token });
    expect(listed.data!.project!.baselines.map((b) => [b.metric, b.operator, b.threshold, b.severity])).toEqual([
      ['error_rate', 'LTE', 0.04, 'ERROR'],
      ['error_rate', 'LT', 0.02, 'WARN'],
    ]);

    const removed = await stack.request(RemoveBaselineDocument, { id: warning.data!.setBaseline.id }, { token });
    expect(removed.data!.removeBaseline.baselines.map((b) => b.id)).toEqual([error.data!.setBaseline.id]);
    expect(errorOf(await stack.request(RemoveBaselineDocument, { id: warning.data!.setBaseline.id }, { token }))?.code).toBe('NOT_FOUND');
  });

  it('refuses metric names that are not snake_case identifiers and thresholds that are not finite', async () => {
    const project = await seed(stack).project(org);
    const attempt = async (metric: string, threshold: unknown = 1) =>
      errorOf(await stack.request(SetBaselineDocument, { input: { projectId: project.id, metric, operator: 'LT', threshold: threshold as number } }, { token }));
    for (const metric of ['Error_rate', '1rate', 'error-rate', '', 'a'.repeat(65)]) {
      expect(await attempt(metric)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metric' });
    }
    expect(await attempt('p95_latency_ms')).toBeUndefined();
    // JSON reads 1e400 as Infinity, which GraphQL's Float refuses.
    const infinite = await stack.post(
      `{"query":"mutation($t: Float!) { setBaseline(input: { projectId: \\"${project.id}\\", metric: \\"cost\\", operator: LT, threshold: $t }) { id } }","variables":{"t":1e400}}`,
      { token },
    );
    expect(errorOf(infinite)?.code).toBe('BAD_USER_INPUT');
    // Written into the query itself, the gateway must refuse it before planning, naming the field.
    const literal = await stack.post(
      JSON.stringify({ query: `mutation { setBaseline(input: { projectId: "${project.id}", metric: "cost", operator: LT, threshold: 1e400 }) { id } }` }),
      { token },
    );
    expect(errorOf(literal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.threshold' });
    const [row] = await stack.database.query<{ count: number }>('select count(*)::int as count from projects.baselines where project_id = $1', [project.id]);
    expect(row!.count).toBe(1);
  });
});

describe('evaluating the gate', () => {
  const OPERATORS: ComparisonOperator[] = ['LT', 'LTE', 'GT', 'GTE', 'EQ', 'NEQ'];
  // Each operator checked below, at and above the threshold 10.
  const EXPECTED: Record<ComparisonOperator, [string, string, string]> = {
    LT: ['PASSED', 'FAILED', 'FAILED'],
    LTE: ['PASSED', 'PASSED', 'FAILED'],
    GT: ['FAILED', 'FAILED', 'PASSED'],
    GTE: ['FAILED', 'PASSED', 'PASSED'],
    EQ: ['FAILED', 'PASSED', 'FAILED'],
    NEQ: ['PASSED', 'FAILED', 'PASSED'],
  };

  it('applies every operator below, at and above its threshold, reporting each actual value', async () => {
    const project = await seed(stack).project(org);
    for (const operator of OPERATORS) await project.baseline({ metric: `m_${operator.toLowerCase()}`, operator, threshold: 10 });
    const values = [9.999, 10, 10.001];
    const gates = [];
    for (const value of values) {
      const version = await project.version();
      await version.measure(Object.fromEntries(OPERATORS.map((op) => [`m_${op.toLowerCase()}`, value])));
      gates.push(await gateOf(version.id));
    }
    gates.forEach((gate, i) => {
      const byMetric = Object.fromEntries(gate.conditions.map((c) => [c.metric, c]));
      for (const operator of OPERATORS) {
        expect(byMetric[`m_${operator.toLowerCase()}`], `${operator} at ${values[i]}`).toMatchObject({
          operator,
          threshold: 10,
          actualValue: values[i],
          status: EXPECTED[operator][i],
        });
      }
      expect(gate.status).toBe('FAILED');
    });
  });

  it('answers NO_DATA until values exist, then PASSED, WARN or FAILED by the violated severity', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    await project.baseline({ metric: 'p95_latency_ms', operator: 'LTE', threshold: 800, severity: 'WARN' });
    const version = await project.version();

    const empty = await gateOf(version.id);
    expect(empty.status).toBe('NO_DATA');
    expect(empty.conditions.map((c) => [c.metric, c.actualValue, c.status])).toEqual([
      ['error_rate', null, 'NO_DATA'],
      ['p95_latency_ms', null, 'NO_DATA'],
    ]);
    await version.measure({ error_rate: 0.01 });
    expect((await gateOf(version.id)).status).toBe('NO_DATA');
    await version.measure({ p95_latency_ms: 800 });
    expect((await gateOf(version.id)).status).toBe('PASSED');
    await version.measure({ p95_latency_ms: 801 });
    expect((await gateOf(version.id)).status).toBe('WARN');
    const res = await stack.request(
      RecordVersionMeasurementsDocument,
      { input: { versionId: version.id, values: [{ metric: 'error_rate', value: 0.05 }] } },
      { token },
    );
    expect(res.data!.recordVersionMeasurements.gate.status).toBe('FAILED');

    const measured = await stack.request(ProjectVersionDocument, { id: version.id }, { token });
    expect(measured.data!.projectVersion!.measurements.map((m) => [m.metric, m.value, m.recordedBy?.id])).toEqual([
      ['error_rate', 0.05, org.owner.id],
      ['p95_latency_ms', 801, org.owner.id],
    ]);
  });

  it('passes a project without baselines', async () => {
    const project = await seed(stack).project(org);
    expect(await gateOf((await project.version()).id)).toEqual({ status: 'PASSED', conditions: [] });
  });

  it('refuses measurements that name a metric twice or are not metric names', async () => {
    const project = await seed(stack).project(org);
    const version = await project.version();
    const record = async (values: { metric: string; value: number }[]) =>
      errorOf(await stack.request(RecordVersionMeasurementsDocument, { input: { versionId: version.id, values } }, { token }));
    expect(await record([])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.values' });
    expect(await record([{ metric: 'cost', value: 1 }, { metric: 'cost', value: 2 }])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.values' });
    expect(await record([{ metric: 'Cost', value: 1 }])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.values.0.metric' });
  });
});

describe('promotion through the gate', () => {
  it('refuses to promote a version whose gate fails, naming the violated condition', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    const version = await project.version();
    await version.measure({ error_rate: 0.2 });
    const res = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Ship it.' } }, { token });
    expect(errorOf(res)).toEqual({ code: 'GATE_FAILED' });
    expect(res.errors![0]!.message).toMatch(/error_rate LT 0\.05 does not hold \(actual 0\.2/);
    const [row] = await stack.database.query<{ stage: string }>('select stage from projects.project_versions where id = $1', [version.id]);
    expect(row!.stage).toBe('V1');
  });

  it('leaves the production version in place and writes no history when the gate refuses a promotion', async () => {
    const project = await seed(stack).project(org);
    const production = await project.version();
    await stack.request(PromoteVersionDocument, { input: { versionId: production.id, reason: 'First release.' } }, { token });
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    const candidate = await project.version();
    await candidate.measure({ error_rate: 0.2 });
    const snapshot = () =>
      stack.database.query<{ id: string; stage: string; transitions: number }>(
        `select v.id, v.stage, (select count(*)::int from projects.version_transitions t where t.version_id = v.id) as transitions
           from projects.project_versions v where v.project_id = $1 order by v.number`,
        [project.id],
      );
    const before = await snapshot();
    expect(before.map((row) => [row.id, row.stage])).toEqual([
      [production.id, 'V2'],
      [candidate.id, 'V1'],
    ]);

    const refused = await stack.request(PromoteVersionDocument, { input: { versionId: candidate.id, reason: 'Try anyway.' } }, { token });
    expect(errorOf(refused)?.code).toBe('GATE_FAILED');
    expect(await snapshot()).toEqual(before);
    const current = await stack.request(ProjectDocument, { id: project.id }, { token });
    expect(current.data!.project!.currentVersion?.id).toBe(production.id);
  });

  it('promotes with force only for holders of version:force-promote, and records the override', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    const version = await project.version();
    await version.measure({ error_rate: 0.2 });
    const admin = await org.member('admin');

    const byAdmin = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Hotfix.', force: true } }, { token: admin.accessToken });
    expect(errorOf(byAdmin)?.code).toBe('FORBIDDEN');
    const byAdminWithoutForce = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Hotfix.' } }, { token: admin.accessToken });
    expect(errorOf(byAdminWithoutForce)?.code).toBe('GATE_FAILED');

    const byOwner = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Known flaky metric; hotfix needed.', force: true } }, { token });
    expect(byOwner.data!.promoteVersion.version.stage).toBe('V2');
    const history = (await stack.request(ProjectVersionDocument, { id: version.id }, { token })).data!.projectVersion!.history.edges.map((e) => e.node);
    expect(history.at(-1)).toMatchObject({ kind: 'PROMOTED', forced: true, gateStatus: 'FAILED', reason: 'Known flaky metric; hotfix needed.', actor: { id: org.owner.id } });
  });

  it('lets a caller without version:force-promote send force when the gate passes, since nothing is overridden', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    const version = await project.version();
    await version.measure({ error_rate: 0.01 });
    const admin = await org.member('admin');
    const res = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Routine.', force: true } }, { token: admin.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.promoteVersion.version.stage).toBe('V2');
    const history = (await stack.request(ProjectVersionDocument, { id: version.id }, { token })).data!.projectVersion!.history.edges.map((e) => e.node);
    expect(history.at(-1)).toMatchObject({ kind: 'PROMOTED', forced: false, gateStatus: 'PASSED', actor: { id: admin.id } });
  });

  it('does not mark a forced promotion as an override when the gate passes', async () => {
    const project = await seed(stack).project(org);
    const version = await project.version();
    await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Fine anyway.', force: true } }, { token });
    const history = (await stack.request(ProjectVersionDocument, { id: version.id }, { token })).data!.projectVersion!.history.edges.map((e) => e.node);
    expect(history.at(-1)).toMatchObject({ kind: 'PROMOTED', forced: false, gateStatus: 'PASSED' });
  });

  it('blocks WARN and NO_DATA gates only when the project settings ask for it', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'p95_latency_ms', operator: 'LT', threshold: 500, severity: 'WARN' });
    await project.baseline({ metric: 'cost_per_request', operator: 'LT', threshold: 0.01 });
    const warns = await project.version();
    await warns.measure({ p95_latency_ms: 900, cost_per_request: 0.001 });
    const lacksData = await project.version();
    const promote = (versionId: string) => stack.request(PromoteVersionDocument, { input: { versionId, reason: 'Try.' } }, { token });

    await stack.request(UpdateProjectDocument, { input: { id: project.id, settings: { blockPromotionOnWarn: true, blockPromotionOnNoData: true } } }, { token });
    expect(errorOf(await promote(warns.id))?.code).toBe('GATE_FAILED');
    expect(errorOf(await promote(lacksData.id))?.code).toBe('GATE_FAILED');

    await stack.request(UpdateProjectDocument, { input: { id: project.id, settings: {} } }, { token });
    expect((await promote(warns.id)).data!.promoteVersion.version.stage).toBe('V2');
    expect((await promote(lacksData.id)).data!.promoteVersion.version.stage).toBe('V2');
  });
});

describe('comparing versions', () => {
  it('diffs configuration, changelog, stage and every baseline verdict of two versions', async () => {
    const project = await seed(stack).project(org);
    const errorBaseline = await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    const latencyBaseline = await project.baseline({ metric: 'p95_latency_ms', operator: 'LT', threshold: 900, severity: 'WARN' });
    const from = await project.version({
      modelConfig: { model: 'gpt-4o', parameters: { temperature: 0.7, top_p: 1 }, tools: ['search'] },
      changelog: 'Initial prompt.\nAdds search.',
    });
    const to = await project.version({
      modelConfig: { model: 'gpt-4o-mini', parameters: { temperature: 0.7, max_tokens: 512 }, tools: ['search', 'browse'] },
      changelog: 'Initial prompt.\nAdds browsing.',
    });
    await from.measure({ error_rate: 0.01, p95_latency_ms: 700 });
    await to.measure({ error_rate: 0.08 });
    await stack.request(PromoteVersionDocument, { input: { versionId: from.id, reason: 'Baseline release.' } }, { token });

    const res = await stack.request(CompareVersionsDocument, { fromId: from.id, toId: to.id }, { token });
    expect(res.errors).toBeUndefined();
    const comparison = res.data!.compareVersions;
    expect(comparison.modelConfig).toEqual([
      { path: '/model', kind: 'CHANGED', from: 'gpt-4o', to: 'gpt-4o-mini' },
      { path: '/parameters/max_tokens', kind: 'ADDED', from: null, to: 512 },
      { path: '/parameters/top_p', kind: 'REMOVED', from: 1, to: null },
      { path: '/tools/1', kind: 'ADDED', from: null, to: 'browse' },
    ]);
    expect(comparison.changelog).toEqual({
      changed: true,
      lines: [
        { kind: 'UNCHANGED', text: 'Initial prompt.' },
        { kind: 'REMOVED', text: 'Adds search.' },
        { kind: 'ADDED', text: 'Adds browsing.' },
      ],
    });
    expect(comparison.stage).toEqual({ from: 'V2', to: 'V1' });
    expect(comparison.gate).toEqual({ from: 'PASSED', to: 'FAILED' });
    expect(comparison.baselines).toEqual([
      {
        baseline: { id: errorBaseline, metric: 'error_rate' },
        from: { status: 'PASSED', actualValue: 0.01 },
        to: { status: 'FAILED', actualValue: 0.08 },
        changed: true,
      },
      {
        baseline: { id: latencyBaseline, metric: 'p95_latency_ms' },
        from: { status: 'PASSED', actualValue: 700 },
        to: { status: 'NO_DATA', actualValue: null },
        changed: true,
      },
    ]);
  });

  it('finds no difference between a version and itself', async () => {
    const project = await seed(stack).project(org);
    const version = await project.version({ changelog: 'Same.' });
    const comparison = (await stack.request(CompareVersionsDocument, { fromId: version.id, toId: version.id }, { token })).data!.compareVersions;
    expect(comparison.modelConfig).toEqual([]);
    expect(comparison.changelog).toEqual({ changed: false, lines: [{ kind: 'UNCHANGED', text: 'Same.' }] });
  });

  it('compares only versions of the same project', async () => {
    const [a, b] = [await seed(stack).project(org), await seed(stack).project(org)];
    const res = await stack.request(CompareVersionsDocument, { fromId: (await a.version()).id, toId: (await b.version()).id }, { token });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toId' });
  });
});
