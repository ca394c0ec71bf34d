/**
 * The GRAPH analyzer: the module dependency graph of a source tree through dependency-cruiser, with
 * coupling metrics per module and import cycles as findings.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IModule } from 'dependency-cruiser';
import { findingFingerprint, type RawFinding } from './finding.js';
import { DEPENDENCY_ANALYZER_NAME, installedVersion } from './tool-versions.js';
import { comparePaths, isSourcePath, SKIPPED_PATH_PATTERN } from './source-files.js';

export { DEPENDENCY_ANALYZER_NAME };
const CYCLE_RULE = 'no-circular';

/** Coupling of one module of the tree (Robert C. Martin's package metrics, per file). */
export interface ModuleMetrics {
  path: string;
  /** Ca: modules of the tree that depend on this one. */
  afferent: number;
  /** Ce: modules of the tree this one depends on. */
  efferent: number;
  /** Ce / (Ca + Ce); 0 for a module with neither. */
  instability: number;
  inCycle: boolean;
}

/** The GRAPH artifact: the tree's modules with their dependencies inside the tree, and the cycles. */
export interface DependencyGraph {
  modules: { path: string; dependencies: string[] }[];
  cycles: string[][];
}

export interface DependencyAnalysis {
  version: string;
  modules: ModuleMetrics[];
  /** Each cycle once, rotated to start at its smallest path. */
  cycles: string[][];
  findings: RawFinding[];
  graph: DependencyGraph;
}

export const DEPENDENCY_ANALYZER_VERSION: string = installedVersion(DEPENDENCY_ANALYZER_NAME);

/** A module of the analysed tree, as opposed to a built-in, an unresolved name or a package. */
function isTreeModule(module: Pick<IModule, 'source' | 'coreModule' | 'couldNotResolve'>): boolean {
  return !module.coreModule && !module.couldNotResolve && isSourcePath(module.source);
}

/**
 * The edges of the tree's graph by module. `runtime` leaves out `import type` edges: they vanish
 * when compiled, so a cycle through them cannot break module initialisation.
 */
function edgesOf(result: ICruiseResult): { all: Map<string, Set<string>>; runtime: Map<string, Set<string>> } {
  const all = new Map<string, Set<string>>();
  const runtime = new Map<string, Set<string>>();
  for (const module of result.modules) {
    if (!isTreeModule(module)) continue;
    all.set(module.source, new Set());
    runtime.set(module.source, new Set());
  }
  for (const module of result.modules) {
    const from = module.source;
    if (!all.has(from)) continue;
    for (const dependency of module.dependencies) {
      const to = dependency.resolved;
      if (to === from || !all.has(to)) continue;
      all.get(from)!.add(to);
      if (!dependency.dependencyTypes.includes('type-only')) runtime.get(from)!.add(to);
    }
  }
  return { all, runtime };
}

/** Strongly connected components with more than one module (Tarjan, iterative: deep graphs exist). */
function cyclicComponents(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: Iterator<string> }[] = [];
    const visit = (node: string) => {
      index.set(node, counter);
      lowLink.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: edges.get(node)!.values() });
    };
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const step = frame.next.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target)) visit(target);
        else if (onStack.has(target)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components;
}

/** The shortest path from `from` to `to` inside `members` (both ends included), by breadth-first search. */
function shortestPath(edges: ReadonlyMap<string, ReadonlySet<string>>, members: ReadonlySet<string>, from: string, to: string): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === to) {
      const path: string[] = [];
      for (let step: string | null = node; step !== null; step = previous.get(step)!) path.push(step);
      return path.reverse();
    }
    for (const next of [...edges.get(node)!].sort(comparePaths)) {
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/** A cycle rotated to start at its smallest path, so that each cycle has one spelling. */
function canonicalRotation(cycle: readonly string[]): string[] {
  let start = 0;
  for (let i = 1; i < cycle.length; i++) if (comparePaths(cycle[i]!, cycle[start]!) < 0) start = i;
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}

/**
 * The cycles to report: for every edge inside a cyclic component, the shortest cycle through it,
 * each distinct cycle once. Every edge that takes part in a cycle is covered, without enumerating
 * all elementary cycles (exponential in a tangled component).
 */
function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles = new Map<string, string[]>();
  for (const component of cyclicComponents(edges)) {
    const members = new Set(component);
    for (const from of [...component].sort(comparePaths)) {
      for (const to of edges.get(from)!) {
        if (!members.has(to)) continue;
        const back = shortestPath(edges, members, to, from);
        if (!back) continue;
        const cycle = canonicalRotation(back);
        cycles.set(cycle.join('\u0000'), cycle);
      }
    }
  }
  return [...cycles.values()].sort((a, b) => comparePaths(a.join('\u0000'), b.join('\u0000')));
}

function cycleFinding(cycle: readonly string[]): RawFinding {
  const path = cycle[0]!;
  const chain = [...cycle, path].join(' → ');
  return {
    rule: CYCLE_RULE,
    tool: DEPENDENCY_ANALYZER_NAME,
    severity: 'MAJOR',
    category: 'architecture',
    message: `Circular dependency: ${chain}`,
    path,
    startLine: null,
    endLine: null,
    fingerprint: findingFingerprint({ tool: DEPENDENCY_ANALYZER_NAME, rule: CYCLE_RULE, path, snippet: chain }),
  };
}

/**
 * Cruises the JS/TS modules under `root`: relative imports are resolved (`.js` to `.ts` too), packages
 * and built-ins are not modules of the tree and node_modules is neither followed nor listed. No
 * tsconfig is needed. The cruise itself is synchronous inside dependency-cruiser, so the signal is
 * checked before and after it.
 */
export async function analyseDependencies(options: { root: string; signal?: AbortSignal }): Promise<DependencyAnalysis> {
  const { signal } = options;
  signal?.throwIfAborted();
  const root = resolve(options.root);
  // dependency-cruiser resolves from process.cwd() unless given baseDir, and makes absolute
  // arguments relative to process.cwd(): a relative '.' with baseDir = root is cwd-independent.
  const reported = await cruise(['.'], {
    baseDir: root,
    tsPreCompilationDeps: true,
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: SKIPPED_PATH_PATTERN },
  });
  signal?.throwIfAborted();
  if (typeof reported.output === 'string') throw new Error('dependency-cruiser returned a report instead of a cruise result');

  const { all, runtime } = edgesOf(reported.output);
  const cycles = findCycles(runtime);
  const inCycle = new Set(cycles.flat());
  const afferent = new Map<string, number>();
  for (const targets of all.values()) for (const target of targets) afferent.set(target, (afferent.get(target) ?? 0) + 1);

  const paths = [...all.keys()].sort(comparePaths);
  const modules = paths.map((path): ModuleMetrics => {
    const ca = afferent.get(path) ?? 0;
    const ce = all.get(path)!.size;
    return { path, afferent: ca, efferent: ce, instability: ca + ce === 0 ? 0 : ce / (ca + ce), inCycle: inCycle.has(path) };
  });
  return {
    version: DEPENDENCY_ANALYZER_VERSION,
    modules,
    cycles,
    findings: cycles.map(cycleFinding),
    graph: { modules: paths.map((path) => ({ path, dependencies: [...all.get(path)!].sort(comparePaths) })), cycles },
  };
}
