import type DataLoader from 'dataloader';

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
