import { BadUserInputError, keys, parsePage, toConnection, type Connection, type PageArgs } from '@steward/kernel';
import type { TreeEntry } from '../providers/provider-client.js';

/**
 * A page of a cached tree's entries by path, optionally only those below `path`. The tree is
 * immutable for its commit, so the cursor is the position in the sorted list.
 */
export function treeEntryPage(entries: readonly TreeEntry[], args: PageArgs & { path?: string | null }): Connection<TreeEntry> {
  const page = parsePage(args, keys.integer);
  const prefix = typeof args.path === 'string' ? args.path.replace(/^\/+|\/+$/g, '') : '';
  if (prefix.length > 1000) throw new BadUserInputError('path', 'path: must be at most 1000 characters');
  const sorted = [...entries].filter((entry) => !prefix || entry.path.startsWith(`${prefix}/`)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const start = page.after ?? 0;
  const rows = sorted.slice(start, start + page.first + 1).map((entry, index) => ({ entry, position: start + index + 1 }));
  return toConnection(rows, page.first, (row) => [row.position], (row) => row.entry);
}
