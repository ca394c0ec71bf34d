import { createHash } from 'node:crypto';
import { z } from 'zod';
import { findingFingerprint, type RawFinding, type Severity } from '../analyzers/finding.js';
import { ReportError } from './report-error.js';
import { assertJsonDepth, decodeReportText, describeShape, parseJsonText, textShape } from './report-input.js';
import { describeIssue, wherePath } from './sarif-issues.js';
import { isAbsolute, normaliseSegments, sarifPath, uriToPath } from './sarif-paths.js';

export { sarifPath } from './sarif-paths.js';

const FORMAT = 'SARIF';

/** Far deeper than SARIF's own structure (code flows included), far below what hurts a parser. */
const MAX_JSON_DEPTH = 100;

const LevelModel = z.enum(['none', 'note', 'warning', 'error']);
type Level = z.infer<typeof LevelModel>;

const PropertyBagModel = z.object({
  tags: z.array(z.string()).optional(),
  'security-severity': z.union([z.string(), z.number()]).optional(),
});

const MessageModel = z.object({
  text: z.string().optional(),
  id: z.string().optional(),
  arguments: z.array(z.string()).optional(),
});

const ArtifactLocationModel = z.object({
  uri: z.string().optional(),
  uriBaseId: z.string().optional(),
  index: z.number().int().min(0).optional(),
});

const RegionModel = z.object({
  startLine: z.number().int().min(1).optional(),
  endLine: z.number().int().min(1).optional(),
  snippet: z.object({ text: z.string().optional() }).optional(),
});

const LocationModel = z.object({
  physicalLocation: z
    .object({
      artifactLocation: ArtifactLocationModel.optional(),
      region: RegionModel.optional(),
    })
    .optional(),
});

const ReportingDescriptorModel = z.object({
  id: z.string().min(1),
  messageStrings: z.record(z.string(), z.object({ text: z.string() })).optional(),
  defaultConfiguration: z.object({ level: LevelModel.optional() }).optional(),
  properties: PropertyBagModel.optional(),
});
type Rule = z.infer<typeof ReportingDescriptorModel>;

const ToolComponentModel = z.object({
  name: z.string().min(1),
  version: z.string().optional(),
  semanticVersion: z.string().optional(),
  rules: z.array(ReportingDescriptorModel).optional(),
});

const ResultModel = z.object({
  ruleId: z.string().min(1).optional(),
  ruleIndex: z.number().int().min(0).optional(),
  rule: z
    .object({
      id: z.string().min(1).optional(),
      index: z.number().int().min(0).optional(),
      toolComponent: z.object({ index: z.number().int().min(0).optional() }).optional(),
    })
    .optional(),
  kind: z.enum(['pass', 'open', 'informational', 'notApplicable', 'review', 'fail']).optional(),
  level: LevelModel.optional(),
  message: MessageModel,
  locations: z.array(LocationModel).optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fingerprints: z.record(z.string(), z.string()).optional(),
  suppressions: z.array(z.object({ status: z.enum(['accepted', 'underReview', 'rejected']).optional() })).optional(),
  baselineState: z.enum(['new', 'unchanged', 'updated', 'absent']).optional(),
  properties: PropertyBagModel.optional(),
});
type Result = z.infer<typeof ResultModel>;

const RunModel = z.object({
  tool: z.object({ driver: ToolComponentModel, extensions: z.array(ToolComponentModel).optional() }),
  // null means "the tool did not compute results", which for us is the same as none.
  results: z.array(ResultModel).nullable().optional(),
  artifacts: z.array(z.object({ location: ArtifactLocationModel.optional() })).optional(),
  originalUriBaseIds: z.record(z.string(), z.object({ uri: z.string().optional() })).optional(),
  invocations: z.array(z.object({ workingDirectory: z.object({ uri: z.string().optional() }).optional() })).optional(),
});
type Run = z.infer<typeof RunModel>;

const SarifLogModel = z.object({ version: z.literal('2.1.0'), runs: z.array(RunModel) });

/** What a SARIF log holds: the tools that ran and their findings. */
export interface SarifImport {
  tools: { name: string; version: string | null }[];
  findings: RawFinding[];
}

const LEVEL_SEVERITY: Record<Level, Severity> = { error: 'MAJOR', warning: 'MINOR', note: 'INFO', none: 'INFO' };

