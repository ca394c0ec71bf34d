import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';
import { expect } from 'vitest';
import { AnalysisSessionDocument, CreateAnalysisUploadDocument, type AnalysisUploadKind } from '@steward/client';
import { eventually } from '@steward/kernel/testing';
import type { SeededOrganization, SeededProject, TestStack } from '@steward/standalone/testing';

/** A GraphQL response's errors, as the tests read them. */
type Res = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
export const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
export const fieldOf = (res: Res) => res.errors?.[0]?.extensions?.field;

/** A tar.gz of the given files (path → content), each under `root/` as GitHub's archives are. */
export async function tarGz(files: Record<string, string>, root = 'repo-0123abc'): Promise<Buffer> {
  const archive = pack();
  for (const [path, content] of Object.entries(files)) archive.entry({ name: `${root}/${path}` }, content);
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.pipe(createGzip())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The upload link moved onto the test gateway's origin (links name ANALYSIS_PUBLIC_URL, which a test stack cannot know in advance). */
export function onGateway(stack: TestStack, url: string): string {
  const link = new URL(url);
  return new URL(link.pathname, stack.gatewayUrl).toString();
}

/** Creates an upload slot and PUTs the bytes through the gateway; returns the slot id and the PUT's answer. */
export async function upload(stack: TestStack, org: SeededOrganization, project: Pick<SeededProject, 'id'>, kind: AnalysisUploadKind, fileName: string, bytes: Buffer) {
  const slot = await stack.request(CreateAnalysisUploadDocument, { input: { organizationId: org.id, projectId: project.id, kind, fileName } }, { token: org.owner.accessToken });
  expect(slot.errors).toBeUndefined();
  const { id, uploadUrl } = slot.data!.createAnalysisUpload;
  const response = await fetch(onGateway(stack, uploadUrl), { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  return { id, uploadUrl, status: response.status, body: (await response.json()) as { id?: string; sha256?: string; error?: { code: string; message: string } } };
}

/** Uploads and expects the bytes to be accepted; returns the upload id. */
export async function uploaded(stack: TestStack, org: SeededOrganization, project: Pick<SeededProject, 'id'>, kind: AnalysisUploadKind, fileName: string, bytes: Buffer): Promise<string> {
  const result = await upload(stack, org, project, kind, fileName, bytes);
  expect(result.body.error).toBeUndefined();
  expect(result.status).toBe(201);
  return result.id;
}

/** Waits until the session has finished, and returns it with its findings (first 100). */
export async function finished(stack: TestStack, token: string, sessionId: string, filter: Record<string, unknown> | null = null) {
  const done = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];
  const result = await eventually(
    async () => (await stack.request(AnalysisSessionDocument, { id: sessionId, filter, first: 100 }, { token })).data?.analysisSession,
    (session) => !!session && done.includes(session.status),
    `analysis session ${sessionId} to finish`,
    60_000,
  );
  return result!;
}

/** A small JS/TS project with an eval (CRITICAL), an unused variable, a complex function and an import cycle a → b → a. */
export const SAMPLE_SOURCE: Record<string, string> = {
  'src/a.js': "import { b } from './b.js';\nexport function a(x) {\n  return b(x) + 1;\n}\n",
  'src/b.js': "import { a } from './a.js';\nexport function b(x) {\n  if (x > 10) return a(x - 1);\n  return x;\n}\n",
  'src/danger.js': 'export function run(code) {\n  return eval(code);\n}\n',
  'src/complex.ts': [
    'export function grade(score: number, bonus: boolean): string {',
    '  const unused = 1;',
    "  if (score > 90) return 'A';",
    "  if (score > 80) return bonus ? 'A' : 'B';",
    "  if (score > 70) return 'C';",
    "  return 'F';",
    '}',
    '',
  ].join('\n'),
};

/** A SARIF 2.1.0 report of one Semgrep finding with partial fingerprints. */
export function semgrepSarif(rule = 'python.lang.security.audit.exec-detected', line = 12): Buffer {
  return Buffer.from(
    JSON.stringify({
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [
        {
          tool: { driver: { name: 'Semgrep OSS', version: '1.90.0', rules: [{ id: rule, properties: { tags: ['security'] }, defaultConfiguration: { level: 'error' } }] } },
          results: [
            {
              ruleId: rule,
              level: 'error',
              message: { text: 'Detected the use of exec().' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'app/run.py' }, region: { startLine: line, endLine: line } } }],
              partialFingerprints: { primaryLocationLineHash: `fp-${rule}` },
            },
          ],
        },
      ],
    }),
  );
}

/** A JUnit report: 3 tests, 1 failed, 1 skipped. */
export const JUNIT_XML = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="grade" tests="3">
    <testcase classname="grade" name="gives A above 90" time="0.01"/>
    <testcase classname="grade" name="gives F below 70" time="0.02"><failure message="expected F, got C">AssertionError</failure></testcase>
    <testcase classname="grade" name="bonus" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>
`,
);

/** An lcov report: 8 of 10 lines hit. */
export const LCOV = Buffer.from('TN:\nSF:src/complex.ts\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nDA:5,0\nDA:6,1\nDA:7,1\nDA:8,1\nDA:9,0\nDA:10,1\nLF:10\nLH:8\nend_of_record\n');
