import { AssignPolicyDocument, CreatePolicyDocument, type CreatePolicyInput, type PolicyEnforcement, type PolicySubjectKind } from '@steward/client';
import type { SeededOrganization, TestStack } from '@steward/standalone/testing';

/** A GraphQL response's errors, as the tests read them. */
type Res = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
export const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
export const fieldOf = (res: Res) => res.errors?.[0]?.extensions?.field;

/** Where a policy is assigned: the organization itself unless said otherwise, with the policy's default enforcement. */
export interface AssignmentOptions {
  kind?: PolicySubjectKind;
  id?: string;
  enforcement?: PolicyEnforcement;
}

/**
 * Creates a policy (a STRICT COST cap of 0.25 USD per request named `cap`, unless `input` says
 * otherwise) and assigns it, as the organization's owner; returns it with its assignment's id.
 */
export async function assignedPolicy(stack: TestStack, org: SeededOrganization, input: Partial<CreatePolicyInput> = {}, assignment: AssignmentOptions = {}) {
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

/** The `request` part of an LLM_REQUEST context: a cheap gpt-4o-mini call unless `overrides` say otherwise. */
export const llmRequest = (overrides: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  provider: 'openai',
  promptTokens: 100,
  completionTokens: 50,
  totalTokens: 150,
  costUsd: 0.1,
  prompt: 'hello',
  completion: 'hi',
  ...overrides,
});
