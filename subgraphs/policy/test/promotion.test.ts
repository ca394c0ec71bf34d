import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EvaluatePoliciesDocument,
  PolicyDecisionDocument,
  PromoteVersionDocument,
  RecordVersionMeasurementsDocument,
  SimulatePolicyDocument,
  VersionPolicyDocument,
  type CreatePolicyInput,
} from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { assignedPolicy, codeOf } from './policy-fixtures.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});


/** A STRICT COMPLIANCE policy (the gate must pass) assigned to the organization, unless `input` says otherwise. */
const assign = (org: SeededOrganization, input: Partial<CreatePolicyInput>) =>
  assignedPolicy(stack, org, { name: `promotion policy ${Math.random()}`, type: 'COMPLIANCE', rules: [{ name: 'gate-must-pass', requireGatePassed: true }], ...input });

/** A project whose version's gate fails on recorded values (error rate 0.2 against a 0.05 ceiling). */
async function failingVersion(org: SeededOrganization) {
  const project = await seed(stack).project(org);
  await project.baseline({ metric: 'accuracy', operator: 'GTE', threshold: 0.9 });
  const version = await project.version();
  await stack.request(RecordVersionMeasurementsDocument, { input: { versionId: version.id, values: [{ metric: 'accuracy', value: 0.5 }] } }, { token: org.owner.accessToken });
  return { project, version };
}

const promote = (org: SeededOrganization, versionId: string, force = false) =>
  stack.request(PromoteVersionDocument, { input: { versionId, reason: 'Ship it', force } }, { token: org.owner.accessToken });

describe('promotions ask the organization’s policies', () => {
  it('refuses a promotion a STRICT policy denies, with the decision id, even when forced', async () => {
    const org = await seed(stack).org();
    await assign(org, {});
    const { version } = await failingVersion(org);
    const res = await promote(org, version.id, true);
    expect(codeOf(res)).toBe('POLICY_DENIED');
    expect(res.errors![0]!.message).toMatch(/gate-must-pass/);
    const decisionId = res.errors![0]!.extensions!.decisionId as string;
    const decision = await stack.request(PolicyDecisionDocument, { id: decisionId }, { token: org.owner.accessToken });
    expect(decision.data!.policyDecision).toMatchObject({ action: 'PROMOTE_VERSION', outcome: 'DENY', subject: { versionId: version.id } });
    expect((decision.data!.policyDecision!.input as { gate: { status: string } }).gate.status).toBe('FAILED');
    // Nothing moved.
    const status = await stack.request(VersionPolicyDocument, { versionId: version.id }, { token: org.owner.accessToken });
    expect(status.data!.projectVersion).toMatchObject({ policyStatus: { outcome: 'DENY', openViolations: 1, lastDecision: { id: decisionId } } });
    expect(status.data!.projectVersion!.violations.edges[0]!.node).toMatchObject({ rule: 'gate-must-pass', outcome: 'DENY', subject: { versionId: version.id } });
  });

  it('lets a policy allow forcing by saying so in a rule on `forced`', async () => {
    const org = await seed(stack).org();
    await assign(org, { type: 'CUSTOM', rules: [{ name: 'gate-or-forced', action: 'PROMOTE_VERSION', expression: 'forced || gate.status == "PASSED"' }] });
    const { version } = await failingVersion(org);
    expect(codeOf(await promote(org, version.id))).toBe('POLICY_DENIED');
    const forced = await promote(org, version.id, true);
    expect(forced.errors).toBeUndefined();
    expect(forced.data!.promoteVersion.version.stage).toBe('V2');
  });

  it('lets a WARNING policy through and records the violation on the version', async () => {
    const org = await seed(stack).org();
    await assign(org, { defaultEnforcement: 'WARNING', type: 'CUSTOM', rules: [{ name: 'no-hot-models', action: 'PROMOTE_VERSION', expression: '!has(version.modelConfig.temperature) || version.modelConfig.temperature <= 0.5' }] });
    const project = await seed(stack).project(org);
    const version = await project.version({ modelConfig: { model: 'gpt-4o', temperature: 0.9 } });
    const res = await promote(org, version.id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.promoteVersion.version.stage).toBe('V2');
    const status = await stack.request(VersionPolicyDocument, { versionId: version.id }, { token: org.owner.accessToken });
    expect(status.data!.projectVersion).toMatchObject({ policyStatus: { outcome: 'WARN', openViolations: 1 } });
    expect(status.data!.projectVersion!.violations.edges.map((edge) => [edge.node.rule, edge.node.outcome])).toEqual([['no-hot-models', 'WARN']]);
  });

  it('promotes when no policy objects, and logs the ALLOW decision', async () => {
    const org = await seed(stack).org();
    const project = await seed(stack).project(org);
    const version = await project.version();
    expect((await promote(org, version.id)).errors).toBeUndefined();
    const status = await stack.request(VersionPolicyDocument, { versionId: version.id }, { token: org.owner.accessToken });
    expect(status.data!.projectVersion).toMatchObject({ policyStatus: { outcome: 'ALLOW', openViolations: 0 } });
  });

  it('shows another tenant nothing of a version’s policy status', async () => {
    const org = await seed(stack).org();
    await assign(org, {});
    const { version } = await failingVersion(org);
    await promote(org, version.id);
    const stranger = await seed(stack).org();
    const res = await stack.request(VersionPolicyDocument, { versionId: version.id }, { token: stranger.owner.accessToken });
    expect(res.data?.projectVersion ?? null).toBeNull();
  });
});

