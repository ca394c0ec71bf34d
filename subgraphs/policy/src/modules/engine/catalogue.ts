/** What a policy's rules are about; each type has its own rule shape (see `rules.ts`). */
export const POLICY_TYPES = ['COST', 'RATE_LIMIT', 'USAGE', 'CONTENT_FILTER', 'SECURITY', 'COMPLIANCE', 'CUSTOM'] as const;
/** One of {@link POLICY_TYPES}. */
export type PolicyType = (typeof POLICY_TYPES)[number];

/** The actions Steward and its callers ask policies about; each declares its context (`action-contexts.ts`). */
export const POLICY_ACTIONS = ['LLM_REQUEST', 'PROMOTE_VERSION', 'MERGE_PULL_REQUEST'] as const;
/** One of {@link POLICY_ACTIONS}. */
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/** What a policy can be assigned to. */
export const SUBJECT_KINDS = ['ORGANIZATION', 'TEAM', 'USER', 'API_KEY', 'PROJECT'] as const;
/** One of {@link SUBJECT_KINDS}. */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The actions the rules of each type apply to; a CUSTOM rule names its own action instead. */
export const ACTIONS_OF_TYPE: Readonly<Record<Exclude<PolicyType, 'CUSTOM'>, readonly PolicyAction[]>> = {
  COST: ['LLM_REQUEST'],
  RATE_LIMIT: ['LLM_REQUEST'],
  USAGE: ['LLM_REQUEST'],
  CONTENT_FILTER: ['LLM_REQUEST'],
  SECURITY: ['PROMOTE_VERSION', 'MERGE_PULL_REQUEST'],
  COMPLIANCE: ['PROMOTE_VERSION', 'MERGE_PULL_REQUEST'],
};
