import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageOfLines, detectCoverageFormat, normaliseCoveragePath, parseCobertura, parseLcov, type CoverageReport } from './coverage.js';
import { ReportError } from './report-error.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const lcov = (text: string) => parseLcov(Buffer.from(text));
const cobertura = (xml: string) => parseCobertura(Buffer.from(xml));
const changed = (entries: Record<string, number[]>) => new Map(Object.entries(entries).map(([path, lines]) => [path, new Set(lines)]));

function refusal(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError, but the report was accepted');
}

/** A report's files as plain objects, easier to compare than Maps. */
function filesOf(report: CoverageReport) {
  return report.files.map((file) => ({ ...file, lines: Object.fromEntries(file.lines) }));
}

describe('parseLcov', () => {
  it('reads an Istanbul tracefile, recounting lines and branches from DA and BRDA', () => {
    const report = parseLcov(fixture('istanbul.lcov'));
    expect(filesOf(report)).toEqual([
      { path: 'src/cart.ts', lines: { 1: 1, 3: 0, 10: 1, 11: 4, 12: 4, 14: 0 }, branchesFound: 4, branchesHit: 1 },
      { path: 'src/price.ts', lines: { 1: 1, 2: 1 }, branchesFound: 0, branchesHit: 0 },
    ]);
    expect(report).toMatchObject({ format: 'lcov', linesFound: 8, linesHit: 6, lineRate: 0.75, branchesFound: 4, branchesHit: 1, branchRate: 0.25 });
  });

  it('merges a file listed twice: hits add up, a branch taken in either run is taken', () => {
    const report = lcov(
      ['SF:./src/a.ts', 'DA:1,1', 'DA:2,0', 'BRDA:2,0,0,0', 'BRDA:2,0,1,1', 'end_of_record', 'SF:src/a.ts', 'DA:2,3', 'BRDA:2,0,0,2', 'end_of_record'].join('\n'),
    );
    expect(filesOf(report)).toEqual([{ path: 'src/a.ts', lines: { 1: 1, 2: 3 }, branchesFound: 2, branchesHit: 2 }]);
  });

  it('uses BRF and BRH for a file without BRDA records', () => {
    const report = lcov('SF:a.ts\nDA:1,1\nBRF:6\nBRH:2\nend_of_record\n');
    expect(report).toMatchObject({ branchesFound: 6, branchesHit: 2 });
  });

  it('accepts Windows line endings, paths with backslashes and a missing final end_of_record', () => {
    const report = lcov('TN:\r\nSF:src\\win\\a.ts\r\nDA:3,2\r\n');
    expect(filesOf(report)).toEqual([{ path: 'src/win/a.ts', lines: { 3: 2 }, branchesFound: 0, branchesHit: 0 }]);
  });

  it('returns null rates when nothing is instrumented', () => {
    expect(lcov('SF:empty.ts\nend_of_record\n')).toMatchObject({ linesFound: 0, lineRate: null, branchRate: null });
  });

  describe('refuses, naming the line', () => {
    it.each([
      ['a DA record before any SF', 'DA:1,1\n', 'line 1', /outside a file section/],
      ['a line number that is not a number', 'SF:a.ts\nDA:x,1\n', 'line 2', /DA line number must be a whole number of at least 1; found "x"/],
      ['a line number of zero', 'SF:a.ts\nDA:0,1\n', 'line 2', /at least 1/],
      ['a negative hit count', 'SF:a.ts\nDA:1,-1\n', 'line 2', /DA hit count must be a whole number/],
      ['a short BRDA', 'SF:a.ts\nBRDA:1,0,1\n', 'line 2', /four fields/],
      ['a line that is no record at all', 'SF:a.ts\nDA:1,1\nthis is prose\n', 'line 3', /not an lcov record/],
      ['an SF without a path', 'SF:\n', 'line 1', /no file path/],
    ])('%s', (_case, text, where, message) => {
      const error = refusal(() => lcov(text));
      expect(error).toMatchObject({ format: 'lcov', where });
      expect(error.message).toMatch(message);
    });

    it('a file without any SF record', () => {
      expect(refusal(() => lcov('TN:\nVER:2\n'))).toMatchObject({ where: 'file', message: 'The file has no SF: record; it is not an lcov tracefile.' });
    });

    it('a Cobertura report given as lcov', () => {
      expect(refusal(() => parseLcov(fixture('coverage-py.xml'))).message).toBe('This looks like an XML file, not an lcov tracefile.');
    });

    it('an empty or binary file', () => {
      expect(refusal(() => parseLcov(Buffer.alloc(0))).message).toBe('The file is empty.');
      expect(refusal(() => parseLcov(Buffer.from([0x53, 0x46, 0x3a, 0x00, 0x01, 0x02]))).message).toMatch(/NUL/);
    });
  });
});

