import { ReportError } from './report-error.js';
import { decodeReportText, describeShape, textShape } from './report-input.js';
import { attribute, childElements, elementText, parseXmlReport } from './report-xml.js';

/** Line and branch coverage of one source file. */
export interface FileCoverage {
  /** Relative to the tree's root when the report allows it (see {@link parseCobertura}), `/` separators. */
  path: string;
  /** Instrumented line → times it ran. A line missing from the map is not instrumented. */
  lines: Map<number, number>;
  branchesFound: number;
  branchesHit: number;
}

/** A coverage report, summed over its files. Rates are null when nothing was instrumented. */
export interface CoverageReport {
  format: 'lcov' | 'cobertura';
  files: FileCoverage[];
  linesFound: number;
  linesHit: number;
  branchesFound: number;
  branchesHit: number;
  lineRate: number | null;
  branchRate: number | null;
}

/** Branches of one file, keyed so that a file listed twice merges instead of counting twice. */
type BranchMap = Map<string, { found: number; hit: number }>;

interface FileAccumulator {
  path: string;
  lines: Map<number, number>;
  branches: BranchMap;
}

/**
 * Collects coverage by normalised path. `mergeHits` says how a line seen twice combines: lcov
 * tracefiles are concatenated across test runs (hits add up), while Cobertura repeats a file once per
 * class in it, so the same line seen twice is the same execution (the larger count wins).
 */
class CoverageCollector {
  private readonly files = new Map<string, FileAccumulator>();

  constructor(private readonly mergeHits: (a: number, b: number) => number) {}

  file(path: string): FileAccumulator {
    let file = this.files.get(path);
    if (file === undefined) {
      file = { path, lines: new Map(), branches: new Map() };
      this.files.set(path, file);
    }
    return file;
  }

  addLine(file: FileAccumulator, line: number, hits: number): void {
    const previous = file.lines.get(line);
    file.lines.set(line, previous === undefined ? hits : this.mergeHits(previous, hits));
  }

  addBranches(file: FileAccumulator, key: string, found: number, hit: number): void {
    const previous = file.branches.get(key);
    file.branches.set(key, previous === undefined ? { found, hit } : { found: Math.max(previous.found, found), hit: Math.max(previous.hit, hit) });
  }

  build(format: CoverageReport['format']): CoverageReport {
    const report: CoverageReport = { format, files: [], linesFound: 0, linesHit: 0, branchesFound: 0, branchesHit: 0, lineRate: null, branchRate: null };
    for (const { path, lines, branches } of this.files.values()) {
      let branchesFound = 0;
      let branchesHit = 0;
      for (const branch of branches.values()) {
        branchesFound += branch.found;
        branchesHit += Math.min(branch.hit, branch.found);
      }
      report.files.push({ path, lines, branchesFound, branchesHit });
      report.linesFound += lines.size;
      for (const hits of lines.values()) if (hits > 0) report.linesHit += 1;
      report.branchesFound += branchesFound;
      report.branchesHit += branchesHit;
    }
    report.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    report.lineRate = report.linesFound === 0 ? null : report.linesHit / report.linesFound;
    report.branchRate = report.branchesFound === 0 ? null : report.branchesHit / report.branchesFound;
    return report;
  }
}

const LCOV = 'lcov';
const COBERTURA = 'Cobertura';

/** The file an lcov `SF:` record opened, until its `end_of_record`. */
interface LcovSection {
  file: FileAccumulator;
  brda: boolean;
  brf: number | null;
  brh: number | null;
}

/**
 * Reads an lcov tracefile (`SF`, `DA`, `BRDA`, `BRF`, `BRH`, `end_of_record`; `TN`, `FN*`, `LF`, `LH`
 * and other records are skipped, since line and branch totals are recomputed from `DA` and `BRDA`).
 * `BRF`/`BRH` count only for a file without `BRDA` records. A missing final `end_of_record` is tolerated.
 */
