import { z } from 'zod';
import { BadUserInputError, badInputFromZod } from '@steward/kernel';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

const PageArgsModel = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).nullish(),
  after: z.string().max(300, 'is not a valid cursor').nullish(),
});

/** A Relay connection page. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Validated page arguments with the decoded `after` position. */
export interface Page<C> {
  first: number;
  after: C | null;
}

function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(['m1', value])).toString('base64url');
}

/**
 * Validates `first`/`after`; `decode` turns the cursor's payload back into a position, or null
 * when it is not one of this list's cursors.
 */
export function parsePage<C>(args: { first?: number | null; after?: string | null }, decode: (value: unknown) => C | null, defaultSize = 20): Page<C> {
  const parsed = PageArgsModel.safeParse({ first: args.first, after: args.after });
  if (!parsed.success) throw badInputFromZod(parsed.error, 'args');
  const { first, after } = parsed.data;
  if (!after) return { first: first ?? defaultSize, after: null };
  let position: C | null = null;
  try {
    const [version, value] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [unknown, unknown];
    position = version === 'm1' ? decode(value) : null;
  } catch {
    position = null;
  }
  if (position === null) throw new BadUserInputError('after', 'after: is not a cursor from this list.');
  return { first: first ?? defaultSize, after: position };
}

/** Builds a page from up to `first + 1` rows (the extra one only says a next page exists). */
export function toConnection<R, T = R>(rows: readonly R[], first: number, cursor: (row: R) => unknown, node: (row: R) => T = (row) => row as unknown as T): Connection<T> {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(cursor(row)), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Cursor payload `[isoTime, id]` used by lists ordered by a timestamp and an id. */
export function decodeTimeIdCursor(value: unknown): { at: Date; id: string } | null {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') return null;
  const at = new Date(value[0]);
  return Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/.test(value[1]) ? null : { at, id: value[1] };
}

/** Cursor payload of an offset into a list computed in memory. */
export function decodeOffsetCursor(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
