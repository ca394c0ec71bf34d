import { z } from 'zod';
import { BadUserInputError } from '@steward/kernel';

/** Ids are UUIDs; anything else is refused before it reaches SQL. */
export const IdModel = z.uuid('is not a valid id');

export function isId(value: unknown): value is string {
  return IdModel.safeParse(value).success;
}

/** A top-level id argument, or BAD_USER_INPUT naming it. */
export function parseId(value: unknown, field: string): string {
  if (!isId(value)) throw new BadUserInputError(field, `${field}: is not a valid id.`);
  return value;
}

/**
 * The `organizationId` of a raw input object, read before the input is validated: services check
 * the caller's permission in the organization first, so an outsider learns nothing from validation.
 */
export function organizationIdOf(rawInput: unknown): string {
  return String((rawInput as { organizationId?: unknown } | null)?.organizationId);
}