describe('replaying the decision log against a draft', () => {
  it('says what a tighter cost cap would have denied and the spend it would have blocked', async () => {
    const org = await seed(stack).org();
    const current = await assign(org, { type: 'COST', defaultEnforcement: 'STRICT', rules: [{ name: 'cap', maxCostPerRequestUsd: 1 }] });
    const costs = [0.1, 0.3, 0.6, 2];
    for (const costUsd of costs) {
      const res = await stack.request(
        EvaluatePoliciesDocument,
        { input: { organizationId: org.id, action: 'LLM_REQUEST', subject: { userId: org.owner.id }, context: { request: { model: 'gpt-4o', provider: 'openai', costUsd, prompt: 'p' } } } },
        { token: org.owner.accessToken },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    const res = await stack.request(
      SimulatePolicyDocument,
      { input: { organizationId: org.id, policyId: current.id, draft: { type: 'COST', rules: [{ name: 'cap', maxCostPerRequestUsd: 0.25 }] }, samples: 5 } },
      { token: org.owner.accessToken },
    );
    expect(res.errors).toBeUndefined();
    const simulation = res.data!.simulatePolicy;
    expect(simulation).toMatchObject({ actions: ['LLM_REQUEST'], decisionsReplayed: 4, requestsReplayed: 4, wouldDeny: 3, changed: 2, newlyDenied: 2, newlyAllowed: 0, notReplayable: 0 });
    expect(simulation.blockedSpendUsd).toBeCloseTo(0.9, 6);
    expect(simulation.affectedUserIds).toEqual([org.owner.id]);
    expect(simulation.samples.map((sample) => [sample.loggedOutcome, sample.simulatedOutcome])).toEqual([
      ['ALLOW', 'DENY'],
      ['ALLOW', 'DENY'],
    ]);
    expect(simulation.samples[0]!.rules[0]!.conditions[0]).toMatchObject({ field: 'request.costUsd', expected: 0.25, actual: 0.6 });

    // A looser draft would let the logged denial through.
    const looser = await stack.request(SimulatePolicyDocument, { input: { organizationId: org.id, policyId: current.id, draft: { type: 'COST', rules: [{ maxCostPerRequestUsd: 5 }] } } }, { token: org.owner.accessToken });
    expect(looser.data!.simulatePolicy).toMatchObject({ wouldDeny: 0, newlyAllowed: 1, newlyDenied: 0, blockedSpendUsd: 0 });
  });

  it('replays every logged decision exactly once across batches, whatever the precision of their times', async () => {
    const org = await seed(stack).org();
    const policy = await assign(org, { type: 'COST', rules: [{ name: 'cap', maxCostPerRequestUsd: 1 }] });
    const asked = await stack.request(EvaluatePoliciesDocument, { input: { organizationId: org.id, action: 'LLM_REQUEST', context: { request: { model: 'gpt-4o', provider: 'openai', costUsd: 0.5 } } } }, { token: org.owner.accessToken });
    // 2,500 copies microseconds apart (an import, or rows written by SQL's now()): a batch of the replay ends among them.
    await stack.database.query(
      `insert into policy.decisions (id, organization_id, action, outcome, subject, input, results, policy_ids, policy_version_ids, weight, latency_us, project_id, version_id, requested_by, created_at)
       select gen_random_uuid(), organization_id, action, outcome, subject, input, results, policy_ids, policy_version_ids, weight, latency_us, project_id, version_id, requested_by,
              created_at - interval '1 hour' + (3 * n + 1) * interval '1 microsecond'
         from policy.decisions, generate_series(1, 2500) as n where id = $1`,
      [asked.data!.evaluatePolicies.id],
    );
    const res = await stack.request(SimulatePolicyDocument, { input: { organizationId: org.id, policyId: policy.id, draft: { type: 'COST', rules: [{ maxCostPerRequestUsd: 0.25 }] } } }, { token: org.owner.accessToken });
    expect(res.data!.simulatePolicy).toMatchObject({ decisionsReplayed: 2501, wouldDeny: 2501, newlyDenied: 2501 });
  });

  it('refuses an invalid draft naming its field, and another tenant’s version as not found', async () => {
    const org = await seed(stack).org();
    const bad = await stack.request(SimulatePolicyDocument, { input: { organizationId: org.id, draft: { type: 'COST', rules: [{ maxCostPerRequestUsd: -1 }] } } }, { token: org.owner.accessToken });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('input.draft.rules.0.maxCostPerRequestUsd');
    const neither = await stack.request(SimulatePolicyDocument, { input: { organizationId: org.id } }, { token: org.owner.accessToken });
    expect(neither.errors![0]!.extensions!.field).toBe('input.versionId');
    const theirs = await seed(stack).org();
    const policy = await assign(theirs, {});
    const foreign = await stack.request(SimulatePolicyDocument, { input: { organizationId: org.id, versionId: policy.currentVersion.id } }, { token: org.owner.accessToken });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });
});
