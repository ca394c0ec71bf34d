import type { RawFinding } from '../analyzers/finding.js';
import type { LintFileCache } from '../analyzers/eslint-analyzer.js';
import type { ArtifactKind } from '../artifacts/artifact.entity.js';
import type { ModuleMetricsRow } from '../findings/finding.repository.js';
import type { AnalysisKind, TaskMetrics } from '../sessions/session.entity.js';

/** A file a task wrote besides its findings (the dependency graph). */
export interface OutputFile {
  kind: ArtifactKind;
  name: string;
  mediaType: string;
  content: Buffer;
}

/** What one run of an analyzer produced: stored as the task's REPORT and reused on a cache hit. */
export interface TaskOutput {
  findings: RawFinding[];
  metrics: TaskMetrics;
  /** The tools whose findings these are (a finding of one of them not seen again is FIXED). */
  tools: string[];
  modules?: ModuleMetricsRow[];
  files?: OutputFile[];
}

/** What an analyzer gets to read. */
export interface AnalyzerInput {
  /** The unpacked source (analyzers with `needsSource`). */
  sourceDir: string | null;
  /** The report it imports (IMPORT and DYNAMIC analyzers). */
  report: Buffer | null;
  /** For a pull request's session: the lines it adds or changes, by file (coverage measures them). */
  changedLines: ReadonlyMap<string, ReadonlySet<number>> | null;
  /** ESLint's per-file cache of the session's organization. */
  lintCache: LintFileCache;
  signal: AbortSignal;
}

/** One analyzer: how it is named and versioned (both go into the cache key) and how it runs. */
export interface Analyzer {
  name: string;
  version: string;
  kind: AnalysisKind;
  /** A digest of everything besides the version that shapes its results (its shipped configuration); may load the tool. */
  configDigest(): Promise<string>;
  needsSource: boolean;
  run(input: AnalyzerInput): Promise<TaskOutput>;
}

/** The analyzers a session's kinds and reports map to. */
export interface AnalyzerCatalogue {
  /** The analyzers of the source for a kind (STATIC: ESLint; GRAPH: dependency-cruiser). */
  forSource(kind: 'STATIC' | 'GRAPH'): Analyzer;
  /** The analyzer importing a report of this upload kind. */
  forReport(kind: 'SARIF' | 'JUNIT' | 'COVERAGE'): Analyzer;
  byName(name: string): Analyzer | null;
}
