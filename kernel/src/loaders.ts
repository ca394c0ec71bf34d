import DataLoader from 'dataloader';
import { isId } from './ids.js';

/**
 * A per-request loader of objects by id, answering in key order (null for unknown ids and for
 * malformed ones, which never reach SQL). `find` must be a tenant-scoped repository method.
 */
export function loaderById<T extends { id: string }>(find: (ids: string[]) => Promise<readonly T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const ids = [...new Set(keys.filter(isId))];
    const found = new Map((ids.length ? await find(ids) : []).map((row) => [row.id, row]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/**
 * A per-request loader of what belongs to each key (a parent id), answering in key order: `find`
 * returns rows for all keys at once, `keyOf` says which key a row belongs to, `valueOf` what to keep of it.
 */
export function loaderOfGroups<R, T = R>(
  find: (keys: string[]) => Promise<readonly R[]>,
  keyOf: (row: R) => string,
  valueOf: (row: R) => T = (row) => row as unknown as T,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await find([...keys])) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(valueOf(row));
      else groups.set(key, [valueOf(row)]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A per-request loader of one value per key computed for all keys at once, `fallback` when `find` has none. */
export function loaderOfValues<V>(find: (keys: string[]) => Promise<ReadonlyMap<string, V>>, fallback: V): DataLoader<string, V> {
  return new DataLoader(async (keys) => {
    const values = await find([...keys]);
    return keys.map((key) => values.get(key) ?? fallback);
  });
}

/**
 * A family of DataLoaders, one per distinct argument set (e.g. per page size and cursor), so a
 * paginated by-parent field is still one query for every parent sharing the same arguments.
 */
export function loaderFamily<A, K, V>(create: (args: A) => DataLoader<K, V>): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}
