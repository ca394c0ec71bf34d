import { afterEach, describe, expect, it } from 'vitest';
import { COMPLEXITY_FINDING_THRESHOLD, runEslint, type LintFileCache, type LintFileResult } from './eslint-analyzer.js';
import { MemoryLintFileCache } from './memory-lint-cache.js';
import { configDigest, ESLINT_CONFIG, ESLINT_CONFIG_DIGEST } from './eslint-config.js';
import { sourceTree, type SourceTree } from './fixtures/source-tree.js';

const trees: SourceTree[] = [];
async function tree(files: Record<string, string>): Promise<SourceTree> {
  const created = await sourceTree(files);
  trees.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(trees.splice(0).map((created) => created.remove()));
});

/** A cache that records what it was asked and given, around the in-memory one. */
class RecordingCache implements LintFileCache {
  readonly inner = new MemoryLintFileCache();
  readonly gets: string[][] = [];
  readonly puts: number[] = [];
  async get(keys: readonly string[]): Promise<Map<string, LintFileResult>> {
    this.gets.push([...keys]);
    return this.inner.get(keys);
  }
  async put(entries: ReadonlyMap<string, LintFileResult>): Promise<void> {
    this.puts.push(entries.size);
    return this.inner.put(entries);
  }
}

const threeIfs = `export function grade(score) {
  if (score > 90) return 'A';
  if (score > 80) return 'B';
  if (score > 70) return 'C';
  return 'F';
}
`;

