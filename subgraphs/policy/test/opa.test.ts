import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssignPolicyDocument, CreatePolicyDocument, EvaluatePoliciesDocument, PolicyDocument, UpdatePolicyDocument } from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { startFakeOpa, type FakeOpa } from './fakes/fake-opa.js';

let stack: TestStack;
let opa: FakeOpa;
let org: SeededOrganization;
beforeAll(async () => {
  opa = await startFakeOpa();
  stack = await startTestStack({ OPA_URL: opa.url, OPA_TIMEOUT_MS: '1000' });
  org = await seed(stack).org();
});
afterAll(async () => {
  await stack?.stop();
  await opa?.close();
});

type Res = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;

const REGO = `# Expensive requests need a cheaper model.
package acme.cost

import rego.v1

deny contains msg if {
  input.request.costUsd > 1
  msg := sprintf("a request may cost at most 1 USD, this one costs %v", [input.request.costUsd])
}
`;

const packageOf = (versionId: string) => `steward/v${versionId.replaceAll('-', '')}`;
const scriptCost = (versionId: string) =>
  opa.answer(`${packageOf(versionId)}/deny`, (input) => {
    const cost = (input as { request: { costUsd: number } }).request.costUsd;
    return cost > 1 ? [`a request may cost at most 1 USD, this one costs ${cost}`] : [];
  });

async function createOpaPolicy(rego = REGO) {
  return stack.request(
    CreatePolicyDocument,
    { input: { organizationId: org.id, name: `opa ${Math.random()}`, type: 'CUSTOM', engine: 'OPA', defaultEnforcement: 'STRICT', rules: [{ name: 'cost', action: 'LLM_REQUEST' }], rego } },
    { token: org.owner.accessToken },
  );
}

const evaluate = (costUsd: number) =>
  stack.request(EvaluatePoliciesDocument, { input: { organizationId: org.id, action: 'LLM_REQUEST', context: { request: { model: 'gpt-4o', provider: 'openai', costUsd } } } }, { token: org.owner.accessToken });

describe('policies of engine OPA', () => {
  let policyId: string;
  let versionId: string;

  it('loads the Rego module into OPA under the version’s own package before storing the policy', async () => {
    const res = await createOpaPolicy();
    expect(res.errors).toBeUndefined();
    const policy = res.data!.createPolicy;
    policyId = policy.id;
    versionId = policy.currentVersion.id;
    expect(policy).toMatchObject({ engine: 'OPA', currentVersion: { rego: REGO, actions: ['LLM_REQUEST'], rules: [{ name: 'cost', action: 'LLM_REQUEST', rule: 'deny' }] } });
    const put = opa.requests.filter((request) => request.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0]!.path).toBe(`/v1/policies/${encodeURIComponent(`steward/${versionId}`)}`);
    expect(String(put[0]!.body)).toContain(`package steward.v${versionId.replaceAll('-', '')}`);
    expect(String(put[0]!.body)).not.toContain('package acme.cost');
    await stack.request(AssignPolicyDocument, { input: { policyId, subjectKind: 'ORGANIZATION', subjectId: org.id } }, { token: org.owner.accessToken });
    scriptCost(versionId);
  });

  it('decides with OPA’s Data API and explains with the messages the Rego returned', async () => {
    const before = opa.requests.length;
    const denied = (await evaluate(2.5)).data!.evaluatePolicies;
    expect(denied.outcome).toBe('DENY');
    expect(denied.determiningPolicies[0]!.rules[0]!.conditions[0]).toMatchObject({ field: 'rego.deny', operator: 'denies', explanation: 'a request may cost at most 1 USD, this one costs 2.5' });
    const asked = opa.requests.slice(before).filter((request) => request.method === 'POST');
    expect(asked.map((request) => request.path)).toEqual([`/v1/data/${packageOf(versionId)}/deny`]);
    expect((asked[0]!.body as { input: { request: { costUsd: number } } }).input.request.costUsd).toBe(2.5);
    expect((await evaluate(0.5)).data!.evaluatePolicies.outcome).toBe('ALLOW');
  });

  it('loads the module again when OPA lost it (a restart) instead of passing silently', async () => {
    opa.modules.clear();
    const denied = (await evaluate(3)).data!.evaluatePolicies;
    expect(denied.outcome).toBe('DENY');
    expect(opa.modules.has(`steward/${versionId}`)).toBe(true);
  });

  it('answers OPA_UNAVAILABLE when OPA fails, and decides nothing', async () => {
    opa.failNext(503, 1);
    expect(codeOf(await evaluate(3))).toBe('OPA_UNAVAILABLE');
  });

  it('refuses a module OPA cannot compile, with its line and column, and stores nothing', async () => {
    const before = await stack.database.query<{ n: string }>('select count(*) as n from policy.policies where organization_id = $1', [org.id]);
    const res = await createOpaPolicy('package acme.bad\n\ndeny contains msg if { syntax error }\n');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('input.rego');
    expect(res.errors![0]!.message).toMatch(/line 3/);
    const noPackage = await createOpaPolicy('deny contains "x" if { true }');
    expect(noPackage.errors![0]!.extensions!.field).toBe('input.rego');
    const after = await stack.database.query<{ n: string }>('select count(*) as n from policy.policies where organization_id = $1', [org.id]);
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it('makes a new version with new Rego, loaded under a package of its own', async () => {
    const res = await stack.request(UpdatePolicyDocument, { input: { policyId, rego: REGO.replace('> 1', '> 2'), changelog: 'Allow up to 2 USD.' } }, { token: org.owner.accessToken });
    expect(res.errors).toBeUndefined();
    const v2 = res.data!.updatePolicy.currentVersion;
    expect(v2).toMatchObject({ number: 2, rego: REGO.replace('> 1', '> 2') });
    expect(opa.modules.has(`steward/${v2.id}`)).toBe(true);
    expect(opa.modules.has(`steward/${versionId}`)).toBe(true);
    const read = await stack.request(PolicyDocument, { id: policyId }, { token: org.owner.accessToken });
    expect(read.data!.policy!.versions.edges).toHaveLength(2);
  });
});
