import { z } from 'zod';
import { BadUserInputError } from '@steward/kernel';

/** The largest page any list hands out. */
export const MAX_PAGE_SIZE = 100;

/** `first`: 1 to 100; null or absent means the field's default. */
export const pageSizeModel = (fallback: number) =>
  z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .nullish()
    .transform((value) => value ?? fallback);

/** `after`: an opaque cursor string. */
export const cursorModel = z.string().max(300, 'is not a valid cursor').nullish();

/** One page of rows and whether more follow. Repositories fetch `first + 1` rows to know. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

/** Cuts a `first + 1` fetch down to a page. */
export function pageOf<T>(rows: T[], first: number): Page<T> {
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** A Relay-style connection as the SDL's `…Connection` types expect. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Shapes a page into a connection, with each node's cursor. */
export function toConnection<T>(page: Page<T>, cursorOf: (node: T) => string): Connection<T> {
  const edges = page.items.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * Cursors are opaque to clients: base64url of the list's kind and the sort key of the edge. The
 * kind stops a cursor of one list being replayed against another.
 */
export function encodeCursor(kind: string, key: string | number): string {
  return Buffer.from(JSON.stringify([kind, key]), 'utf8').toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor} for the same kind; anything else is BAD_USER_INPUT on `field`. */
export function decodeCursor<K extends 'string' | 'number'>(
  kind: string,
  cursor: string,
  keyType: K,
  field = 'after',
): K extends 'string' ? string : number {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded.length === 2 && decoded[0] === kind && typeof decoded[1] === keyType) {
      return decoded[1] as K extends 'string' ? string : number;
    }
  } catch {
    // Falls through to the error below.
  }
  throw new BadUserInputError(field, `${field}: is not a valid cursor for this list.`);
}