describe('runEslint', () => {
  it('reports eval in a JS file as a CRITICAL security finding on its line', async () => {
    const { root } = await tree({ 'src/run.js': `export function run(code) {\n  return eval(code);\n}\n` });
    const { findings } = await runEslint({ root });
    expect(findings).toEqual([
      expect.objectContaining({ tool: 'eslint', rule: 'no-eval', severity: 'CRITICAL', category: 'security', path: 'src/run.js', startLine: 2, endLine: 2 }),
    ]);
    expect(findings[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports an unused variable in a TS file with the typescript-eslint rule', async () => {
    const { root } = await tree({ 'lib/count.ts': `export function count(items: string[]): number {\n  const unused: number = 1;\n  return items.length;\n}\n` });
    const { findings } = await runEslint({ root });
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.category, finding.startLine])).toEqual([['@typescript-eslint/no-unused-vars', 'MAJOR', 'correctness', 2]]);
  });

  it('reports a syntax error as a MAJOR parse-error and keeps linting the other files', async () => {
    const { root } = await tree({ 'a.ts': 'export const a = ;\n', 'b.js': 'export const b = 1;\n' });
    const run = await runEslint({ root });
    expect(run.findings).toEqual([expect.objectContaining({ rule: 'parse-error', severity: 'MAJOR', path: 'a.ts', startLine: 1 })]);
    expect(run.linted).toBe(2);
  });

  it('reads the cyclomatic complexity of a function with three ifs as 4', async () => {
    const { root } = await tree({ 'grade.js': threeIfs, 'id.js': 'export const id = (x) => x;\n' });
    const run = await runEslint({ root });
    expect(run.functions).toEqual([
      { path: 'grade.js', name: 'grade', line: 1, complexity: 4 },
      { path: 'id.js', name: 'Arrow function', line: 1, complexity: 1 },
    ]);
    expect(run.maxComplexity).toBe(4);
    // Complexity is a figure here, not a finding.
    expect(run.findings).toEqual([]);
  });

  it(`reports a function more complex than ${COMPLEXITY_FINDING_THRESHOLD} as a maintainability finding`, async () => {
    const branches = Array.from({ length: COMPLEXITY_FINDING_THRESHOLD }, (_, i) => `  if (x === ${i}) return ${i};`).join('\n');
    const { root } = await tree({ 'big.js': `export function big(x) {\n${branches}\n  return -1;\n}\n` });
    const run = await runEslint({ root });
    expect(run.maxComplexity).toBe(COMPLEXITY_FINDING_THRESHOLD + 1);
    expect(run.findings).toEqual([expect.objectContaining({ rule: 'complexity', severity: 'MAJOR', category: 'maintainability', startLine: 1 })]);
  });

  it('has no complexity when the tree has no function', async () => {
    const { root } = await tree({ 'const.js': 'export const one = 1;\n' });
    expect(await runEslint({ root })).toMatchObject({ functions: [], maxComplexity: null, files: 1, findings: [] });
  });

  it('lints nothing on a second run of the same tree, and asks the cache once per run', async () => {
    const { root } = await tree({ 'a.js': threeIfs, 'b.ts': 'export const b: number = eval("1");\n', 'c.js': 'let c = 1;\n' });
    const cache = new RecordingCache();
    const cold = await runEslint({ root, cache });
    const warm = await runEslint({ root, cache });
    expect(cold).toMatchObject({ files: 3, linted: 3, cached: 0 });
    expect(warm).toMatchObject({ files: 3, linted: 0, cached: 3 });
    expect(warm).toEqual({ ...cold, linted: 0, cached: 3 });
    expect(cache.gets.map((keys) => keys.length)).toEqual([3, 3]);
    expect(cache.puts).toEqual([3]);
  });

  it('lints exactly the changed file, with results identical to a cold run', async () => {
    const files = { 'a.js': threeIfs, 'b.ts': 'export const b = 1;\n', 'c.js': 'export const c = () => 1;\n' };
    const source = await tree(files);
    const cache = new MemoryLintFileCache();
    await runEslint({ root: source.root, cache });
    await source.write('b.ts', 'export const b: any = eval("1");\n');
    const incremental = await runEslint({ root: source.root, cache });
    const cold = await runEslint({ root: source.root });
    expect(incremental).toMatchObject({ linted: 1, cached: 2 });
    expect({ ...incremental, linted: 0, cached: 0 }).toEqual({ ...cold, linted: 0, cached: 0 });
    expect(incremental.findings.map((finding) => finding.rule)).toEqual(['@typescript-eslint/no-explicit-any', 'no-eval']);
  });

  it('keeps fingerprints when blank lines are inserted above a finding', async () => {
    const source = await tree({ 'x.js': 'export const x = 1;\nexport const y = eval("x");\n' });
    const before = await runEslint({ root: source.root });
    await source.write('x.js', 'export const x = 1;\n\n\n\nexport const y = eval("x");\n');
    const after = await runEslint({ root: source.root });
    expect(after.findings[0]!.startLine).toBe(before.findings[0]!.startLine! + 3);
    expect(after.findings[0]!.fingerprint).toBe(before.findings[0]!.fingerprint);
  });

  it('re-bases a cached result on the path of a moved or duplicated file', async () => {
    const content = 'export const y = eval("x");\n';
    const source = await tree({ 'old/place.js': content });
    const cache = new MemoryLintFileCache();
    await runEslint({ root: source.root, cache });
    await source.write('new/place.js', content);
    const warm = await runEslint({ root: source.root, cache });
    const cold = await runEslint({ root: source.root });
    expect(warm.cached).toBe(2);
    expect(warm.findings).toEqual(cold.findings);
    expect(new Set(warm.findings.map((finding) => finding.fingerprint)).size).toBe(2);
  });

  it('does not reuse a result across extensions: the same text is linted as TS and as JS', async () => {
    const content = 'export const n: number = 1;\n';
    const { root } = await tree({ 'n.ts': content, 'n.js': content });
    const run = await runEslint({ root, cache: new MemoryLintFileCache() });
    expect(run.linted).toBe(2);
    expect(run.findings.map((finding) => [finding.path, finding.rule])).toEqual([['n.js', 'parse-error']]);
  });

  it('stops between files when aborted, keeping what it linted in the cache', async () => {
    const { root } = await tree({ 'a.js': 'export const a = 1;\n', 'b.js': 'export const b = 2;\n', 'c.js': 'export const c = 3;\n' });
    const controller = new AbortController();
    const cache = new RecordingCache();
    const progress: number[] = [];
    const run = runEslint({
      root,
      cache,
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([1]);
    expect(cache.puts).toEqual([1]);
  });

  it('skips node_modules, build output, VCS directories and minified files', async () => {
    const { root } = await tree({
      'src/ok.js': 'export const ok = 1;\n',
      'node_modules/pkg/index.js': 'eval("1");\n',
      'packages/app/node_modules/dep/index.ts': 'eval("1");\n',
      'dist/out.js': 'eval("1");\n',
      'build/out.js': 'eval("1");\n',
      '.git/hooks/x.js': 'eval("1");\n',
      'src/vendor.min.js': 'eval("1");\n',
      'README.md': 'eval("1")\n',
    });
    const run = await runEslint({ root });
    expect(run.files).toBe(1);
    expect(run.findings).toEqual([]);
  });

  it('leaves out files over 1 MiB', async () => {
    const { root } = await tree({ 'small.js': 'export const s = 1;\n', 'huge.js': `export const h = "${'x'.repeat(1024 * 1024)}";\n` });
    expect((await runEslint({ root })).files).toBe(1);
  });

  it('lints only the given files, relative or absolute, inside the tree', async () => {
    const source = await tree({ 'a.js': 'eval("a");\n', 'b.js': 'eval("b");\n', 'c.js': 'eval("c");\n' });
    const run = await runEslint({ root: source.root, files: ['a.js', `${source.root}/c.js`, '../outside.js', 'notes.txt'] });
    expect(run.findings.map((finding) => finding.path)).toEqual(['a.js', 'c.js']);
  });

  it("ignores the tree's comments about rules of its own config", async () => {
    const { root } = await tree({ 'a.js': '// eslint-disable-next-line react/no-danger\nexport const a = 1;\n/* eslint foo/bar: off */\n' });
    expect((await runEslint({ root })).findings).toEqual([]);
  });

  it('reports progress up to the number of files and returns sorted input digests', async () => {
    const { root } = await tree({ 'a.js': 'export const a = 1;\n', 'b.js': 'export const b = 1;\n' });
    const progress: [number, number][] = [];
    const run = await runEslint({ root, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[1, 2], [2, 2]]);
    expect(run.inputDigests).toHaveLength(2);
    expect([...run.inputDigests].sort()).toEqual(run.inputDigests);
  });
});

describe('ESLINT_CONFIG_DIGEST', () => {
  const versions = { eslint: '10.15.0', 'typescript-eslint': '8.73.0' };

  it('is stable for the same config and versions', () => {
    expect(ESLINT_CONFIG_DIGEST).toMatch(/^[0-9a-f]{64}$/);
    expect(configDigest(ESLINT_CONFIG, versions)).toBe(configDigest([...ESLINT_CONFIG], { 'typescript-eslint': '8.73.0', eslint: '10.15.0' }));
  });

  it('changes with a tool version or a rule setting', () => {
    const base = configDigest(ESLINT_CONFIG, versions);
    expect(configDigest(ESLINT_CONFIG, { ...versions, eslint: '10.16.0' })).not.toBe(base);
    expect(configDigest([...ESLINT_CONFIG, { rules: { 'no-console': 'error' } }], versions)).not.toBe(base);
  });
});
