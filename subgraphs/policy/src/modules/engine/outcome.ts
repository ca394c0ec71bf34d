/** How strictly an assignment enforces its policy when a rule fails. */
export const ENFORCEMENTS = ['STRICT', 'WARNING', 'MONITOR'] as const;
/** One of {@link ENFORCEMENTS}. */
export type Enforcement = (typeof ENFORCEMENTS)[number];

/** What a decision says, from the least to the most severe. */
export const OUTCOMES = ['ALLOW', 'WARN', 'DENY'] as const;
/** One of {@link OUTCOMES}. */
export type Outcome = (typeof OUTCOMES)[number];

/** How a failed rule is recorded: as enforced (DENY, WARN) or, under MONITOR, as a denial that would have happened. */
export type ViolationOutcome = 'DENY' | 'WARN' | 'WOULD_DENY';

/** What a rule result means under an enforcement: the decision's outcome and how the violation is recorded. */
export interface EnforcedOutcome {
  readonly outcome: Outcome;
  /** null when nothing failed. */
  readonly violation: ViolationOutcome | null;
}

const ENFORCED: Readonly<Record<Enforcement, EnforcedOutcome>> = {
  STRICT: { outcome: 'DENY', violation: 'DENY' },
  WARNING: { outcome: 'WARN', violation: 'WARN' },
  // Audit before enforcing: the decision is unaffected, the failure is still recorded.
  MONITOR: { outcome: 'ALLOW', violation: 'WOULD_DENY' },
};
const PASSED: EnforcedOutcome = { outcome: 'ALLOW', violation: null };

/** STRICT → DENY, WARNING → WARN, MONITOR → ALLOW (recorded as WOULD_DENY); nothing failed → ALLOW. */
export function outcomeOf(violated: boolean, enforcement: Enforcement): EnforcedOutcome {
  return violated ? ENFORCED[enforcement] : PASSED;
}

/** The most severe of the outcomes (DENY > WARN > ALLOW); ALLOW when there are none. */
export function combineOutcomes(outcomes: Iterable<Outcome>): Outcome {
  let worst = 0;
  for (const outcome of outcomes) worst = Math.max(worst, OUTCOMES.indexOf(outcome));
  return OUTCOMES[worst] ?? 'ALLOW';
}
