import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActivatePolicyVersionDocument,
  CreatePolicyDocument,
  DiffPolicyVersionsDocument,
  PoliciesDocument,
  PolicyDocument,
  RetirePolicyDocument,
  UpdatePolicyDocument,
  type CreatePolicyInput,
} from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;
let other: SeededOrganization;
beforeAll(async () => {
  stack = await startTestStack();
  [org, other] = await Promise.all([seed(stack).org(), seed(stack).org()]);
});
afterAll(async () => {
  await stack?.stop();
});

type Res = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: Res) => res.errors?.[0]?.extensions?.field;

let names = 0;
const create = (input: Partial<CreatePolicyInput>, token = org.owner.accessToken) =>
  stack.request(
    CreatePolicyDocument,
    { input: { organizationId: org.id, name: `policy ${++names}`, type: 'COST', defaultEnforcement: 'STRICT', rules: [{ name: 'per-request', maxCostPerRequestUsd: 0.25 }], ...input } },
    { token },
  );

describe('creating and versioning policies', () => {
  it('creates a policy whose first version is current, with defaults filled in', async () => {
    const res = await create({ name: 'LLM cost cap', description: 'No request above 25 cents.', rules: [{ maxCostPerRequestUsd: 0.25 }] });
    expect(res.errors).toBeUndefined();
    const policy = res.data!.createPolicy;
    expect(policy).toMatchObject({ name: 'LLM cost cap', type: 'COST', defaultEnforcement: 'STRICT', status: 'ACTIVE', viewerCanManage: true, organization: { id: org.id } });
    expect(policy.currentVersion).toMatchObject({ number: 1, actions: ['LLM_REQUEST'], isCurrent: true, changelog: 'First version.' });
    expect(policy.currentVersion.rules).toEqual([expect.objectContaining({ name: 'rule-1', maxCostPerRequestUsd: 0.25 })]);
  });

  it('makes a new current version when the rules change, and rolls back by activating the old one', async () => {
    const created = (await create({})).data!.createPolicy;
    const updated = await stack.request(UpdatePolicyDocument, { input: { policyId: created.id, rules: [{ name: 'per-request', maxCostPerRequestUsd: 0.1 }, { name: 'daily', maxSpendPerDayUsd: 50 }], changelog: 'Tighter.' } }, { token: org.owner.accessToken });
    expect(updated.errors).toBeUndefined();
    const v2 = updated.data!.updatePolicy.currentVersion;
    expect(v2).toMatchObject({ number: 2, changelog: 'Tighter.', isCurrent: true });

    const diff = await stack.request(DiffPolicyVersionsDocument, { fromVersionId: created.currentVersion.id, toVersionId: v2.id }, { token: org.owner.accessToken });
    expect(diff.data!.diffPolicyVersions).toEqual({
      addedRules: ['daily'],
      removedRules: [],
      maskPathsChanged: false,
      changedRules: [{ rule: 'per-request', changes: [{ path: 'maxCostPerRequestUsd', before: 0.25, after: 0.1 }] }],
    });

    const rolledBack = await stack.request(ActivatePolicyVersionDocument, { versionId: created.currentVersion.id }, { token: org.owner.accessToken });
    expect(rolledBack.data!.activatePolicyVersion.currentVersion).toMatchObject({ id: created.currentVersion.id, number: 1 });
    const read = await stack.request(PolicyDocument, { id: created.id }, { token: org.owner.accessToken });
    expect(read.data!.policy!.versions.edges.map((edge) => [edge.node.number, edge.node.isCurrent])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('keeps versions immutable in the database', async () => {
    const created = (await create({})).data!.createPolicy;
    await expect(stack.database.query(`update policy.policy_versions set changelog = 'rewritten' where id = $1`, [created.currentVersion.id])).rejects.toThrow(/immutable/);
  });

  it('refuses invalid rules naming the field, and stores nothing', async () => {
    const before = await stack.database.query<{ n: string }>('select count(*) as n from policy.policies');
    const cases: [Partial<CreatePolicyInput>, string, RegExp][] = [
      [{ rules: [{ maxCostPerRequestUsd: 'cheap' }] }, 'input.rules.0.maxCostPerRequestUsd', /number/i],
      [{ rules: [{ maxCostPerRequestUsd: 1, surprise: true }] }, 'input.rules.0', /surprise/],
      [{ type: 'RATE_LIMIT', rules: [{ limit: 0, windowSeconds: 60, per: 'USER' }] }, 'input.rules.0.limit', /./],
      [{ type: 'CONTENT_FILTER', rules: [{ blockedPatterns: ['ok', '(?=lookahead)'] }] }, 'input.rules.0.blockedPatterns.1', /./],
      [{ type: 'CUSTOM', rules: [{ action: 'LLM_REQUEST', expression: 'request.modle == "gpt-4o"' }] }, 'input.rules.0.expression', /modle/],
      [{ type: 'CUSTOM', rules: [{ action: 'LLM_REQUEST', expression: 'request.costUsd + 1.0' }] }, 'input.rules.0.expression', /bool/i],
      [{ type: 'CUSTOM', rules: [{ action: 'LLM_REQUEST', expression: 'request.costUsd >' }] }, 'input.rules.0.expression', /./],
      [{ rules: [] }, 'input.rules', /at least one/],
      [{ name: '' }, 'input.name', /empty/],
      [{ maskPaths: ['request prompt'] }, 'input.maskPaths.0', /path/],
      // This stack has no OPA_URL.
      [{ engine: 'OPA', rules: [{ action: 'LLM_REQUEST' }], rego: 'package acme' }, 'input.engine', /OPA_URL/],
      [{ rego: 'package acme' }, 'input.rego', /only policies of engine OPA/],
    ];
    for (const [input, field, message] of cases) {
      const res = await create(input);
      expect(codeOf(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res), JSON.stringify(input)).toBe(field);
      expect(res.errors![0]!.message).toMatch(message);
    }
    const after = await stack.database.query<{ n: string }>('select count(*) as n from policy.policies');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('refuses a second policy of the same name in one organization, whatever the case', async () => {
    expect((await create({ name: 'Unique name' })).errors).toBeUndefined();
    const res = await create({ name: 'UNIQUE NAME' });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(fieldOf(res)).toBe('input.name');
    // Another tenant may use it.
    expect((await create({ organizationId: other.id, name: 'Unique name' }, other.owner.accessToken)).errors).toBeUndefined();
  });

  it('retires a policy, which then refuses changes', async () => {
    const created = (await create({})).data!.createPolicy;
    const retired = await stack.request(RetirePolicyDocument, { policyId: created.id }, { token: org.owner.accessToken });
    expect(retired.data!.retirePolicy).toMatchObject({ status: 'RETIRED' });
    expect(retired.data!.retirePolicy.retiredAt).not.toBeNull();
    const res = await stack.request(UpdatePolicyDocument, { input: { policyId: created.id, name: 'changed' } }, { token: org.owner.accessToken });
    expect(codeOf(res)).toBe('POLICY_RETIRED');
    const listed = await stack.request(PoliciesDocument, { organizationId: org.id, filter: { status: 'RETIRED' } }, { token: org.owner.accessToken });
    expect(listed.data!.policies.edges.map((edge) => edge.node.id)).toContain(created.id);
  });
});

describe('permissions and tenancy', () => {
  it('lets a viewer read policies but not change them', async () => {
    const viewer = await org.member('viewer');
    const created = (await create({})).data!.createPolicy;
    const read = await stack.request(PolicyDocument, { id: created.id }, { token: viewer.accessToken });
    expect(read.data!.policy).toMatchObject({ id: created.id, viewerCanManage: false });
    expect(codeOf(await create({}, viewer.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await stack.request(RetirePolicyDocument, { policyId: created.id }, { token: viewer.accessToken }))).toBe('FORBIDDEN');
  });

  it("answers another tenant's policy ids as not found, through root fields, versions and _entities", async () => {
    const theirs = (await create({ organizationId: other.id }, other.owner.accessToken)).data!.createPolicy;
    const token = org.owner.accessToken;
    expect((await stack.request(PolicyDocument, { id: theirs.id }, { token })).data!.policy).toBeNull();
    expect(codeOf(await stack.request(RetirePolicyDocument, { policyId: theirs.id }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.request(ActivatePolicyVersionDocument, { versionId: theirs.currentVersion.id }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await create({ organizationId: other.id }, token))).toBe('NOT_FOUND');
    const entities = await stack.post<{ _entities: unknown[] }>(
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Policy { id name } ... on PolicyVersion { id rules } } }', variables: { r: [{ __typename: 'Policy', id: theirs.id }, { __typename: 'PolicyVersion', id: theirs.currentVersion.id }] } },
      { token },
    );
    expect(JSON.stringify(entities)).not.toContain(theirs.name);
  });
});