describe('parseCobertura', () => {
  it('reads a coverage.py report, taking its absolute source as the tree root', () => {
    const report = parseCobertura(fixture('coverage-py.xml'));
    expect(filesOf(report)).toEqual([
      { path: 'app/__init__.py', lines: { 1: 1, 2: 0 }, branchesFound: 0, branchesHit: 0 },
      { path: 'app/invoice.py', lines: { 1: 1, 3: 1, 4: 1, 5: 1, 6: 0, 8: 1, 9: 0 }, branchesFound: 4, branchesHit: 2 },
    ]);
    expect(report).toMatchObject({ format: 'cobertura', linesFound: 9, linesHit: 6, branchesFound: 4, branchesHit: 2, branchRate: 0.5 });
    expect(report.lineRate).toBeCloseTo(6 / 9);
  });

  it('merges the classes of one file without counting the lines under <methods> again', () => {
    const report = parseCobertura(fixture('cobertura-java.xml'));
    expect(filesOf(report)).toEqual([{ path: 'com/example/shop/Cart.java', lines: { 12: 7, 13: 7, 20: 0, 30: 3 }, branchesFound: 2, branchesHit: 1 }]);
  });

  it('joins a single relative source in front of the file names', () => {
    const report = cobertura('<coverage><sources><source>./web/</source></sources><packages><package><classes><class filename="src\\a.ts"><lines><line number="1" hits="0"/></lines></class></classes></package></packages></coverage>');
    expect(report.files.map((file) => file.path)).toEqual(['web/src/a.ts']);
  });

  it('makes an absolute file name relative to the absolute source it is under', () => {
    const report = cobertura(
      '<coverage><sources><source>/ci/repo</source></sources><packages><package><classes><class filename="/ci/repo/lib/b.js"/><class filename="/elsewhere/c.js"/></classes></package></packages></coverage>',
    );
    expect(report.files.map((file) => file.path)).toEqual(['/elsewhere/c.js', 'lib/b.js']);
  });

  it('accepts a report without any package', () => {
    expect(cobertura('<coverage line-rate="0"><sources/><packages/></coverage>')).toMatchObject({ files: [], linesFound: 0, lineRate: null });
  });

  describe('refuses', () => {
    it('a JUnit report given as Cobertura', () => {
      const error = refusal(() => cobertura('<testsuites><testsuite name="s"/></testsuites>'));
      expect(error).toMatchObject({ format: 'Cobertura', where: 'testsuites', message: 'The root element is <testsuites>; a Cobertura report starts with <coverage>.' });
    });

    it('a Clover report, which also starts with <coverage>', () => {
      const error = refusal(() => cobertura('<coverage generated="1" clover="4.4.1"><project timestamp="1"/></coverage>'));
      expect(error.where).toBe('coverage');
      expect(error.message).toMatch(/no <packages>/);
    });

    it('a class without a file name', () => {
      const error = refusal(() => cobertura('<coverage><packages><package><classes><class name="A"/></classes></package></packages></coverage>'));
      expect(error.where).toBe('packages.package[0].classes.class[0]@filename');
    });

    it('a line whose hits are not a number', () => {
      const error = refusal(() =>
        cobertura('<coverage><packages><package/><package><classes><class filename="a.py"><lines><line number="1" hits="1"/><line number="2" hits="many"/></lines></class></classes></package></packages></coverage>'),
      );
      expect(error).toMatchObject({ where: 'packages.package[1].classes.class[0].lines.line[1]@hits' });
      expect(error.message).toBe('The hits attribute of a <line> must be a whole number; found "many".');
    });

    it('an lcov tracefile given as Cobertura', () => {
      expect(refusal(() => parseCobertura(fixture('istanbul.lcov'))).message).toBe('This looks like an lcov tracefile, not a Cobertura XML report.');
    });
  });
});

