import { Environment, ParseError, serialize, type ASTNode, type ParseResult } from '@marcbachmann/cel-js';
import { BadUserInputError } from '@steward/kernel';
import { ACTION_CONTEXTS } from './action-contexts.js';
import type { PolicyAction } from './catalogue.js';
import { celSchemaOf, celTypeOf, specAt, type GroupSpec } from './context-schema.js';
import type { ExplainedCondition } from './results.js';
import { formatValue, isPlainObject } from './values.js';

/** What a CEL expression said: it holds, or it does not with the failing parts explained. */
export type ExpressionVerdict = { readonly holds: true } | { readonly holds: false; readonly conditions: readonly ExplainedCondition[] };

/** A CEL expression type-checked against an action's context, parsed once and evaluated many times. */
export interface CompiledExpression {
  readonly action: PolicyAction;
  readonly source: string;
  /** Evaluates against the values of a normalised context; never throws (a failure is a violation). */
  run(values: object): ExpressionVerdict;
}

/** A top-level `&&` operand, evaluated on its own to say which part failed. */
interface Part {
  readonly source: string;
  readonly program: ParseResult;
  /** Context paths the part reads, reported with their values when it fails. */
  readonly paths: readonly (readonly string[])[];
}

// An Environment is expensive to build and immutable once used; one per action serves every rule.
const environments = new Map<PolicyAction, Environment>();

function environmentOf(action: PolicyAction): Environment {
  const existing = environments.get(action);
  if (existing) return existing;
  // Optional types give `version.modelConfig.?temperature.orValue(0.0)` for keys that may be absent.
  const env = new Environment({ enableOptionalTypes: true });
  for (const [name, member] of Object.entries(ACTION_CONTEXTS[action].fields)) {
    if (member.kind === 'group') env.registerVariable({ name, schema: celSchemaOf(member), description: member.description });
    else env.registerVariable(name, celTypeOf(member), { description: member.description });
  }
  environments.set(action, env);
  return env;
}

/**
 * Parses and type-checks a CEL expression against the action's declared context; it must return
 * bool. Refuses (BAD_USER_INPUT on `field`) a syntax error with its position, an unknown variable or
 * field by name, any other type error, a non-bool result, and `matches()` (cel-js runs it on the
 * backtracking JavaScript engine, so one expression could stall every decision).
 */
export function compileExpression(action: PolicyAction, expression: string, field: string): CompiledExpression {
  const env = environmentOf(action);
  const refuse = (message: string) => new BadUserInputError(field, `${field}: ${message}`);
  let parsed: ParseResult;
  try {
    parsed = env.parse(expression);
  } catch (error) {
    if (error instanceof ParseError) throw refuse(`syntax error at ${position(expression, error.range?.start)}: ${error.summary}`);
    throw error;
  }
  if (callsFunction(parsed.ast, 'matches')) {
    throw refuse(
      'matches() is not available in policies: it runs a backtracking regular expression. Use a CONTENT_FILTER rule (RE2, linear time) or contains(), startsWith(), endsWith().',
    );
  }
  const checked = parsed.check();
  if (!checked.valid) throw refuse(describeTypeError(action, expression, checked.error));
  if (checked.type !== 'bool') {
    const type = (checked.type ?? 'unknown').replace(/^\$/, '');
    const hint = type === 'dyn' ? ' (compare the value, e.g. `== true`)' : '';
    throw refuse(`must return bool, but returns ${type}${hint}`);
  }
  const parts = conjunctsOf(parsed.ast).map((node): Part => {
    const source = serialize(node);
    return { source, program: node === parsed.ast ? parsed : env.parse(source), paths: readPaths(action, node) };
  });
  return { action, source: expression, run: (values) => runParts(action, parsed, parts, values) };
}

type Attempt = { readonly value: unknown } | { readonly error: string };

function attempt(program: ParseResult, values: object): Attempt {
  try {
    const value: unknown = program(values);
    return value === true || value === false ? { value } : { error: `returned ${formatValue(value)}, not a bool` };
  } catch (error) {
    return { error: errorSummary(error) };
  }
}

function runParts(action: PolicyAction, whole: ParseResult, parts: readonly Part[], values: object): ExpressionVerdict {
  const outcome = attempt(whole, values);
  if ('value' in outcome && outcome.value === true) return { holds: true };
  const conditions: ExplainedCondition[] = [];
  for (const part of parts) {
    const result = parts.length === 1 ? outcome : attempt(part.program, values);
    if ('value' in result && result.value === true) continue;
    conditions.push(explainPart(action, part, result, values));
  }
  // The whole can fail while every part holds only if evaluation itself broke; say so rather than nothing.
  if (conditions.length === 0 && 'error' in outcome) {
    conditions.push({ field: 'expression', operator: 'equals', expected: true, actual: null, explanation: `expression failed: ${outcome.error}` });
  }
  return { holds: false, conditions };
}

