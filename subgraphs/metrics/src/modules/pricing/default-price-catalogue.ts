import type { PriceVersion } from './price-book.js';

/** One entry of the price catalogue shipped with Steward (organizations add their own on top): created when it takes effect. */
export type CataloguePrice = Omit<PriceVersion, 'organizationId' | 'createdAt'>;

const FROM = new Date('2023-01-01T00:00:00.000Z');
const usd = (amount: number) => BigInt(Math.round(amount * 1_000_000));

/**
 * List prices in USD per million tokens. Anthropic bills cache reads at 10% and cache writes at
 * 125% of the input price; these OpenAI models have no prompt-cache discount, so cache tokens cost
 * the input price. Patterns are matched case-insensitively against the whole model name.
 */
export const DEFAULT_PRICE_CATALOGUE: readonly CataloguePrice[] = [
  { id: '6f0c1d2e-0000-4000-8000-000000000001', provider: 'openai', modelPattern: '^gpt-4(-0314|-0613)?$', input: 30, output: 60, cacheRead: 30, cacheWrite: 30 },
  {
    id: '6f0c1d2e-0000-4000-8000-000000000002',
    provider: 'openai',
    modelPattern: '^(gpt-4-turbo(-preview|-\\d{4}-\\d{2}-\\d{2})?|gpt-4-(1106|0125)-preview)$',
    input: 10,
    output: 30,
    cacheRead: 10,
    cacheWrite: 10,
  },
  { id: '6f0c1d2e-0000-4000-8000-000000000003', provider: 'openai', modelPattern: '^gpt-3\\.5-turbo(-\\d{4})?$', input: 0.5, output: 1.5, cacheRead: 0.5, cacheWrite: 0.5 },
  { id: '6f0c1d2e-0000-4000-8000-000000000004', provider: 'anthropic', modelPattern: '^claude-3-opus(-\\d{8}|-latest)?$', input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  {
    id: '6f0c1d2e-0000-4000-8000-000000000005',
    provider: 'anthropic',
    modelPattern: '^claude-3(-5|-7)?-sonnet(-\\d{8}|-latest)?$',
    input: 3,
    output: 15,
    cacheRead: 0.3,
    cacheWrite: 3.75,
  },
  { id: '6f0c1d2e-0000-4000-8000-000000000006', provider: 'anthropic', modelPattern: '^claude-3-haiku(-\\d{8})?$', input: 0.25, output: 1.25, cacheRead: 0.03, cacheWrite: 0.3 },
].map((entry) => ({
  id: entry.id,
  provider: entry.provider,
  modelPattern: entry.modelPattern,
  inputMicrosPerMillion: usd(entry.input),
  outputMicrosPerMillion: usd(entry.output),
  cacheReadMicrosPerMillion: usd(entry.cacheRead),
  cacheWriteMicrosPerMillion: usd(entry.cacheWrite),
  effectiveFrom: FROM,
}));