/**
 * Reads a SARIF 2.1.0 log (Semgrep, ESLint's SARIF formatter, Bandit, CodeQL…) into findings.
 *
 * - Severity: `error` → MAJOR, `warning` → MINOR, `note`/`none` → INFO, taken from the result, else its
 *   rule's `defaultConfiguration.level`, else SARIF's default (`warning`, or `none` for a result whose
 *   `kind` is not `fail`). A `security-severity` property (result, else rule) of 9 or more makes it
 *   CRITICAL and of 7 or more MAJOR, as GitHub code scanning does.
 * - Category: `security` when the rule's or result's tags include `security`; otherwise `correctness`
 *   for the `error` level and `maintainability` for the others.
 * - Skipped: results that are suppressed (a suppression without status, or `accepted`), that passed
 *   (`kind` `pass`/`notApplicable`), or that are `absent` from a baseline comparison.
 * - Path: see {@link sarifPath}. Lines: the first location's region.
 * - Fingerprint: from `partialFingerprints` (`primaryLocationLineHash` first, else the first key in
 *   sorted order), else from `fingerprints`, hashed with the tool, rule and path, because CodeQL's line
 *   hash is computed from the line's text alone and repeats across files; else
 *   {@link findingFingerprint} over the region's snippet.
 */
export function parseSarif(input: Buffer): SarifImport {
  const text = decodeReportText(FORMAT, input);
  const shape = textShape(text);
  if (shape === 'xml' || shape === 'lcov') {
    throw new ReportError(FORMAT, 'file', `This looks like ${describeShape(shape)}, not a SARIF log (JSON).`);
  }
  assertJsonDepth(FORMAT, text, MAX_JSON_DEPTH);
  const document = parseJsonText(FORMAT, text);
  assertLooksLikeSarif(document);

  const parsed = SarifLogModel.safeParse(document, { reportInput: true });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ReportError(FORMAT, issue === undefined ? 'file' : wherePath(issue.path), issue === undefined ? 'The SARIF log is not valid.' : describeIssue(issue));
  }

  const tools: SarifImport['tools'] = [];
  const findings: RawFinding[] = [];
  parsed.data.runs.forEach((run, runIndex) => {
    const { driver } = run.tool;
    const version = driver.version ?? driver.semanticVersion ?? null;
    if (!tools.some((tool) => tool.name === driver.name && tool.version === version)) tools.push({ name: driver.name, version });
    const bases = absoluteBases(run);
    (run.results ?? []).forEach((result, resultIndex) => {
      if (isSkipped(result)) return;
      findings.push(toFinding(run, result, `runs[${runIndex}].results[${resultIndex}]`, bases));
    });
  });
  return { tools, findings };
}

function assertLooksLikeSarif(document: unknown): void {
  if (Array.isArray(document)) {
    throw new ReportError(FORMAT, 'file', 'This is a JSON array (ESLint\'s "json" formatter writes one, for example); a SARIF log is an object with "version": "2.1.0" and "runs".');
  }
  if (typeof document !== 'object' || document === null) {
    throw new ReportError(FORMAT, 'file', 'This JSON is not an object; a SARIF log is an object with "version": "2.1.0" and "runs".');
  }
  const { version, runs } = document as { version?: unknown; runs?: unknown };
  if (version === undefined && runs === undefined) {
    throw new ReportError(FORMAT, 'file', 'This JSON has neither "version" nor "runs"; it is not a SARIF log.');
  }
  if (typeof version === 'string' && version !== '2.1.0') {
    throw new ReportError(FORMAT, 'version', `SARIF version "${version.slice(0, 20)}" is not supported; export SARIF 2.1.0.`);
  }
}

function isSkipped(result: Result): boolean {
  if (result.kind === 'pass' || result.kind === 'notApplicable') return true;
  if (result.baselineState === 'absent') return true;
  return (result.suppressions ?? []).some((suppression) => suppression.status === undefined || suppression.status === 'accepted');
}

