import { Cursor, CursorError, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BadUserInputError } from './errors.js';
import { isId } from './ids.js';

/**
 * One pagination contract for every connection of every subgraph:
 * - `first` is 1 to {@link MAX_PAGE_SIZE} (default {@link DEFAULT_PAGE_SIZE}); anything else is BAD_USER_INPUT on `first`;
 * - a cursor is MikroORM's own format, the base64url JSON array of the edge's sort-key values, so
 *   pages read with `em.findByCursor` and pages built by hand (per-parent keyset pages, in-memory
 *   lists) hand out the same kind of cursor; a cursor that does not decode to the list's key shape
 *   is BAD_USER_INPUT on `after`.
 */
export const MAX_PAGE_SIZE = 100;
/** The page size when a client does not say. */
export const DEFAULT_PAGE_SIZE = 20;
/** Longer than any key this contract encodes (a timestamp and a UUID take about 100 characters). */
const MAX_CURSOR_LENGTH = 400;

/** The page arguments of a connection field, as the client sent them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A validated page request: its size and the decoded key the page starts after. */
export interface PageRequest<K> {
  first: number;
  after: K | null;
  /** The `after` cursor as sent (for `em.findByCursor`), null on the first page. */
  cursor: string | null;
}

/** One edge of a connection. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** Where a page ends and whether another follows (the shared `PageInfo` type). */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A page in the Relay connection shape, plus the total where the list counts it cheaply. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Turns a cursor's key values back into the list's key, or null when the values are not such a key. */
export type KeyDecoder<K> = (values: unknown[]) => K | null;

const PageSizeModel = z.number().int().min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`);

/** Encodes an edge's sort-key values as a cursor (byte for byte what MikroORM's `Cursor.encode` makes). */
export function encodeCursor(key: readonly unknown[]): string {
  return Cursor.encode(key.map((value) => (value instanceof Date ? value.toISOString() : value)));
}

function decodeValues(cursor: string): unknown[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) && values.length > 0 ? values : null;
  } catch {
    return null;
  }
}

/**
 * Validates `first` and decodes `after` with the list's key decoder. Both errors name the argument
 * as the client wrote it (`first`, `after`).
 */
export function parsePage<K>(args: PageArgs, decode: KeyDecoder<K>, defaultSize = DEFAULT_PAGE_SIZE): PageRequest<K> {
  let first = defaultSize;
  if (args.first !== null && args.first !== undefined) {
    const size = PageSizeModel.safeParse(args.first);
    if (!size.success) throw new BadUserInputError('first', `first: ${size.error.issues[0]!.message}`);
    first = size.data;
  }
  if (args.after === null || args.after === undefined || args.after === '') return { first, after: null, cursor: null };
  const values = args.after.length <= MAX_CURSOR_LENGTH ? decodeValues(args.after) : null;
  const after = values ? decode(values) : null;
  if (after === null) throw new BadUserInputError('after', 'after: is not a cursor from this list.');
  return { first, after, cursor: args.after };
}

/** Builds a connection from up to `first + 1` rows (the extra row only says that a next page exists). */
export function toConnection<R, T = R>(
  rows: readonly R[],
  first: number,
  keyOf: (row: R) => readonly unknown[],
  node: (row: R) => T = (row) => row as unknown as T,
): Connection<T> {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(keyOf(row)), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Key decoders for the sort keys Steward's lists use. */
export const keys = {
  /** `[timestamp, id]`: lists ordered by a time and an id (newest or oldest first). */
  timeId: ((values) => {
    const [at, id, ...rest] = values;
    if (rest.length || typeof at !== 'string' || !isId(id)) return null;
    const time = new Date(at);
    return Number.isNaN(time.getTime()) ? null : { at: time, id };
  }) satisfies KeyDecoder<{ at: Date; id: string }>,
  /** `[text, id]`: lists ordered by a unique-per-list text (a slug, a name) and an id. */
  textId: ((values) => {
    const [text, id, ...rest] = values;
    return rest.length || typeof text !== 'string' || !isId(id) ? null : { text, id };
  }) satisfies KeyDecoder<{ text: string; id: string }>,
  /** `[integer]`: lists ordered by a unique whole number (a version number, an offset into a computed list). */
  integer: ((values) => {
    const [value, ...rest] = values;
    return rest.length || typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 ? null : value;
  }) satisfies KeyDecoder<number>,
  /** `[text]`: lists ordered by a unique text. */
  text: ((values) => {
    const [value, ...rest] = values;
    return rest.length || typeof value !== 'string' ? null : value;
  }) satisfies KeyDecoder<string>,
};

/** A sort key as `[field, direction]` pairs, most significant first; the last field must be unique. */
export type KeyOrder = readonly (readonly [field: string, direction: 'asc' | 'desc'])[];

/**
 * A MikroORM filter for rows strictly after `key` in `order` (keyset paging: fast at any depth,
 * unlike offsets). For per-parent pages and lists that `findPage` cannot serve.
 */
export function afterKey(order: KeyOrder, key: readonly unknown[] | null): Record<string, unknown> {
  if (!key) return {};
  const branches = order.map(([field, direction], index) => {
    const equal = Object.fromEntries(order.slice(0, index).map(([earlier], at) => [earlier, key[at]]));
    return { ...equal, [field]: { [direction === 'asc' ? '$gt' : '$lt']: key[index] } };
  });
  return branches.length === 1 ? branches[0]! : { $or: branches };
}

/**
 * One page of entities with MikroORM's own cursor pagination (`em.findByCursor`, no count query).
 * `where` must already be tenant-scoped (repositories call this through `TenantRepository.findPage`).
 */
export async function findPage<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  page: PageRequest<unknown>,
  orderBy: QueryOrderMap<E>,
): Promise<Connection<E>> {
  try {
    const cursor = await em.findByCursor(entity, where, {
      first: page.first,
      after: page.cursor ?? undefined,
      orderBy: orderBy as never,
      includeCount: false,
    });
    const edges = cursor.items.map((node) => ({ cursor: cursor.from(node), node }));
    return { edges, pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  } catch (error) {
    if (error instanceof CursorError) throw new BadUserInputError('after', 'after: is not a cursor from this list.');
    throw error;
  }
}
