import { op, world, type Case } from './world.js';

// The matrix's cases for policy's mutations.

let policySequence = 0;
const newPolicy = async () =>
  (
    await world.asOwner('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { id currentVersion { id } } }', {
      i: { organizationId: world.org.id, name: `matrix policy ${(policySequence += 1)}`, type: 'COST', defaultEnforcement: 'STRICT', rules: [{ maxCostPerRequestUsd: 0.25 }] },
    })
  ).createPolicy as { id: string; currentVersion: { id: string } };
const newAssignment = async () =>
  (await world.asOwner('mutation($i: AssignPolicyInput!) { assignPolicy(input: $i) { id } }', { i: { policyId: (await newPolicy()).id, subjectKind: 'ORGANIZATION', subjectId: world.org.id } })).assignPolicy.id as string;
const expensiveRequest = { request: { model: 'gpt-4o', provider: 'openai', costUsd: 9 } };

export const POLICY_MUTATIONS: Case[] = [
  {
    field: 'createPolicy',
    needs: ['policy:manage'],
    prepare: async () =>
      op('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { id } }', {
        i: { organizationId: world.org.id, name: `matrix policy ${(policySequence += 1)}`, type: 'USAGE', defaultEnforcement: 'WARNING', rules: [{ deniedModels: ['gpt-3*'] }] },
      }),
  },
  {
    field: 'updatePolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($i: UpdatePolicyInput!) { updatePolicy(input: $i) { id } }', { i: { policyId: (await newPolicy()).id, description: 'Changed.' } }),
  },
  {
    field: 'activatePolicyVersion',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($id: ID!) { activatePolicyVersion(versionId: $id) { id } }', { id: (await newPolicy()).currentVersion.id }),
  },
  {
    field: 'retirePolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($id: ID!) { retirePolicy(policyId: $id) { id } }', { id: (await newPolicy()).id }),
  },
  {
    field: 'assignPolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($i: AssignPolicyInput!) { assignPolicy(input: $i) { id } }', { i: { policyId: (await newPolicy()).id, subjectKind: 'ORGANIZATION', subjectId: world.org.id } }),
  },
  {
    field: 'unassignPolicy',
    needs: ['policy:manage'],
    prepare: async () => op('mutation($id: ID!) { unassignPolicy(assignmentId: $id) { id } }', { id: await newAssignment() }),
  },
  {
    field: 'grantPolicyException',
    needs: ['policy:manage'],
    prepare: async () =>
      op('mutation($i: GrantPolicyExceptionInput!) { grantPolicyException(input: $i) { id } }', {
        i: { assignmentId: await newAssignment(), subjectKind: 'USER', subjectId: world.org.owner.id, reason: 'Matrix.', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      }),
  },
  {
    field: 'revokePolicyException',
    needs: ['policy:manage'],
    prepare: async () => {
      const granted = await world.asOwner('mutation($i: GrantPolicyExceptionInput!) { grantPolicyException(input: $i) { id } }', {
        i: { assignmentId: await newAssignment(), subjectKind: 'USER', subjectId: world.org.owner.id, reason: 'Matrix.', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      });
      return op('mutation($id: ID!) { revokePolicyException(exceptionId: $id) { id } }', { id: granted.grantPolicyException.id });
    },
  },
  {
    field: 'evaluatePolicies',
    needs: ['policy:evaluate'],
    prepare: async () => op('mutation($i: EvaluatePoliciesInput!) { evaluatePolicies(input: $i) { id } }', { i: { organizationId: world.org.id, action: 'LLM_REQUEST', context: expensiveRequest, dryRun: true } }),
  },
  {
    field: 'updatePolicyViolation',
    needs: ['policy:manage'],
    prepare: async () => {
      await newAssignment();
      const decision = await world.asOwner('mutation($i: EvaluatePoliciesInput!) { evaluatePolicies(input: $i) { id } }', { i: { organizationId: world.org.id, action: 'LLM_REQUEST', context: expensiveRequest } });
      const violations = await world.asOwner('query($o: ID!) { policyViolations(organizationId: $o, first: 100) { edges { node { id decisionId } } } }', { o: world.org.id });
      const violation = (violations.policyViolations.edges as { node: { id: string; decisionId: string } }[]).find((edge) => edge.node.decisionId === decision.evaluatePolicies.id)!;
      return op('mutation($i: UpdatePolicyViolationInput!) { updatePolicyViolation(input: $i) { id } }', { i: { violationId: violation.node.id, status: 'ACKNOWLEDGED' } });
    },
  },
];
