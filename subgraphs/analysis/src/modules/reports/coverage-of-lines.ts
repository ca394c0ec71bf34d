import { isAbsolute, normaliseCoveragePath, type CoverageReport, type FileCoverage } from './coverage.js';

/**
 * Coverage of the given lines only (a pull request's added lines): lines that are instrumented count.
 * `changed` maps tree-relative paths to line numbers. A report path matches a changed path exactly or,
 * when the report's paths are absolute or relative to a subfolder, by a trailing run of whole path
 * segments; when several report files match equally well, the file is left out rather than guessed.
 */
export function coverageOfLines(
  report: CoverageReport,
  changed: ReadonlyMap<string, ReadonlySet<number>>,
): { linesFound: number; linesHit: number; rate: number | null } {
  const byPath = new Map(report.files.map((file) => [file.path, file]));
  const byBaseName = new Map<string, FileCoverage[]>();
  for (const file of report.files) {
    const name = baseName(file.path);
    byBaseName.set(name, [...(byBaseName.get(name) ?? []), file]);
  }
  let linesFound = 0;
  let linesHit = 0;
  for (const [rawPath, lines] of changed) {
    const path = normaliseCoveragePath(rawPath);
    const file = byPath.get(path) ?? matchBySuffix(path, byBaseName.get(baseName(path)) ?? []);
    if (file === undefined) continue;
    for (const line of lines) {
      const hits = file.lines.get(line);
      if (hits === undefined) continue;
      linesFound += 1;
      if (hits > 0) linesHit += 1;
    }
  }
  return { linesFound, linesHit, rate: linesFound === 0 ? null : linesHit / linesFound };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function matchBySuffix(path: string, candidates: readonly FileCoverage[]): FileCoverage | undefined {
  const matches = candidates
    .filter((file) => (isAbsolute(file.path) ? file.path.endsWith(`/${path}`) : path.endsWith(`/${file.path}`) || file.path.endsWith(`/${path}`)))
    // The longest shared tail is the most specific match.
    .map((file) => ({ file, shared: Math.min(file.path.length, path.length) }))
    .sort((a, b) => b.shared - a.shared);
  const [best, second] = matches;
  if (best === undefined || (second !== undefined && second.shared === best.shared)) return undefined;
  return best.file;
}
