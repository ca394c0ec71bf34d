import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingFingerprint } from '../analyzers/finding.js';
import { ReportError } from './report-error.js';
import { parseSarif } from './sarif.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sarif = (document: unknown) => parseSarif(Buffer.from(JSON.stringify(document)));

/** A one-run log of the tool `T` with one rule `R` (level `warning` unless the rule says otherwise). */
function log(results: unknown[], rule: Record<string, unknown> = {}) {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules: [{ id: 'R', ...rule }] } }, results }] };
}
const result = (extra: Record<string, unknown> = {}) => ({
  ruleId: 'R',
  message: { text: 'm' },
  locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 2 } } }],
  ...extra,
});

function refusal(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError, but the report was accepted');
}

describe('parseSarif', () => {
  it('reads Semgrep output: rule default levels, security tags, fingerprints', () => {
    const { tools, findings } = parseSarif(fixture('semgrep.sarif'));
    expect(tools).toEqual([{ name: 'Semgrep OSS', version: '1.99.0' }]);
    expect(findings).toEqual([
      {
        rule: 'python.lang.security.audit.eval-detected.eval-detected',
        tool: 'Semgrep OSS',
        severity: 'MINOR',
        category: 'security',
        message: 'Detected the use of eval(). eval() can be dangerous if used to evaluate dynamic content.',
        path: 'app/views.py',
        startLine: 12,
        endLine: 12,
        fingerprint: sha256(
          'Semgrep OSS\u0000python.lang.security.audit.eval-detected.eval-detected\u0000app/views.py\u0000matchBasedId/v1\u00000a9c3e1b6f2d4e8a7c5b3d1f9e7a5c3b1d9f7e5a3c1b9d7f5e3a1c9b7d5f3e1a_0',
        ),
      },
      expect.objectContaining({ severity: 'INFO', category: 'maintainability', path: 'app/util.py', startLine: 5, endLine: 7 }),
    ]);
  });

  it('reads ESLint output: absolute file URIs under the working directory, artifact indexes, suppressions', () => {
    const { tools, findings } = parseSarif(fixture('eslint.sarif'));
    expect(tools).toEqual([{ name: 'ESLint', version: '8.57.0' }]);
    expect(findings).toEqual([
      {
        rule: 'no-unused-vars',
        tool: 'ESLint',
        severity: 'MAJOR',
        category: 'correctness',
        message: "'total' is assigned a value but never used.",
        path: 'src/app.js',
        startLine: 3,
        endLine: 3,
        fingerprint: findingFingerprint({ tool: 'ESLint', rule: 'no-unused-vars', path: 'src/app.js', snippet: '' }),
      },
      expect.objectContaining({ rule: 'eqeqeq', severity: 'MINOR', category: 'maintainability', path: 'src/My Component.jsx', startLine: 10 }),
    ]);
  });

  it('reads Bandit output, hashing the snippet when the tool gives no fingerprint', () => {
    const { tools, findings } = parseSarif(fixture('bandit.sarif'));
    expect(tools).toEqual([{ name: 'Bandit', version: '1.7.10' }]);
    expect(findings[0]).toEqual({
      rule: 'B307',
      tool: 'Bandit',
      severity: 'MINOR',
      category: 'security',
      message: 'Use of possibly insecure function - consider using safer ast.literal_eval.',
      path: 'app/calc.py',
      startLine: 4,
      endLine: 4,
      fingerprint: findingFingerprint({ tool: 'Bandit', rule: 'B307', path: 'app/calc.py', snippet: 'return eval(expr)' }),
    });
    expect(findings[1]).toMatchObject({ rule: 'B105', severity: 'INFO', category: 'security' });
  });

  it('keeps a finding whose path climbs above the root, with the climbing dropped', () => {
    const { findings } = parseSarif(fixture('bandit.sarif'));
    expect(findings[1]?.path).toBe('etc/settings.py');
  });

  it('reads CodeQL output: rules in extensions, security-severity, messageStrings, line hashes', () => {
    const { tools, findings } = parseSarif(fixture('codeql.sarif'));
    expect(tools).toEqual([{ name: 'CodeQL', version: '2.19.3' }]);
    expect(findings.map(({ fingerprint: _, ...finding }) => finding)).toEqual([
      {
        rule: 'js/sql-injection',
        tool: 'CodeQL',
        severity: 'MAJOR',
        category: 'security',
        message: 'This query string depends on a user-provided value.',
        path: 'server/db.js',
        startLine: 14,
        endLine: 14,
      },
      {
        rule: 'js/code-injection',
        tool: 'CodeQL',
        severity: 'CRITICAL',
        category: 'security',
        message: 'This code execution depends on a user-provided value.',
        path: 'server/routes.js',
        startLine: 30,
        endLine: 31,
      },
      {
        rule: 'js/unused-local-variable',
        tool: 'CodeQL',
        severity: 'INFO',
        category: 'maintainability',
        message: 'Unused variable tmp.',
        path: 'server/db.js',
        startLine: 3,
        endLine: 3,
      },
    ]);
    expect(findings[0]?.fingerprint).toBe(sha256('CodeQL\u0000js/sql-injection\u0000server/db.js\u0000primaryLocationLineHash\u00008a4f7c2d1e0b9a35:1'));
    // Same line hash, other rule: another finding.
    expect(findings[2]?.fingerprint).not.toBe(findings[0]?.fingerprint);
  });

  it('tells apart equal line hashes in different files', () => {
    const hash = { partialFingerprints: { primaryLocationLineHash: 'abc:1' } };
    const located = (uri: string) => result({ ...hash, locations: [{ physicalLocation: { artifactLocation: { uri } } }] });
    const { findings } = sarif(log([located('a.js'), located('b.js')]));
    expect(findings[0]?.fingerprint).not.toBe(findings[1]?.fingerprint);
  });

  it('falls back to the first partial fingerprint in key order', () => {
    const { findings } = sarif(log([result({ partialFingerprints: { zeta: 'z', alpha: 'a' }, fingerprints: { other: 'o' } })]));
    expect(findings[0]?.fingerprint).toBe(sha256('T\u0000R\u0000a.js\u0000alpha\u0000a'));
  });

  it.each([
    ['error', undefined, undefined, 'MAJOR', 'correctness'],
    ['warning', undefined, undefined, 'MINOR', 'maintainability'],
    ['note', undefined, undefined, 'INFO', 'maintainability'],
    ['none', undefined, undefined, 'INFO', 'maintainability'],
    ['note', '7.0', undefined, 'MAJOR', 'maintainability'],
    ['warning', 9, ['Security'], 'CRITICAL', 'security'],
    ['error', '6.9', ['security'], 'MAJOR', 'security'],
    ['warning', 'n/a', undefined, 'MINOR', 'maintainability'],
  ])('maps level %s with security-severity %s and tags %j to %s / %s', (level, securitySeverity, tags, severity, category) => {
    const { findings } = sarif(log([result({ level })], { properties: { 'security-severity': securitySeverity, tags } }));
    expect(findings[0]).toMatchObject({ severity, category });
  });

  it("uses the rule's default level when the result has none, and SARIF's default otherwise", () => {
    expect(sarif(log([result()], { defaultConfiguration: { level: 'error' } })).findings[0]?.severity).toBe('MAJOR');
    expect(sarif(log([result({ level: 'note' })], { defaultConfiguration: { level: 'error' } })).findings[0]?.severity).toBe('INFO');
    expect(sarif(log([result()])).findings[0]?.severity).toBe('MINOR');
    expect(sarif(log([result({ kind: 'review' })])).findings[0]?.severity).toBe('INFO');
  });

  it('skips passed, absent and accepted-suppressed results, and keeps rejected suppressions', () => {
    const { findings } = sarif(
      log([
        result({ kind: 'pass' }),
        result({ kind: 'notApplicable' }),
        result({ baselineState: 'absent' }),
        result({ suppressions: [{ kind: 'external', status: 'accepted' }] }),
        result({ suppressions: [{ kind: 'inSource' }] }),
        result({ suppressions: [{ kind: 'external', status: 'rejected' }], message: { text: 'kept' } }),
      ]),
    );
    expect(findings.map((finding) => finding.message)).toEqual(['kept']);
  });

  it('fills message placeholders and resolves rule message strings', () => {
    const { findings } = sarif(
      log([result({ message: { text: 'Use {0} not {1}; \\[literal\\]', arguments: ['===', '=='] } }), result({ message: { id: 'x', arguments: ['y'] } })], {
        messageStrings: { x: { text: 'Variable {0} is unused, {3} stays.' } },
      }),
    );
    expect(findings.map((finding) => finding.message)).toEqual(['Use === not ==; [literal]', 'Variable y is unused, {3} stays.']);
  });

  it('gives a finding without a location an empty path and no lines', () => {
    const { findings } = sarif(log([result({ locations: [] }), result({ locations: [{ physicalLocation: { artifactLocation: { uri: 'b.js' } } }] })]));
    expect(findings.map(({ path, startLine, endLine }) => ({ path, startLine, endLine }))).toEqual([
      { path: '', startLine: null, endLine: null },
      { path: 'b.js', startLine: null, endLine: null },
    ]);
  });

  it('accepts a log without runs or without results, and lists each tool once', () => {
    expect(sarif({ version: '2.1.0', runs: [] })).toEqual({ tools: [], findings: [] });
    const twice = { tool: { driver: { name: 'T', version: '1' } }, results: null };
    expect(sarif({ version: '2.1.0', runs: [twice, twice, { tool: { driver: { name: 'T', version: '2' } } }] }).tools).toEqual([
      { name: 'T', version: '1' },
      { name: 'T', version: '2' },
    ]);
  });

  describe('refuses', () => {
    it('an empty file and bytes that are not UTF-8', () => {
      expect(refusal(() => parseSarif(Buffer.alloc(0)))).toMatchObject({ format: 'SARIF', where: 'file', message: 'The file is empty.' });
      expect(refusal(() => parseSarif(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).message).toMatch(/not UTF-8/);
    });

    it('a JUnit report given as SARIF', () => {
      expect(refusal(() => parseSarif(fixture('jest-junit.xml')))).toMatchObject({ where: 'file', message: 'This looks like an XML file, not a SARIF log (JSON).' });
    });

    it("ESLint's plain JSON output", () => {
      expect(refusal(() => sarif([{ filePath: '/a.js', messages: [] }])).message).toMatch(/JSON array \(ESLint's "json" formatter/);
    });

    it('JSON that is not a SARIF log', () => {
      expect(refusal(() => sarif({ total: { lines: {} } })).message).toBe('This JSON has neither "version" nor "runs"; it is not a SARIF log.');
      expect(refusal(() => sarif('2.1.0')).message).toMatch(/not an object/);
    });

    it('another SARIF version', () => {
      expect(refusal(() => sarif({ version: '2.0.0', runs: [] }))).toMatchObject({ where: 'version', message: 'SARIF version "2.0.0" is not supported; export SARIF 2.1.0.' });
    });

    it('broken JSON, naming the line when V8 gives a position', () => {
      expect(refusal(() => parseSarif(Buffer.from('{\n  "version": "2.1.0",\n  "runs": [],\n}')))).toMatchObject({
        where: 'line 4',
        message: 'The file is not valid JSON: the syntax breaks at line 4, column 1.',
      });
      expect(refusal(() => parseSarif(Buffer.from('{\n  "version": "2.1.0",\n  "runs": [,]\n}')))).toMatchObject({
        where: 'file',
        message: 'The file is not valid JSON: it has a "," where a value was expected.',
      });
      expect(refusal(() => parseSarif(Buffer.from('{"version": "2.1.0", "runs": [')))).toMatchObject({
        message: 'The file is not valid JSON: it ends too early or starts with something other than a value.',
      });
    });

    it('absurd nesting', () => {
      const deep = `{"version":"2.1.0","runs":[],"properties":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      expect(refusal(() => parseSarif(Buffer.from(deep))).message).toBe('The JSON is nested more than 100 levels deep; a SARIF report never is.');
    });

    it.each([
      ['a log without runs', { version: '2.1.0' }, 'runs', '"runs" is missing; expected a list (JSON array).'],
      ['a tool without a name', { version: '2.1.0', runs: [{ tool: { driver: {} } }] }, 'runs[0].tool.driver.name', '"name" is missing; expected a string.'],
      [
        'an unknown level',
        log([result(), result({ level: 'Warning' })]),
        'runs[0].results[1].level',
        '"level" must be one of "none", "note", "warning", "error", not "Warning".',
      ],
      [
        'a line number of zero',
        log([result({ locations: [{ physicalLocation: { region: { startLine: 0 } } }] })]),
        'runs[0].results[0].locations[0].physicalLocation.region.startLine',
        '"startLine" must be at least 1, not 0.',
      ],
      [
        'a URI that is not a string',
        log([result({ locations: [{ physicalLocation: { artifactLocation: { uri: 42 } } }] })]),
        'runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri',
        '"uri" must be a string, not 42.',
      ],
      ['a result without a message', log([result({ message: undefined })]), 'runs[0].results[0].message', '"message" is missing; expected an object.'],
      ['a result without a rule', { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results: [{ message: { text: 'm' } }] }] }, 'runs[0].results[0].ruleId', 'The result names no rule: expected ruleId or rule.id.'],
      [
        'a message id the rule does not define',
        log([result({ message: { id: 'missing' } })]),
        'runs[0].results[0].message',
        'The result\'s message cannot be read: its id "missing" is not among its rule\'s messageStrings.',
      ],
    ])('%s, naming where', (_case, document, where, message) => {
      expect(refusal(() => sarif(document))).toMatchObject({ format: 'SARIF', where, message });
    });
  });
});
