import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapped } from '@steward/kernel';
import type { Policy as PolicyMapped, PolicyVersion as PolicyVersionMapped } from '../modules/policies/policy.entity.js';
import type { PolicyVersionDiff as PolicyVersionDiffMapped } from '../modules/policies/policy.service.js';
import type { PolicyEffectiveness as PolicyEffectivenessMapped, VersionPolicyStatus as VersionPolicyStatusMapped } from '../modules/violations/violation.service.js';
import type { PolicyAssignment as PolicyAssignmentMapped, PolicyException as PolicyExceptionMapped } from '../modules/assignments/assignment.entity.js';
import type { Decision as DecisionMapped } from '../modules/decisions/decision.entity.js';
import type { PolicyResult as PolicyResultMapped, RuleOutcome as RuleOutcomeMapped } from '../modules/decisions/decision.models.js';
import type { Violation as ViolationMapped } from '../modules/violations/violation.entity.js';
import type { PolicySimulation as PolicySimulationMapped, SimulatedChange as SimulatedChangeMapped } from '../modules/simulation/simulation.service.js';
import type { PolicyContext } from '../policy.context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string in UTC, e.g. `2026-11-22T10:00:00.000Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value (object, array, string, number, boolean or null). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Where to apply a policy. */
export type AssignPolicyInput = {
  /** Its own enforcement (the policy's default when omitted). */
  enforcement?: InputMaybe<PolicyEnforcement>;
  /** The policy. */
  policyId: Scalars['ID']['input'];
  /** -1000 to 1000 (0 when omitted); higher wins. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** The subject's id: the organization's own id, or a team, member, API key or project of it. */
  subjectId: Scalars['ID']['input'];
  /** What kind of subject. */
  subjectKind: PolicySubjectKind;
};

/** A new policy and its first version. */
export type CreatePolicyInput = {
  /** What this first version is for (up to 2,000 characters). */
  changelog?: InputMaybe<Scalars['String']['input']>;
  /** The enforcement of assignments that set none. */
  defaultEnforcement: PolicyEnforcement;
  /** Up to 2,000 characters (empty when omitted). */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * Who evaluates its rules (STEWARD when omitted; fixed for the policy's life). OPA needs `OPA_URL`
   * and `rego`; its `rules` are then `{ name, action, rule, message }`: each asks the Rego rule `rule`
   * (`deny` when omitted) about `action`, and any message it returns (or `true`) fails the rule.
   */
  engine?: InputMaybe<PolicyEngine>;
  /** Context paths removed from logged decisions (e.g. `request.prompt`); none when omitted. */
  maskPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 120 characters, unique in the organization. */
  name: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /**
   * The Rego module of an OPA policy (required with engine OPA, refused otherwise): loaded into OPA
   * before anything is stored, so a module OPA cannot compile is `BAD_USER_INPUT` with its line and column.
   */
  rego?: InputMaybe<Scalars['String']['input']>;
  /**
   * 1 to 50 rules, a JSON list whose shape depends on `type`: COST
   * `{ maxCostPerRequestUsd, maxSpendPerDayUsd, maxSpendPerMonthUsd, denyWhenBudgetExhaustsBeforePeriodEnd }`;
   * RATE_LIMIT `{ limit, windowSeconds, unit: REQUESTS|TOKENS, per: USER|TEAM|API_KEY|PROJECT|ORGANIZATION }`;
   * USAGE `{ maxTokensPerRequest, allowedModels, deniedModels }` (glob patterns with `*`);
   * CONTENT_FILTER `{ blockedPatterns, caseInsensitive, fields }` (RE2 syntax);
   * SECURITY `{ maxOpenFindings: { critical, major, minor, info }, maxNewFindings }`;
   * COMPLIANCE `{ requireGatePassed, allowGateWarn, requiredBaselines }`;
   * CUSTOM `{ action, expression }` (CEL over the action's context, see `policyActionContexts`);
   * for engine OPA, `{ action, rule }` (see `engine`).
   * Every rule may have a `name` (unique in the version) and a `message`. Invalid rules are
   * `BAD_USER_INPUT` naming the rule's field; nothing is stored.
   */
  rules: Scalars['JSON']['input'];
  /** What its rules are about (fixed for the policy's life). */
  type: PolicyType;
};

/** The answer of a decision. */
export type DecisionOutcome =
  /** Allowed: no STRICT or WARNING policy failed. */
  | 'ALLOW'
  /** Denied: a STRICT policy failed. */
  | 'DENY'
  /** Allowed with a warning: a WARNING policy failed (a violation is recorded). */
  | 'WARN';

/** A decision request. */
export type EvaluatePoliciesInput = {
  /** What is asked about. */
  action: PolicyAction;
  /**
   * The action's context, as `policyActionContexts` declares it (e.g. `{ "request": { "model": …, "costUsd": … } }`).
   * A field of the wrong type or an unknown field is `BAD_USER_INPUT` naming it.
   */
  context: Scalars['JSON']['input'];
  /** Evaluate without counting towards rate limits, logging or raising violations (for CI previews). */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The organization whose policies decide. */
  organizationId: Scalars['ID']['input'];
  /**
   * For LLM_REQUEST: the id the request's usage will be recorded with (`recordLlmUsage`'s `requestId`).
   * The decision's id is then derived from it, and when metrics judges the recorded request later by
   * the same COST and USAGE policies, the log keeps one decision and one violation per request, so
   * replays and effectiveness figures count it once.
   */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /** Who it is about (selects the assignments); the subject is also the context's `subject`. */
  subject?: InputMaybe<PolicySubjectInput>;
};

/** A time-boxed exception to an assignment. */
export type GrantPolicyExceptionInput = {
  /** The assignment. */
  assignmentId: Scalars['ID']['input'];
  /** When it stops applying: in the future, at most a year ahead. */
  expiresAt: Scalars['DateTime']['input'];
  /** Why (1 to 1,000 characters). */
  reason: Scalars['String']['input'];
  /** The excepted subject's id (of the assignment's organization). */
  subjectId: Scalars['ID']['input'];
  /** What kind of subject is excepted. */
  subjectKind: PolicySubjectKind;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a version of a policy its current one (rolling back is activating an older one). Needs `policy:manage`. */
  activatePolicyVersion: Policy;
  /** Applies a policy to a subject (changing the enforcement and priority when it is applied there already). Needs `policy:manage`. */
  assignPolicy: PolicyAssignment;
  /** Creates a policy with its first version; needs `policy:manage`. It applies nowhere until assigned. */
  createPolicy: Policy;
  /**
   * Decides an action against the organization's assigned policies and explains the outcome; the
   * decision API an LLM proxy or CI calls (with an API key). Counts towards rate limits, logs the
   * decision and raises violations unless `dryRun`. Needs `policy:evaluate`.
   */
  evaluatePolicies: PolicyDecision;
  /** Excepts a subject from an assignment until a time; the caller is recorded as the approver. Needs `policy:manage`. */
  grantPolicyException: PolicyException;
  /** Retires a policy: it is evaluated nowhere from now on; its history stays. Needs `policy:manage`. */
  retirePolicy: Policy;
  /** Ends an exception now. Needs `policy:manage`. */
  revokePolicyException: PolicyException;
  /** Removes an assignment (its exceptions go with it). Needs `policy:manage`. */
  unassignPolicy: Policy;
  /** Changes a policy; new rules or mask paths make a new current version. Needs `policy:manage`. */
  updatePolicy: Policy;
  /** Acknowledges, resolves, waives or reopens a violation. Needs `policy:manage`. */
  updatePolicyViolation: PolicyViolation;
};


export type MutationActivatePolicyVersionArgs = {
  versionId: Scalars['ID']['input'];
};


export type MutationAssignPolicyArgs = {
  input: AssignPolicyInput;
};


export type MutationCreatePolicyArgs = {
  input: CreatePolicyInput;
};


export type MutationEvaluatePoliciesArgs = {
  input: EvaluatePoliciesInput;
};


export type MutationGrantPolicyExceptionArgs = {
  input: GrantPolicyExceptionInput;
};


export type MutationRetirePolicyArgs = {
  policyId: Scalars['ID']['input'];
};


export type MutationRevokePolicyExceptionArgs = {
  exceptionId: Scalars['ID']['input'];
};


export type MutationUnassignPolicyArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
};


