import { keys, parsePage, toConnection, type Connection, type PageArgs } from '@steward/kernel';

/**
 * A page of a list held in memory (a report's lines, the prices an organization sees) with the
 * shared pagination contract: a cursor is the position of its edge in the list (`keys.integer`).
 */
export function pageOfList<T>(items: readonly T[], args: PageArgs): Connection<T> {
  const page = parsePage(args, keys.integer);
  const offset = page.after === null ? 0 : page.after + 1;
  const rows = items.slice(offset, offset + page.first + 1).map((item, index) => ({ item, position: offset + index }));
  return toConnection(rows, page.first, (row) => [row.position], (row) => row.item);
}
