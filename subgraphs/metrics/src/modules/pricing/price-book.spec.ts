import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_CATALOGUE } from './default-price-catalogue.js';
import { PriceBook, costMicros, modelPatternProblem, type PriceVersion } from './price-book.js';

const defaults: PriceVersion[] = DEFAULT_PRICE_CATALOGUE.map((price) => ({ ...price, organizationId: null, createdAt: price.effectiveFrom }));
const at = new Date('2024-06-01T00:00:00Z');
const tokens = (inputTokens: number, outputTokens: number, cacheReadTokens = 0, cacheWriteTokens = 0) => ({
  inputTokens,
  outputTokens,
  cacheReadTokens,
  cacheWriteTokens,
});

function orgPrice(overrides: Partial<PriceVersion>): PriceVersion {
  return {
    id: crypto.randomUUID(),
    organizationId: 'org',
    provider: 'openai',
    modelPattern: '^gpt-4$',
    inputMicrosPerMillion: 1_000_000n,
    outputMicrosPerMillion: 2_000_000n,
    cacheReadMicrosPerMillion: 0n,
    cacheWriteMicrosPerMillion: 0n,
    effectiveFrom: new Date('2024-01-01T00:00:00Z'),
    createdAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

describe('the default price catalogue', () => {
  const book = new PriceBook(defaults);
  const cost = (provider: string, model: string, t: ReturnType<typeof tokens>) => {
    const price = book.find(provider, model, at);
    return price ? costMicros(price, t) : null;
  };

  it('prices the listed models per million input and output tokens', () => {
    expect(cost('openai', 'gpt-4', tokens(1_000_000, 1_000_000))).toBe(90_000_000n);
    expect(cost('openai', 'gpt-4-0613', tokens(1000, 500))).toBe(60_000n); // 0.03 + 0.03
    expect(cost('openai', 'gpt-4-turbo', tokens(1_000_000, 0))).toBe(10_000_000n);
    expect(cost('openai', 'gpt-4-turbo-2024-04-09', tokens(0, 1_000_000))).toBe(30_000_000n);
    expect(cost('openai', 'gpt-4-1106-preview', tokens(1_000_000, 0))).toBe(10_000_000n);
    expect(cost('openai', 'GPT-3.5-Turbo', tokens(2_000_000, 1_000_000))).toBe(2_500_000n);
    expect(cost('anthropic', 'claude-3-opus-20240229', tokens(1_000_000, 1_000_000))).toBe(90_000_000n);
    expect(cost('anthropic', 'claude-3-sonnet-20240229', tokens(1_000_000, 1_000_000))).toBe(18_000_000n);
    expect(cost('anthropic', 'claude-3-5-sonnet-20240620', tokens(1_000_000, 0))).toBe(3_000_000n);
    expect(cost('anthropic', 'claude-3-haiku-20240307', tokens(1_000_000, 1_000_000))).toBe(1_500_000n);
  });

  it('prices cache reads and writes separately', () => {
    // Sonnet: 1000 × 3 + 1000 × 15 + 10000 × 0.3 + 2000 × 3.75 micros.
    expect(cost('anthropic', 'claude-3-sonnet-20240229', tokens(1000, 1000, 10_000, 2000))).toBe(3000n + 15_000n + 3000n + 7500n);
  });

  it('rounds each request to the nearest micro-dollar, half up', () => {
    expect(cost('anthropic', 'claude-3-haiku-20240307', tokens(1, 0))).toBe(0n); // 0.25 micros
    expect(cost('anthropic', 'claude-3-haiku-20240307', tokens(2, 0))).toBe(1n); // 0.5 micros
    expect(cost('anthropic', 'claude-3-haiku-20240307', tokens(7, 0))).toBe(2n); // 1.75 micros
  });

  it('does not confuse GPT-4 with GPT-4 Turbo or unknown models and providers', () => {
    expect(book.find('openai', 'gpt-4-turbo', at)?.id).toBe(DEFAULT_PRICE_CATALOGUE[1]!.id);
    expect(book.find('openai', 'gpt-4o', at)).toBeNull();
    expect(book.find('azure', 'gpt-4', at)).toBeNull();
    expect(book.find('openai', 'gpt-4', new Date('2022-06-01T00:00:00Z'))).toBeNull();
  });
});

describe('effective-dated organization prices', () => {
  const march = orgPrice({ effectiveFrom: new Date('2024-03-01T00:00:00Z'), inputMicrosPerMillion: 20_000_000n });
  const july = orgPrice({ effectiveFrom: new Date('2024-07-01T00:00:00Z'), inputMicrosPerMillion: 25_000_000n });
  const book = new PriceBook([...defaults, july, march]);

  it('uses the catalogue before the organization price takes effect', () => {
    expect(book.find('openai', 'gpt-4', new Date('2024-02-29T23:59:59Z'))?.organizationId).toBeNull();
  });

  it('uses the version in effect at the instant the request occurred', () => {
    expect(book.find('openai', 'gpt-4', new Date('2024-03-01T00:00:00Z'))?.id).toBe(march.id);
    expect(book.find('openai', 'gpt-4', new Date('2024-06-30T23:59:59Z'))?.id).toBe(march.id);
    expect(book.find('openai', 'gpt-4', new Date('2024-07-01T00:00:00Z'))?.id).toBe(july.id);
  });

  it('prefers the newest of two versions starting together', () => {
    const later = orgPrice({ effectiveFrom: march.effectiveFrom, createdAt: new Date('2024-05-01T00:00:00Z') });
    expect(new PriceBook([march, later]).find('openai', 'gpt-4', at)?.id).toBe(later.id);
  });
});

describe('model patterns', () => {
  it('refuses invalid and catastrophically backtracking patterns', () => {
    expect(modelPatternProblem('^gpt-4(-\\d+)?$')).toBeNull();
    expect(modelPatternProblem('^(a+)+$')).toMatch(/repeat/);
    expect(modelPatternProblem('(')).toMatch(/regular expression/);
  });
});