export type MutationUpdatePolicyViolationArgs = {
  input: UpdatePolicyViolationInput;
};

/** A tenant (owned by the organizations subgraph). */
export type Organization = {
  __typename?: 'Organization';
  /** Stable identifier of the organization. */
  id: Scalars['ID']['output'];
};

/**
 * Where a page of a connection ends and whether more follows. Every connection of every subgraph
 * pages the same way: `first` from 1 to 100 (20 when omitted), `after` an opaque cursor from the same list.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last edge of this page (null when the page is empty); pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A policy: typed rules in immutable versions, a default enforcement, and where it is assigned. */
export type Policy = {
  __typename?: 'Policy';
  /** Where it applies, highest priority first. */
  assignments: PolicyAssignmentConnection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (null for an API key or a removed user). */
  createdBy?: Maybe<User>;
  /** The version evaluated now. */
  currentVersion: PolicyVersion;
  /** The enforcement of assignments that do not set their own. */
  defaultEnforcement: PolicyEnforcement;
  /** What it is for, in the author's words. */
  description: Scalars['String']['output'];
  /** What it did over a window of the decision log (the last 30 days when omitted). */
  effectiveness: PolicyEffectiveness;
  /** Who evaluates its rules. */
  engine: PolicyEngine;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Unique in its organization (case-insensitive). */
  name: Scalars['String']['output'];
  /** The organization it belongs to. */
  organization: Organization;
  /** When it was retired. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it is in force. */
  status: PolicyStatus;
  /** What its rules are about. */
  type: PolicyType;
  /** When it last changed (a new version, an activation, a retirement). */
  updatedAt: Scalars['DateTime']['output'];
  /** Every version, newest first. */
  versions: PolicyVersionConnection;
  /** Whether the caller holds `policy:manage` in its organization. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Its violations, newest first. */
  violations: PolicyViolationConnection;
};


/** A policy: typed rules in immutable versions, a default enforcement, and where it is assigned. */
export type PolicyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy: typed rules in immutable versions, a default enforcement, and where it is assigned. */
export type PolicyEffectivenessArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A policy: typed rules in immutable versions, a default enforcement, and where it is assigned. */
export type PolicyVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy: typed rules in immutable versions, a default enforcement, and where it is assigned. */
export type PolicyViolationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyViolationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The actions Steward and its callers ask policies about. */
export type PolicyAction =
  /** An LLM request, asked by a team's LLM proxy before (or after) sending it. */
  | 'LLM_REQUEST'
  /** Merging a pull request (asked by CI). */
  | 'MERGE_PULL_REQUEST'
  /** Promoting a project version to production (asked by Steward's `promoteVersion`). */
  | 'PROMOTE_VERSION';

/** What a decision about an action is given: the fields CUSTOM expressions may read. */
export type PolicyActionContext = {
  __typename?: 'PolicyActionContext';
  /** The action. */
  action: PolicyAction;
  /** Its fields. */
  fields: Array<PolicyContextField>;
};

/**
 * A policy applied to a subject, with its own enforcement and priority. When several assignments of
 * one policy match a request, the highest priority (then the most specific subject) decides.
 */
export type PolicyAssignment = {
  __typename?: 'PolicyAssignment';
  /** When it was assigned. */
  createdAt: Scalars['DateTime']['output'];
  /** Who assigned it (null for an API key or a removed user). */
  createdBy?: Maybe<User>;
  /** The enforcement that applies: its own, else the policy's default. */
  effectiveEnforcement: PolicyEnforcement;
  /** Its own enforcement (null: the policy's default). */
  enforcement?: Maybe<PolicyEnforcement>;
  /** Subjects it does not apply to for a while, newest first (expired and revoked ones included). */
  exceptions: Array<PolicyException>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The assigned policy. */
  policy: Policy;
  /** Higher wins when several assignments of the policy match. */
  priority: Scalars['Int']['output'];
  /** The subject's id (the organization, team, user, API key or project). */
  subjectId: Scalars['ID']['output'];
  /** What kind of subject it applies to. */
  subjectKind: PolicySubjectKind;
};

