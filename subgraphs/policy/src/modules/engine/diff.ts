import { isPlainObject, toJson, type JsonValue } from './values.js';

/** One parameter of a rule, before and after (null when absent on that side). */
export interface ParameterChange {
  /** Dotted path in the rule, e.g. `maxOpenFindings.critical`; lists are compared whole. */
  readonly path: string;
  readonly before: JsonValue;
  readonly after: JsonValue;
}

/** A rule present in both versions whose parameters differ. */
export interface RuleChange {
  readonly rule: string;
  readonly changes: readonly ParameterChange[];
}

/** What changed between two versions' rules, matched by name. */
export interface RulesDiff {
  /** Names only in the newer version, in its order. */
  readonly added: readonly string[];
  /** Names only in the older version, in its order. */
  readonly removed: readonly string[];
  /** Rules in both that differ, in the newer version's order; changes sorted by path. */
  readonly changed: readonly RuleChange[];
}

/** Rules by name, as stored (a rule without a name is `rule-<n>`, as compileRules names it). */
function byName(rules: readonly unknown[]): Map<string, Record<string, unknown>> {
  const named = new Map<string, Record<string, unknown>>();
  rules.forEach((rule, index) => {
    if (!isPlainObject(rule)) return;
    const name = typeof rule.name === 'string' ? rule.name : `rule-${index + 1}`;
    named.set(name, rule);
  });
  return named;
}

function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index] ?? null));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(toJson(a[key]), toJson(b[key])));
  }
  return false;
}

function changesOf(before: Record<string, unknown>, after: Record<string, unknown>, prefix: string): ParameterChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    if (!prefix && key === 'name') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    const [old, next] = [before[key], after[key]];
    // Objects are compared member by member, so a changed threshold names itself; absent is an empty object.
    if ((isPlainObject(old) || old === undefined) && (isPlainObject(next) || next === undefined) && (old ?? next) !== undefined) {
      return changesOf(isPlainObject(old) ? old : {}, isPlainObject(next) ? next : {}, path);
    }
    const [a, b] = [toJson(old), toJson(next)];
    return sameJson(a, b) ? [] : [{ path, before: a, after: b }];
  });
}

/**
 * Compares two versions' stored rules (`CompiledRuleSet.json`, defaults filled in) by rule name:
 * rules added, removed, and changed with each changed parameter path and its old and new JSON values.
 * The order is stable (see {@link RulesDiff}); the order of rules within a version is not a change.
 */
export function diffRules(before: readonly unknown[], after: readonly unknown[]): RulesDiff {
  const older = byName(before);
  const newer = byName(after);
  const added = [...newer.keys()].filter((name) => !older.has(name));
  const removed = [...older.keys()].filter((name) => !newer.has(name));
  const changed: RuleChange[] = [];
  for (const [name, rule] of newer) {
    const previous = older.get(name);
    if (!previous) continue;
    const changes = changesOf(previous, rule, '');
    if (changes.length) changed.push({ rule: name, changes });
  }
  return { added, removed, changed };
}