function explainPart(action: PolicyAction, part: Part, result: Attempt, values: object): ExplainedCondition {
  if ('error' in result) {
    return { field: 'expression', operator: 'equals', expected: true, actual: null, explanation: `expression failed: ${result.error} in \`${part.source}\`` };
  }
  const read = part.paths.map((path) => describeRead(action, path, values)).filter((text) => text !== undefined);
  const where = read.length ? ` (${read.join('; ')})` : '';
  return { field: 'expression', operator: 'equals', expected: true, actual: false, explanation: `\`${part.source}\` is false${where}` };
}

/** `request.costUsd is 0.6`; prompt-like values are summarised, never quoted. */
function describeRead(action: PolicyAction, path: readonly string[], values: object): string | undefined {
  const spec: GroupSpec = ACTION_CONTEXTS[action];
  const declared = specAt(spec, path);
  if (declared?.kind === 'group') return undefined;
  let value: unknown = values;
  for (const segment of path) value = isPlainObject(value) ? value[segment] : undefined;
  const shown = declared?.kind === 'string' && declared.sensitive && typeof value === 'string' ? `${value.length} characters, not shown` : formatValue(value);
  return `${path.join('.')} is ${shown}`;
}

function errorSummary(error: unknown): string {
  if (error instanceof Error) {
    const summary: unknown = Reflect.get(error, 'summary');
    return typeof summary === 'string' ? summary : (error.message.split('\n')[0] ?? error.name);
  }
  return String(error);
}

function isNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value;
}

function childrenOf(node: ASTNode): ASTNode[] {
  const found: ASTNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isNode(value)) found.push(value);
  };
  visit(node.args);
  return found;
}

function callsFunction(node: ASTNode, name: string): boolean {
  if ((node.op === 'call' || node.op === 'rcall') && node.args[0] === name) return true;
  return childrenOf(node).some((child) => callsFunction(child, name));
}

function conjunctsOf(node: ASTNode): ASTNode[] {
  return node.op === '&&' ? node.args.flatMap(conjunctsOf) : [node];
}

/** The longest `a.b.c` chains rooted at a context variable, in order of appearance, without repeats. */
function readPaths(action: PolicyAction, node: ASTNode): string[][] {
  const roots = ACTION_CONTEXTS[action].fields;
  const seen = new Map<string, string[]>();
  const visit = (current: ASTNode): void => {
    const path = selectPath(current);
    if (path && Object.hasOwn(roots, path[0]!)) seen.set(path.join('.'), path);
    else childrenOf(current).forEach(visit);
  };
  visit(node);
  return [...seen.values()];
}

function selectPath(node: ASTNode): string[] | undefined {
  if (node.op === 'id') return [node.args];
  if (node.op !== '.') return undefined;
  const inner = selectPath(node.args[0]);
  return inner && [...inner, node.args[1]];
}

function position(expression: string, offset = 0): string {
  const lines = expression.slice(0, offset).split('\n');
  const column = (lines.at(-1)?.length ?? 0) + 1;
  return lines.length > 1 ? `line ${lines.length}, column ${column}` : `column ${column}`;
}

interface CelError {
  readonly code?: string;
  readonly summary?: string;
  readonly range?: { readonly start: number; readonly end: number };
}

/** A person's sentence for a cel-js type error: unknown names are named, with what exists and a likely fix. */
function describeTypeError(action: PolicyAction, expression: string, error: CelError | undefined): string {
  const start = error?.range?.start ?? 0;
  const at = position(expression, start);
  const name = expression.slice(start, error?.range?.end ?? start).trim();
  const context = ACTION_CONTEXTS[action];
  if (error?.code === 'unknown_variable') {
    const known = Object.keys(context.fields);
    return `unknown variable '${name}' at ${at}; the ${action} context has ${known.join(', ')}${suggest(name, known)}`;
  }
  if (error?.code === 'no_such_key') {
    const parent = /([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)\s*\.\s*$/.exec(expression.slice(0, start))?.[1]?.replace(/\s+/g, '');
    const owner = parent ? specAt(context, parent.split('.')) : undefined;
    const known = owner?.kind === 'group' ? Object.keys(owner.fields) : [];
    const listing = known.length ? `; ${parent} has ${known.join(', ')}` : '';
    return `unknown field '${name}'${parent ? ` of ${parent}` : ''} at ${at}${listing}${suggest(name, known)}`;
  }
  const summary = error?.summary ?? 'the expression does not type-check';
  const mixesNumbers = /\bint\b/.test(summary) && /\bdouble\b/.test(summary);
  const hint = mixesNumbers ? ' (CEL does not mix int and double in ==, != or arithmetic: write 1.0 for a double, or convert with double() or int())' : '';
  return `type error at ${at}: ${summary}${hint}`;
}

function suggest(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best ? `. Did you mean '${best}'?` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
