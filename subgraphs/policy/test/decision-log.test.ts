import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  AssignPolicyDocument,
  CreatePolicyDocument,
  CreateTeamDocument,
  EvaluatePoliciesDocument,
  PolicyActionContextsDocument,
  PolicyDecisionDocument,
  PolicyDecisionsDocument,
  PolicyEffectivenessDocument,
  PolicyViolationDocument,
  PolicyViolationsDocument,
  UpdatePolicyViolationDocument,
  type CreatePolicyInput,
  type EvaluatePoliciesInput,
} from '@steward/client';
import { eventually } from '@steward/kernel/testing';
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

const request = llmRequest;

const evaluate = (org: SeededOrganization, input: Partial<EvaluatePoliciesInput>, token = org.owner.accessToken) =>
  stack.request(EvaluatePoliciesDocument, { input: { organizationId: org.id, action: 'LLM_REQUEST', context: { request: request() }, ...input } }, { token });

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
