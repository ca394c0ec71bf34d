import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBudgetDocument, EvaluatePoliciesDocument, GrantPolicyExceptionDocument, PolicyDecisionDocument, PolicyDecisionsDocument, PolicyViolationsDocument, PromoteVersionDocument, RecordLlmUsageDocument, type CreatePolicyInput, type LlmUsageInput } from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { idOfSource } from '../src/modules/decisions/policy-decider.js';
import { assignedPolicy } from './policy-fixtures.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** A STRICT USAGE policy assigned to the organization, unless `input` says otherwise. */
const assign = (org: SeededOrganization, input: Partial<CreatePolicyInput>) => assignedPolicy(stack, org, { name: `usage policy ${Math.random()}`, type: 'USAGE', ...input });

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

describe('the requests of one call, judged together', () => {
  it('judges each request by the assignments and exceptions of its own subject', async () => {
    const org = await seed(stack).org();
    const [a, b] = [await seed(stack).project(org), await seed(stack).project(org)];
    const legacy = await assignedPolicy(stack, org, { name: 'legacy models on project a', type: 'USAGE', rules: [{ name: 'no-legacy-models', deniedModels: ['gpt-3*'] }] }, { kind: 'PROJECT', id: a.id });
    const cap = await assignedPolicy(stack, org, { name: 'cap for everyone but the owner' });
    const excepted = await stack.request(
      GrantPolicyExceptionDocument,
      { input: { assignmentId: cap.assignmentId, subjectKind: 'USER', subjectId: org.owner.id, reason: 'Owner experiments', expiresAt: new Date(stack.clock().getTime() + 86_400_000).toISOString() } },
      { token: org.owner.accessToken },
    );
    expect(excepted.errors).toBeUndefined();
    // One call, hence one judging job, whose requests name different subjects (and repeat some).
    const cases = [
      { record: usage({ projectId: a.id, model: 'gpt-3.5-turbo' }), outcome: 'DENY', evaluated: [legacy.id, cap.id] },
      { record: usage({ projectId: b.id, model: 'gpt-3.5-turbo' }), outcome: 'ALLOW', evaluated: [cap.id] },
      { record: usage({ projectId: b.id, costUsd: '0.90' }), outcome: 'DENY', evaluated: [cap.id] },
      { record: usage({ projectId: a.id, userId: org.owner.id, model: 'gpt-3.5-turbo', costUsd: '0.90' }), outcome: 'DENY', evaluated: [legacy.id] },
      { record: usage({ userId: org.owner.id, costUsd: '0.90' }), outcome: 'ALLOW', evaluated: [] },
      { record: usage({ costUsd: '0.90' }), outcome: 'DENY', evaluated: [cap.id] },
      { record: usage({ projectId: a.id }), outcome: 'ALLOW', evaluated: [legacy.id, cap.id] },
    ];
    const recorded = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: cases.map(({ record }) => record) }, { token: org.owner.accessToken });
    expect(recorded.data?.recordLlmUsage.accepted).toBe(cases.length);

    const decisionOf = async (requestId: string) => (await stack.request(PolicyDecisionDocument, { id: idOfSource(org.id, `llm:${requestId}`) }, { token: org.owner.accessToken })).data?.policyDecision ?? null;
    const judged = await eventually(() => Promise.all(cases.map(({ record }) => decisionOf(record.requestId))), (list) => list.every(Boolean), 'every request of the call judged');
    expect(judged.map((decision) => [decision!.outcome, decision!.evaluatedPolicies.map((result) => result.policy.id).sort()])).toEqual(
      cases.map(({ outcome, evaluated }) => [outcome, [...evaluated].sort()]),
    );
    expect(judged.map((decision) => decision!.subject.projectId)).toEqual(cases.map(({ record }) => record.projectId ?? null));
    const [row] = await stack.database.query<{ n: string }>('select count(*) as n from policy.violations where organization_id = $1', [org.id]);
    expect(Number(row!.n)).toBe(cases.filter(({ outcome }) => outcome === 'DENY').length);
  });
});

