/**
 * The STATIC analyzer (`runEslint`) next to ESLint's own API on the same files with the same config,
 * in one process:
 *   (a) `new ESLint({ overrideConfigFile: true, overrideConfig }).lintFiles(['.'])`: the baseline;
 *   (b) `runEslint` cold, with an empty in-memory cache: reading, hashing, one `lintText` per file,
 *       messages turned into findings and complexities, results stored in the cache;
 *   (c) `runEslint` again after one file changed: one file linted, the rest served by the cache.
 * The corpus is this repository's own TypeScript (kernel/src and subgraphs/<name>/src), sampled evenly to
 * ANALYSIS_FILES files (default 300) and copied to a temporary directory. (a) and (b) run in
 * alternating rounds after a warm-up pass (the first lint in a process loads TypeScript and compiles
 * the rules), and the best round of each is printed. CPU is the process's user + system time, so
 * it includes garbage collection and file reads.
 *
 * Run: `npx tsx bench/src/analysis-static.ts` (ANALYSIS_FILES=733 for every file, ANALYSIS_ROUNDS=3).
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { runEslint, type EslintRun } from '../../subgraphs/analysis/src/modules/analyzers/eslint-analyzer.js';
import { MemoryLintFileCache } from '../../subgraphs/analysis/src/modules/analyzers/memory-lint-cache.js';
import { ESLINT_CONFIG } from '../../subgraphs/analysis/src/modules/analyzers/eslint-config.js';
import { fixed, isEntryPoint, machineLine, printTable } from './stats.js';

const FILES = Number(process.env.ANALYSIS_FILES ?? 300);
const ROUNDS = Number(process.env.ANALYSIS_ROUNDS ?? 2);
const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every `.ts` file under `directory`, relative to the repository, sorted. */
async function typescriptFiles(directory: string): Promise<string[]> {
  const entries = await readdir(join(REPOSITORY, directory), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(REPOSITORY, join(entry.parentPath, entry.name)))
    .sort();
}

/** Copies an even sample of the repository's sources into a fresh temporary directory. */
async function buildCorpus(): Promise<{ root: string; files: string[]; bytes: number }> {
  const subgraphs = (await readdir(join(REPOSITORY, 'subgraphs'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => `subgraphs/${entry.name}/src`);
  const all: string[] = [];
  for (const directory of ['kernel/src', ...subgraphs]) all.push(...(await typescriptFiles(directory)));
  const step = Math.max(1, all.length / FILES);
  const files = Array.from({ length: Math.min(FILES, all.length) }, (_, i) => all[Math.floor(i * step)]!);
  const root = await mkdtemp(join(tmpdir(), 'steward-bench-static-'));
  let bytes = 0;
  for (const file of files) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await copyFile(join(REPOSITORY, file), join(root, file));
    bytes += (await readFile(join(root, file))).length;
  }
  return { root, files, bytes };
}

interface Measured<T> {
  value: T;
  wallMs: number;
  cpuMs: number;
}

async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const cpu = process.cpuUsage();
  const startedAt = performance.now();
  const value = await work();
  const wallMs = performance.now() - startedAt;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** ESLint's own API over the whole corpus: the baseline. */
async function eslintApi(root: string): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: ESLINT_CONFIG });
  return eslint.lintFiles(['.']);
}

const best = <T>(runs: Measured<T>[]) => runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));

export async function main(): Promise<void> {
  const corpus = await buildCorpus();
  try {
    // Warm-up: loads the TypeScript parser and compiles the rules' code for both paths.
    await eslintApi(corpus.root);
    await runEslint({ root: corpus.root });

    const api: Measured<ESLint.LintResult[]>[] = [];
    const cold: Measured<EslintRun>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      api.push(await measure(() => eslintApi(corpus.root)));
      cold.push(await measure(() => runEslint({ root: corpus.root, cache: new MemoryLintFileCache() })));
    }

    // (c): a cache filled by a cold run, then one file changed.
    const cache = new MemoryLintFileCache();
    await runEslint({ root: corpus.root, cache });
    const unchanged = await measure(() => runEslint({ root: corpus.root, cache }));
    const changedFile = join(corpus.root, corpus.files[Math.floor(corpus.files.length / 2)]!);
    await writeFile(changedFile, `${await readFile(changedFile, 'utf8')}\nexport const benchEdit = 1;\n`);
    const oneChanged = await measure(() => runEslint({ root: corpus.root, cache }));

    const a = best(api);
    const b = best(cold);
    const apiFiles = a.value.length;
    const apiRate = apiFiles / (a.wallMs / 1000);
    const coldRate = b.value.files / (b.wallMs / 1000);
    const complexityMessages = a.value.reduce((sum, result) => sum + result.messages.filter((message) => message.ruleId === 'complexity').length, 0);

    console.log(`\n# STATIC analysis: runEslint vs ESLint's own API, ${corpus.files.length} TypeScript files of this repository (${fixed(corpus.bytes / 1024, 0)} KiB), best of ${ROUNDS} rounds`);
    console.log(`# ${machineLine()}; ESLint ${ESLint.version}, concurrency off`);
    printTable(
      ['path', 'files', 'linted', 'wall (ms)', 'files/s', 'CPU ms/file', 'ratio'],
      [
        ['(a) ESLint API lintFiles (baseline)', String(apiFiles), String(apiFiles), fixed(a.wallMs, 0), fixed(apiRate, 0), fixed(a.cpuMs / apiFiles, 2), '1.00× rate'],
        ['(b) runEslint, cold (empty cache)', String(b.value.files), String(b.value.linted), fixed(b.wallMs, 0), fixed(coldRate, 0), fixed(b.cpuMs / b.value.files, 2), `${fixed(coldRate / apiRate, 2)}× rate of (a)`],
        ['(c) runEslint, one file changed', String(oneChanged.value.files), String(oneChanged.value.linted), fixed(oneChanged.wallMs, 1), '-', fixed(oneChanged.cpuMs / oneChanged.value.files, 3), `${fixed(oneChanged.wallMs / b.wallMs, 3)}× wall of (b)`],
        ['    runEslint, nothing changed', String(unchanged.value.files), String(unchanged.value.linted), fixed(unchanged.wallMs, 1), '-', fixed(unchanged.cpuMs / unchanged.value.files, 3), `${fixed(unchanged.wallMs / b.wallMs, 3)}× wall of (b)`],
      ],
    );
    console.log(`# rounds (wall ms): (a) ${api.map((run) => fixed(run.wallMs, 0)).join(', ')}; (b) ${cold.map((run) => fixed(run.wallMs, 0)).join(', ')}`);
    console.log(`# same work: (a) ${complexityMessages} complexity messages, (b) ${b.value.functions.length} functions; (b) ${b.value.findings.length} findings, max complexity ${b.value.maxComplexity}`);
    if (oneChanged.value.linted !== 1 || unchanged.value.linted !== 0) throw new Error(`expected 1 and 0 files linted, got ${oneChanged.value.linted} and ${unchanged.value.linted}`);
    if (complexityMessages !== b.value.functions.length) throw new Error('the two paths did not see the same functions');
  } finally {
    await rm(corpus.root, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) await main();
