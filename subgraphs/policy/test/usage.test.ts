import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssignPolicyDocument, CreatePolicyDocument, PolicyDecisionsDocument, PolicyViolationsDocument, PromoteVersionDocument, RecordLlmUsageDocument, type CreatePolicyInput, type LlmUsageInput } from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function assign(org: SeededOrganization, input: Partial<CreatePolicyInput>) {
  const created = await stack.request(CreatePolicyDocument, { input: { organizationId: org.id, name: `usage policy ${Math.random()}`, type: 'USAGE', defaultEnforcement: 'STRICT', rules: [], ...input } }, { token: org.owner.accessToken });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  await stack.request(AssignPolicyDocument, { input: { policyId: created.data!.createPolicy.id, subjectKind: 'ORGANIZATION', subjectId: org.id } }, { token: org.owner.accessToken });
}

let sequence = 0;
const usage = (overrides: Partial<LlmUsageInput>): LlmUsageInput => ({
  requestId: `usage-${(sequence += 1)}`,
  occurredAt: new Date().toISOString(),
  provider: 'openai',
  model: 'gpt-4o-mini',
  inputTokens: 100,
  outputTokens: 20,
  costUsd: '0.01',
  status: 'SUCCESS',
  ...overrides,
});

describe('recorded usage judged by COST and USAGE policies', () => {
  it('raises one violation per failing request, once, however often and however parallel the same usage is recorded', async () => {
    const org = await seed(stack).org();
    await assign(org, { rules: [{ name: 'no-legacy-models', deniedModels: ['gpt-3*'] }] });
    await assign(org, { type: 'COST', defaultEnforcement: 'MONITOR', rules: [{ name: 'expensive', maxCostPerRequestUsd: 0.5 }] });
    // A RATE_LIMIT policy does not judge recorded usage (its counters count requests before they are sent).
    await assign(org, { type: 'RATE_LIMIT', rules: [{ name: 'tiny', limit: 1, windowSeconds: 3600, per: 'ORGANIZATION' }] });
    const records = [usage({ model: 'gpt-3.5-turbo' }), usage({ model: 'gpt-4o', costUsd: '0.90' }), usage({}), usage({})];
    const record = () => stack.request(RecordLlmUsageDocument, { organizationId: org.id, records }, { token: org.owner.accessToken });
    const results = await Promise.all([record(), record(), record()]);
    expect(results.map((res) => res.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.reduce((sum, res) => sum + res.data!.recordLlmUsage.accepted, 0)).toBe(4);

    const violations = await eventually(
      async () => (await stack.request(PolicyViolationsDocument, { organizationId: org.id, first: 50 }, { token: org.owner.accessToken })).data!.policyViolations.edges.map((edge) => edge.node),
      (list) => list.length >= 2,
      'violations of recorded usage',
    );
    expect(violations.map((violation) => [violation.rule, violation.outcome]).sort()).toEqual([
      ['expensive', 'WOULD_DENY'],
      ['no-legacy-models', 'DENY'],
    ]);
    expect(violations.find((violation) => violation.rule === 'expensive')!.conditions[0]).toMatchObject({ field: 'request.costUsd', actual: 0.9, expected: 0.5 });

    // Recording the same usage again is skipped by metrics; a decision per request, never two.
    const again = await record();
    expect(again.data!.recordLlmUsage).toMatchObject({ accepted: 0, skipped: 4 });
    const decisions = await eventually(
      async () => (await stack.request(PolicyDecisionsDocument, { organizationId: org.id, first: 50 }, { token: org.owner.accessToken })).data!.policyDecisions.edges,
      (list) => list.length >= 4,
      'a decision per recorded request',
    );
    expect(decisions).toHaveLength(4);
    expect(decisions.every((edge) => edge.node.evaluatedPolicies.length === 2)).toBe(true);
    const [row] = await stack.database.query<{ n: string }>('select count(*) as n from policy.violations where organization_id = $1', [org.id]);
    expect(Number(row!.n)).toBe(2);
  });
});

describe('while the policy service cannot be reached', () => {
  it('records usage, keeps it flagged for judgement and has it judged once policy answers again; promotions fail closed meanwhile', async () => {
    const org = await seed(stack).org();
    await assign(org, { rules: [{ name: 'no-legacy-models', deniedModels: ['gpt-3*'] }] });
    const project = await seed(stack).project(org);
    const version = await project.version();
    // The other subgraphs find policy by this table when they call it: point it at a closed port.
    const policyUrl = stack.subgraphUrls.policy!;
    stack.subgraphUrls.policy = 'http://127.0.0.1:9/graphql';
    try {
      const recorded = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usage({ model: 'gpt-3.5-turbo' })] }, { token: org.owner.accessToken });
      expect(recorded.data!.recordLlmUsage.accepted).toBe(1);
      const promoted = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Ship it' } }, { token: org.owner.accessToken });
      expect(promoted.errors?.[0]?.extensions?.code).toBe('POLICY_UNAVAILABLE');
      // Nothing is judged while policy cannot be reached; the job written with the usage waits to retry.
      const meanwhile = await stack.request(PolicyViolationsDocument, { organizationId: org.id }, { token: org.owner.accessToken });
      expect(meanwhile.data!.policyViolations.edges).toEqual([]);
    } finally {
      stack.subgraphUrls.policy = policyUrl;
    }
    const violations = await eventually(
      async () => (await stack.request(PolicyViolationsDocument, { organizationId: org.id }, { token: org.owner.accessToken })).data!.policyViolations.edges,
      (list) => list.length > 0,
      'the flagged usage judged once policy answers',
      30_000,
    );
    expect(violations.map((edge) => edge.node.rule)).toEqual(['no-legacy-models']);
  });
});
