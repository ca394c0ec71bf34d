import type { z } from 'zod';

// What is wrong with an invalid SARIF log, in a user's words: where (a JSON path) and what was expected.

export function wherePath(path: readonly PropertyKey[]): string {
  let where = '';
  for (const segment of path) {
    if (typeof segment === 'number') where += `[${segment}]`;
    else where += where === '' ? String(segment) : `.${String(segment)}`;
  }
  return where === '' ? 'file' : where;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (JSON array)',
  object: 'an object',
  record: 'an object',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** A zod issue in words, without zod's phrasing ("Invalid input: expected string, received undefined"). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const last = [...issue.path].reverse().find((segment) => typeof segment === 'string');
  const field = last === undefined ? 'This value' : `"${String(last)}"`;
  const hasInput = 'input' in issue && issue.input !== undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return hasInput ? `${field} must be ${expected}, not ${describeValue(issue.input)}.` : `${field} is missing; expected ${expected}.`;
    }
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}${hasInput ? `, not ${describeValue(issue.input)}` : ''}.`;
    case 'too_small':
      if (issue.origin === 'string') return `${field} must not be empty.`;
      if (issue.origin === 'array') return `${field} must have at least ${String(issue.minimum)} item(s).`;
      return `${field} must be at least ${String(issue.minimum)}${hasInput ? `, not ${describeValue(issue.input)}` : ''}.`;
    default:
      return `${field} is not valid here.`;
  }
}