export function parseLcov(input: Buffer): CoverageReport {
  const text = decodeReportText(LCOV, input);
  const shape = textShape(text);
  if (shape === 'json' || shape === 'xml') {
    throw new ReportError(LCOV, 'file', `This looks like ${describeShape(shape)}, not an lcov tracefile.`);
  }
  const collector = new CoverageCollector((a, b) => a + b);
  let current: LcovSection | null = null;
  let sawFile = false;
  const close = (section: LcovSection | null) => {
    if (section !== null && !section.brda && section.brf !== null) {
      collector.addBranches(section.file, 'summary', section.brf, section.brh ?? 0);
    }
  };

  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    const where = `line ${index + 1}`;
    const colon = line.indexOf(':');
    const key = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).trim();
    const inFile = (): LcovSection => {
      if (current === null) throw new ReportError(LCOV, where, `${key} appears outside a file section; expected an SF: record before it.`);
      return current;
    };

    switch (key) {
      case 'SF':
        if (value === '') throw new ReportError(LCOV, where, 'SF: has no file path.');
        close(current);
        current = { file: collector.file(normaliseCoveragePath(value)), brda: false, brf: null, brh: null };
        sawFile = true;
        break;
      case 'end_of_record':
        close(inFile());
        current = null;
        break;
      case 'DA': {
        const section = inFile();
        const [lineNumber, hits] = value.split(',');
        collector.addLine(section.file, lcovNumber(where, 'DA line number', lineNumber, 1), lcovNumber(where, 'DA hit count', hits, 0));
        break;
      }
      case 'BRDA': {
        const section = inFile();
        const parts = value.split(',');
        if (parts.length < 4) throw new ReportError(LCOV, where, 'BRDA: needs four fields: line,block,branch,taken.');
        const lineNumber = lcovNumber(where, 'BRDA line number', parts[0], 1);
        // Newer lcov writes branch names that may contain commas, so `taken` is the last field.
        const taken = parts[parts.length - 1]?.trim();
        const hits = taken === '-' ? 0 : lcovNumber(where, 'BRDA taken count', taken, 0);
        collector.addBranches(section.file, `${lineNumber}:${parts.slice(1, -1).join(',')}`, 1, hits > 0 ? 1 : 0);
        section.brda = true;
        break;
      }
      case 'BRF':
        inFile().brf = lcovNumber(where, 'BRF', value, 0);
        break;
      case 'BRH':
        inFile().brh = lcovNumber(where, 'BRH', value, 0);
        break;
      default:
        // Other records (TN, VER, FN, FNDA, FNF, FNH, FNL, FNA, LF, LH, MCDC…) carry nothing we use.
        if (colon === -1 || !/^[A-Z][A-Z_]*$/.test(key)) {
          throw new ReportError(LCOV, where, `Line ${index + 1} is not an lcov record; expected KEY:value such as SF:, DA: or end_of_record.`);
        }
    }
  }
  close(current);
  if (!sawFile) throw new ReportError(LCOV, 'file', 'The file has no SF: record; it is not an lcov tracefile.');
  return collector.build('lcov');
}

function lcovNumber(where: string, what: string, value: string | undefined, minimum: number): number {
  const text = value?.trim() ?? '';
  const number = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(number) || number < minimum) {
    throw new ReportError(LCOV, where, `The ${what} must be a whole number${minimum > 0 ? ` of at least ${minimum}` : ''}; found "${text.slice(0, 40)}".`);
  }
  return number;
}

/**
 * Reads a Cobertura XML report (coverage.py, Istanbul's `cobertura` reporter, Cobertura itself).
 * Lines come from `<class><lines>` (the copies under `<methods>` are skipped); branches from the
 * `condition-coverage="50% (1/2)"` of branch lines. A file spread over several classes is merged.
 *
 * Paths: a class's `filename` is relative to one of the `<source>` folders. A single relative source
 * (`src`) is joined in front. An absolute source is taken to be the tree's root (coverage.py writes the
 * checkout's folder there), so the filename stays as it is; an absolute filename under an absolute
 * source is made relative to it. When this guesses wrong (the source was a subfolder),
 * {@link coverageOfLines} still finds the file by its trailing path.
 */
