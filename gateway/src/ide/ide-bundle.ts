import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The IDE's browser code: a script and a stylesheet, served from the gateway's own origin. */
export interface IdeBundle {
  script: Buffer;
  stylesheet: Buffer;
  /** Content digest, for cache validation (ETag). */
  digest: string;
}

const require = createRequire(import.meta.url);
const SOURCE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../ide');
/** Packages whose code ends up in the bundle: a new version of any of them means a new build. */
const BUNDLED_PACKAGES = ['graphiql', '@graphiql/react', '@graphiql/plugin-doc-explorer', 'react', 'react-dom', 'graphql', 'graphql-ws', 'esbuild'];

/** A digest of everything the build reads: the IDE's sources and the versions of what it bundles. */
async function inputDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(SOURCE_DIR)).sort()) {
    if (name.endsWith('.ts')) hash.update(name).update(await readFile(join(SOURCE_DIR, name)));
  }
  for (const name of BUNDLED_PACKAGES) {
    const manifest = JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    hash.update(`${name}@${manifest.version}`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Bundles gateway/ide with esbuild (loaded only now: a gateway without the IDE never loads it). */
async function build(): Promise<{ script: Buffer; stylesheet: Buffer }> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(SOURCE_DIR, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    legalComments: 'none',
    write: false,
    outdir: 'out',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    logLevel: 'silent',
  });
  const output = (extension: string) => {
    const file = result.outputFiles.find((candidate) => candidate.path.endsWith(extension));
    if (!file) throw new Error(`The IDE build produced no ${extension} file.`);
    return Buffer.from(file.contents);
  };
  return { script: output('.js'), stylesheet: output('.css') };
}

/**
 * Builds the IDE once per version of its inputs and keeps the result on disk under `cacheDir`, so
 * the first page load after an install pays for one esbuild run (about a second) and every later
 * process reads two files. Writes go through a temporary name and a rename: processes starting
 * together never read a half-written bundle.
 */
export async function loadIdeBundle(cacheDir: string): Promise<IdeBundle> {
  const digest = await inputDigest();
  const folder = join(cacheDir, digest);
  try {
    const [script, stylesheet] = await Promise.all([readFile(join(folder, 'ide.js')), readFile(join(folder, 'ide.css'))]);
    return { script, stylesheet, digest };
  } catch {
    // Not built yet for these inputs.
  }
  const { script, stylesheet } = await build();
  try {
    await mkdir(folder, { recursive: true });
    for (const [name, contents] of [['ide.js', script], ['ide.css', stylesheet]] as const) {
      const temporary = join(folder, `${name}.${process.pid}.tmp`);
      await writeFile(temporary, contents);
      await rename(temporary, join(folder, name));
    }
  } catch {
    // A read-only install (a container's image) keeps the build in memory only: the next process builds again.
  }
  return { script, stylesheet, digest };
}

/** Where built bundles are kept: npm's conventional cache folder of the installed dependencies. */
export const DEFAULT_IDE_CACHE_DIR = resolve(dirname(require.resolve('esbuild/package.json')), '..', '.cache', 'steward-ide');