describe('detectCoverageFormat', () => {
  it.each([
    ['an lcov tracefile', fixture('istanbul.lcov'), 'lcov'],
    ['an lcov tracefile with a BOM', Buffer.from('\ufeffSF:a.ts\nDA:1,1\n'), 'lcov'],
    ['a coverage.py report', fixture('coverage-py.xml'), 'cobertura'],
    ['a Cobertura report with a DOCTYPE', fixture('cobertura-java.xml'), 'cobertura'],
    ['a Clover report', Buffer.from('<?xml version="1.0"?><coverage generated="1" clover="4.4.1"><project/></coverage>'), null],
    ['a JaCoCo report', Buffer.from('<?xml version="1.0"?><report name="shop"><package name="a"/></report>'), null],
    ['a JUnit report', fixture('pytest.xml'), null],
    ['JSON', Buffer.from('{"total":{}}'), null],
    ['nothing', Buffer.alloc(0), null],
  ])('recognises %s', (_case, input, format) => {
    expect(detectCoverageFormat(input)).toBe(format);
  });
});

describe('normaliseCoveragePath', () => {
  it.each([
    ['./src/../lib/a.ts', 'lib/a.ts'],
    ['src//a.ts', 'src/a.ts'],
    ['C:\\work\\repo\\src\\a.ts', 'C:/work/repo/src/a.ts'],
    ['file:///home/ci/repo/a.ts', '/home/ci/repo/a.ts'],
    ['file:///C:/repo/a.ts', 'C:/repo/a.ts'],
    ['../shared/a.ts', '../shared/a.ts'],
    ['/../etc/passwd', '/etc/passwd'],
  ])('turns %s into %s', (raw, normalised) => {
    expect(normaliseCoveragePath(raw)).toBe(normalised);
  });
});

describe('coverageOfLines', () => {
  it('counts only the changed lines that are instrumented', () => {
    const report = parseCobertura(fixture('coverage-py.xml'));
    expect(coverageOfLines(report, changed({ 'app/invoice.py': [4, 6, 7], 'README.md': [1] }))).toEqual({ linesFound: 2, linesHit: 1, rate: 0.5 });
  });

  it('returns a null rate when no changed line is instrumented', () => {
    const report = parseLcov(fixture('istanbul.lcov'));
    expect(coverageOfLines(report, changed({ 'src/cart.ts': [2, 4], 'docs/x.md': [1] }))).toEqual({ linesFound: 0, linesHit: 0, rate: null });
    expect(coverageOfLines(report, new Map())).toEqual({ linesFound: 0, linesHit: 0, rate: null });
  });

  it('finds a file whose report path is absolute by its trailing segments', () => {
    const report = lcov('SF:/home/runner/work/shop/shop/src/cart.ts\nDA:1,1\nDA:2,0\nend_of_record\n');
    expect(coverageOfLines(report, changed({ 'src/cart.ts': [1, 2] }))).toEqual({ linesFound: 2, linesHit: 1, rate: 0.5 });
    // Only whole segments match: `rc/cart.ts` is not the tail of `…/src/cart.ts`.
    expect(coverageOfLines(report, changed({ 'rc/cart.ts': [1] }))).toEqual({ linesFound: 0, linesHit: 0, rate: null });
  });

  it('finds a file whose report path is relative to a source folder', () => {
    const report = parseCobertura(fixture('cobertura-java.xml'));
    expect(coverageOfLines(report, changed({ 'src/main/java/com/example/shop/Cart.java': [12, 13, 14, 20] }))).toEqual({
      linesFound: 3,
      linesHit: 2,
      rate: 2 / 3,
    });
  });

  it('leaves out a file that several report files match equally well, and prefers the most specific match', () => {
    const report = lcov(
      ['SF:/ci/one/src/util.ts', 'DA:1,1', 'end_of_record', 'SF:/ci/two/src/util.ts', 'DA:1,0', 'end_of_record', 'SF:lib/x.ts', 'DA:1,0', 'end_of_record', 'SF:x.ts', 'DA:1,1', 'end_of_record'].join('\n'),
    );
    expect(coverageOfLines(report, changed({ 'src/util.ts': [1] }))).toEqual({ linesFound: 0, linesHit: 0, rate: null });
    expect(coverageOfLines(report, changed({ 'pkg/lib/x.ts': [1] }))).toEqual({ linesFound: 1, linesHit: 0, rate: 0 });
  });
});