describe('a request asked about before it is sent and recorded after', () => {
  it('keeps one decision and one violation for it when the proxy names its request id', async () => {
    const org = await seed(stack).org();
    await assign(org, { type: 'COST', rules: [{ name: 'expensive', maxCostPerRequestUsd: 0.5 }] });
    const asked = await stack.request(
      EvaluatePoliciesDocument,
      { input: { organizationId: org.id, action: 'LLM_REQUEST', requestId: 'proxy-1', context: { request: { model: 'gpt-4o', provider: 'openai', costUsd: 0.9 } } } },
      { token: org.owner.accessToken },
    );
    expect(asked.data!.evaluatePolicies.outcome).toBe('DENY');
    // Recorded anyway (the proxy let it through), with a second request as a witness that the judging job ran.
    await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usage({ requestId: 'proxy-1', costUsd: '0.90' }), usage({ requestId: 'proxy-2', costUsd: '0.80' })] }, { token: org.owner.accessToken });
    const violations = await eventually(
      async () => (await stack.request(PolicyViolationsDocument, { organizationId: org.id }, { token: org.owner.accessToken })).data!.policyViolations.edges,
      (list) => list.length >= 2,
      'the witness judged',
    );
    expect(violations).toHaveLength(2);
    const decisions = (await stack.request(PolicyDecisionsDocument, { organizationId: org.id, first: 50 }, { token: org.owner.accessToken })).data!.policyDecisions.edges;
    expect(decisions.map((edge) => edge.node.id)).toContain(asked.data!.evaluatePolicies.id);
    expect(decisions).toHaveLength(2);
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

describe('COST rules on the subject’s spend and budget forecast', () => {
  const ask = (org: SeededOrganization, costUsd: number, context: Record<string, unknown> = {}) =>
    stack.request(
      EvaluatePoliciesDocument,
      { input: { organizationId: org.id, action: 'LLM_REQUEST', subject: { userId: org.owner.id }, context: { request: { model: 'gpt-4o', provider: 'openai', costUsd }, ...context } } },
      { token: org.owner.accessToken },
    );

  it('reads the user’s spend today from metrics when the request does not give it', async () => {
    const org = await seed(stack).org();
    await assign(org, { type: 'COST', rules: [{ name: 'daily', maxSpendPerDayUsd: 1 }] });
    const now = stack.clock().toISOString();
    await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usage({ userId: org.owner.id, occurredAt: now, costUsd: '0.60' }), usage({ userId: org.owner.id, occurredAt: now, costUsd: '0.30' })] }, { token: org.owner.accessToken });
    const denied = (await ask(org, 0.2)).data!.evaluatePolicies;
    expect(denied.outcome).toBe('DENY');
    expect(denied.determiningPolicies[0]!.rules[0]!.conditions[0]).toMatchObject({ field: 'spend.dayUsd', expected: 1 });
    expect(denied.determiningPolicies[0]!.rules[0]!.conditions[0]!.explanation).toMatch(/0\.9 spent today/);
    expect((await ask(org, 0.05)).data!.evaluatePolicies.outcome).toBe('ALLOW');
    // What the request says wins: a proxy that tracks spend itself is believed.
    expect((await ask(org, 0.2, { spend: { dayUsd: 0, monthUsd: 0 } })).data!.evaluatePolicies.outcome).toBe('ALLOW');
  });

  it('denies when the budget forecast runs out before the period ends', async () => {
    const org = await seed(stack).org();
    await assign(org, { type: 'COST', rules: [{ name: 'forecast', denyWhenBudgetExhaustsBeforePeriodEnd: true }] });
    const budget = await stack.request(CreateBudgetDocument, { input: { organizationId: org.id, name: 'monthly', scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '10.00' } }, { token: org.owner.accessToken });
    expect(budget.errors).toBeUndefined();
    expect((await ask(org, 0.1)).data!.evaluatePolicies.outcome).toBe('ALLOW');
    await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usage({ userId: org.owner.id, occurredAt: stack.clock().toISOString(), costUsd: '9.50' })] }, { token: org.owner.accessToken });
    const denied = (await ask(org, 0.1)).data!.evaluatePolicies;
    expect(denied.outcome).toBe('DENY');
    expect(denied.determiningPolicies[0]!.rules[0]!.conditions[0]).toMatchObject({ field: 'budget.exhaustsBeforePeriodEnd', actual: true });
    expect((denied.input as { budget: { limitUsd: number; spentUsd: number } }).budget).toMatchObject({ limitUsd: 10, spentUsd: 9.5 });
  });
});
