import type { z } from 'zod';
import { BadUserInputError, badInputFromZod } from './errors.js';

/**
 * Parses client input with a zod model (named `<Thing>Model`). With `argumentName` (e.g. `input`)
 * fields are named below it (`input.slug`); without, the model describes the field's arguments and
 * paths start at the argument (`first`, `filter.from`). Every problem is listed in `extensions.issues`.
 */
export function parseInput<T>(model: z.ZodType<T>, raw: unknown, argumentName?: string): T {
  const result = model.safeParse(raw);
  if (result.success) return result.data;
  if (argumentName) throw badInputFromZod(result.error, argumentName);
  const issues = result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'arguments', message: issue.message }));
  const first = issues[0]!;
  const error = new BadUserInputError(first.field, `${first.field}: ${first.message}`);
  (error.extensions as Record<string, unknown>).issues = issues;
  throw error;
}
