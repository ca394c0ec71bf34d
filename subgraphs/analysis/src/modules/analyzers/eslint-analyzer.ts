/**
 * The STATIC analyzer: ESLint with the shipped configuration over a source tree, with per-file
 * results cached by content so that a new version of a tree only lints the files that changed.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { ESLINT_ANALYZER_NAME, ESLINT_CONFIG, ESLINT_CONFIG_DIGEST, SECURITY_RULES } from './eslint-config.js';
import { findingFingerprint, type RawFinding, type Severity } from './finding.js';
import { comparePaths, isSourcePath, listSourceFiles, readSource, relativeSourcePath, sourceExtension } from './source-files.js';

/** The cyclomatic complexity ESLint's `complexity` rule computed for one function. */
export interface FunctionComplexity {
  path: string;
  /** The function's name when it has one (`parse`), else its kind as ESLint words it (`Arrow function`). */
  name: string;
  line: number;
  complexity: number;
}

/** What linting one file produced; plain JSON so that a cache can store it as is. */
export interface LintFileResult {
  findings: RawFinding[];
  functions: FunctionComplexity[];
}

/** Per-file results by key; the subgraph stores them in PostgreSQL per organization. */
export interface LintFileCache {
  get(keys: readonly string[]): Promise<Map<string, LintFileResult>>;
  put(entries: ReadonlyMap<string, LintFileResult>): Promise<void>;
}

export interface EslintRunOptions {
  /** The tree to analyse; nothing is looked up outside it (no config file, no ignore file). */
  root: string;
  /** Paths relative to `root` (or absolute inside it); default: every JS/TS source of the tree. */
  files?: readonly string[];
  cache?: LintFileCache;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface EslintRun {
  findings: RawFinding[];
  functions: FunctionComplexity[];
  /** The highest complexity of any function; null when the tree has no function. */
  maxComplexity: number | null;
  /** Files analysed (after the size limit); `linted + cached === files`. */
  files: number;
  linted: number;
  cached: number;
  /** Sorted sha256 of each analysed file's content: with the config digest, what the run depends on. */
  inputDigests: string[];
}

/** A function more complex than this is a maintainability finding, not only a figure. */
export const COMPLEXITY_FINDING_THRESHOLD = 15;

const TOOL = ESLINT_ANALYZER_NAME;
const PARSE_ERROR_RULE = 'parse-error';
/** Messages without a rule that are not parse errors (e.g. a malformed inline `eslint` comment). */
const INLINE_CONFIG_RULE = 'inline-config';
const COMPLEXITY_RULE = 'complexity';
const COMPLEXITY_MESSAGE = / has a complexity of (\d+)\./;
const QUOTED_NAME = /'([^']*)'/;
/** ESLint's own line terminators, so that message lines index the same lines. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
/** Reads in flight at once while hashing the tree. */
const READ_BATCH = 32;

/**
 * The cache key of one file's results: the configuration digest, the extension (it selects the
 * parser and rule set) and the content. The path is not part of it: a moved or duplicated file is a
 * hit, and its findings are re-based on the path it has now.
 */
export function lintCacheKey(contentSha256: string, path: string): string {
  return createHash('sha256').update(`${ESLINT_CONFIG_DIGEST}\u0000${sourceExtension(path)}\u0000${contentSha256}`).digest('hex');
}

interface Source {
  path: string;
  bytes: Buffer;
  sha256: string;
  key: string;
}

/** Source text split into lines on demand, only for files with something to fingerprint. */
class Lines {
  #lines: string[] | undefined;
  constructor(private readonly text: () => string) {}

  /** Lines `start`..`end` (1-based, inclusive), the snippet a fingerprint is made of. */
  snippet(start: number, end: number): string {
    this.#lines ??= this.text().split(LINE_BREAK);
    return this.#lines.slice(start - 1, end).join('\n');
  }
}

/**
 * Rule types (`problem`, `suggestion`, `layout`) from the rules' own metadata, asked of ESLint once
 * per rule and run. A rule ESLint has no definition for is only named by an inline comment of the
 * tree (`eslint-disable-next-line react/no-danger`): its type is null.
 */
