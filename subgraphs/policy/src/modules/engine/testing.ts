import { BadUserInputError } from '@steward/kernel';
import { normaliseContext, type NormalisedContext } from './action-contexts.js';
import { evaluateRules } from './evaluate.js';
import type { RuleResult } from './results.js';
import type { CompiledRuleSet } from './rules.js';

// Fixtures for the engine's specs: contexts with sensible values, overridden part by part.

type Parts = Readonly<Record<string, Readonly<Record<string, unknown>> | readonly string[]>>;

function merge(base: Record<string, Record<string, unknown> | readonly string[]>, parts: Parts): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, part] of Object.entries(parts)) {
    const current = base[key];
    out[key] = Array.isArray(part) || Array.isArray(current) ? part : { ...current, ...part };
  }
  return out;
}

const subject = { organizationId: 'org-1', userId: 'user-1', teamIds: ['team-1'], apiKeyId: null, projectId: 'project-1' };
const openFindings = { critical: 0, major: 1, minor: 4, info: 9 };
const newFindings = { critical: 0, major: 0, minor: 1, info: 2 };

/** An LLM_REQUEST context (raw), each part overridable: `llmRaw({ request: { costUsd: 2 } })`. */
export function llmRaw(parts: Parts = {}): Record<string, unknown> {
  return merge(
    {
      subject,
      request: { model: 'gpt-4o-mini', provider: 'openai', promptTokens: 100, completionTokens: 0, totalTokens: 100, costUsd: 0.1, prompt: 'Summarise this text.' },
      spend: { dayUsd: 1, monthUsd: 10 },
      budget: { limitUsd: 100, spentUsd: 10, forecastUsd: 40, exhaustsBeforePeriodEnd: false },
    },
    parts,
  );
}

/** A normalised LLM_REQUEST context. */
export const llmContext = (parts: Parts = {}): NormalisedContext<'LLM_REQUEST'> => normaliseContext('LLM_REQUEST', llmRaw(parts));

/** A normalised PROMOTE_VERSION context. */
export function promoteContext(parts: Parts = {}): NormalisedContext<'PROMOTE_VERSION'> {
  const base = {
    subject,
    project: { id: 'project-1', slug: 'chat' },
    version: { id: 'version-7', number: 7, name: 'v7', modelConfig: { temperature: 0.2, maxTokens: 1024 } },
    gate: { status: 'PASSED', failedConditions: 0 },
    findings: { open: openFindings, new: newFindings },
    cost: { totalUsd: 12.5, requests: 1000, costPerRequestUsd: 0.0125 },
    baselines: ['error_rate', 'p95_latency_ms'],
  };
  const merged = merge(base, parts);
  return normaliseContext('PROMOTE_VERSION', merged);
}

/** A normalised MERGE_PULL_REQUEST context. */
export function mergeContext(parts: Parts = {}): NormalisedContext<'MERGE_PULL_REQUEST'> {
  const base = {
    subject,
    repository: { id: 'repo-1', fullName: 'acme/api' },
    pullRequest: { number: 42, author: 'ada', baseBranch: 'main', headBranch: 'feature', changedFiles: 3 },
    findings: { open: openFindings, new: newFindings },
    gate: { status: 'PASSED', failedConditions: 0 },
  };
  return normaliseContext('MERGE_PULL_REQUEST', merge(base, parts));
}

/** The field and message of the BAD_USER_INPUT error `run` throws (fails when it throws nothing or something else). */
export function refusal(run: () => unknown): { field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return { field: error.extensions.field, message: error.message };
    throw error;
  }
  throw new Error('Expected a BAD_USER_INPUT error, but nothing was thrown.');
}

/** Evaluates a set against a context for the context's own action. */
export function evaluateFor(set: CompiledRuleSet, context: NormalisedContext, counters?: ReadonlyMap<string, number>): RuleResult[] {
  return evaluateRules(set, context.action, context, counters);
}

/** The single result of a one-rule set (fails when there is not exactly one). */
export function onlyResult(set: CompiledRuleSet, context: NormalisedContext): RuleResult {
  const results = evaluateFor(set, context);
  if (results.length !== 1) throw new Error(`Expected one rule result, got ${results.length}.`);
  return results[0]!;
}
