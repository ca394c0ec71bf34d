import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareVersionsDocument, ProjectVersionDocument, PromoteVersionDocument, RecordVersionMeasurementsDocument, type LlmUsageInput } from '@steward/client';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec, type Caller } from '@steward/kernel';
import { recordUsage, seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

// The gate of a version evaluates the values metrics measures from its recorded LLM usage and those
// of its latest finished analysis: fed through the gateway (`gate @requires liveMeasurements
// analysisMeasurements`) when read, asked of metrics' and analysis's internal routes when a
// promotion or comparison decides. A gate on a real analysis is tested with the analysis subgraph.

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

/** Records usage of a version through the gateway (the shared defaults: gpt-4, 0.06 USD a request), 10 ms unless set. */
async function recordVersionUsage(projectId: string, versionId: string, records: Partial<LlmUsageInput>[]): Promise<void> {
  const { accepted } = await recordUsage(stack, org.id, token, records.map((record) => ({ projectId, versionId, latencyMs: 10, ...record })));
  expect(accepted).toBe(records.length);
}

const gateOf = async (versionId: string, as = token) => {
  const res = await stack.request(ProjectVersionDocument, { id: versionId }, { token: as });
  expect(res.errors).toBeUndefined();
  return res.data!.projectVersion!.gate;
};
const promote = (versionId: string) => stack.request(PromoteVersionDocument, { input: { versionId, reason: 'Ship it.' } }, { token });
const stageOf = async (versionId: string) => (await stack.database.query<{ stage: string }>('select stage from projects.project_versions where id = $1', [versionId]))[0]!.stage;

describe('a gate on live usage', () => {
  it('fails a version whose usage has 50% errors and refuses to promote it, and passes and promotes one with good usage', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.1 });
    const failing = await project.version();
    const healthy = await project.version();
    await recordVersionUsage(project.id, failing.id, [{}, {}, { status: 'ERROR', errorType: 'timeout' }, { status: 'ERROR', errorType: 'timeout' }]);
    await recordVersionUsage(project.id, healthy.id, [{}, {}, {}, {}]);

    const failed = await gateOf(failing.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.conditions).toMatchObject([{ metric: 'error_rate', actualValue: 0.5, status: 'FAILED' }]);
    const refused = await promote(failing.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GATE_FAILED');
    expect(refused.errors?.[0]?.message).toContain('actual 0.5');
    expect(await stageOf(failing.id)).toBe('V1');

    const passed = await gateOf(healthy.id);
    expect(passed).toMatchObject({ status: 'PASSED', conditions: [{ metric: 'error_rate', actualValue: 0, status: 'PASSED' }] });
    const promoted = await promote(healthy.id);
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data!.promoteVersion.version).toMatchObject({ id: healthy.id, stage: 'V2' });
  });

  it('prefers the live value over a recorded one, and falls back to the recorded one for a version without usage', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.1 });
    const measuredWell = await project.version();
    // Recorded as perfect, but its traffic says otherwise: the live value decides, when read and when promoting.
    await measuredWell.measure({ error_rate: 0 });
    await recordVersionUsage(project.id, measuredWell.id, [{ status: 'ERROR', errorType: 'rate_limit' }, {}]);
    expect((await gateOf(measuredWell.id)).conditions[0]).toMatchObject({ actualValue: 0.5, status: 'FAILED' });
    expect((await promote(measuredWell.id)).errors?.[0]?.extensions?.code).toBe('GATE_FAILED');

    const offline = await project.version();
    await offline.measure({ error_rate: 0.02 });
    expect((await gateOf(offline.id)).conditions[0]).toMatchObject({ actualValue: 0.02, status: 'PASSED' });
    const unmeasured = await project.version();
    expect((await gateOf(unmeasured.id)).status).toBe('NO_DATA');
    expect((await promote(offline.id)).data?.promoteVersion.version.stage).toBe('V2');
  });

  it('evaluates p95 latency and cost per request live, in comparisons as in the gate', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'p95_latency_ms', operator: 'LTE', threshold: 15 });
    await project.baseline({ metric: 'cost_per_request', operator: 'LT', threshold: 0.01, severity: 'WARN' });
    const slow = await project.version();
    const fast = await project.version();
    // Latencies under 20 ms are exact in the rollup's histogram. gpt-4: 0.06 USD; gpt-3.5-turbo 1,000 + 500 tokens: 0.00125 USD.
    await recordVersionUsage(project.id, slow.id, Array.from({ length: 20 }, (_, i) => ({ latencyMs: i + 1 })));
    await recordVersionUsage(project.id, fast.id, Array.from({ length: 20 }, () => ({ latencyMs: 5, model: 'gpt-3.5-turbo' })));

    const slowGate = await gateOf(slow.id);
    expect(slowGate.status).toBe('FAILED');
    expect(slowGate.conditions.map((c) => [c.metric, c.actualValue, c.status])).toEqual([
      ['cost_per_request', 0.06, 'WARN'],
      ['p95_latency_ms', 19, 'FAILED'],
    ]);
    const fastGate = await gateOf(fast.id);
    expect(fastGate.conditions.map((c) => [c.metric, c.actualValue, c.status])).toEqual([
      ['cost_per_request', 0.00125, 'PASSED'],
      ['p95_latency_ms', 5, 'PASSED'],
    ]);

    const compared = await stack.request(CompareVersionsDocument, { fromId: slow.id, toId: fast.id }, { token });
    expect(compared.errors).toBeUndefined();
    expect(compared.data!.compareVersions.gate).toEqual({ from: 'FAILED', to: 'PASSED' });
    expect(compared.data!.compareVersions.baselines.map((b) => [b.from.actualValue, b.to.actualValue])).toEqual([
      [0.06, 0.00125],
      [19, 5],
    ]);
  });

  it('shows the live values to a reader without metrics:read, since every reader of the gate sees them', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.1 });
    const version = await project.version();
    await recordVersionUsage(project.id, version.id, [{ status: 'ERROR', errorType: 'timeout' }, {}, {}, {}]);
    const reader = await org.member(await org.role(['organization:read', 'project:read']));
    expect((await gateOf(version.id, reader.accessToken)).conditions[0]).toMatchObject({ actualValue: 0.25, status: 'FAILED' });
  });
});