class RuleTypes {
  readonly #types = new Map<string, string | null>();
  constructor(private readonly eslint: ESLint) {}

  /** The type of a rule reported in `result` (whose file's config is where ESLint looks it up). */
  typeOf(ruleId: string, result: ESLint.LintResult): string | null {
    if (!this.#types.has(ruleId)) {
      for (const [id, meta] of Object.entries(this.eslint.getRulesMetaForResults([result]))) this.#types.set(id, meta?.type ?? null);
      if (!this.#types.has(ruleId)) this.#types.set(ruleId, null);
    }
    return this.#types.get(ruleId) ?? null;
  }
}

/** How bad and what kind a message is; rule types come from the rules' own metadata. */
function classify(message: Linter.LintMessage, ruleType: string | null): { rule: string; severity: Severity; category: string } {
  if (message.ruleId === null) {
    return message.fatal ? { rule: PARSE_ERROR_RULE, severity: 'MAJOR', category: 'correctness' } : { rule: INLINE_CONFIG_RULE, severity: message.severity === 2 ? 'MAJOR' : 'MINOR', category: 'style' };
  }
  if (SECURITY_RULES.has(message.ruleId)) return { rule: message.ruleId, severity: 'CRITICAL', category: 'security' };
  return { rule: message.ruleId, severity: message.severity === 2 ? 'MAJOR' : 'MINOR', category: ruleType === 'problem' ? 'correctness' : 'style' };
}

/** Turns one file's ESLint messages into findings and function complexities. */
function toFileResult(result: ESLint.LintResult | undefined, path: string, lines: Lines, ruleTypes: RuleTypes): LintFileResult {
  const findings: RawFinding[] = [];
  const functions: FunctionComplexity[] = [];
  if (!result) return { findings, functions };
  for (const message of result.messages) {
    const startLine = message.line;
    const endLine = message.endLine ?? message.line;
    if (message.ruleId === COMPLEXITY_RULE) {
      const match = COMPLEXITY_MESSAGE.exec(message.message);
      if (match) {
        const complexity = Number(match[1]);
        const described = message.message.slice(0, match.index);
        const name = QUOTED_NAME.exec(described)?.[1] ?? described;
        functions.push({ path, name, line: startLine, complexity });
        if (complexity > COMPLEXITY_FINDING_THRESHOLD) {
          findings.push({
            rule: COMPLEXITY_RULE,
            tool: TOOL,
            severity: 'MAJOR',
            category: 'maintainability',
            message: `${described} has a cyclomatic complexity of ${complexity} (more than ${COMPLEXITY_FINDING_THRESHOLD}).`,
            path,
            startLine,
            endLine,
            fingerprint: findingFingerprint({ tool: TOOL, rule: COMPLEXITY_RULE, path, snippet: lines.snippet(startLine, endLine) }),
          });
        }
        continue;
      }
    }
    const ruleType = message.ruleId === null ? null : ruleTypes.typeOf(message.ruleId, result);
    // "Definition for rule 'react/…' was not found": the tree's comment names a rule of its own config.
    if (message.ruleId !== null && ruleType === null) continue;
    const { rule, severity, category } = classify(message, ruleType);
    findings.push({
      rule,
      tool: TOOL,
      severity,
      category,
      message: message.message,
      path,
      startLine,
      endLine,
      fingerprint: findingFingerprint({ tool: TOOL, rule, path, snippet: lines.snippet(startLine, endLine) }),
    });
  }
  return { findings, functions };
}

/**
 * A cached result linted under another path (a moved or duplicated file) with its paths and
 * fingerprints made those of `path`; the same object when nothing differs.
 */
function rebase(result: LintFileResult, path: string, lines: Lines): LintFileResult {
  if (result.findings.every((finding) => finding.path === path) && result.functions.every((fn) => fn.path === path)) return result;
  return {
    findings: result.findings.map((finding) => ({
      ...finding,
      path,
      fingerprint: findingFingerprint({ tool: finding.tool, rule: finding.rule, path, snippet: finding.startLine === null ? '' : lines.snippet(finding.startLine, finding.endLine ?? finding.startLine) }),
    })),
    functions: result.functions.map((fn) => ({ ...fn, path })),
  };
}

/** The files to analyse: the given ones (inside the tree, JS/TS by name) or every source of the tree. */
async function selectFiles(root: string, files: readonly string[] | undefined, signal: AbortSignal | undefined): Promise<string[]> {
  if (!files) return listSourceFiles(root, signal);
  const selected = new Set<string>();
  for (const file of files) {
    const path = relativeSourcePath(root, file);
    if (path !== null && isSourcePath(path)) selected.add(path);
  }
  return [...selected].sort(comparePaths);
}

/** Reads and hashes the files, a batch at a time; files over the size limit are dropped. */
async function readSources(root: string, paths: readonly string[], signal: AbortSignal | undefined): Promise<Source[]> {
  const sources: Source[] = [];
  for (let start = 0; start < paths.length; start += READ_BATCH) {
    signal?.throwIfAborted();
    const batch = paths.slice(start, start + READ_BATCH);
    const contents = await Promise.all(batch.map((path) => readSource(root, path)));
    batch.forEach((path, index) => {
      const bytes = contents[index];
      if (!bytes) return;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      sources.push({ path, bytes, sha256, key: lintCacheKey(sha256, path) });
    });
  }
  return sources;
}

/**
 * Lints a tree with the shipped configuration. Files are hashed first; the cache is asked for all
 * of them at once and only the misses are linted, with one ESLint instance, then stored. The
 * signal is checked between files (the abort reason is thrown).
 */
export async function runEslint(options: EslintRunOptions): Promise<EslintRun> {
  const { cache, signal, onProgress } = options;
  const root = resolve(options.root);
  const sources = await readSources(root, await selectFiles(root, options.files, signal), signal);
  const total = sources.length;

  const hits = cache && total > 0 ? await cache.get([...new Set(sources.map((source) => source.key))]) : new Map<string, LintFileResult>();
  const results: LintFileResult[] = new Array(total);
  const misses: number[] = [];
  sources.forEach((source, index) => {
    const hit = hits.get(source.key);
    if (hit) results[index] = rebase(hit, source.path, new Lines(() => source.bytes.toString('utf8')));
    else misses.push(index);
  });
  let done = total - misses.length;
  if (done > 0) onProgress?.(done, total);

  const fresh = new Map<string, LintFileResult>();
  if (misses.length > 0) {
    // One instance for the whole run: it resolves the config array once and keeps the parsers loaded.
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: ESLINT_CONFIG, ignore: false });
    const ruleTypes = new RuleTypes(eslint);
    try {
      for (const index of misses) {
        signal?.throwIfAborted();
        const source = sources[index]!;
        const text = source.bytes.toString('utf8');
        const [result] = await eslint.lintText(text, { filePath: join(root, source.path) });
        const fileResult = toFileResult(result, source.path, new Lines(() => text), ruleTypes);
        results[index] = fileResult;
        fresh.set(source.key, fileResult);
        onProgress?.(++done, total);
      }
    } finally {
      // Also after an abort: what was linted stays linted for the next run.
      if (cache && fresh.size > 0) await cache.put(fresh);
    }
  }

  const findings: RawFinding[] = [];
  const functions: FunctionComplexity[] = [];
  let maxComplexity: number | null = null;
  for (const result of results) {
    findings.push(...result.findings);
    for (const fn of result.functions) {
      functions.push(fn);
      if (maxComplexity === null || fn.complexity > maxComplexity) maxComplexity = fn.complexity;
    }
  }
  return {
    findings,
    functions,
    maxComplexity,
    files: total,
    linted: misses.length,
    cached: total - misses.length,
    inputDigests: sources.map((source) => source.sha256).sort(comparePaths),
  };
}
