import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  AssignPolicyDocument,
  CreatePolicyDocument,
  CreateTeamDocument,
  EvaluatePoliciesDocument,
  GrantPolicyExceptionDocument,
  PolicyActionContextsDocument,
  PolicyDecisionDocument,
  PolicyDecisionsDocument,
  PolicyEffectivenessDocument,
  PolicyViolationDocument,
  PolicyViolationsDocument,
  RevokePolicyExceptionDocument,
  UpdatePolicyViolationDocument,
  type CreatePolicyInput,
  type EvaluatePoliciesInput,
  type PolicyEnforcement,
  type PolicySubjectKind,
} from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

type Res = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: Res) => res.errors?.[0]?.extensions?.field;

/** A fresh organization with one policy assigned (so tests never see each other's policies). */
async function withPolicy(input: Partial<CreatePolicyInput>, assignment: { kind?: PolicySubjectKind; id?: string; enforcement?: PolicyEnforcement } = {}) {
  const org = await seed(stack).org();
  const policy = await addPolicy(org, input, assignment);
  return { org, policy };
}

async function addPolicy(org: SeededOrganization, input: Partial<CreatePolicyInput>, assignment: { kind?: PolicySubjectKind; id?: string; enforcement?: PolicyEnforcement } = {}) {
  const created = await stack.request(
    CreatePolicyDocument,
    { input: { organizationId: org.id, name: `policy ${Math.random()}`, type: 'COST', defaultEnforcement: 'STRICT', rules: [{ name: 'cap', maxCostPerRequestUsd: 0.25 }], ...input } },
    { token: org.owner.accessToken },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const policy = created.data!.createPolicy;
  const assigned = await stack.request(
    AssignPolicyDocument,
    { input: { policyId: policy.id, subjectKind: assignment.kind ?? 'ORGANIZATION', subjectId: assignment.id ?? org.id, enforcement: assignment.enforcement ?? null } },
    { token: org.owner.accessToken },
  );
  if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
  return { ...policy, assignmentId: assigned.data!.assignPolicy.id };
}

const request = (overrides: Record<string, unknown> = {}) => ({ model: 'gpt-4o-mini', provider: 'openai', promptTokens: 100, completionTokens: 50, totalTokens: 150, costUsd: 0.1, prompt: 'hello', completion: 'hi', ...overrides });

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

describe('the decision API and its log', () => {
  it('serves an API key with policy:evaluate and refuses a viewer', async () => {
    const { org } = await withPolicy({});
    const key = await org.apiKey('member');
    const viaKey = await evaluate(org, { context: { request: request({ costUsd: 1 }) } }, key.secret);
    expect(viaKey.data!.evaluatePolicies.outcome).toBe('DENY');
    const viewer = await org.member('viewer');
    expect(codeOf(await evaluate(org, {}, viewer.accessToken))).toBe('FORBIDDEN');
  });

  it("keeps tenants apart: decisions, violations and evaluation in another organization answer NOT_FOUND or nothing", async () => {
    const { org } = await withPolicy({});
    const { org: theirs } = await withPolicy({});
    const decision = (await evaluate(theirs, { context: { request: request({ costUsd: 3 }) } })).data!.evaluatePolicies;
    const [violation] = (await stack.request(PolicyViolationsDocument, { organizationId: theirs.id }, { token: theirs.owner.accessToken })).data!.policyViolations.edges;
    const token = org.owner.accessToken;
    expect(codeOf(await evaluate(theirs, {}, token))).toBe('NOT_FOUND');
    expect((await stack.request(PolicyDecisionDocument, { id: decision.id }, { token })).data!.policyDecision).toBeNull();
    expect((await stack.request(PolicyViolationDocument, { id: violation!.node.id }, { token })).data!.policyViolation).toBeNull();
    expect(codeOf(await stack.request(PolicyDecisionsDocument, { organizationId: theirs.id }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.request(UpdatePolicyViolationDocument, { input: { violationId: violation!.node.id, status: 'RESOLVED' } }, { token }))).toBe('NOT_FOUND');
    const entities = await stack.post({ query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PolicyDecision { id outcome } ... on PolicyViolation { id rule } } }', variables: { r: [{ __typename: 'PolicyDecision', id: decision.id }, { __typename: 'PolicyViolation', id: violation!.node.id }] } }, { token });
    expect(JSON.stringify(entities)).not.toContain('"outcome"');
    expect(JSON.stringify(entities)).not.toContain('"rule"');
  });

  it('refuses an assignment to another tenant team or a stranger, naming the field, and stores nothing', async () => {
    const { org, policy } = await withPolicy({});
    const theirs = await seed(stack).org();
    const team = await stack.request(CreateTeamDocument, { input: { organizationId: theirs.id, name: 'theirs' } }, { token: theirs.owner.accessToken });
    for (const [kind, id] of [['TEAM', team.data!.createTeam.id], ['USER', theirs.owner.id], ['ORGANIZATION', theirs.id], ['API_KEY', '00000000-0000-4000-8000-000000000009']] as const) {
      const res = await stack.request(AssignPolicyDocument, { input: { policyId: policy.id, subjectKind: kind, subjectId: id } }, { token: org.owner.accessToken });
      expect(codeOf(res), kind).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('input.subjectId');
    }
    const [row] = await stack.database.query<{ n: string }>('select count(*) as n from policy.policy_assignments where policy_id = $1', [policy.id]);
    expect(Number(row!.n)).toBe(1);
  });

  it('pages the decision log newest first, filtered by outcome and policy', async () => {
    const { org, policy } = await withPolicy({});
    for (const costUsd of [0.1, 0.5, 0.2, 0.9]) await evaluate(org, { context: { request: request({ costUsd }) } });
    const denied = await stack.request(PolicyDecisionsDocument, { organizationId: org.id, filter: { outcome: 'DENY', policyId: policy.id }, first: 1 }, { token: org.owner.accessToken });
    const first = denied.data!.policyDecisions;
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await stack.request(PolicyDecisionsDocument, { organizationId: org.id, filter: { outcome: 'DENY', policyId: policy.id }, first: 5, after: first.pageInfo.endCursor }, { token: org.owner.accessToken });
    expect(next.data!.policyDecisions.edges).toHaveLength(1);
    expect(next.data!.policyDecisions.pageInfo.hasNextPage).toBe(false);
    const effectiveness = await stack.request(PolicyEffectivenessDocument, { id: policy.id }, { token: org.owner.accessToken });
    expect(effectiveness.data!.policy!.effectiveness).toMatchObject({ evaluations: 4, denials: 2, warnings: 0, wouldDeny: 0, violationRate: 0.5, openViolations: 2 });
  });

  it('moves violations through their statuses and requires a reason to waive', async () => {
    const { org } = await withPolicy({});
    await evaluate(org, { context: { request: request({ costUsd: 3 }) } });
    const [edge] = (await stack.request(PolicyViolationsDocument, { organizationId: org.id }, { token: org.owner.accessToken })).data!.policyViolations.edges;
    const id = edge!.node.id;
    const noReason = await stack.request(UpdatePolicyViolationDocument, { input: { violationId: id, status: 'WAIVED' } }, { token: org.owner.accessToken });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldOf(noReason)).toBe('input.reason');
    const waived = await stack.request(UpdatePolicyViolationDocument, { input: { violationId: id, status: 'WAIVED', reason: 'Approved spike' } }, { token: org.owner.accessToken });
    expect(waived.data!.updatePolicyViolation).toMatchObject({ status: 'WAIVED', statusReason: 'Approved spike' });
    const viewer = await org.member('viewer');
    expect(codeOf(await stack.request(UpdatePolicyViolationDocument, { input: { violationId: id, status: 'OPEN' } }, { token: viewer.accessToken }))).toBe('FORBIDDEN');
  });

  it('keeps a share of ALLOW decisions when sampling, and every WARN and DENY', async () => {
    const sampled = await startTestStack({ POLICY_DECISION_SAMPLE_RATE: '0' }, { database: stack.database });
    try {
      const org = await seed(sampled).org();
      const created = await sampled.request(CreatePolicyDocument, { input: { organizationId: org.id, name: 'cap', type: 'COST', defaultEnforcement: 'STRICT', rules: [{ maxCostPerRequestUsd: 0.25 }] } }, { token: org.owner.accessToken });
      await sampled.request(AssignPolicyDocument, { input: { policyId: created.data!.createPolicy.id, subjectKind: 'ORGANIZATION', subjectId: org.id } }, { token: org.owner.accessToken });
      const ask = (costUsd: number) => sampled.request(EvaluatePoliciesDocument, { input: { organizationId: org.id, action: 'LLM_REQUEST', context: { request: request({ costUsd }) } } }, { token: org.owner.accessToken });
      expect((await ask(0.1)).data!.evaluatePolicies).toMatchObject({ outcome: 'ALLOW', logged: false });
      expect((await ask(0.9)).data!.evaluatePolicies).toMatchObject({ outcome: 'DENY', logged: true });
    } finally {
      await sampled.stop();
    }
  });

  it('lists every action context field with its CEL type', async () => {
    const { org } = await withPolicy({});
    const res = await stack.request(PolicyActionContextsDocument, {}, { token: org.owner.accessToken });
    const llm = res.data!.policyActionContexts.find((context) => context.action === 'LLM_REQUEST')!;
    expect(llm.fields).toContainEqual(expect.objectContaining({ path: 'request.costUsd', type: 'double' }));
    expect(llm.fields).toContainEqual(expect.objectContaining({ path: 'request.promptTokens', type: 'int' }));
  });

  it('streams raised violations to readers of the organization only', async () => {
    const { org } = await withPolicy({});
    const outsider = await seed(stack).org();
    const received: { data?: { policyViolationRaised?: { rule: string; outcome: string } } }[] = [];
    const refused: unknown[] = [];
    const client = (token: string) => createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const reader = client(org.owner.accessToken);
    const stranger = client(outsider.owner.accessToken);
    const query = 'subscription($o: ID!) { policyViolationRaised(organizationId: $o) { rule outcome } }';
    reader.subscribe({ query, variables: { o: org.id } }, { next: (value) => void received.push(value as never), error: () => undefined, complete: () => undefined });
    stranger.subscribe({ query, variables: { o: org.id } }, { next: () => undefined, error: (error) => void refused.push(error), complete: () => undefined });
    try {
      // A subscription listens once the gateway has checked it: raise violations until the first arrives.
      await eventually(
        async () => {
          await evaluate(org, { context: { request: request({ costUsd: 2 }) } });
          return received[0]?.data?.policyViolationRaised;
        },
        (event) => event !== undefined,
        'a raised violation on the socket',
      );
      expect(received[0]?.data?.policyViolationRaised).toEqual({ rule: 'cap', outcome: 'DENY' });
      await eventually(() => JSON.stringify(refused), (text) => /NOT_FOUND|FORBIDDEN/.test(text), 'the stranger refused');
    } finally {
      await reader.dispose();
      await stranger.dispose();
    }
  });
});
