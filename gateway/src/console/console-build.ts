import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The console's sources (a Vite + React app). */
export const CONSOLE_SOURCE_DIR = join(REPO_ROOT, 'console');
/** The typed documents the console imports from the client package. */
const GENERATED_DOCUMENTS = join(REPO_ROOT, 'client', 'src', '__generated__', 'graphql.ts');
/** Packages whose code ends up in the bundle or makes it: a new version of any means a new build. */
const BUILD_PACKAGES = ['vite', '@vitejs/plugin-react', 'react', 'react-dom', 'urql', '@urql/core', 'graphql', 'graphql-ws', 'uplot', 'wouter'];

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** A digest of everything a build reads: the console's sources, the typed documents and the versions of what it bundles. */
export async function consoleInputDigest(sourceDir = CONSOLE_SOURCE_DIR): Promise<string> {
  const hash = createHash('sha256');
  // Everything but the browser tests, which are not part of the build.
  const sources = (await filesUnder(sourceDir)).filter((file) => !relative(sourceDir, file).startsWith(`test${sep}`));
  for (const file of [...sources, GENERATED_DOCUMENTS]) {
    hash.update(relative(sourceDir, file)).update('\u0000').update(await readFile(file));
  }
  for (const name of BUILD_PACKAGES) {
    // Read from the install's folder: not every package exports its package.json.
    const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    hash.update(`${name}@${manifest.version}`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** A production build of the console: a folder holding index.html and its assets. */
export interface ConsoleBuild {
  folder: string;
  digest: string;
  /** Whether this call built it (false: an earlier build of the same inputs was found). */
  built: boolean;
  durationMs: number;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Builds the console with Vite once per version of its inputs, into `cacheDir/<digest>`; a build
 * already there for the same inputs is used as it is, so only the first start after a change pays
 * for the build. The build goes to a temporary folder that is renamed into place, so processes
 * starting together never serve half a build. Vite is loaded only here.
 */
export async function buildConsole(cacheDir: string): Promise<ConsoleBuild> {
  const started = performance.now();
  const digest = await consoleInputDigest();
  const folder = join(cacheDir, digest);
  if (await exists(join(folder, 'index.html'))) return { folder, digest, built: false, durationMs: performance.now() - started };
  const temporary = join(cacheDir, `${digest}.${process.pid}.tmp`);
  await runViteBuild(temporary);
  await mkdir(cacheDir, { recursive: true });
  try {
    await rename(temporary, folder);
  } catch (error) {
    // Another process renamed its identical build into place first.
    await rm(temporary, { recursive: true, force: true });
    if (!(await exists(join(folder, 'index.html')))) throw error;
  }
  return { folder, digest, built: true, durationMs: performance.now() - started };
}

const BUILD_CLI = join(REPO_ROOT, 'gateway', 'src', 'console', 'build-cli.ts');

/**
 * Runs Vite in a process of its own with NODE_ENV=production: Vite and the React plugin read the
 * process's NODE_ENV (`test` under vitest, unset or `development` elsewhere) to choose React's
 * development build and JSX runtime, and changing it in a running server would change it for
 * everything else. The child also keeps Vite's memory out of the gateway.
 */
function runViteBuild(outDir: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', BUILD_CLI, '--out', outDir],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => (error ? reject(new Error(`The console build failed: ${stderr.trim().split('\n').slice(-5).join(' ') || error.message}`)) : resolvePromise()),
    );
  });
}

/** The Vite build itself, in this process (build-cli.ts runs it in the child that runViteBuild starts). */
export async function viteBuildHere(outDir: string): Promise<void> {
  if (process.env.NODE_ENV !== 'production') throw new Error('The console is built with NODE_ENV=production only (see runViteBuild).');
  const { build } = await import('vite');
  await build({ configFile: join(CONSOLE_SOURCE_DIR, 'vite.config.ts'), root: CONSOLE_SOURCE_DIR, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
}

/** Where builds are kept: npm's conventional cache folder of the installed dependencies (like the IDE's). */
export const DEFAULT_CONSOLE_CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'steward-console');
