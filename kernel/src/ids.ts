import { z } from 'zod';
import { BadUserInputError } from './errors.js';

/** Steward ids are UUIDs (any version); anything else is refused before it reaches SQL. */
export const IdModel = z.uuid('is not a valid id');

/** The pattern `IdModel` checks strings against (zod's own), tested directly where ids are checked by the hundred. */
const ID_PATTERN = z.regexes.uuid();

/**
 * Whether a client-supplied value can be a Steward id. An id that cannot be one matches nothing.
 * The same answer as `IdModel`, without the result object zod's parse allocates: loaders and
 * permission checks ask this for every row and field of a page.
 */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** A top-level id argument, or BAD_USER_INPUT naming it (`field: is not a valid id.`). */
export function parseId(value: unknown, field: string): string {
  if (!isId(value)) throw new BadUserInputError(field, `${field}: is not a valid id.`);
  return value;
}

/** Keeps the values that can be ids, dropping the rest (for lookups where a malformed id simply matches nothing). */
export function onlyIds(values: Iterable<unknown>): string[] {
  return [...values].filter(isId);
}

/**
 * The `organizationId` of a raw input object, read before the input is validated: services check
 * the caller's permission in the organization first, so an outsider learns nothing from validation.
 */
export function organizationIdOf(rawInput: unknown): string {
  const value = (rawInput as { organizationId?: unknown } | null | undefined)?.organizationId;
  return typeof value === 'string' ? value : '';
}
