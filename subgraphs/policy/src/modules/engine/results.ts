import type { JsonValue } from './values.js';

/**
 * One failing condition of a rule, explained: the context path it looked at (or `expression` for a
 * CEL rule, `counters.requests` / `counters.tokens` for a rate limit), how it compared, and the
 * expected and actual values as JSON. The explanation is a sentence for a person; it never quotes
 * prompt or completion text.
 */
export interface ExplainedCondition {
  readonly field: string;
  /** `<=`, `in`, `not in`, `not matches`, `equals` or `contains`. */
  readonly operator: string;
  readonly expected: JsonValue;
  readonly actual: JsonValue;
  readonly explanation: string;
}

/** What one rule said about one decision request. */
export interface RuleResult {
  readonly ruleName: string;
  /** False when the rule could not apply to this context (a rate limit per API key without an API key). */
  readonly applicable: boolean;
  readonly violated: boolean;
  /** The rule's own message, when it is violated and has one. */
  readonly message?: string;
  /** The failing conditions; empty when the rule holds. */
  readonly conditions: readonly ExplainedCondition[];
}

/** One text for a violated rule: its message, then each condition's explanation (e.g. for a violation record). */
export function explainResult(result: RuleResult): string {
  const parts = result.conditions.map((condition) => condition.explanation);
  return [result.message, parts.join('; ')].filter((part) => part).join(': ');
}
