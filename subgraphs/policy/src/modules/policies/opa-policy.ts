import { BadUserInputError, parseInput } from '@steward/kernel';
import { z } from 'zod';
import { POLICY_ACTIONS, toJson, type JsonValue, type PolicyAction } from '../engine/index.js';
import type { ExplainedCondition } from '../engine/index.js';
import { packageOf } from '../opa/opa-server.js';

/** A Rego rule name (`deny`, `violation`), as OPA's Data API path names it. */
const RegoRuleName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Rego rule name such as deny');

/**
 * One rule of an OPA policy: which action it judges and which rule of the version's Rego module
 * says what is wrong (`deny` by default: a set or list of messages, or `true`).
 */
const OpaRuleModel = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional(),
  message: z.string().trim().max(300, 'must be at most 300 characters').optional(),
  action: z.enum(POLICY_ACTIONS),
  rule: RegoRuleName.optional(),
});
const OpaRulesModel = z.array(OpaRuleModel, { error: 'must be a list of rules' }).min(1, 'must have at least one rule').max(20, 'must have at most 20 rules');

/** An OPA policy's rule as stored: every default filled in. */
export interface OpaRule {
  name: string;
  message?: string;
  action: PolicyAction;
  rule: string;
}

/** Validates an OPA policy's rules; names and Rego rule default like Steward's own (`rule-<n>`, `deny`). */
export function compileOpaRules(raw: unknown, argumentName = 'input.rules'): { rules: OpaRule[]; json: JsonValue[]; actions: PolicyAction[] } {
  const parsed = parseInput(OpaRulesModel, raw, argumentName);
  const seen = new Set<string>();
  const rules = parsed.map((rule, index): OpaRule => {
    const name = rule.name ?? `rule-${index + 1}`;
    if (seen.has(name)) throw new BadUserInputError(`${argumentName}.${index}.name`, `${argumentName}.${index}.name: "${name}" is used twice; names must be unique within the version`);
    seen.add(name);
    return { name, ...(rule.message ? { message: rule.message } : {}), action: rule.action, rule: rule.rule ?? 'deny' };
  });
  return { rules, json: rules.map((rule) => toJson(rule)), actions: POLICY_ACTIONS.filter((action) => rules.some((rule) => rule.action === action)) };
}

/**
 * The Rego a version loads into OPA, and the package it is evaluated at. Every version gets a
 * package of its own (`steward.v<version id>`), so versions never merge with each other nor with
 * another organization's modules on a shared OPA server; the author's `package` line is replaced.
 */
export function namespacedRego(source: string, versionId: string, field = 'input.rego'): { source: string; packagePath: string } {
  if (!packageOf(source)) throw new BadUserInputError(field, `${field}: must start with a package declaration, e.g. "package steward.cost"`);
  const packagePath = `steward.v${versionId.replaceAll('-', '')}`;
  return { source: source.replace(/^(\s*)package\s+[^\s#]+/m, `$1package ${packagePath}`), packagePath };
}

/** What a Rego rule's value says about a request: nothing wrong (undefined, false, empty), or each message as a failing condition. */
export function opaConditions(rule: OpaRule, result: unknown): ExplainedCondition[] {
  if (result === undefined || result === null || result === false) return [];
  const messages = Array.isArray(result) ? result : typeof result === 'object' ? Object.values(result as Record<string, unknown>) : [result];
  if (!messages.length) return [];
  return messages.map((message) => ({
    field: `rego.${rule.rule}`,
    operator: 'denies',
    expected: [],
    actual: toJson(message),
    explanation: typeof message === 'string' ? message : message === true ? `Rego rule ${rule.rule} is true.` : `Rego rule ${rule.rule}: ${JSON.stringify(message)}`,
  }));
}

/** The id of a version's module on the OPA server. */
export function regoModuleId(versionId: string): string {
  return `steward/${versionId}`;
}

