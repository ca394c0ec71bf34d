import DataLoader from 'dataloader';
import { isId } from './arguments.js';

/**
 * A per-request loader of objects by id, answering in key order (null for unknown ids and for
 * malformed ones, which never reach SQL). `find` must limit itself to the caller's organizations.
 */
export function loaderById<T extends { id: string }>(find: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const ids = keys.filter(isId);
    const found = new Map((ids.length ? await find(ids) : []).map((row) => [row.id, row]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/**
 * A per-request loader of what belongs to each key (a parent id), answering in key order: `find`
 * returns rows for all keys at once, `keyOf` says which key a row belongs to, `valueOf` what to keep of it.
 */
export function loaderOfGroups<R, T = R>(
  find: (keys: string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
  valueOf: (row: R) => T = (row) => row as unknown as T,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await find([...keys])) {
      const group = groups.get(keyOf(row)) ?? [];
      group.push(valueOf(row));
      groups.set(keyOf(row), group);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A per-request loader of one number per key (counts), 0 when `find` reports nothing for a key. */
export function loaderOfCounts(find: (keys: string[]) => Promise<Map<string, number>>): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const counts = await find([...keys]);
    return keys.map((key) => counts.get(key) ?? 0);
  });
}
