import { z } from 'zod';
import { BadUserInputError, badInputFromZod } from '@steward/kernel';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

const PageArgsModel = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).nullish(),
  after: z.string().max(200, 'is not a valid cursor').nullish(),
});

/** One edge of a connection. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page in the Relay connection shape. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Cursors are opaque to clients: a versioned, base64url-encoded JSON value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(['v1', value])).toString('base64url');
}

/** Validated page arguments: the page size and the decoded `after` cursor (checked by `parseAfter`). */
export function parsePageArgs<C>(args: unknown, parseAfter: (value: unknown) => C | null, defaultSize = 20): { first: number; after: C | null } {
  const parsed = PageArgsModel.safeParse(args);
  if (!parsed.success) throw badInputFromZod(parsed.error, 'args');
  const { first, after } = parsed.data;
  if (!after) return { first: first ?? defaultSize, after: null };
  let decoded: unknown;
  try {
    const [version, value] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [unknown, unknown];
    decoded = version === 'v1' ? parseAfter(value) : null;
  } catch {
    decoded = null;
  }
  if (decoded === null) throw new BadUserInputError('after', 'after: is not a cursor from this list.');
  return { first: first ?? defaultSize, after: decoded as C };
}

/** Builds a connection from up to `first + 1` rows (the extra row only says there is a next page). */
export function toConnection<R, T>(rows: R[], first: number, node: (row: R) => T, cursor: (row: R) => unknown): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursor(row)), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
