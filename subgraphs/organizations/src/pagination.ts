import { z } from 'zod';
import { BadUserInputError } from '@steward/kernel';

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

const PageArgsModel = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).nullish(),
  after: z.string().max(200, 'is not a cursor from this list').nullish(),
});

/** A keyset position: rows are ordered by creation time, ties broken by id. */
export interface Position {
  createdAt: Date;
  id: string;
}

/** Validated page arguments. */
export interface PageRequest {
  first: number;
  after: Position | null;
}

/** A page in the Relay connection shape, plus the total when the list can count it cheaply. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

const CURSOR_VERSION = 'o1';

/** Cursors are opaque to clients: a versioned position, base64url-encoded. */
function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, position.createdAt.toISOString(), position.id])).toString('base64url');
}

function decodeCursor(cursor: string): Position | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(value) || value.length !== 3 || value[0] !== CURSOR_VERSION) return null;
    const [, at, id] = value as [unknown, unknown, unknown];
    const createdAt = typeof at === 'string' ? new Date(at) : null;
    if (!createdAt || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !z.uuid().safeParse(id).success) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

/** Checks `first` (1 to 100, default 20) and decodes `after`; both errors name the argument. */
export function parsePageArgs(args: { first?: number | null; after?: string | null }): PageRequest {
  const parsed = PageArgsModel.safeParse({ first: args.first, after: args.after });
  if (!parsed.success) {
    // Page arguments are top-level arguments: name them as the client wrote them.
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'first');
    throw new BadUserInputError(field, `${field}: ${issue.message}`);
  }
  const { first, after } = parsed.data;
  if (!after) return { first: first ?? DEFAULT_PAGE_SIZE, after: null };
  const position = decodeCursor(after);
  if (!position) throw new BadUserInputError('after', 'after: is not a cursor from this list.');
  return { first: first ?? DEFAULT_PAGE_SIZE, after: position };
}

/**
 * A MikroORM filter for rows strictly after `position` in (createdAt, id) order, ascending or
 * descending. Keyset paging stays fast at any depth, unlike offsets.
 */
export function afterPosition(position: Position | null, direction: 'asc' | 'desc'): Record<string, unknown> {
  if (!position) return {};
  const beyond = direction === 'asc' ? '$gt' : '$lt';
  return { $or: [{ createdAt: { [beyond]: position.createdAt } }, { createdAt: position.createdAt, id: { [beyond]: position.id } }] };
}

/** Builds a connection from up to `first + 1` rows (the extra row only says that a next page exists). */
export function toConnection<T extends Position>(rows: T[], page: PageRequest, totalCount?: number): Connection<T> {
  const edges = rows.slice(0, page.first).map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}