export function parseCobertura(input: Buffer): CoverageReport {
  const text = decodeReportText(COBERTURA, input);
  const { rootName, root } = parseXmlReport(COBERTURA, text, new Set(['source', 'package', 'class', 'line', 'sources', 'packages', 'classes', 'lines']));
  if (rootName !== 'coverage') {
    throw new ReportError(COBERTURA, rootName, `The root element is <${rootName}>; a Cobertura report starts with <coverage>.`);
  }
  const packages = childElements(root, 'packages')[0];
  if (packages === undefined) {
    throw new ReportError(COBERTURA, 'coverage', 'The <coverage> element has no <packages>; this is not a Cobertura report (Clover XML also starts with <coverage>).');
  }
  const sources = childElements(root, 'sources')
    .flatMap((sourcesElement) => childElements(sourcesElement, 'source'))
    .map((source) => elementText(source).trim())
    .filter((source) => source !== '')
    .map(normaliseCoveragePath);

  const collector = new CoverageCollector(Math.max);
  childElements(packages, 'package').forEach((pkg, packageIndex) => {
    childElements(pkg, 'classes')
      .flatMap((classes) => childElements(classes, 'class'))
      .forEach((cls, classIndex) => {
        const where = `packages.package[${packageIndex}].classes.class[${classIndex}]`;
        const filename = attribute(cls, 'filename')?.trim();
        if (!filename) throw new ReportError(COBERTURA, `${where}@filename`, 'A <class> has no filename attribute.');
        const file = collector.file(coberturaPath(filename, sources));
        childElements(cls, 'lines')
          .flatMap((lines) => childElements(lines, 'line'))
          .forEach((line, lineIndex) => {
            const lineWhere = `${where}.lines.line[${lineIndex}]`;
            const number = xmlNumber(`${lineWhere}@number`, 'number', attribute(line, 'number'), 1);
            collector.addLine(file, number, xmlNumber(`${lineWhere}@hits`, 'hits', attribute(line, 'hits'), 0));
            if (attribute(line, 'branch') === 'true') {
              // "50% (1/2)": covered and total conditions; a line without it has no usable branch data.
              const conditions = /\((\d+)\s*\/\s*(\d+)\)/.exec(attribute(line, 'condition-coverage') ?? '');
              if (conditions !== null) collector.addBranches(file, String(number), Number(conditions[2]), Number(conditions[1]));
            }
          });
      });
  });
  return collector.build('cobertura');
}

function xmlNumber(where: string, name: string, value: string | undefined, minimum: number): number {
  const text = value?.trim() ?? '';
  const number = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(number) || number < minimum) {
    const found = value === undefined ? 'it is missing' : `found "${text.slice(0, 40)}"`;
    throw new ReportError(COBERTURA, where, `The ${name} attribute of a <line> must be a whole number${minimum > 0 ? ` of at least ${minimum}` : ''}; ${found}.`);
  }
  return number;
}

function coberturaPath(filename: string, sources: readonly string[]): string {
  const path = normaliseCoveragePath(filename);
  if (isAbsolute(path)) {
    const source = sources.find((candidate) => isAbsolute(candidate) && path.startsWith(`${candidate.replace(/\/$/, '')}/`));
    return source === undefined ? path : path.slice(source.replace(/\/$/, '').length + 1);
  }
  const [only] = sources;
  if (sources.length === 1 && only !== undefined && !isAbsolute(only) && only !== '') return normaliseCoveragePath(`${only}/${path}`);
  return path;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** `/` separators, no `./`, `a/../b` resolved; absolute paths stay absolute, leading `..` stays. */
export function normaliseCoveragePath(raw: string): string {
  let path = raw.trim().replaceAll('\\', '/');
  if (path.startsWith('file://')) path = path.slice('file://'.length);
  const drive = /^[A-Za-z]:\//.test(path) ? path.slice(0, 2) : /^\/[A-Za-z]:\//.test(path) ? path.slice(1, 3) : '';
  if (drive !== '' && path.startsWith('/')) path = path.slice(1);
  const absolute = drive !== '' || path.startsWith('/');
  const segments: string[] = [];
  for (const segment of path.slice(drive.length).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (segment === '..' && absolute) continue;
    else segments.push(segment);
  }
  return `${drive}${absolute ? '/' : ''}${segments.join('/')}`;
}

/** Tells lcov from Cobertura by the first bytes; null for anything else (Clover, JaCoCo, JSON…). */
export function detectCoverageFormat(input: Buffer): 'lcov' | 'cobertura' | null {
  const head = input.subarray(0, 64 * 1024).toString('utf8').replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('<')) {
    const opening = /<coverage[\s>][^>]*>?/.exec(head)?.[0];
    if (opening === undefined || /\bclover=/.test(opening)) return null;
    return /\bline-rate=/.test(opening) || /<packages[\s>/]/.test(head) ? 'cobertura' : null;
  }
  return /^(TN|SF|VER):/.test(start) ? 'lcov' : null;
}

export { coverageOfLines } from './coverage-of-lines.js';
