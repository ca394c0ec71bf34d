import { divideRounded } from '../../money.js';

/** One version of a model price, as the price book needs it. */
export interface PriceVersion {
  id: string;
  /** Null for the catalogue shipped with Steward. */
  organizationId?: string | null;
  provider: string;
  modelPattern: string;
  inputMicrosPerMillion: bigint;
  outputMicrosPerMillion: bigint;
  cacheReadMicrosPerMillion: bigint;
  cacheWriteMicrosPerMillion: bigint;
  effectiveFrom: Date;
  createdAt: Date;
}

/** Token counts of one request. */
export interface TokenCounts {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

/** Patterns are short and written by admins; nested quantifiers could backtrack catastrophically. */
const NESTED_QUANTIFIER = /\([^)]*[+*}][^)]*\)\s*[+*{]/;

/** Why a model pattern is refused, or null when it is usable. */
export function modelPatternProblem(pattern: string): string | null {
  if (NESTED_QUANTIFIER.test(pattern)) return 'must not repeat a group that itself repeats (e.g. `(a+)+`)';
  try {
    new RegExp(pattern, 'i');
    return null;
  } catch {
    return 'is not a valid regular expression';
  }
}

/**
 * The prices an organization sees, answering "which price applies to this provider and model at
 * this instant?": the organization's own prices before the default catalogue, then the latest
 * `effectiveFrom` not after the instant, then the most recently created.
 */
export class PriceBook {
  private readonly entries: { price: PriceVersion; regex: RegExp }[];
  private readonly cache = new Map<string, PriceVersion[]>();

  constructor(prices: readonly PriceVersion[]) {
    this.entries = [...prices]
      .sort(
        (a, b) =>
          Number(a.organizationId == null) - Number(b.organizationId == null) ||
          b.effectiveFrom.getTime() - a.effectiveFrom.getTime() ||
          b.createdAt.getTime() - a.createdAt.getTime() ||
          a.id.localeCompare(b.id),
      )
      .map((price) => ({ price, regex: new RegExp(price.modelPattern, 'i') }));
  }

  /** The price version for a request, or null when no price matches (its cost is then zero). */
  find(provider: string, model: string, at: Date): PriceVersion | null {
    const key = `${provider}\u0000${model}`;
    let candidates = this.cache.get(key);
    if (!candidates) {
      const normalised = provider.toLowerCase();
      candidates = this.entries.filter((entry) => entry.price.provider === normalised && entry.regex.test(model)).map((entry) => entry.price);
      this.cache.set(key, candidates);
    }
    // Candidates are in preference order, so the first one already in effect wins.
    return candidates.find((price) => price.effectiveFrom <= at) ?? null;
  }
}

/** Cost of one request in micro-dollars, rounded half up once per request. */
export function costMicros(price: PriceVersion, tokens: TokenCounts): bigint {
  const perMillion =
    BigInt(tokens.inputTokens) * price.inputMicrosPerMillion +
    BigInt(tokens.outputTokens) * price.outputMicrosPerMillion +
    BigInt(tokens.cacheReadTokens) * price.cacheReadMicrosPerMillion +
    BigInt(tokens.cacheWriteTokens) * price.cacheWriteMicrosPerMillion;
  return divideRounded(perMillion, 1_000_000n);
}
