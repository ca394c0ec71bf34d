import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJUnit } from './junit.js';
import { ReportError } from './report-error.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const junit = (xml: string) => parseJUnit(Buffer.from(xml));

/** The ReportError thrown by `run`, so that a test can look at its `where` and message. */
function refusal(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError, but the report was accepted');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<testsuite name="&lol9;"><testcase name="laughs" classname="&lol9;"><failure message="&lol9;">&lol9;</failure></testcase></testsuite>`;

describe('parseJUnit', () => {
  it('reads a jest-junit report', () => {
    const report = parseJUnit(fixture('jest-junit.xml'));
    expect(report).toMatchObject({ tests: 5, passed: 3, failed: 1, errored: 0, skipped: 1, durationMs: 49 });
    expect(report.failures).toHaveLength(1);
    const [failure] = report.failures;
    expect(failure).toMatchObject({ suite: 'src/cart.test.ts', name: 'Cart applies a discount', classname: 'Cart applies a discount', kind: 'failure' });
    expect(failure?.message).toMatch(/^Error: expect\(received\)\.toBe\(expected\)/);
    expect(failure?.message).toContain('at Object.<anonymous> (');
  });

  it('reads a pytest report with a failure, a setup error and a skip', () => {
    const report = parseJUnit(fixture('pytest.xml'));
    expect(report).toMatchObject({ tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1, durationMs: 304 });
    expect(report.failures).toEqual([
      { suite: 'pytest', name: 'test_vat', classname: 'tests.test_invoice', kind: 'failure', message: 'assert 19 == 20\n +  where 19 = vat(100)' },
      {
        suite: 'pytest',
        name: 'test_connect',
        classname: 'tests.test_db',
        kind: 'error',
        message: 'failed on setup with "ConnectionRefusedError: [Errno 111] Connection refused"',
      },
    ]);
  });

  it('reads a Surefire report whose root is a single testsuite, counting a flaky test as passed', () => {
    const report = parseJUnit(fixture('surefire.xml'));
    expect(report).toMatchObject({ tests: 4, passed: 3, failed: 1, errored: 0, skipped: 0, durationMs: 2664 });
    expect(report.failures).toEqual([
      {
        suite: 'com.example.billing.InvoiceServiceTest',
        name: 'rejectsNegativeAmount',
        classname: 'com.example.billing.InvoiceServiceTest',
        kind: 'failure',
        message: 'expected: <IllegalArgumentException> but was: <NullPointerException>',
      },
    ]);
  });

  it('counts test cases, not the attributes that claim to count them', () => {
    const report = junit('<testsuite name="s" tests="100" failures="40" errors="9" skipped="3" time="999"><testcase name="only" time="0.5"/></testsuite>');
    expect(report).toEqual({ tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, durationMs: 500, failures: [] });
  });

  it('names the innermost suite of a failure in nested suites', () => {
    const report = junit(`<testsuites>
      <testsuite name="outer"><testcase name="a"/>
        <testsuite name="inner"><testcase name="b" classname="B"><error type="TypeError">x is undefined</error></testcase></testsuite>
      </testsuite>
    </testsuites>`);
    expect(report).toMatchObject({ tests: 2, passed: 1, errored: 1 });
    expect(report.failures).toEqual([{ suite: 'inner', name: 'b', classname: 'B', kind: 'error', message: 'x is undefined' }]);
  });

  it('counts a case with both a failure and an error once, as failed', () => {
    const report = junit('<testsuite name="s"><testcase name="t"><failure message="boom"/><error message="teardown"/></testcase></testsuite>');
    expect(report).toMatchObject({ tests: 1, failed: 1, errored: 0 });
    expect(report.failures).toEqual([{ suite: 's', name: 't', classname: null, kind: 'failure', message: 'boom' }]);
  });

  it('treats a missing, negative or unreadable time as zero for that case only', () => {
    const report = junit(
      '<testsuite name="s"><testcase name="a"/><testcase name="b" time="abc"/><testcase name="c" time="-3"/><testcase name="d" time="1.25"/><testcase name="e" time=""/></testsuite>',
    );
    expect(report.durationMs).toBe(1250);
  });

  it('truncates long failure texts to about 2 KB', () => {
    const report = junit(`<testsuite name="s"><testcase name="t"><failure>${'x'.repeat(10_000)}</failure></testcase></testsuite>`);
    const message = report.failures[0]?.message ?? '';
    expect(message.length).toBe(2049);
    expect(message.endsWith('…')).toBe(true);
  });

  it('falls back to the failure type when there is neither a message nor a text', () => {
    const report = junit('<testsuite name="s"><testcase name="t"><failure type="AssertionError"/></testcase></testsuite>');
    expect(report.failures[0]?.message).toBe('AssertionError');
  });

  it('accepts an empty report', () => {
    expect(junit('<testsuites/>')).toEqual({ tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, durationMs: 0, failures: [] });
  });

  it('does not expand entities declared in the document (billion laughs)', () => {
    const report = junit(BILLION_LAUGHS);
    expect(report.tests).toBe(1);
    expect(report.failures[0]).toMatchObject({ suite: '&lol9;', classname: '&lol9;', message: '&lol9;' });
  });

  it('refuses to read external entities', () => {
    const error = refusal(() =>
      junit('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><testsuite name="s"><testcase name="t"><failure>&xxe;</failure></testcase></testsuite>'),
    );
    expect(error.message).toMatch(/external entity/);
  });

  it('decodes the predefined entities and character references', () => {
    const report = junit('<testsuite name="a &amp; b"><testcase name="t"><failure message="&lt;&gt;&quot;&apos;&#233;&#x1F600;&#0;"/></testcase></testsuite>');
    expect(report.failures[0]).toMatchObject({ suite: 'a & b', message: '<>"\'é😀&#0;' });
  });

  describe('refuses', () => {
    it('an empty file', () => {
      expect(refusal(() => parseJUnit(Buffer.alloc(0)))).toMatchObject({ format: 'JUnit', where: 'file', message: 'The file is empty.' });
      expect(refusal(() => junit(' \n\t ')).message).toBe('The file contains only whitespace.');
    });

    it('bytes that are not UTF-8', () => {
      const error = refusal(() => parseJUnit(Buffer.from([0x3c, 0x61, 0xc3, 0x28, 0xff, 0x3e])));
      expect(error.message).toMatch(/not UTF-8/);
    });

    it('a UTF-16 file, saying so', () => {
      const error = refusal(() => parseJUnit(Buffer.from('\ufeff<testsuite/>', 'utf16le')));
      expect(error.message).toMatch(/UTF-16/);
    });

    it('a SARIF log given as JUnit', () => {
      const error = refusal(() => junit('{"version":"2.1.0","runs":[]}'));
      expect(error).toMatchObject({ where: 'file', message: 'This looks like a JSON file, not a JUnit XML report.' });
    });

    it('a Cobertura report given as JUnit', () => {
      const error = refusal(() => junit('<coverage line-rate="1"><packages/></coverage>'));
      expect(error).toMatchObject({ where: 'coverage' });
      expect(error.message).toMatch(/<testsuites> or <testsuite>/);
    });

    it('XML that is not well-formed, naming the line', () => {
      const error = refusal(() => junit('<testsuite name="s">\n<testcase name="t">\n</testsuite>'));
      expect(error.where).toBe('line 3');
      expect(error.message).toMatch(/^The XML is not well-formed at line 3/);
    });

    it('a test case without a name, naming it', () => {
      const error = refusal(() => junit('<testsuites><testsuite name="s"><testcase name="a"/><testcase classname="C"/></testsuite></testsuites>'));
      expect(error.where).toBe('testsuite[0].testcase[1]@name');
    });

    it('absurdly nested suites', () => {
      const xml = `${'<testsuite name="n">'.repeat(500)}<testcase name="t"/>${'</testsuite>'.repeat(500)}`;
      expect(refusal(() => junit(xml)).message).toMatch(/nests elements more than 64 levels deep/);
    });
  });
});
