import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateTeamDocument,
  EvaluatePoliciesDocument,
  GrantPolicyExceptionDocument,
  PolicyDecisionDocument,
  PolicyViolationsDocument,
  RevokePolicyExceptionDocument,
  type CreatePolicyInput,
  type EvaluatePoliciesInput,
} from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { assignedPolicy, codeOf, fieldOf, llmRequest, type AssignmentOptions } from './policy-fixtures.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** A fresh organization with one policy assigned (so tests never see each other's policies). */
async function withPolicy(input: Partial<CreatePolicyInput>, assignment: AssignmentOptions = {}) {
  const org = await seed(stack).org();
  return { org, policy: await assignedPolicy(stack, org, input, assignment) };
}

const addPolicy = (org: SeededOrganization, input: Partial<CreatePolicyInput>, assignment: AssignmentOptions = {}) => assignedPolicy(stack, org, input, assignment);
const request = llmRequest;

const evaluate = (org: SeededOrganization, input: Partial<EvaluatePoliciesInput>, token = org.owner.accessToken) =>
  stack.request(EvaluatePoliciesDocument, { input: { organizationId: org.id, action: 'LLM_REQUEST', context: { request: request() }, ...input } }, { token });

describe('deciding LLM requests', () => {
  it('denies a request above a STRICT cost cap and explains it with the actual and expected values', async () => {
    const { org, policy } = await withPolicy({ name: 'Cost cap' });
    const res = await evaluate(org, { subject: { userId: org.owner.id }, context: { request: request({ costUsd: 0.42 }) } });
    expect(res.errors).toBeUndefined();
    const decision = res.data!.evaluatePolicies;
    expect(decision).toMatchObject({ action: 'LLM_REQUEST', outcome: 'DENY', logged: true, subject: { userId: org.owner.id, teamIds: [] } });
    expect(decision.determiningPolicies).toHaveLength(1);
    const [determining] = decision.determiningPolicies;
    expect(determining).toMatchObject({ enforcement: 'STRICT', outcome: 'DENY', violated: true, policy: { id: policy.id, name: 'Cost cap' }, policyVersion: { number: 1 } });
    expect(determining!.rules[0]).toMatchObject({ rule: 'cap', violated: true });
    expect(determining!.rules[0]!.conditions[0]).toMatchObject({ field: 'request.costUsd', expected: 0.25, actual: 0.42 });
    expect(determining!.rules[0]!.conditions[0]!.explanation).toMatch(/0\.42/);
    expect(decision.latencyMs).toBeGreaterThan(0);

    // Logged with its id, and the violation names the decision.
    const logged = await stack.request(PolicyDecisionDocument, { id: decision.id }, { token: org.owner.accessToken });
    expect(logged.data!.policyDecision).toMatchObject({ id: decision.id, outcome: 'DENY' });
    const violations = await stack.request(PolicyViolationsDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    expect(violations.data!.policyViolations.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ decisionId: decision.id, rule: 'cap', outcome: 'DENY', severity: 'HIGH', status: 'OPEN', enforcement: 'STRICT', policy: { id: policy.id } }),
    ]);
  });

  it('allows a request under the cap and raises nothing', async () => {
    const { org } = await withPolicy({});
    const res = await evaluate(org, {});
    expect(res.data!.evaluatePolicies).toMatchObject({ outcome: 'ALLOW', determiningPolicies: [] });
    expect(res.data!.evaluatePolicies.evaluatedPolicies).toHaveLength(1);
    const violations = await stack.request(PolicyViolationsDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    expect(violations.data!.policyViolations.edges).toEqual([]);
  });

  it('warns under WARNING, records a would-be denial under MONITOR, and denies only under STRICT', async () => {
    const org = await seed(stack).org();
    await addPolicy(org, { name: 'warned', defaultEnforcement: 'WARNING', rules: [{ name: 'w', maxCostPerRequestUsd: 0.2 }] });
    await addPolicy(org, { name: 'monitored', defaultEnforcement: 'MONITOR', rules: [{ name: 'm', maxCostPerRequestUsd: 0.2 }] });
    const res = await evaluate(org, { context: { request: request({ costUsd: 0.3 }) } });
    const decision = res.data!.evaluatePolicies;
    expect(decision.outcome).toBe('WARN');
    expect(decision.determiningPolicies.map((result) => result.policy.name)).toEqual(['warned']);
    expect(decision.evaluatedPolicies.map((result) => [result.outcome, result.wouldDeny]).sort()).toEqual([
      ['ALLOW', true],
      ['WARN', false],
    ]);
    const violations = await stack.request(PolicyViolationsDocument, { organizationId: org.id }, { token: org.owner.accessToken });
    expect(violations.data!.policyViolations.edges.map((edge) => [edge.node.rule, edge.node.outcome, edge.node.severity]).sort()).toEqual([
      ['m', 'WOULD_DENY', 'LOW'],
      ['w', 'WARN', 'MEDIUM'],
    ]);
  });

  it('applies a team assignment only to requests charged to the team, with its own enforcement', async () => {
    const org = await seed(stack).org();
    const team = await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'ml' } }, { token: org.owner.accessToken });
    const teamId = team.data!.createTeam.id;
    await addPolicy(org, { defaultEnforcement: 'STRICT' }, { kind: 'TEAM', id: teamId, enforcement: 'WARNING' });
    const charged = await evaluate(org, { subject: { teamIds: [teamId] }, context: { request: request({ costUsd: 1 }) } });
    expect(charged.data!.evaluatePolicies.outcome).toBe('WARN');
    const notCharged = await evaluate(org, { context: { request: request({ costUsd: 1 }) } });
    expect(notCharged.data!.evaluatePolicies.outcome).toBe('ALLOW');
    expect(notCharged.data!.evaluatePolicies.evaluatedPolicies).toEqual([]);
  });

  it('skips an assignment for a subject with an active exception, until it is revoked', async () => {
    const { org, policy } = await withPolicy({});
    const granted = await stack.request(
      GrantPolicyExceptionDocument,
      { input: { assignmentId: policy.assignmentId, subjectKind: 'USER', subjectId: org.owner.id, reason: 'Benchmark run', expiresAt: new Date(stack.clock().getTime() + 86_400_000).toISOString() } },
      { token: org.owner.accessToken },
    );
    expect(granted.errors).toBeUndefined();
    const excepted = await evaluate(org, { subject: { userId: org.owner.id }, context: { request: request({ costUsd: 5 }) } });
    expect(excepted.data!.evaluatePolicies.outcome).toBe('ALLOW');
    const someoneElse = await evaluate(org, { context: { request: request({ costUsd: 5 }) } });
    expect(someoneElse.data!.evaluatePolicies.outcome).toBe('DENY');
    await stack.request(RevokePolicyExceptionDocument, { exceptionId: granted.data!.grantPolicyException.id }, { token: org.owner.accessToken });
    const revoked = await evaluate(org, { subject: { userId: org.owner.id }, context: { request: request({ costUsd: 5 }) } });
    expect(revoked.data!.evaluatePolicies.outcome).toBe('DENY');
  });

  it('lets an exception lapse when the clock passes its expiry', async () => {
    const { org, policy } = await withPolicy({});
    await stack.request(
      GrantPolicyExceptionDocument,
      { input: { assignmentId: policy.assignmentId, subjectKind: 'USER', subjectId: org.owner.id, reason: 'One hour', expiresAt: new Date(stack.clock().getTime() + 3_600_000).toISOString() } },
      { token: org.owner.accessToken },
    );
    expect((await evaluate(org, { subject: { userId: org.owner.id }, context: { request: request({ costUsd: 5 }) } })).data!.evaluatePolicies.outcome).toBe('ALLOW');
    stack.clock.advance(3_600_001);
    expect((await evaluate(org, { subject: { userId: org.owner.id }, context: { request: request({ costUsd: 5 }) } })).data!.evaluatePolicies.outcome).toBe('DENY');
  });

  it('evaluates CUSTOM CEL rules over the declared context', async () => {
    const { org } = await withPolicy({ type: 'CUSTOM', rules: [{ name: 'no-big-prompts-on-4o', action: 'LLM_REQUEST', expression: '!(request.model.startsWith("gpt-4o") && request.promptTokens > 1000)' }] });
    expect((await evaluate(org, { context: { request: request({ model: 'gpt-4o', promptTokens: 2000 }) } })).data!.evaluatePolicies.outcome).toBe('DENY');
    expect((await evaluate(org, { context: { request: request({ model: 'gpt-4o', promptTokens: 10 }) } })).data!.evaluatePolicies.outcome).toBe('ALLOW');
  });

  it('blocks content by RE2 pattern without echoing the content in the explanation', async () => {
    const { org } = await withPolicy({ type: 'CONTENT_FILTER', rules: [{ name: 'keys', blockedPatterns: ['AKIA[0-9A-Z]{16}'] }], maskPaths: ['request.prompt'] });
    const res = await evaluate(org, { context: { request: request({ prompt: 'my key is AKIAABCDEFGHIJKLMNOP ok' }) } });
    const decision = res.data!.evaluatePolicies;
    expect(decision.outcome).toBe('DENY');
    expect(JSON.stringify(decision.determiningPolicies)).not.toContain('AKIAABCDEFGHIJKLMNOP');
    // The log keeps that a prompt was there, not what it said.
    expect((decision.input as { request: { prompt: string } }).request.prompt).toBe('[masked]');
    const [row] = await stack.database.query<{ input: string }>('select input::text from policy.decisions where id = $1', [decision.id]);
    expect(row!.input).not.toContain('AKIA');
  });

  it('names the wrong context field and logs nothing', async () => {
    const { org } = await withPolicy({});
    const cases: [Record<string, unknown>, string][] = [
      [{ request: request({ modle: 'x' }) }, 'input.context.request.modle'],
      [{ request: request({ promptTokens: 'many' }) }, 'input.context.request.promptTokens'],
      [{ request: request(), subject: {} }, 'input.context.subject'],
    ];
    for (const [context, field] of cases) {
      const res = await evaluate(org, { context });
      expect(codeOf(res), field).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe(field);
    }
    const [row] = await stack.database.query<{ n: string }>('select count(*) as n from policy.decisions where organization_id = $1', [org.id]);
    expect(Number(row!.n)).toBe(0);
  });

  it('counts rate limits exactly under 50 parallel evaluations', async () => {
    const { org } = await withPolicy({ type: 'RATE_LIMIT', rules: [{ name: 'per-user', limit: 20, windowSeconds: 3600, per: 'USER' }] });
    const results = await Promise.all(Array.from({ length: 50 }, () => evaluate(org, { subject: { userId: org.owner.id } })));
    const outcomes = results.map((res) => res.data?.evaluatePolicies.outcome);
    expect(outcomes.filter((outcome) => outcome === 'ALLOW')).toHaveLength(20);
    expect(outcomes.filter((outcome) => outcome === 'DENY')).toHaveLength(30);
    const [counter] = await stack.database.query<{ total: string }>('select total::text from policy.rate_counters where organization_id = $1', [org.id]);
    expect(counter!.total).toBe('50');
    // Another user has a counter of their own.
    expect((await evaluate(org, { subject: { userId: '00000000-0000-4000-8000-000000000001' } })).data!.evaluatePolicies.outcome).toBe('ALLOW');
  });

  it('leaves counters, the log and violations alone on a dry run', async () => {
    const { org } = await withPolicy({ type: 'RATE_LIMIT', rules: [{ limit: 1, windowSeconds: 60, per: 'ORGANIZATION' }] });
    for (let i = 0; i < 3; i++) {
      const res = await evaluate(org, { dryRun: true });
      expect(res.data!.evaluatePolicies).toMatchObject({ outcome: 'ALLOW', logged: false });
    }
    const [row] = await stack.database.query<{ d: string; c: string }>(
      'select (select count(*) from policy.decisions where organization_id = $1) as d, (select count(*) from policy.rate_counters where organization_id = $1) as c',
      [org.id],
    );
    expect([Number(row!.d), Number(row!.c)]).toEqual([0, 0]);
  });
});