/** A page of assignments. */
export type PolicyAssignmentConnection = {
  __typename?: 'PolicyAssignmentConnection';
  /** The assignments of this page. */
  edges: Array<PolicyAssignmentEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One assignment in a page. */
export type PolicyAssignmentEdge = {
  __typename?: 'PolicyAssignmentEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The assignment. */
  node: PolicyAssignment;
};

/** One condition of a rule that failed, with what was found and what was expected. */
export type PolicyConditionExplanation = {
  __typename?: 'PolicyConditionExplanation';
  /** The value found. */
  actual?: Maybe<Scalars['JSON']['output']>;
  /** The limit or expected value. */
  expected?: Maybe<Scalars['JSON']['output']>;
  /** One sentence a person can act on. */
  explanation: Scalars['String']['output'];
  /** The context path it read (e.g. `request.costUsd`), or `expression` for a CEL rule. */
  field: Scalars['String']['output'];
  /** How the values were compared (e.g. `<=`, `in`, `matches`). */
  operator: Scalars['String']['output'];
};

/** A page of policies. */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  /** The policies of this page. */
  edges: Array<PolicyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One field of an action's declared context. */
export type PolicyContextField = {
  __typename?: 'PolicyContextField';
  /** What it holds. */
  description: Scalars['String']['output'];
  /** Its path (e.g. `request.costUsd`), as CEL expressions and mask paths name it. */
  path: Scalars['String']['output'];
  /** Its CEL type (`string`, `int`, `double`, `bool`, `list<string>`, `map<string, dyn>`). */
  type: Scalars['String']['output'];
};

/**
 * A decision: the outcome, the policies that determined it and why. Every decision is logged with its
 * id (ALLOW decisions of LLM requests may be sampled, see `logged`).
 */
export type PolicyDecision = {
  __typename?: 'PolicyDecision';
  /** What was asked about. */
  action: PolicyAction;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The policies whose failing rules set the outcome (DENY: the STRICT ones; WARN: the WARNING ones; ALLOW: none). */
  determiningPolicies: Array<PolicyResult>;
  /** Every policy evaluated, determining or not. */
  evaluatedPolicies: Array<PolicyResult>;
  /** Stable identifier; quote it when asking why something was refused. */
  id: Scalars['ID']['output'];
  /** The context as logged, with the evaluated policies' mask paths removed. */
  input: Scalars['JSON']['output'];
  /** How long the evaluation took, in milliseconds. */
  latencyMs: Scalars['Float']['output'];
  /** Whether it is in the decision log (an ALLOW decision may be left out by sampling). */
  logged: Scalars['Boolean']['output'];
  /** The organization whose policies decided. */
  organization: Organization;
  /** The answer. */
  outcome: DecisionOutcome;
  /** Who it was about. */
  subject: PolicySubject;
};

/** A page of decisions. */
export type PolicyDecisionConnection = {
  __typename?: 'PolicyDecisionConnection';
  /** The decisions of this page. */
  edges: Array<PolicyDecisionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One decision in a page. */
export type PolicyDecisionEdge = {
  __typename?: 'PolicyDecisionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: PolicyDecision;
};

/** Narrows `policyDecisions`. */
export type PolicyDecisionFilter = {
  /** Only decisions about this action. */
  action?: InputMaybe<PolicyAction>;
  /** Only decisions made at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only decisions with this outcome. */
  outcome?: InputMaybe<DecisionOutcome>;
  /** Only decisions this policy took part in. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only decisions made before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Draft rules to replay. */
export type PolicyDraftInput = {
  /** The rules, in the shape `createPolicy` describes for the type. */
  rules: Scalars['JSON']['input'];
  /** The draft's type. */
  type: PolicyType;
};

/** One policy in a page. */
export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The policy. */
  node: Policy;
};

/** What a policy did over a window of the decision log. */
export type PolicyEffectiveness = {
  __typename?: 'PolicyEffectiveness';
  /** Decisions in which it denied. */
  denials: Scalars['Int']['output'];
  /** Decisions it took part in (sampled ALLOW decisions counted by their weight). */
  evaluations: Scalars['Int']['output'];
  /** Start of the window. */
  from: Scalars['DateTime']['output'];
  /** Its violations raised in the window that are still open. */
  openViolations: Scalars['Int']['output'];
  /** End of the window. */
  to: Scalars['DateTime']['output'];
  /** Share of its evaluations with a failing rule, 0 to 1 (0 when it was not evaluated). */
  violationRate: Scalars['Float']['output'];
  /** Decisions in which it warned. */
  warnings: Scalars['Int']['output'];
  /** Decisions in which a MONITOR assignment would have denied. */
  wouldDeny: Scalars['Int']['output'];
};

/** What a failing rule does to a decision. */
export type PolicyEnforcement =
  /** Record only: the decision is unaffected; a WOULD_DENY violation is recorded (audit before you enforce). */
  | 'MONITOR'
  /** Deny: the decision is DENY and the action is refused. */
  | 'STRICT'
  /** Warn: the decision is WARN, the action goes ahead and a violation is recorded. */
  | 'WARNING';

/** Who evaluates a policy's rules. */
export type PolicyEngine =
  /** The OPA server Steward is configured with (`OPA_URL`), on the version's Rego module. */
  | 'OPA'
  /** Steward's engine: typed rules per policy type and CEL. */
  | 'STEWARD';

/** A subject an assignment does not apply to until it expires: who approved it and why. */
export type PolicyException = {
  __typename?: 'PolicyException';
  /** Whether it applies now (not expired, not revoked). */
  active: Scalars['Boolean']['output'];
  /** Who approved it (the caller who granted it; null for an API key or a removed user). */
  approvedBy?: Maybe<User>;
  /** When it was granted. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops applying. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** When it was revoked early. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The excepted subject's id. */
  subjectId: Scalars['ID']['output'];
  /** What kind of subject is excepted. */
  subjectKind: PolicySubjectKind;
};

/** Narrows `policies`. */
export type PolicyFilter = {
  /** Only policies whose name contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only policies with this status (ACTIVE when omitted). */
  status?: InputMaybe<PolicyStatus>;
  /** Only policies of this type. */
  type?: InputMaybe<PolicyType>;
};

/** One parameter of a rule, before and after. */
export type PolicyParameterChange = {
  __typename?: 'PolicyParameterChange';
  /** Its value in the newer version (null when absent). */
  after?: Maybe<Scalars['JSON']['output']>;
  /** Its value in the older version (null when absent). */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The parameter's path in the rule (e.g. `maxOpenFindings.critical`). */
  path: Scalars['String']['output'];
};

/** What one policy said in a decision. */
export type PolicyResult = {
  __typename?: 'PolicyResult';
  /** The enforcement of the assignment that applied. */
  enforcement: PolicyEnforcement;
  /** What this policy made of the decision. */
  outcome: DecisionOutcome;
  /** The policy. */
  policy: Policy;
  /** The version that was evaluated. */
  policyVersion: PolicyVersion;
  /** Each rule that applies to the action, failing ones first. */
  rules: Array<PolicyRuleResult>;
  /** Whether any of its rules failed. */
  violated: Scalars['Boolean']['output'];
  /** Whether a MONITOR assignment would have denied (recorded only). */
  wouldDeny: Scalars['Boolean']['output'];
};

/** The parameters of one rule that differ between two versions. */
export type PolicyRuleChange = {
  __typename?: 'PolicyRuleChange';
  /** Each changed parameter. */
  changes: Array<PolicyParameterChange>;
  /** The rule's name. */
  rule: Scalars['String']['output'];
};

/** A rule of a policy version as evaluated in a decision. */
export type PolicyRuleResult = {
  __typename?: 'PolicyRuleResult';
  /** The failing conditions (empty when the rule held). */
  conditions: Array<PolicyConditionExplanation>;
  /** The rule's own message, when it has one. */
  message?: Maybe<Scalars['String']['output']>;
  /** The rule's name. */
  rule: Scalars['String']['output'];
  /** Whether the rule failed. */
  violated: Scalars['Boolean']['output'];
};

/** What a draft or version would have done to the decisions of a window. */
export type PolicySimulation = {
  __typename?: 'PolicySimulation';
  /** The actions replayed (those the rules apply to). */
  actions: Array<PolicyAction>;
  /** Teams with at least one changed request. */
  affectedTeamIds: Array<Scalars['ID']['output']>;
  /** Users with at least one changed request. */
  affectedUserIds: Array<Scalars['ID']['output']>;
  /** The LLM spend (the replayed requests' `request.costUsd`) the rules would have blocked, in USD. */
  blockedSpendUsd: Scalars['Float']['output'];
  /** Requests whose outcome would change. */
  changed: Scalars['Int']['output'];
  /** Logged decisions replayed (rows of the log). */
  decisionsReplayed: Scalars['Int']['output'];
  /** How long the replay took, in milliseconds. */
  elapsedMs: Scalars['Float']['output'];
  /** Start of the window. */
  from: Scalars['DateTime']['output'];
  /** Requests denied now that would be allowed or warned. */
  newlyAllowed: Scalars['Int']['output'];
  /** Requests allowed or warned now that would be denied. */
  newlyDenied: Scalars['Int']['output'];
  /** Logged decisions that could not be replayed (their context lacked a field the rules read, e.g. one masked at the time). */
  notReplayable: Scalars['Int']['output'];
  /** Requests they stand for (sampled ALLOW decisions count by their weight). */
  requestsReplayed: Scalars['Int']['output'];
  /** Some changed decisions, newest first. */
  samples: Array<SimulatedDecisionChange>;
  /** End of the window. */
  to: Scalars['DateTime']['output'];
  /** Requests that would be denied. */
  wouldDeny: Scalars['Int']['output'];
  /** Requests that would be warned. */
  wouldWarn: Scalars['Int']['output'];
};

/** Whether a policy is in force. */
export type PolicyStatus =
  /** Its current version is evaluated wherever it is assigned. */
  | 'ACTIVE'
  /** Retired: kept with its versions, decisions and violations; evaluated nowhere. */
  | 'RETIRED';

/** Who a decision is about. Each id selects the assignments made to it. */
export type PolicySubject = {
  __typename?: 'PolicySubject';
  /** The API key sending the request. */
  apiKeyId?: Maybe<Scalars['ID']['output']>;
  /** The project concerned. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** The teams the request is charged to. */
  teamIds: Array<Scalars['ID']['output']>;
  /** The user making the request or the promotion. */
  userId?: Maybe<Scalars['ID']['output']>;
  /** The project version concerned. */
  versionId?: Maybe<Scalars['ID']['output']>;
};

/** Who a decision is about. */
export type PolicySubjectInput = {
  /** The API key sending the request. */
  apiKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** The project concerned. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The teams the request is charged to. */
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The user making the request (a member of the organization). */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** The project version concerned. */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a policy can be assigned to, and what a decision request names as its subject. */
export type PolicySubjectKind =
  /** An API key (service account): requests naming the key. */
  | 'API_KEY'
  /** The whole organization: every request in it. */
  | 'ORGANIZATION'
  /** A project: requests and promotions of the project. */
  | 'PROJECT'
  /** A team: requests naming the team. */
  | 'TEAM'
  /** A user: requests made by or for the user. */
  | 'USER';

/**
 * What a policy's rules are about; each type has its own typed rule parameters, validated at save
 * (see `createPolicy`).
 */
export type PolicyType =
  /** What a version or pull request must satisfy: a passing quality gate, required baselines. */
  | 'COMPLIANCE'
  /** Patterns that must not appear in prompts or completions (RE2 syntax, matched in linear time). */
  | 'CONTENT_FILTER'
  /** What an LLM request may cost and what a subject may spend per day or month, including a deny when the budget forecast runs out before the period ends. */
  | 'COST'
  /** CEL expressions over the action's declared context, type-checked at save. */
  | 'CUSTOM'
  /** Requests or tokens per time window per user, team, API key, project or organization. */
  | 'RATE_LIMIT'
  /** How many open or new findings of each severity a version or pull request may carry. */
  | 'SECURITY'
  /** Tokens per request and the models allowed or denied, by pattern. */
  | 'USAGE';

/** One immutable version of a policy's rules. Decisions and violations name the version that made them. */
export type PolicyVersion = {
  __typename?: 'PolicyVersion';
  /** The actions its rules apply to. */
  actions: Array<PolicyAction>;
  /** Who wrote it (null for an API key or a removed user). */
  author?: Maybe<User>;
  /** What changed and why. */
  changelog: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether it is its policy's current version. */
  isCurrent: Scalars['Boolean']['output'];
  /** Context paths (e.g. `request.prompt`) removed from logged decisions this version took part in. */
  maskPaths: Array<Scalars['String']['output']>;
  /** 1 for the first version, then 2, 3, … */
  number: Scalars['Int']['output'];
  /** The policy it belongs to. */
  policy: Policy;
  /**
   * The Rego module of an OPA policy's version, as written (OPA loads it under the package
   * `steward.v<version id without dashes>`, which replaces the `package` line); null for Steward's rules.
   */
  rego?: Maybe<Scalars['String']['output']>;
  /** The rules, as validated at save (defaults filled in, e.g. each rule's `name`). */
  rules: Scalars['JSON']['output'];
};

/** A page of policy versions. */
export type PolicyVersionConnection = {
  __typename?: 'PolicyVersionConnection';
  /** The versions of this page. */
  edges: Array<PolicyVersionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** What changed between two versions of one policy, rule by rule (rules are matched by name). */
export type PolicyVersionDiff = {
  __typename?: 'PolicyVersionDiff';
  /** Rules only in `to`. */
  addedRules: Array<Scalars['String']['output']>;
  /** Rules in both whose parameters differ, with each changed parameter. */
  changedRules: Array<PolicyRuleChange>;
  /** The older side. */
  from: PolicyVersion;
  /** Whether the mask paths differ. */
  maskPathsChanged: Scalars['Boolean']['output'];
  /** Rules only in `from`. */
  removedRules: Array<Scalars['String']['output']>;
  /** The newer side. */
  to: PolicyVersion;
};

/** One policy version in a page. */
export type PolicyVersionEdge = {
  __typename?: 'PolicyVersionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: PolicyVersion;
};

/** A failing rule of a policy version in a decision, kept after the decision log forgets the decision. */
export type PolicyViolation = {
  __typename?: 'PolicyViolation';
  /** The action of the decision. */
  action: PolicyAction;
  /** The failing conditions, one by one. */
  conditions: Array<PolicyConditionExplanation>;
  /** When it was raised. */
  createdAt: Scalars['DateTime']['output'];
  /** The decision that raised it. */
  decisionId: Scalars['ID']['output'];
  /** The enforcement that applied. */
  enforcement: PolicyEnforcement;
  /** The failing conditions, in one paragraph. */
  explanation: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The organization it belongs to. */
  organization: Organization;
  /** What the rule did. */
  outcome: PolicyViolationOutcome;
  /** The policy whose rule failed. */
  policy: Policy;
  /** The version whose rule failed. */
  policyVersion: PolicyVersion;
  /** The rule's name. */
  rule: Scalars['String']['output'];
  /** How urgent it is. */
  severity: PolicyViolationSeverity;
  /** Where it stands. */
  status: PolicyViolationStatus;
  /** Who last changed its status (null for an API key or a removed user). */
  statusChangedBy?: Maybe<User>;
  /** Why its status last changed. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Who the decision was about. */
  subject: PolicySubject;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of violations. */
export type PolicyViolationConnection = {
  __typename?: 'PolicyViolationConnection';
  /** The violations of this page. */
  edges: Array<PolicyViolationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One violation in a page. */
export type PolicyViolationEdge = {
  __typename?: 'PolicyViolationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The violation. */
  node: PolicyViolation;
};

/** Narrows a list of violations. */
export type PolicyViolationFilter = {
  /** Only violations about this action. */
  action?: InputMaybe<PolicyAction>;
  /** Only violations of this policy. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only violations of this severity. */
  severity?: InputMaybe<PolicyViolationSeverity>;
  /** Only violations with this status. */
  status?: InputMaybe<PolicyViolationStatus>;
};

/** What the failing rule did. */
export type PolicyViolationOutcome =
  /** A STRICT policy denied. */
  | 'DENY'
  /** A WARNING policy warned. */
  | 'WARN'
  /** A MONITOR policy would have denied (nothing was refused). */
  | 'WOULD_DENY';

/** How urgent a violation is: HIGH for a denial, MEDIUM for a warning, LOW for a would-be denial. */
export type PolicyViolationSeverity =
  /** A STRICT policy denied. */
  | 'HIGH'
  /** A MONITOR policy would have denied. */
  | 'LOW'
  /** A WARNING policy warned. */
  | 'MEDIUM';

/** Where a violation stands. */
export type PolicyViolationStatus =
  /** Seen; being worked on. */
  | 'ACKNOWLEDGED'
  /** Raised; nobody has looked at it yet. */
  | 'OPEN'
  /** Fixed. */
  | 'RESOLVED'
  /** Accepted, with a reason. */
  | 'WAIVED';

export type ProjectVersion = {
  __typename?: 'ProjectVersion';
  /** Stable identifier of the version. */
  id: Scalars['ID']['output'];
  /** How the version stands against its organization's policies (null when the caller may not read policies there). */
  policyStatus?: Maybe<VersionPolicyStatus>;
  /** Policy violations raised about this version, newest first. */
  violations: PolicyViolationConnection;
};


export type ProjectVersionViolationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyViolationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** What changed between two versions of one policy. */
  diffPolicyVersions: PolicyVersionDiff;
  /** An organization's policies, oldest first. */
  policies: PolicyConnection;
  /** One policy by id. */
  policy?: Maybe<Policy>;
  /** The declared context of every action: what CUSTOM expressions and mask paths may name. */
  policyActionContexts: Array<PolicyActionContext>;
  /** One logged decision by id. */
  policyDecision?: Maybe<PolicyDecision>;
  /** An organization's decision log, newest first. */
  policyDecisions: PolicyDecisionConnection;
  /** One policy version by id. */
  policyVersion?: Maybe<PolicyVersion>;
  /** One violation by id. */
  policyViolation?: Maybe<PolicyViolation>;
  /** An organization's violations, newest first. */
  policyViolations: PolicyViolationConnection;
  /**
   * Replays the decision log of a window against a draft or a stored version, before you enforce it:
   * what would be denied or warned, which decisions change, who is affected and the spend it would
   * have blocked. Needs `policy:read`.
   */
  simulatePolicy: PolicySimulation;
};


export type QueryDiffPolicyVersionsArgs = {
  fromVersionId: Scalars['ID']['input'];
  toVersionId: Scalars['ID']['input'];
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolicyDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolicyDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyDecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryPolicyVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolicyViolationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolicyViolationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyViolationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QuerySimulatePolicyArgs = {
  input: SimulatePolicyInput;
};

/** What to replay: a draft (new rules) or an existing version, over a window of the decision log. */
export type SimulatePolicyInput = {
  /** Replay these draft rules, validated as `createPolicy` validates them. */
  draft?: InputMaybe<PolicyDraftInput>;
  /** The enforcement to simulate (the policy's default, else STRICT, when omitted). */
  enforcement?: InputMaybe<PolicyEnforcement>;
  /** Start of the window (inclusive); 7 days ago when omitted. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** The organization whose decision log is replayed. */
  organizationId: Scalars['ID']['input'];
  /**
   * The policy the draft or version would replace in each decision (its logged result is swapped for
   * the replayed one); when omitted, the replayed policy is added to every decision of its actions.
   */
  policyId?: InputMaybe<Scalars['ID']['input']>;
  /** How many changed decisions to return as samples, 0 to 50 (10 when omitted). */
  samples?: InputMaybe<Scalars['Int']['input']>;
  /** End of the window (exclusive); now when omitted. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Replay this stored version (one of `versionId` and `draft` is required). */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A logged decision whose outcome the replayed rules would change. */
export type SimulatedDecisionChange = {
  __typename?: 'SimulatedDecisionChange';
  /** The logged decision. */
  decision: PolicyDecision;
  /** Its logged outcome. */
  loggedOutcome: DecisionOutcome;
  /** Why, rule by rule. */
  rules: Array<PolicyRuleResult>;
  /** Its outcome under the replayed rules. */
  simulatedOutcome: DecisionOutcome;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every violation raised in the organization, as it is raised. Needs `policy:read`. */
  policyViolationRaised: PolicyViolation;
};


export type SubscriptionPolicyViolationRaisedArgs = {
  organizationId: Scalars['ID']['input'];
};

/** Changes to a policy. New `rules` or `maskPaths` make a new version, which becomes current. */
export type UpdatePolicyInput = {
  /** What the new version changes and why (required with `rules` or `maskPaths`). */
  changelog?: InputMaybe<Scalars['String']['input']>;
  /** A new default enforcement. */
  defaultEnforcement?: InputMaybe<PolicyEnforcement>;
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New mask paths (a new version). */
  maskPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The policy. */
  policyId: Scalars['ID']['input'];
  /** A new Rego module (a new version; OPA policies only). */
  rego?: InputMaybe<Scalars['String']['input']>;
  /** New rules (a new version), in the shape `createPolicy` describes for the policy's type. */
  rules?: InputMaybe<Scalars['JSON']['input']>;
};

/** A change of a violation's status. */
export type UpdatePolicyViolationInput = {
  /** Why (required to waive; up to 1,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Its new status. */
  status: PolicyViolationStatus;
  /** The violation. */
  violationId: Scalars['ID']['input'];
};

/** A person with a Steward account (owned by the identity subgraph). */
export type User = {
  __typename?: 'User';
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
};

/** How a version stands against its organization's policies, from its latest promotion decision and its open violations. */
export type VersionPolicyStatus = {
  __typename?: 'VersionPolicyStatus';
  /** That decision. */
  lastDecision?: Maybe<PolicyDecision>;
  /** Its violations still OPEN or ACKNOWLEDGED. */
  openViolations: Scalars['Int']['output'];
  /** The outcome of the latest PROMOTE_VERSION decision about it (null before the first). */
  outcome?: Maybe<DecisionOutcome>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Policy: Policy;
  PolicyDecision: PolicyDecision;
  PolicyVersion: PolicyVersion;
  PolicyViolation: PolicyViolation;
  ProjectVersion: ProjectVersion;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Policy:
    ( { __typename: 'Policy' }
    & GraphQLRecursivePick<FederationTypes['Policy'], {"id":true}> );
  PolicyDecision:
    ( { __typename: 'PolicyDecision' }
    & GraphQLRecursivePick<FederationTypes['PolicyDecision'], {"id":true}> );
  PolicyVersion:
    ( { __typename: 'PolicyVersion' }
    & GraphQLRecursivePick<FederationTypes['PolicyVersion'], {"id":true}> );
  PolicyViolation:
    ( { __typename: 'PolicyViolation' }
    & GraphQLRecursivePick<FederationTypes['PolicyViolation'], {"id":true}> );
  ProjectVersion:
    ( { __typename: 'ProjectVersion' }
    & GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AssignPolicyInput: AssignPolicyInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreatePolicyInput: CreatePolicyInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionOutcome: DecisionOutcome;
  EvaluatePoliciesInput: EvaluatePoliciesInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  GrantPolicyExceptionInput: GrantPolicyExceptionInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityReferenceMapped>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Policy: ResolverTypeWrapper<PolicyMapped>;
  PolicyAction: PolicyAction;
  PolicyActionContext: ResolverTypeWrapper<PolicyActionContext>;
  PolicyAssignment: ResolverTypeWrapper<PolicyAssignmentMapped>;
  PolicyAssignmentConnection: ResolverTypeWrapper<Omit<PolicyAssignmentConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyAssignmentEdge']> }>;
  PolicyAssignmentEdge: ResolverTypeWrapper<Omit<PolicyAssignmentEdge, 'node'> & { node: ResolversTypes['PolicyAssignment'] }>;
  PolicyConditionExplanation: ResolverTypeWrapper<PolicyConditionExplanation>;
  PolicyConnection: ResolverTypeWrapper<Omit<PolicyConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyEdge']> }>;
  PolicyContextField: ResolverTypeWrapper<PolicyContextField>;
  PolicyDecision: ResolverTypeWrapper<DecisionMapped>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PolicyDecisionConnection: ResolverTypeWrapper<Omit<PolicyDecisionConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyDecisionEdge']> }>;
  PolicyDecisionEdge: ResolverTypeWrapper<Omit<PolicyDecisionEdge, 'node'> & { node: ResolversTypes['PolicyDecision'] }>;
  PolicyDecisionFilter: PolicyDecisionFilter;
  PolicyDraftInput: PolicyDraftInput;
  PolicyEdge: ResolverTypeWrapper<Omit<PolicyEdge, 'node'> & { node: ResolversTypes['Policy'] }>;
  PolicyEffectiveness: ResolverTypeWrapper<PolicyEffectivenessMapped>;
  PolicyEnforcement: PolicyEnforcement;
  PolicyEngine: PolicyEngine;
  PolicyException: ResolverTypeWrapper<PolicyExceptionMapped>;
  PolicyFilter: PolicyFilter;
  PolicyParameterChange: ResolverTypeWrapper<PolicyParameterChange>;
  PolicyResult: ResolverTypeWrapper<PolicyResultMapped>;
  PolicyRuleChange: ResolverTypeWrapper<PolicyRuleChange>;
  PolicyRuleResult: ResolverTypeWrapper<RuleOutcomeMapped>;
  PolicySimulation: ResolverTypeWrapper<PolicySimulationMapped>;
  PolicyStatus: PolicyStatus;
  PolicySubject: ResolverTypeWrapper<PolicySubject>;
  PolicySubjectInput: PolicySubjectInput;
  PolicySubjectKind: PolicySubjectKind;
  PolicyType: PolicyType;
  PolicyVersion: ResolverTypeWrapper<PolicyVersionMapped>;
  PolicyVersionConnection: ResolverTypeWrapper<Omit<PolicyVersionConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyVersionEdge']> }>;
  PolicyVersionDiff: ResolverTypeWrapper<PolicyVersionDiffMapped>;
  PolicyVersionEdge: ResolverTypeWrapper<Omit<PolicyVersionEdge, 'node'> & { node: ResolversTypes['PolicyVersion'] }>;
  PolicyViolation: ResolverTypeWrapper<ViolationMapped>;
  PolicyViolationConnection: ResolverTypeWrapper<Omit<PolicyViolationConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyViolationEdge']> }>;
  PolicyViolationEdge: ResolverTypeWrapper<Omit<PolicyViolationEdge, 'node'> & { node: ResolversTypes['PolicyViolation'] }>;
  PolicyViolationFilter: PolicyViolationFilter;
  PolicyViolationOutcome: PolicyViolationOutcome;
  PolicyViolationSeverity: PolicyViolationSeverity;
  PolicyViolationStatus: PolicyViolationStatus;
  ProjectVersion: ResolverTypeWrapper<EntityReferenceMapped>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SimulatePolicyInput: SimulatePolicyInput;
  SimulatedDecisionChange: ResolverTypeWrapper<SimulatedChangeMapped>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdatePolicyInput: UpdatePolicyInput;
  UpdatePolicyViolationInput: UpdatePolicyViolationInput;
  User: ResolverTypeWrapper<EntityReferenceMapped>;
  VersionPolicyStatus: ResolverTypeWrapper<VersionPolicyStatusMapped>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AssignPolicyInput: AssignPolicyInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CreatePolicyInput: CreatePolicyInput;
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  EvaluatePoliciesInput: EvaluatePoliciesInput;
  Boolean: Scalars['Boolean']['output'];
  GrantPolicyExceptionInput: GrantPolicyExceptionInput;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Organization: EntityReferenceMapped;
  PageInfo: PageInfo;
  Policy: PolicyMapped;
  PolicyActionContext: PolicyActionContext;
  PolicyAssignment: PolicyAssignmentMapped;
  PolicyAssignmentConnection: Omit<PolicyAssignmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyAssignmentEdge']> };
  PolicyAssignmentEdge: Omit<PolicyAssignmentEdge, 'node'> & { node: ResolversParentTypes['PolicyAssignment'] };
  PolicyConditionExplanation: PolicyConditionExplanation;
  PolicyConnection: Omit<PolicyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyEdge']> };
  PolicyContextField: PolicyContextField;
  PolicyDecision: DecisionMapped;
  Float: Scalars['Float']['output'];
  PolicyDecisionConnection: Omit<PolicyDecisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyDecisionEdge']> };
  PolicyDecisionEdge: Omit<PolicyDecisionEdge, 'node'> & { node: ResolversParentTypes['PolicyDecision'] };
  PolicyDecisionFilter: PolicyDecisionFilter;
  PolicyDraftInput: PolicyDraftInput;
  PolicyEdge: Omit<PolicyEdge, 'node'> & { node: ResolversParentTypes['Policy'] };
  PolicyEffectiveness: PolicyEffectivenessMapped;
  PolicyException: PolicyExceptionMapped;
  PolicyFilter: PolicyFilter;
  PolicyParameterChange: PolicyParameterChange;
  PolicyResult: PolicyResultMapped;
  PolicyRuleChange: PolicyRuleChange;
  PolicyRuleResult: RuleOutcomeMapped;
  PolicySimulation: PolicySimulationMapped;
  PolicySubject: PolicySubject;
  PolicySubjectInput: PolicySubjectInput;
  PolicyVersion: PolicyVersionMapped;
  PolicyVersionConnection: Omit<PolicyVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyVersionEdge']> };
  PolicyVersionDiff: PolicyVersionDiffMapped;
  PolicyVersionEdge: Omit<PolicyVersionEdge, 'node'> & { node: ResolversParentTypes['PolicyVersion'] };
  PolicyViolation: ViolationMapped;
  PolicyViolationConnection: Omit<PolicyViolationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyViolationEdge']> };
  PolicyViolationEdge: Omit<PolicyViolationEdge, 'node'> & { node: ResolversParentTypes['PolicyViolation'] };
  PolicyViolationFilter: PolicyViolationFilter;
  ProjectVersion: EntityReferenceMapped;
  Query: Record<PropertyKey, never>;
  SimulatePolicyInput: SimulatePolicyInput;
  SimulatedDecisionChange: SimulatedChangeMapped;
  Subscription: Record<PropertyKey, never>;
  UpdatePolicyInput: UpdatePolicyInput;
  UpdatePolicyViolationInput: UpdatePolicyViolationInput;
  User: EntityReferenceMapped;
  VersionPolicyStatus: VersionPolicyStatusMapped;
}>;

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = PolicyContext, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activatePolicyVersion?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationActivatePolicyVersionArgs, 'versionId'>>;
  assignPolicy?: Resolver<ResolversTypes['PolicyAssignment'], ParentType, ContextType, RequireFields<MutationAssignPolicyArgs, 'input'>>;
  createPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationCreatePolicyArgs, 'input'>>;
  evaluatePolicies?: Resolver<ResolversTypes['PolicyDecision'], ParentType, ContextType, RequireFields<MutationEvaluatePoliciesArgs, 'input'>>;
  grantPolicyException?: Resolver<ResolversTypes['PolicyException'], ParentType, ContextType, RequireFields<MutationGrantPolicyExceptionArgs, 'input'>>;
  retirePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationRetirePolicyArgs, 'policyId'>>;
  revokePolicyException?: Resolver<ResolversTypes['PolicyException'], ParentType, ContextType, RequireFields<MutationRevokePolicyExceptionArgs, 'exceptionId'>>;
  unassignPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationUnassignPolicyArgs, 'assignmentId'>>;
  updatePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationUpdatePolicyArgs, 'input'>>;
  updatePolicyViolation?: Resolver<ResolversTypes['PolicyViolation'], ParentType, ContextType, RequireFields<MutationUpdatePolicyViolationArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolicyResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy'], FederationReferenceType extends FederationReferenceTypes['Policy'] = FederationReferenceTypes['Policy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Policy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<ResolversTypes['PolicyAssignmentConnection'], ParentType, ContextType, Partial<PolicyAssignmentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType>;
  defaultEnforcement?: Resolver<ResolversTypes['PolicyEnforcement'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveness?: Resolver<ResolversTypes['PolicyEffectiveness'], ParentType, ContextType, Partial<PolicyEffectivenessArgs>>;
  engine?: Resolver<ResolversTypes['PolicyEngine'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PolicyStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PolicyType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['PolicyVersionConnection'], ParentType, ContextType, Partial<PolicyVersionsArgs>>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  violations?: Resolver<ResolversTypes['PolicyViolationConnection'], ParentType, ContextType, Partial<PolicyViolationsArgs>>;
}>;

export type PolicyActionContextResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyActionContext'] = ResolversParentTypes['PolicyActionContext']> = ResolversObject<{
  action?: Resolver<ResolversTypes['PolicyAction'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['PolicyContextField']>, ParentType, ContextType>;
}>;

export type PolicyAssignmentResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyAssignment'] = ResolversParentTypes['PolicyAssignment']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  effectiveEnforcement?: Resolver<ResolversTypes['PolicyEnforcement'], ParentType, ContextType>;
  enforcement?: Resolver<Maybe<ResolversTypes['PolicyEnforcement']>, ParentType, ContextType>;
  exceptions?: Resolver<Array<ResolversTypes['PolicyException']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['PolicySubjectKind'], ParentType, ContextType>;
}>;

export type PolicyAssignmentConnectionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyAssignmentConnection'] = ResolversParentTypes['PolicyAssignmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PolicyAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PolicyAssignmentEdgeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyAssignmentEdge'] = ResolversParentTypes['PolicyAssignmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyAssignment'], ParentType, ContextType>;
}>;

export type PolicyConditionExplanationResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyConditionExplanation'] = ResolversParentTypes['PolicyConditionExplanation']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  expected?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyConnectionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PolicyContextFieldResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyContextField'] = ResolversParentTypes['PolicyContextField']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyDecisionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyDecision'] = ResolversParentTypes['PolicyDecision'], FederationReferenceType extends FederationReferenceTypes['PolicyDecision'] = FederationReferenceTypes['PolicyDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PolicyDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<ResolversTypes['PolicyAction'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  determiningPolicies?: Resolver<Array<ResolversTypes['PolicyResult']>, ParentType, ContextType>;
  evaluatedPolicies?: Resolver<Array<ResolversTypes['PolicyResult']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  logged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['PolicySubject'], ParentType, ContextType>;
}>;

export type PolicyDecisionConnectionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyDecisionConnection'] = ResolversParentTypes['PolicyDecisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PolicyDecisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PolicyDecisionEdgeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyDecisionEdge'] = ResolversParentTypes['PolicyDecisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyDecision'], ParentType, ContextType>;
}>;

export type PolicyEdgeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
}>;

export type PolicyEffectivenessResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyEffectiveness'] = ResolversParentTypes['PolicyEffectiveness']> = ResolversObject<{
  denials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openViolations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  violationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wouldDeny?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PolicyExceptionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyException'] = ResolversParentTypes['PolicyException']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['PolicySubjectKind'], ParentType, ContextType>;
}>;

export type PolicyParameterChangeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyParameterChange'] = ResolversParentTypes['PolicyParameterChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyResultResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyResult'] = ResolversParentTypes['PolicyResult']> = ResolversObject<{
  enforcement?: Resolver<ResolversTypes['PolicyEnforcement'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['PolicyRuleResult']>, ParentType, ContextType>;
  violated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wouldDeny?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolicyRuleChangeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyRuleChange'] = ResolversParentTypes['PolicyRuleChange']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['PolicyParameterChange']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyRuleResultResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyRuleResult'] = ResolversParentTypes['PolicyRuleResult']> = ResolversObject<{
  conditions?: Resolver<Array<ResolversTypes['PolicyConditionExplanation']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  violated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolicySimulationResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicySimulation'] = ResolversParentTypes['PolicySimulation']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['PolicyAction']>, ParentType, ContextType>;
  affectedTeamIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  affectedUserIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  blockedSpendUsd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decisionsReplayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newlyAllowed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newlyDenied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notReplayable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestsReplayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['SimulatedDecisionChange']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  wouldDeny?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wouldWarn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PolicySubjectResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicySubject'] = ResolversParentTypes['PolicySubject']> = ResolversObject<{
  apiKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  teamIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  versionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PolicyVersionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyVersion'] = ResolversParentTypes['PolicyVersion'], FederationReferenceType extends FederationReferenceTypes['PolicyVersion'] = FederationReferenceTypes['PolicyVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PolicyVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['PolicyAction']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changelog?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maskPaths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  rego?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type PolicyVersionConnectionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyVersionConnection'] = ResolversParentTypes['PolicyVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PolicyVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PolicyVersionDiffResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyVersionDiff'] = ResolversParentTypes['PolicyVersionDiff']> = ResolversObject<{
  addedRules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  changedRules?: Resolver<Array<ResolversTypes['PolicyRuleChange']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType>;
  maskPathsChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  removedRules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType>;
}>;

export type PolicyVersionEdgeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyVersionEdge'] = ResolversParentTypes['PolicyVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType>;
}>;

export type PolicyViolationResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyViolation'] = ResolversParentTypes['PolicyViolation'], FederationReferenceType extends FederationReferenceTypes['PolicyViolation'] = FederationReferenceTypes['PolicyViolation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PolicyViolation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<ResolversTypes['PolicyAction'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['PolicyConditionExplanation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enforcement?: Resolver<ResolversTypes['PolicyEnforcement'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['PolicyViolationOutcome'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['PolicyViolationSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PolicyViolationStatus'], ParentType, ContextType>;
  statusChangedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['PolicySubject'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PolicyViolationConnectionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyViolationConnection'] = ResolversParentTypes['PolicyViolationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PolicyViolationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PolicyViolationEdgeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['PolicyViolationEdge'] = ResolversParentTypes['PolicyViolationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyViolation'], ParentType, ContextType>;
}>;

export type ProjectVersionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['ProjectVersion'] = ResolversParentTypes['ProjectVersion'], FederationReferenceType extends FederationReferenceTypes['ProjectVersion'] = FederationReferenceTypes['ProjectVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyStatus?: Resolver<Maybe<ResolversTypes['VersionPolicyStatus']>, ParentType, ContextType>;
  violations?: Resolver<ResolversTypes['PolicyViolationConnection'], ParentType, ContextType, Partial<ProjectVersionViolationsArgs>>;
}>;

export type QueryResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  diffPolicyVersions?: Resolver<ResolversTypes['PolicyVersionDiff'], ParentType, ContextType, RequireFields<QueryDiffPolicyVersionsArgs, 'fromVersionId' | 'toVersionId'>>;
  policies?: Resolver<ResolversTypes['PolicyConnection'], ParentType, ContextType, RequireFields<QueryPoliciesArgs, 'organizationId'>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPolicyArgs, 'id'>>;
  policyActionContexts?: Resolver<Array<ResolversTypes['PolicyActionContext']>, ParentType, ContextType>;
  policyDecision?: Resolver<Maybe<ResolversTypes['PolicyDecision']>, ParentType, ContextType, RequireFields<QueryPolicyDecisionArgs, 'id'>>;
  policyDecisions?: Resolver<ResolversTypes['PolicyDecisionConnection'], ParentType, ContextType, RequireFields<QueryPolicyDecisionsArgs, 'organizationId'>>;
  policyVersion?: Resolver<Maybe<ResolversTypes['PolicyVersion']>, ParentType, ContextType, RequireFields<QueryPolicyVersionArgs, 'id'>>;
  policyViolation?: Resolver<Maybe<ResolversTypes['PolicyViolation']>, ParentType, ContextType, RequireFields<QueryPolicyViolationArgs, 'id'>>;
  policyViolations?: Resolver<ResolversTypes['PolicyViolationConnection'], ParentType, ContextType, RequireFields<QueryPolicyViolationsArgs, 'organizationId'>>;
  simulatePolicy?: Resolver<ResolversTypes['PolicySimulation'], ParentType, ContextType, RequireFields<QuerySimulatePolicyArgs, 'input'>>;
}>;

export type SimulatedDecisionChangeResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['SimulatedDecisionChange'] = ResolversParentTypes['SimulatedDecisionChange']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['PolicyDecision'], ParentType, ContextType>;
  loggedOutcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['PolicyRuleResult']>, ParentType, ContextType>;
  simulatedOutcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  policyViolationRaised?: SubscriptionResolver<ResolversTypes['PolicyViolation'], "policyViolationRaised", ParentType, ContextType, RequireFields<SubscriptionPolicyViolationRaisedArgs, 'organizationId'>>;
}>;

export type UserResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VersionPolicyStatusResolvers<ContextType = PolicyContext, ParentType extends ResolversParentTypes['VersionPolicyStatus'] = ResolversParentTypes['VersionPolicyStatus']> = ResolversObject<{
  lastDecision?: Resolver<Maybe<ResolversTypes['PolicyDecision']>, ParentType, ContextType>;
  openViolations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DecisionOutcome']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PolicyContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyActionContext?: PolicyActionContextResolvers<ContextType>;
  PolicyAssignment?: PolicyAssignmentResolvers<ContextType>;
  PolicyAssignmentConnection?: PolicyAssignmentConnectionResolvers<ContextType>;
  PolicyAssignmentEdge?: PolicyAssignmentEdgeResolvers<ContextType>;
  PolicyConditionExplanation?: PolicyConditionExplanationResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyContextField?: PolicyContextFieldResolvers<ContextType>;
  PolicyDecision?: PolicyDecisionResolvers<ContextType>;
  PolicyDecisionConnection?: PolicyDecisionConnectionResolvers<ContextType>;
  PolicyDecisionEdge?: PolicyDecisionEdgeResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PolicyEffectiveness?: PolicyEffectivenessResolvers<ContextType>;
  PolicyException?: PolicyExceptionResolvers<ContextType>;
  PolicyParameterChange?: PolicyParameterChangeResolvers<ContextType>;
  PolicyResult?: PolicyResultResolvers<ContextType>;
  PolicyRuleChange?: PolicyRuleChangeResolvers<ContextType>;
  PolicyRuleResult?: PolicyRuleResultResolvers<ContextType>;
  PolicySimulation?: PolicySimulationResolvers<ContextType>;
  PolicySubject?: PolicySubjectResolvers<ContextType>;
  PolicyVersion?: PolicyVersionResolvers<ContextType>;
  PolicyVersionConnection?: PolicyVersionConnectionResolvers<ContextType>;
  PolicyVersionDiff?: PolicyVersionDiffResolvers<ContextType>;
  PolicyVersionEdge?: PolicyVersionEdgeResolvers<ContextType>;
  PolicyViolation?: PolicyViolationResolvers<ContextType>;
  PolicyViolationConnection?: PolicyViolationConnectionResolvers<ContextType>;
  PolicyViolationEdge?: PolicyViolationEdgeResolvers<ContextType>;
  ProjectVersion?: ProjectVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SimulatedDecisionChange?: SimulatedDecisionChangeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VersionPolicyStatus?: VersionPolicyStatusResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PolicyContext> = ResolversObject<{
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
}>;