function toFinding(run: Run, result: Result, where: string, bases: readonly string[]): RawFinding {
  const tool = run.tool.driver.name;
  const rule = ruleOf(run, result);
  const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id;
  if (ruleId === undefined) throw new ReportError(FORMAT, `${where}.ruleId`, 'The result names no rule: expected ruleId or rule.id.');

  const level = result.level ?? rule?.defaultConfiguration?.level ?? (result.kind !== undefined && result.kind !== 'fail' ? 'none' : 'warning');
  const securitySeverity = numberOrNull(result.properties?.['security-severity'] ?? rule?.properties?.['security-severity']);
  const severity: Severity =
    securitySeverity !== null && securitySeverity >= 9 ? 'CRITICAL' : securitySeverity !== null && securitySeverity >= 7 ? 'MAJOR' : LEVEL_SEVERITY[level];
  const tags = [...(rule?.properties?.tags ?? []), ...(result.properties?.tags ?? [])].map((tag) => tag.toLowerCase());
  const category = tags.includes('security') ? 'security' : level === 'error' ? 'correctness' : 'maintainability';

  const location = result.locations?.[0];
  const region = location?.physicalLocation?.region;
  const artifact = location?.physicalLocation?.artifactLocation;
  const uri = artifact?.uri ?? (artifact?.index === undefined ? undefined : run.artifacts?.[artifact.index]?.location?.uri);
  const path = uri === undefined ? '' : sarifPath(uri, bases);
  const startLine = region?.startLine ?? null;
  const endLine = startLine === null ? null : Math.max(startLine, region?.endLine ?? startLine);

  return {
    rule: ruleId,
    tool,
    severity,
    category,
    message: messageOf(result, rule, `${where}.message`),
    path,
    startLine,
    endLine,
    fingerprint: fingerprintOf(tool, ruleId, path, result, region?.snippet?.text ?? ''),
  };
}

/** The rule a result refers to: by index (in the driver or the extension it names), else by id. */
function ruleOf(run: Run, result: Result): Rule | undefined {
  const componentIndex = result.rule?.toolComponent?.index;
  const component = componentIndex === undefined ? run.tool.driver : run.tool.extensions?.[componentIndex];
  const index = result.rule?.index ?? result.ruleIndex;
  const byIndex = index === undefined ? undefined : component?.rules?.[index];
  if (byIndex !== undefined) return byIndex;
  const id = result.ruleId ?? result.rule?.id;
  if (id === undefined) return undefined;
  return [run.tool.driver, ...(run.tool.extensions ?? [])].flatMap((tool) => tool.rules ?? []).find((rule) => rule.id === id);
}

/**
 * The message's text, or the rule's `messageStrings` entry its `id` names; `{0}` placeholders are
 * filled from `arguments` and embedded links (`[a value](1)`, pointing at related locations) keep
 * only their text.
 */
function messageOf(result: Result, rule: Rule | undefined, where: string): string {
  const { text, id, arguments: args = [] } = result.message;
  const template = text ?? (id === undefined ? undefined : rule?.messageStrings?.[id]?.text);
  if (template === undefined) {
    const reason = id === undefined ? 'it has neither text nor id' : `its id "${id}" is not among its rule's messageStrings`;
    throw new ReportError(FORMAT, where, `The result's message cannot be read: ${reason}.`);
  }
  return template
    .replace(/\{(\d+)\}/g, (placeholder, index: string) => args[Number(index)] ?? placeholder)
    .replace(/(?<!\\)\[([^\]]*)\]\(\d+\)/g, '$1')
    .replace(/\\([[\]])/g, '$1');
}

function fingerprintOf(tool: string, rule: string, path: string, result: Result, snippet: string): string {
  const chosen = pickFingerprint(result.partialFingerprints) ?? pickFingerprint(result.fingerprints);
  if (chosen === undefined) return findingFingerprint({ tool, rule, path, snippet });
  const [key, value] = chosen;
  return createHash('sha256').update(`${tool}\u0000${rule}\u0000${path}\u0000${key}\u0000${value}`).digest('hex');
}

function pickFingerprint(fingerprints: Record<string, string> | undefined): [string, string] | undefined {
  if (fingerprints === undefined) return undefined;
  const keys = Object.keys(fingerprints).filter((key) => fingerprints[key] !== '');
  const key = keys.includes('primaryLocationLineHash') ? 'primaryLocationLineHash' : keys.sort()[0];
  const value = key === undefined ? undefined : fingerprints[key];
  return key === undefined || value === undefined ? undefined : [key, value];
}

function numberOrNull(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const number = typeof value === 'number' ? value : Number.parseFloat(value);
  return Number.isFinite(number) ? number : null;
}

/** Absolute folders the run says its paths are under: its uriBaseIds and working directories. */
function absoluteBases(run: Run): string[] {
  const uris = [
    ...Object.values(run.originalUriBaseIds ?? {}).map((base) => base.uri),
    ...(run.invocations ?? []).map((invocation) => invocation.workingDirectory?.uri),
  ];
  return uris
    .filter((uri): uri is string => uri !== undefined)
    .map((uri) => normaliseSegments(uriToPath(uri)))
    .filter((path) => isAbsolute(path) && path !== '/' && !/^[A-Za-z]:\/$/.test(path))
    .sort((a, b) => b.length - a.length);
}
