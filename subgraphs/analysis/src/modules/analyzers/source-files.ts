/**
 * Which files of an analysed tree the STATIC and GRAPH analyzers look at: JS/TS sources outside
 * dependency, build-output and VCS directories, not minified, at most 1 MiB.
 */
import { open, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export const MAX_SOURCE_BYTES = 1024 * 1024;

export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx', '.mts', '.cts']);

const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build', '.git']);

/**
 * The same skip rules as a regular expression over a `/`-separated relative path, for tools that
 * walk the tree themselves (dependency-cruiser's `exclude`).
 */
export const SKIPPED_PATH_PATTERN = '(^|/)(node_modules|dist|build|\\.git)(/|$)|\\.min\\.js$';

/** The extension as ESLint's file patterns see it (`.d.ts` is `.ts`); case matters, as in its globs. */
export function sourceExtension(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash ? path.slice(dot) : '';
}

/** Whether a relative `/`-separated path is an analysable source by name (size is checked apart). */
export function isSourcePath(path: string): boolean {
  if (!SOURCE_EXTENSIONS.has(sourceExtension(path)) || path.endsWith('.min.js')) return false;
  const parts = path.split('/');
  if (parts[0] === '..' || parts[0] === '') return false;
  for (let index = 0; index < parts.length - 1; index++) if (SKIPPED_DIRECTORIES.has(parts[index]!)) return false;
  return true;
}

/** `path` (absolute or relative to `root`) as a `/`-separated path relative to `root`, or null when outside it. */
export function relativeSourcePath(root: string, path: string): string | null {
  const rel = isAbsolute(path) ? relative(root, path) : relative(root, join(root, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * Every analysable source under `root` by name, relative and sorted (sizes are checked when read:
 * {@link readSource}). Symbolic links are not followed: a link can leave the tree or loop.
 */
export async function listSourceFiles(root: string, signal?: AbortSignal): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    signal?.throwIfAborted();
    const directory = pending.pop()!;
    const entries = await readdir(join(root, directory), { withFileTypes: true });
    for (const entry of entries) {
      const path = directory === '' ? entry.name : `${directory}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
      } else if (entry.isFile() && isSourcePath(path)) {
        found.push(path);
      }
    }
  }
  return found.sort(comparePaths);
}

/** The file's bytes, or null when it is over {@link MAX_SOURCE_BYTES} (generated or bundled code). */
export async function readSource(root: string, path: string): Promise<Buffer | null> {
  const handle = await open(join(root, path), 'r');
  try {
    if ((await handle.stat()).size > MAX_SOURCE_BYTES) return null;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Code-unit order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
