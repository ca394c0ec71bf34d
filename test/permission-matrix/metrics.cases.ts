import { uniqueSlug } from '@steward/standalone/testing';
import { op, world, type Case } from './world.js';

// The matrix's cases for metrics' mutations.

const newBudget = async () =>
  (
    await world.asOwner('mutation($i: CreateBudgetInput!) { createBudget(input: $i) { id } }', {
      i: { organizationId: world.org.id, name: uniqueSlug('budget'), scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '100.00' },
    })
  ).createBudget.id as string;
let usageSequence = 0;
const usageRecord = () => ({
  requestId: `matrix-${Date.now().toString(36)}-${(usageSequence += 1)}`,
  occurredAt: new Date().toISOString(),
  provider: 'openai',
  model: 'gpt-4',
  inputTokens: 100,
  outputTokens: 50,
  status: 'SUCCESS',
});

export const METRICS_MUTATIONS: Case[] = [
  {
    field: 'recordLlmUsage',
    needs: ['metrics:write'],
    prepare: async () => op('mutation($o: ID!, $r: [LlmUsageInput!]!) { recordLlmUsage(organizationId: $o, records: $r) { batches { id } } }', { o: world.org.id, r: [usageRecord()] }),
  },
  {
    field: 'createBudget',
    needs: ['budget:manage'],
    prepare: async () =>
      op('mutation($i: CreateBudgetInput!) { createBudget(input: $i) { id } }', {
        i: { organizationId: world.org.id, name: uniqueSlug('budget'), scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '10.00' },
      }),
  },
  {
    field: 'updateBudget',
    needs: ['budget:manage'],
    prepare: async () => op('mutation($id: ID!, $i: UpdateBudgetInput!) { updateBudget(id: $id, input: $i) { id } }', { id: await newBudget(), i: { limitUsd: '20.00' } }),
  },
  {
    field: 'deleteBudget',
    needs: ['budget:manage'],
    prepare: async () => op('mutation($id: ID!) { deleteBudget(id: $id) }', { id: await newBudget() }),
  },
  {
    field: 'setModelPrice',
    needs: ['budget:manage'],
    prepare: async () =>
      op('mutation($i: SetModelPriceInput!) { setModelPrice(input: $i) { id } }', {
        i: { organizationId: world.org.id, provider: 'openai', modelPattern: uniqueSlug('model'), inputUsdPerMillion: '1.00', outputUsdPerMillion: '2.00' },
      }),
  },
];
