/** The bus topics policy publishes; each payload is `{ id, organizationId }` of the changed object. */
export const POLICY_TOPICS = {
  /** A violation was raised (a WARN or DENY outcome, or a would-be denial of a MONITOR policy). */
  violationRaised: 'policy.violation-raised',
} as const;

/** A policy bus event: the object and its organization (for `matches`). */
export interface PolicyEvent {
  id: string;
  organizationId: string;
}

/** The JSON of a policy bus event. */
export function policyEvent(event: PolicyEvent): string {
  return JSON.stringify(event);
}