describe('a gate on analysis values, for a version analysis has not analysed', () => {
  it('evaluates the values recorded for the analysis metrics, when read, compared and promoted', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'coverage', operator: 'GTE', threshold: 0.8 });
    await project.baseline({ metric: 'new_critical_findings', operator: 'LTE', threshold: 0 });
    await project.baseline({ metric: 'tests_failed', operator: 'EQ', threshold: 0, severity: 'WARN' });
    const covered = await project.version();
    const uncovered = await project.version();
    await covered.measure({ coverage: 0.9, new_critical_findings: 0, tests_failed: 0 });
    await uncovered.measure({ coverage: 0.5, new_critical_findings: 2 });

    // Analysis has no finished analysis of either (its @required values are null): the recorded ones decide.
    expect((await gateOf(covered.id)).conditions.map((c) => [c.metric, c.actualValue, c.status])).toEqual([
      ['coverage', 0.9, 'PASSED'],
      ['new_critical_findings', 0, 'PASSED'],
      ['tests_failed', 0, 'PASSED'],
    ]);
    const failed = await gateOf(uncovered.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.conditions.map((c) => [c.metric, c.actualValue, c.status])).toEqual([
      ['coverage', 0.5, 'FAILED'],
      ['new_critical_findings', 2, 'FAILED'],
      ['tests_failed', null, 'NO_DATA'],
    ]);

    const compared = await stack.request(CompareVersionsDocument, { fromId: uncovered.id, toId: covered.id }, { token });
    expect(compared.errors).toBeUndefined();
    expect(compared.data!.compareVersions.gate).toEqual({ from: 'FAILED', to: 'PASSED' });

    const refused = await promote(uncovered.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GATE_FAILED');
    expect(await stageOf(uncovered.id)).toBe('V1');
    const promoted = await promote(covered.id);
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data!.promoteVersion.version).toMatchObject({ id: covered.id, stage: 'V2' });
  });

  it('gates on metrics and recorded analysis values side by side: the live error rate still wins over a recorded one', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.1 });
    await project.baseline({ metric: 'coverage', operator: 'GTE', threshold: 0.8 });
    const version = await project.version();
    await version.measure({ error_rate: 0, coverage: 0.95 });
    await recordVersionUsage(project.id, version.id, [{ status: 'ERROR', errorType: 'timeout' }, {}]);
    expect((await gateOf(version.id)).conditions.map((c) => [c.metric, c.actualValue, c.status])).toEqual([
      ['coverage', 0.95, 'PASSED'],
      ['error_rate', 0.5, 'FAILED'],
    ]);
    expect((await promote(version.id)).errors?.[0]?.extensions?.code).toBe('GATE_FAILED');
  });
});

