import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD, organizationWith, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

let h: MetricsHarness;
beforeAll(async () => {
  h = await startMetricsHarness();
});
afterAll(async () => {
  await h?.stop();
});

const PRICES = /* GraphQL */ `
  query Prices($organizationId: ID!, $provider: String, $first: Int, $after: String) {
    modelPrices(organizationId: $organizationId, provider: $provider, first: $first, after: $after) {
      edges { cursor node { id organizationId isDefault provider modelPattern inputUsdPerMillion outputUsdPerMillion cacheReadUsdPerMillion cacheWriteUsdPerMillion effectiveFrom } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const SET_PRICE = /* GraphQL */ `
  mutation SetPrice($input: SetModelPriceInput!) {
    setModelPrice(input: $input) { id organizationId isDefault provider modelPattern inputUsdPerMillion outputUsdPerMillion cacheReadUsdPerMillion effectiveFrom }
  }
`;
const EFFECTIVE = /* GraphQL */ `
  query Effective($organizationId: ID!, $provider: String!, $model: String!, $at: DateTime) {
    effectiveModelPrice(organizationId: $organizationId, provider: $provider, model: $model, at: $at) { id isDefault inputUsdPerMillion }
  }
`;

describe('the default price catalogue', () => {
  it('is listed for every organization with exact decimal prices, in pages', async () => {
    const { organizationId, caller } = organizationWith(h, 'viewer');
    const first = await h.request(PRICES, { organizationId, first: 4 }, caller);
    expect(first.errors).toBeUndefined();
    expect(first.data.modelPrices.edges).toHaveLength(4);
    expect(first.data.modelPrices.pageInfo.hasNextPage).toBe(true);
    const rest = await h.request(PRICES, { organizationId, first: 4, after: first.data.modelPrices.pageInfo.endCursor }, caller);
    const all = [...first.data.modelPrices.edges, ...rest.data.modelPrices.edges].map((edge: any) => edge.node);
    expect(all).toHaveLength(6);
    expect(rest.data.modelPrices.pageInfo.hasNextPage).toBe(false);
    const byPattern = (text: string) => all.find((price: any) => price.modelPattern.includes(text));
    expect(byPattern('gpt-4(-0314')).toMatchObject({ isDefault: true, organizationId: null, inputUsdPerMillion: '30.000000', outputUsdPerMillion: '60.000000' });
    expect(byPattern('gpt-4-turbo')).toMatchObject({ inputUsdPerMillion: '10.000000', outputUsdPerMillion: '30.000000' });
    expect(byPattern('gpt-3')).toMatchObject({ inputUsdPerMillion: '0.500000', outputUsdPerMillion: '1.500000' });
    expect(byPattern('opus')).toMatchObject({ inputUsdPerMillion: '15.000000', outputUsdPerMillion: '75.000000' });
    expect(byPattern('sonnet')).toMatchObject({ inputUsdPerMillion: '3.000000', outputUsdPerMillion: '15.000000' });
    expect(byPattern('haiku')).toMatchObject({ inputUsdPerMillion: '0.250000', outputUsdPerMillion: '1.250000', cacheReadUsdPerMillion: '0.030000' });
    const anthropic = await h.request(PRICES, { organizationId, provider: 'Anthropic' }, caller);
    expect(anthropic.data.modelPrices.edges).toHaveLength(3);
  });
});

describe('organization prices', () => {
  it('apply from their effective instant, and each request keeps the version it was costed with', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const march = await h.request(
      SET_PRICE,
      { input: { organizationId, provider: 'OpenAI', modelPattern: '^gpt-4$', inputUsdPerMillion: '20', outputUsdPerMillion: '40', effectiveFrom: '2024-03-01T00:00:00Z' } },
      admin,
    );
    expect(march.errors).toBeUndefined();
    expect(march.data.setModelPrice).toMatchObject({ organizationId, isDefault: false, provider: 'openai', cacheReadUsdPerMillion: '20.000000' });

    const record = (occurredAt: string) => usageRecord({ occurredAt, inputTokens: 1_000_000, outputTokens: 1_000_000 });
    const before = await h.request(RECORD, { organizationId, records: [record('2024-02-29T23:59:59Z')] }, admin);
    const during = await h.request(RECORD, { organizationId, records: [record('2024-03-01T00:00:00Z')] }, admin);
    expect(before.data.recordLlmUsage.costUsd).toBe('90.000000'); // the catalogue's 30 + 60
    expect(during.data.recordLlmUsage.costUsd).toBe('60.000000'); // 20 + 40

    const july = await h.request(
      SET_PRICE,
      { input: { organizationId, provider: 'openai', modelPattern: '^gpt-4$', inputUsdPerMillion: '25', outputUsdPerMillion: '50', effectiveFrom: '2024-07-01T00:00:00Z' } },
      admin,
    );
    const after = await h.request(RECORD, { organizationId, records: [record('2024-07-02T00:00:00Z'), record('2024-06-30T00:00:00Z')] }, admin);
    expect(after.data.recordLlmUsage.costUsd).toBe((75 + 60).toFixed(6));

    const rows = await h.database.query<{ occurred_at: Date | string; cost_micros: string | number; price_id: string }>(
      'select occurred_at, cost_micros::text as cost_micros, price_id from metrics.llm_requests where organization_id = $1 order by occurred_at',
      [organizationId],
    );
    expect(rows.map((row) => [String(row.cost_micros), row.price_id])).toEqual([
      ['90000000', expect.any(String)],
      ['60000000', march.data.setModelPrice.id],
      ['60000000', march.data.setModelPrice.id],
      ['75000000', july.data.setModelPrice.id],
    ]);

    const effective = await h.request(EFFECTIVE, { organizationId, provider: 'openai', model: 'GPT-4', at: '2024-05-01T00:00:00Z' }, admin);
    expect(effective.data.effectiveModelPrice).toMatchObject({ id: march.data.setModelPrice.id, isDefault: false, inputUsdPerMillion: '20.000000' });
    const turbo = await h.request(EFFECTIVE, { organizationId, provider: 'openai', model: 'gpt-4-turbo', at: '2024-05-01T00:00:00Z' }, admin);
    expect(turbo.data.effectiveModelPrice).toMatchObject({ isDefault: true, inputUsdPerMillion: '10.000000' });
    const none = await h.request(EFFECTIVE, { organizationId, provider: 'openai', model: 'gpt-5' }, admin);
    expect(none.data.effectiveModelPrice).toBeNull();

    // Another organization still pays catalogue prices and does not see these versions.
    const other = organizationWith(h, 'admin');
    const elsewhere = await h.request(RECORD, { organizationId: other.organizationId, records: [record('2024-05-01T00:00:00Z')] }, other.caller);
    expect(elsewhere.data.recordLlmUsage.costUsd).toBe('90.000000');
    const list = await h.request(PRICES, { organizationId: other.organizationId, first: 100 }, other.caller);
    expect(list.data.modelPrices.edges.every((edge: any) => edge.node.isDefault)).toBe(true);
  });

  it('refuses a duplicate version, a dangerous pattern and callers without budget:manage', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const input = { organizationId, provider: 'openai', modelPattern: '^o1$', inputUsdPerMillion: '15', outputUsdPerMillion: '60', effectiveFrom: '2024-01-01T00:00:00Z' };
    expect((await h.request(SET_PRICE, { input }, admin)).errors).toBeUndefined();
    const duplicate = await h.request(SET_PRICE, { input }, admin);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.effectiveFrom' });
    const nested = await h.request(SET_PRICE, { input: { ...input, modelPattern: '^(a+)+$' } }, admin);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelPattern' });
    const broken = await h.request(SET_PRICE, { input: { ...input, modelPattern: '[' } }, admin);
    expect(broken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelPattern' });
    const negative = await h.request(SET_PRICE, { input: { ...input, inputUsdPerMillion: '-1' } }, admin);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.inputUsdPerMillion' });

    const member = h.member('member', organizationId);
    expect((await h.request(SET_PRICE, { input: { ...input, effectiveFrom: null } }, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = h.member('owner');
    expect((await h.request(SET_PRICE, { input: { ...input, effectiveFrom: null } }, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await h.request(PRICES, { organizationId }, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
