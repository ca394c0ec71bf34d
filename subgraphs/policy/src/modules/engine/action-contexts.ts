import type { PolicyAction } from './catalogue.js';
import { describeGroup, field, leavesOf, normaliseGroup, type GroupSpec, type ValueOf } from './context-schema.js';

/** The statuses of a quality gate, as the projects subgraph reports them. */
export const GATE_STATUSES = ['PASSED', 'WARN', 'FAILED', 'NO_DATA'] as const;

const subject = field.group('Who acts; the caller of the decision names them.', {
  organizationId: field.string('The organization the action belongs to.'),
  userId: field.nullableString('The user acting, when a person acts.'),
  teamIds: field.stringList("The user's teams."),
  apiKeyId: field.nullableString('The API key the caller used, if any.'),
  projectId: field.nullableString('The project the action is for, if any.'),
});

const severities = (what: string) =>
  field.group(`${what}, by severity.`, {
    critical: field.int(`${what} of severity critical.`, { default: 0 }),
    major: field.int(`${what} of severity major.`, { default: 0 }),
    minor: field.int(`${what} of severity minor.`, { default: 0 }),
    info: field.int(`${what} of severity info.`, { default: 0 }),
  });

const findings = field.group('Review findings of what is promoted or merged: open ones, and new ones (not in what it replaces).', {
  open: severities('Open findings'),
  // "New" means new in this version or pull request, compared with what it replaces or merges into.
  new: severities('New findings'),
});

const gate = field.group('The quality gate of what is promoted or merged.', {
  status: field.oneOf(GATE_STATUSES, 'The gate status.', { default: 'NO_DATA' }),
  failedConditions: field.int('How many gate conditions failed.', { default: 0 }),
});

/**
 * The declared context of each action: what a decision request must send, what CEL expressions
 * may read (type-checked at save) and what built-in rules look at.
 */
export const ACTION_CONTEXTS = {
  LLM_REQUEST: field.group('An LLM request, asked about by an LLM proxy before (or after) sending it.', {
    subject,
    request: field.group('The request.', {
      model: field.string('The model asked for, e.g. `gpt-4o-mini` or `anthropic/claude-sonnet-4`.'),
      provider: field.string('The provider serving it, e.g. `openai`.'),
      promptTokens: field.int('Tokens in the prompt.', { default: 0 }),
      completionTokens: field.int('Tokens in the completion (0 before it exists).', { default: 0 }),
      totalTokens: field.int('Prompt and completion tokens together.', { default: 0 }),
      costUsd: field.double('What this request costs, in USD.', { default: 0 }),
      prompt: field.string('The prompt text.', { default: '', sensitive: true }),
      completion: field.string('The completion text (empty before it exists).', { default: '', sensitive: true }),
    }),
    spend: field.group("The subject's spend so far, before this request; supplied by the caller.", {
      dayUsd: field.double('Spend so far today, in USD.', { default: 0 }),
      monthUsd: field.double('Spend so far this month, in USD.', { default: 0 }),
    }),
    budget: field.group("The subject's budget for the current period (all 0 and false when there is none).", {
      limitUsd: field.double('The budget, in USD.', { default: 0 }),
      spentUsd: field.double('Spent in the period, in USD.', { default: 0 }),
      forecastUsd: field.double('Forecast spend at the end of the period, in USD.', { default: 0 }),
      exhaustsBeforePeriodEnd: field.bool('Whether the forecast runs out of budget before the period ends.', { default: false }),
    }),
  }),
  PROMOTE_VERSION: field.group('Promoting a project version to production.', {
    subject,
    project: field.group('The project.', { id: field.string('Its id.'), slug: field.string('Its slug.') }),
    version: field.group('The version being promoted.', {
      id: field.string('Its id.'),
      number: field.int('Its number within the project.'),
      name: field.string('Its name.', { default: '' }),
      modelConfig: field.jsonMap('Its model configuration, e.g. `version.modelConfig.temperature`.'),
    }),
    gate,
    findings,
    cost: field.group('Measured cost of the version.', {
      totalUsd: field.double('Total cost, in USD.', { default: 0 }),
      requests: field.int('Requests measured.', { default: 0 }),
      costPerRequestUsd: field.double('Average cost per request, in USD.', { default: 0 }),
    }),
    baselines: field.stringList('Names of the metrics the project has baselines for.'),
    // A STRICT denial refuses a forced promotion too; a policy that allows forcing says so in a rule (`forced || …`).
    forced: field.bool('Whether the promotion is forced past a blocking quality gate.', { default: false }),
  }),
  MERGE_PULL_REQUEST: field.group('Merging a pull request, asked about by CI.', {
    subject,
    repository: field.group('The repository.', { id: field.string('Its id.'), fullName: field.string('Its full name, e.g. `acme/api`.') }),
    pullRequest: field.group('The pull request.', {
      number: field.int('Its number in the repository.'),
      author: field.string("Its author's login.", { default: '' }),
      baseBranch: field.string('The branch it merges into.', { default: '' }),
      headBranch: field.string('The branch it merges from.', { default: '' }),
      changedFiles: field.int('How many files it changes.', { default: 0 }),
    }),
    findings,
    gate,
  }),
} as const satisfies Record<PolicyAction, GroupSpec>;

/** The normalised context of an action, with declared types (CEL ints are BigInt). */
export type ActionContext<A extends PolicyAction> = ValueOf<(typeof ACTION_CONTEXTS)[A]>;

/** A context checked and normalised for one action by {@link normaliseContext}; a union over actions. */
export type NormalisedContext<A extends PolicyAction = PolicyAction> = A extends PolicyAction
  ? { readonly action: A; readonly values: ActionContext<A> }
  : never;

/**
 * Checks a decision request's context against the action's declaration and converts it for the
 * engine: whole numbers of `int` fields become BigInt, `double` fields numbers; absent optional
 * values get their documented defaults or null. A wrong type, an unknown key or a missing required
 * value is BAD_USER_INPUT naming `<argumentName>.<path>` (e.g. `input.context.request.promptTokens`).
 */
export function normaliseContext<A extends PolicyAction>(action: A, raw: unknown, argumentName = 'input.context'): NormalisedContext<A> {
  const spec: GroupSpec = ACTION_CONTEXTS[action];
  const values = normaliseGroup(spec, raw, argumentName, `the ${action} context`);
  // The values follow ACTION_CONTEXTS[action]; TypeScript cannot tie a generic A to that entry.
  return { action, values } as unknown as NormalisedContext<A>;
}

/** The declared context of an action as Markdown, for a GraphQL description or the dashboard. */
export function describeActionContext(action: PolicyAction): string {
  const spec = ACTION_CONTEXTS[action];
  return [`**${action}**: ${spec.description}`, '', ...describeGroup(spec)].join('\n');
}

/** Every leaf path of an action's context (`request.prompt`, …), e.g. to check mask paths. */
export function contextPaths(action: PolicyAction): readonly string[] {
  return leavesOf(ACTION_CONTEXTS[action]).map((leaf) => leaf.path);
}
