import { ReportError } from './report-error.js';
import { decodeReportText } from './report-input.js';
import { attribute, childElements, elementText, parseXmlReport, type XmlNode } from './report-xml.js';

const FORMAT = 'JUnit';

/** Failure texts are stack traces; the first 2 KB say what went wrong, the rest is noise in a payload. */
const MAX_MESSAGE_LENGTH = 2048;

const REPEATED_ELEMENTS = new Set(['testsuite', 'testcase', 'failure', 'error', 'skipped']);

/** One test that did not pass. */
export interface JUnitFailure {
  /** The name of the innermost `<testsuite>` around the test ('' when it has none). */
  suite: string;
  name: string;
  classname: string | null;
  /** The `message` attribute, else the element's text; at most ~2 KB. */
  message: string;
  /** `failure`: an assertion failed; `error`: the test could not run to its end (exception, setup). */
  kind: 'failure' | 'error';
}

/** What a JUnit XML report says about a test run, counted from its `<testcase>` elements. */
export interface JUnitSummary {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  durationMs: number;
  failures: JUnitFailure[];
}

/**
 * Reads a JUnit XML report (jest-junit, pytest `--junitxml`, Maven Surefire and the like). Counts come
 * from the `<testcase>` elements, never from the `tests`/`failures` attributes, which tools fill in
 * inconsistently or not at all. A test case with both a
 * `<failure>` and an `<error>` counts once, as failed; Surefire's `<flakyFailure>` (passed on a rerun)
 * counts as passed.
 */
export function parseJUnit(input: Buffer): JUnitSummary {
  const text = decodeReportText(FORMAT, input);
  const { rootName, root } = parseXmlReport(FORMAT, text, REPEATED_ELEMENTS);
  const summary: JUnitSummary = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, durationMs: 0, failures: [] };
  const seconds = { total: 0 };
  if (rootName === 'testsuites') {
    // Some reporters put test cases straight under <testsuites>; they belong to no suite.
    visitSuite(root, '', attribute(root, 'name') ?? '', summary, seconds);
  } else if (rootName === 'testsuite') {
    visitSuite(root, 'testsuite', attribute(root, 'name') ?? '', summary, seconds);
  } else {
    throw new ReportError(FORMAT, rootName, `The root element is <${rootName}>; a JUnit report starts with <testsuites> or <testsuite>.`);
  }
  summary.durationMs = Math.round(seconds.total * 1000);
  return summary;
}

function visitSuite(suite: XmlNode, path: string, suiteName: string, summary: JUnitSummary, seconds: { total: number }): void {
  const prefix = path === '' ? '' : `${path}.`;
  childElements(suite, 'testcase').forEach((testCase, index) => {
    const where = `${prefix}testcase[${index}]`;
    const name = attribute(testCase, 'name');
    if (name === undefined || name.trim() === '') {
      throw new ReportError(FORMAT, `${where}@name`, 'A <testcase> has no name attribute; every test case must be named.');
    }
    const classname = attribute(testCase, 'classname')?.trim() || null;
    summary.tests += 1;
    seconds.total += parseSeconds(attribute(testCase, 'time'));

    const failure = childElements(testCase, 'failure')[0];
    const error = childElements(testCase, 'error')[0];
    if (failure !== undefined) {
      summary.failed += 1;
      summary.failures.push({ suite: suiteName, name, classname, message: messageOf(failure), kind: 'failure' });
    } else if (error !== undefined) {
      summary.errored += 1;
      summary.failures.push({ suite: suiteName, name, classname, message: messageOf(error), kind: 'error' });
    } else if (testCase.skipped !== undefined) {
      summary.skipped += 1;
    } else {
      summary.passed += 1;
    }
  });
  childElements(suite, 'testsuite').forEach((nested, index) => {
    visitSuite(nested, `${prefix}testsuite[${index}]`, attribute(nested, 'name') ?? '', summary, seconds);
  });
}

/** The `message` attribute when it says something, else the element's text. */
function messageOf(element: XmlNode): string {
  const message = attribute(element, 'message')?.trim();
  return truncate(message || elementText(element).trim() || attribute(element, 'type')?.trim() || '');
}

function truncate(text: string): string {
  if (text.length <= MAX_MESSAGE_LENGTH) return text;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_MESSAGE_LENGTH - 1)) ? MAX_MESSAGE_LENGTH - 1 : MAX_MESSAGE_LENGTH;
  return `${text.slice(0, end)}…`;
}

/**
 * A `time` attribute in seconds; missing, negative or unreadable values count as 0. Surefire once
 * wrote thousands separators (`1,234.5`), which are accepted.
 */
function parseSeconds(value: string | undefined): number {
  if (value === undefined) return 0;
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(value.trim()) ? value.replaceAll(',', '') : value;
  const seconds = Number(plain.trim());
  return plain.trim() !== '' && Number.isFinite(seconds) && seconds >= 0 ? seconds : 0;
}