describe("metrics' internal route for live values", () => {
  it('answers Steward services only, one entry per version asked for, and counts only the named organization', async () => {
    const project = await seed(stack).project(org);
    const used = await project.version();
    const unused = await project.version();
    await recordVersionUsage(project.id, used.id, [{ status: 'ERROR', errorType: 'timeout' }, {}]);
    const codec = new InternalTokenCodec(stack.internalSecret);
    const ask = async (organizationId: string, caller?: Caller) => {
      const url = new URL('/internal/live-measurements', stack.subgraphUrls.metrics);
      url.searchParams.set('organizationId', organizationId);
      for (const id of [used.id, unused.id]) url.searchParams.append('versionId', id);
      const headers: Record<string, string> = caller ? { [INTERNAL_TOKEN_HEADER]: await codec.sign({ caller, client: { ip: null, userAgent: null } }) } : {};
      const response = await fetch(url, { headers });
      return { status: response.status, body: (await response.json()) as { versions?: unknown[] } };
    };

    expect((await ask(org.id)).status).toBe(401);
    expect((await ask(org.id, { kind: 'user', userId: org.owner.id, sessionId: null })).status).toBe(403);
    const answer = await ask(org.id, { kind: 'service', name: 'projects' });
    expect(answer.status).toBe(200);
    expect(answer.body.versions).toEqual([
      { versionId: used.id, requests: 2, errorRate: 0.5, p95LatencyMs: 10, costPerRequestUsd: 0.06 },
      { versionId: unused.id, requests: 0, errorRate: null, p95LatencyMs: null, costPerRequestUsd: null },
    ]);
    const other = await seed(stack).org();
    expect((await ask(other.id, { kind: 'service', name: 'projects' })).body.versions).toMatchObject([{ requests: 0 }, { requests: 0 }]);
  });
});

// What the gateway asks projects for a page of gates: `_entities` of versions with the values `gate` requires.
describe('gates read through _entities on the subgraph', () => {
  it('evaluates each version on its own baselines and recorded values, and resolves no other tenant’s version', async () => {
    const project = await seed(stack).project(org);
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.1 });
    await project.baseline({ metric: 'accuracy', operator: 'GTE', threshold: 0.9 });
    const [measured, unmeasured] = [await project.version(), await project.version()];
    const recorded = await stack.request(RecordVersionMeasurementsDocument, { input: { versionId: measured.id, values: [{ metric: 'accuracy', value: 0.95 }] } }, { token });
    expect(recorded.errors).toBeUndefined();
    const outsider = await seed(stack).org();
    const outsiderProject = await seed(stack).project(outsider);
    await outsiderProject.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.5 });
    const foreign = await outsiderProject.version();

    const internalToken = await new InternalTokenCodec(stack.internalSecret).sign({
      caller: { kind: 'user', userId: org.owner.id, sessionId: null },
      client: { ip: null, userAgent: null },
    });
    const live = (errorRate: number) => ({ liveMeasurements: { errorRate, p95LatencyMs: null, costPerRequestUsd: null }, analysisMeasurements: null });
    const body = await stack.post<{ _entities: unknown[] }>(
      {
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProjectVersion { id gate { status conditions { metric threshold actualValue status } } } } }',
        variables: {
          r: [
            { __typename: 'ProjectVersion', id: measured.id, ...live(0.2) },
            { __typename: 'ProjectVersion', id: foreign.id, ...live(0) },
            { __typename: 'ProjectVersion', id: unmeasured.id, ...live(0.05) },
          ],
        },
      },
      { url: stack.subgraphUrls.projects, headers: { [INTERNAL_TOKEN_HEADER]: internalToken } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([
      {
        id: measured.id,
        gate: {
          status: 'FAILED',
          conditions: [
            { metric: 'accuracy', threshold: 0.9, actualValue: 0.95, status: 'PASSED' },
            { metric: 'error_rate', threshold: 0.1, actualValue: 0.2, status: 'FAILED' },
          ],
        },
      },
      null,
      {
        id: unmeasured.id,
        gate: {
          status: 'NO_DATA',
          conditions: [
            { metric: 'accuracy', threshold: 0.9, actualValue: null, status: 'NO_DATA' },
            { metric: 'error_rate', threshold: 0.1, actualValue: 0.05, status: 'PASSED' },
          ],
        },
      },
    ]);
  });
});
