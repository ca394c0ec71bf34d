import { createHash } from 'node:crypto';

// The content of seeded commits as the fakes list it: stable SHAs and sorted trees.

/** A fake blob/object SHA for seeded content (stable, 40 hex characters). */
export function fakeSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The directories and files of a seeded commit, sorted by path. */
export function treeOf(files: Record<string, string>): { path: string; type: 'blob' | 'tree'; content: string | null }[] {
  const entries = new Map<string, { path: string; type: 'blob' | 'tree'; content: string | null }>();
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const directory = parts.slice(0, depth).join('/');
      entries.set(directory, { path: directory, type: 'tree', content: null });
    }
    entries.set(path, { path, type: 'blob', content });
  }
  // Byte order, as git sorts (a locale-aware sort would put `data` before `README.md`).
  return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
