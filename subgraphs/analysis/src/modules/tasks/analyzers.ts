import { createHash } from 'node:crypto';
import { DEPENDENCY_ANALYZER_NAME, ESLINT_ANALYZER_NAME, installedVersion } from '../analyzers/tool-versions.js';
import { coverageOfLines, detectCoverageFormat, parseCobertura, parseLcov } from '../reports/coverage.js';
import { parseJUnit } from '../reports/junit.js';
import { ReportError } from '../reports/report-error.js';
import { parseSarif } from '../reports/sarif.js';
import type { Analyzer, AnalyzerCatalogue } from './analyzer-registry.js';

/** Importers have no configuration beyond their code: the digest names the parser revision (bump it when a parser changes what it reads). */
const IMPORTER_REVISION = 'steward-importers-1';
const importerDigest = (name: string) => async () => createHash('sha256').update(`${IMPORTER_REVISION}:${name}`).digest('hex');

// ESLint and dependency-cruiser are loaded by the first task that runs them, not by every process
// that merely plans sessions (they take over a second to import).

const eslint: Analyzer = {
  name: ESLINT_ANALYZER_NAME,
  version: installedVersion('eslint'),
  kind: 'STATIC',
  configDigest: async () => (await import('../analyzers/eslint-config.js')).ESLINT_CONFIG_DIGEST,
  needsSource: true,
  async run({ sourceDir, lintCache, signal }) {
    const { runEslint } = await import('../analyzers/eslint-analyzer.js');
    const result = await runEslint({ root: sourceDir!, cache: lintCache, signal });
    return { findings: result.findings, tools: [ESLINT_ANALYZER_NAME], metrics: { filesAnalysed: result.files, maxCyclomaticComplexity: result.maxComplexity } };
  },
};

const dependencies: Analyzer = {
  name: DEPENDENCY_ANALYZER_NAME,
  version: installedVersion(DEPENDENCY_ANALYZER_NAME),
  kind: 'GRAPH',
  configDigest: importerDigest(DEPENDENCY_ANALYZER_NAME),
  needsSource: true,
  async run({ sourceDir, signal }) {
    const { analyseDependencies } = await import('../analyzers/dependency-analyzer.js');
    const result = await analyseDependencies({ root: sourceDir!, signal });
    return {
      findings: result.findings,
      tools: [DEPENDENCY_ANALYZER_NAME],
      metrics: { dependencyCycles: result.cycles.length },
      modules: result.modules,
      files: [{ kind: 'GRAPH', name: 'dependency-graph.json', mediaType: 'application/json', content: Buffer.from(JSON.stringify(result.graph)) }],
    };
  },
};

const sarif: Analyzer = {
  name: 'sarif',
  version: '2.1.0',
  kind: 'IMPORT',
  configDigest: importerDigest('sarif'),
  needsSource: false,
  async run({ report }) {
    const parsed = parseSarif(report!);
    return { findings: parsed.findings, tools: [...new Set(parsed.tools.map((tool) => tool.name))], metrics: {} };
  },
};

const junit: Analyzer = {
  name: 'junit',
  version: '1',
  kind: 'DYNAMIC',
  configDigest: importerDigest('junit'),
  needsSource: false,
  async run({ report }) {
    const parsed = parseJUnit(report!);
    return { findings: [], tools: [], metrics: { testsPassed: parsed.passed, testsFailed: parsed.failed + parsed.errored, testsSkipped: parsed.skipped } };
  },
};

const coverage: Analyzer = {
  name: 'coverage',
  version: '1',
  kind: 'DYNAMIC',
  configDigest: importerDigest('coverage'),
  needsSource: false,
  async run({ report, changedLines }) {
    const format = detectCoverageFormat(report!);
    if (!format) throw new ReportError('coverage', 'file', 'The coverage report must be lcov or Cobertura XML.');
    const parsed = format === 'lcov' ? parseLcov(report!) : parseCobertura(report!);
    // New code: the changed lines the report instruments (null when it instruments none of them).
    const newCode = changedLines ? coverageOfLines(parsed, changedLines).rate : null;
    return { findings: [], tools: [], metrics: { coverage: parsed.lineRate, branchCoverage: parsed.branchRate, newCodeCoverage: newCode } };
  },
};

/** Steward's analyzers: ESLint (STATIC), dependency-cruiser (GRAPH) and the SARIF, JUnit and coverage importers. */
export function shippedAnalyzers(): AnalyzerCatalogue {
  return catalogueOf({ STATIC: eslint, GRAPH: dependencies }, { SARIF: sarif, JUNIT: junit, COVERAGE: coverage });
}

/** A catalogue over the given analyzers (tests swap one for a controllable one). */
export function catalogueOf(source: Record<'STATIC' | 'GRAPH', Analyzer>, reports: Record<'SARIF' | 'JUNIT' | 'COVERAGE', Analyzer>): AnalyzerCatalogue {
  const all = [...Object.values(source), ...Object.values(reports)];
  return {
    forSource: (kind) => source[kind],
    forReport: (kind) => reports[kind],
    byName: (name) => all.find((analyzer) => analyzer.name === name) ?? null,
  };
}
