import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a browser downloads for one page of the console: its files and their gzipped total. */
export interface PageWeight {
  files: string[];
  gzipBytes: number;
}

const gzipSize = async (path: string) => gzipSync(await readFile(path), { level: 9 }).length;

/** The chunks a script imports statically (`import … from "./x.js"`, `import "./x.js"`), transitively. */
async function withStaticImports(assets: string, entries: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    if (!name.endsWith('.js')) continue;
    const code = await readFile(join(assets, name), 'utf8');
    // Static imports only: `import(` (a lazy page) is not followed.
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)) queue.push(match[1]!);
  }
  return [...seen].sort();
}

/**
 * The weight of the console's first page (sign-in: what index.html loads) and of the organization
 * overview (that, plus the overview's chunk and what it imports, and the stylesheets of its chunk),
 * gzipped at level 9, from a build folder (see console-build.ts).
 */
export async function consolePageWeights(buildFolder: string): Promise<{ signIn: PageWeight; overview: PageWeight; allGzipBytes: number }> {
  const assets = join(buildFolder, 'assets');
  const html = await readFile(join(buildFolder, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\/console\/assets\/([\w.-]+)"/g)].map((match) => match[1]!);
  const names = await readdir(assets);
  const signInFiles = await withStaticImports(assets, linked);
  const overviewChunk = names.filter((name) => /^overview-[\w-]+\.(js|css)$/.test(name));
  const overviewFiles = await withStaticImports(assets, [...signInFiles, ...overviewChunk]);
  const weigh = async (files: string[]): Promise<PageWeight> => ({ files, gzipBytes: (await Promise.all(files.map((file) => gzipSize(join(assets, file))))).reduce((sum, size) => sum + size, 0) });
  const all = await weigh(names);
  return { signIn: await weigh(signInFiles), overview: await weigh(overviewFiles), allGzipBytes: all.gzipBytes };
}
