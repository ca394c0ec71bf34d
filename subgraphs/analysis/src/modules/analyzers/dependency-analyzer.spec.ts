import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDependencies } from './dependency-analyzer.js';
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

const metrics = (modules: { path: string; afferent: number; efferent: number; instability: number; inCycle: boolean }[]) =>
  Object.fromEntries(modules.map(({ path, ...rest }) => [path, rest]));

describe('analyseDependencies', () => {
  it('finds the cycle a → b → c → a once, as one MAJOR architecture finding', async () => {
    const { root } = await tree({
      'src/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/b.ts': "import { c } from './c.js';\nexport const b = () => c;\n",
      'src/c.ts': "import { a } from './a.js';\nexport const c = () => a;\n",
      'src/d.ts': "import { a } from './a.js';\nexport const d = a;\n",
    });
    const analysis = await analyseDependencies({ root });
    expect(analysis.cycles).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
    expect(analysis.findings).toEqual([
      expect.objectContaining({
        tool: 'dependency-cruiser',
        rule: 'no-circular',
        severity: 'MAJOR',
        category: 'architecture',
        path: 'src/a.ts',
        message: 'Circular dependency: src/a.ts → src/b.ts → src/c.ts → src/a.ts',
        startLine: null,
      }),
    ]);
    expect(analysis.modules.filter((module) => module.inCycle).map((module) => module.path)).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts']);
    expect(analysis.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reports two cycles sharing a module separately', async () => {
    const { root } = await tree({
      'a.js': "import './b.js';\nimport './c.js';\n",
      'b.js': "import './a.js';\n",
      'c.js': "import './a.js';\n",
    });
    expect((await analyseDependencies({ root })).cycles).toEqual([
      ['a.js', 'b.js'],
      ['a.js', 'c.js'],
    ]);
  });

  it('computes afferent and efferent coupling and instability for a small known graph', async () => {
    // app → service → repo; app → repo; util alone.
    const { root } = await tree({
      'app.ts': "import { service } from './service.js';\nimport { repo } from './repo.js';\nexport const app = [service, repo];\n",
      'service.ts': "import { repo } from './repo.js';\nexport const service = repo;\n",
      'repo.ts': 'export const repo = 1;\n',
      'util.js': 'module.exports = 1;\n',
    });
    const analysis = await analyseDependencies({ root });
    expect(metrics(analysis.modules)).toEqual({
      'app.ts': { afferent: 0, efferent: 2, instability: 1, inCycle: false },
      'repo.ts': { afferent: 2, efferent: 0, instability: 0, inCycle: false },
      'service.ts': { afferent: 1, efferent: 1, instability: 0.5, inCycle: false },
      'util.js': { afferent: 0, efferent: 0, instability: 0, inCycle: false },
    });
    expect(analysis.graph).toEqual({
      modules: [
        { path: 'app.ts', dependencies: ['repo.ts', 'service.ts'] },
        { path: 'repo.ts', dependencies: [] },
        { path: 'service.ts', dependencies: ['repo.ts'] },
        { path: 'util.js', dependencies: [] },
      ],
      cycles: [],
    });
    expect(analysis.findings).toEqual([]);
  });

  it('does not count packages, built-ins or unresolved names, and does not list node_modules', async () => {
    const { root } = await tree({
      'index.js': "import left from 'left-pad';\nimport fs from 'node:fs';\nimport gone from 'not-installed';\nimport { own } from './own.js';\nexport default [left, fs, gone, own];\n",
      'own.js': 'export const own = 1;\n',
      'node_modules/left-pad/package.json': '{ "name": "left-pad", "main": "index.js" }\n',
      'node_modules/left-pad/index.js': "module.exports = require('./lib.js');\n",
      'node_modules/left-pad/lib.js': "module.exports = require('./index.js');\n",
    });
    const analysis = await analyseDependencies({ root });
    expect(metrics(analysis.modules)).toEqual({
      'index.js': { afferent: 0, efferent: 1, instability: 1, inCycle: false },
      'own.js': { afferent: 1, efferent: 0, instability: 0, inCycle: false },
    });
    expect(analysis.cycles).toEqual([]);
  });

  it('counts an import type in coupling but not as a cycle', async () => {
    const { root } = await tree({
      'model.ts': "import type { Store } from './store.js';\nexport interface Model { store?: Store }\n",
      'store.ts': "import type { Model } from './model.js';\nexport class Store { items: Model[] = []; }\n",
    });
    const analysis = await analyseDependencies({ root });
    expect(analysis.cycles).toEqual([]);
    expect(metrics(analysis.modules)['model.ts']).toEqual({ afferent: 1, efferent: 1, instability: 0.5, inCycle: false });
  });

  it('gives the same result whatever the process working directory', async () => {
    const { root } = await tree({
      'src/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
      'src/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
    });
    const original = process.cwd();
    try {
      process.chdir(root);
      const fromRoot = await analyseDependencies({ root });
      process.chdir(tmpdir());
      const fromElsewhere = await analyseDependencies({ root });
      process.chdir(original);
      const fromRepository = await analyseDependencies({ root });
      expect(fromRoot.modules.map((module) => module.path)).toEqual(['src/a.ts', 'src/b.ts']);
      expect(fromElsewhere).toEqual(fromRoot);
      expect(fromRepository).toEqual(fromRoot);
    } finally {
      process.chdir(original);
    }
  });

  it('throws the abort reason when aborted', async () => {
    const { root } = await tree({ 'a.js': 'export const a = 1;\n' });
    const controller = new AbortController();
    controller.abort();
    await expect(analyseDependencies({ root, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
