import { readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { pack } from 'tar-stream';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAnalysisUploadDocument, StartAnalysisDocument } from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type TestStack } from '@steward/standalone/testing';
import { JUNIT_XML, LCOV, codeOf, fieldOf, onGateway, semgrepSarif, tarGz, upload, uploaded } from './analysis-fixtures.js';

const MIB = 1024 * 1024;

/** A tar.gz whose single entry tries to climb out of the folder it is unpacked into. */
async function traversalTarGz(): Promise<Buffer> {
  const archive = pack();
  archive.entry({ name: 'repo/src/ok.js' }, 'export const ok = 1;\n');
  archive.entry({ name: 'repo/../../escaped.js' }, 'pwned();\n');
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.pipe(createGzip())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  return entries.map(String).sort();
}

describe('uploads and the inputs of startAnalysis', () => {
  let stack: TestStack;
  let org: SeededOrganization;
  let outsider: SeededOrganization;
  let project: SeededProject;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'steward-analysis-'));
    stack = await startTestStack({ STEWARD_DATA_DIR: dataDir, ANALYSIS_MAX_REPORT_BYTES: String(64 * 1024), ANALYSIS_MAX_UNPACKED_BYTES: String(MIB), ANALYSIS_MAX_FILES: '50' });
    org = await seed(stack).org();
    outsider = await seed(stack).org();
    project = await seed(stack).project(org);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const start = (input: Record<string, unknown>, token = org.owner.accessToken) =>
    stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: project.id, ...input } as never }, { token });

  it('refuses unreadable reports and archives with BAD_USER_INPUT saying what is wrong, storing nothing', async () => {
    const refusals = [
      await upload(stack, org, project, 'SOURCE_ARCHIVE', 'src.rar', Buffer.from('Rar!\u001a\u0007\u0000 not an archive we read')),
      await upload(stack, org, project, 'SARIF', 'broken.sarif', Buffer.from('{"version":"2.1.0","runs":[{"tool":{}}]}')),
      await upload(stack, org, project, 'SARIF', 'junit-as-sarif.sarif', JUNIT_XML),
      await upload(stack, org, project, 'JUNIT', 'junit.xml', Buffer.from('<testsuites><testsuite><testcase></testsuites>')),
      await upload(stack, org, project, 'COVERAGE', 'lcov.info', Buffer.from('SF:src/a.js\nDA:x,1\nend_of_record\n')),
      await upload(stack, org, project, 'SOURCE_ARCHIVE', 'evil.tar.gz', await traversalTarGz()),
    ];
    for (const refused of refusals) expect([refused.status, refused.body.error?.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(refusals[0]!.body.error!.message).toContain('tar.gz or a zip');
    expect(refusals[1]!.body.error!.message).toMatch(/runs\[0\]\.tool/);
    expect(refusals[4]!.body.error!.message).toMatch(/line 2/);
    expect(refusals[5]!.body.error!.message).toMatch(/Source archive/);
    // Nothing was stored, nothing escaped the work folder, and a refused slot cannot start an analysis.
    expect(await listTree(join(dataDir, 'analysis', 'artifacts'))).toEqual([]);
    expect((await listTree(dataDir)).filter((path) => path.includes('escaped'))).toEqual([]);
    const started = await start({ reportUploadIds: [refusals[1]!.id] });
    expect([codeOf(started), fieldOf(started)]).toEqual(['BAD_USER_INPUT', 'input.reportUploadIds[0]']);
    expect(started.errors![0]!.message).toContain('have not arrived');
  });

  it('caps uploads: a report over the limit is 413, a zip bomb and too many files are refused while unpacking', async () => {
    const big = await upload(stack, org, project, 'SARIF', 'big.sarif', Buffer.alloc(65 * 1024, 32));
    expect([big.status, big.body.error?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const bomb = await upload(stack, org, project, 'SOURCE_ARCHIVE', 'bomb.zip', Buffer.from(zipSync({ 'repo/zeros.js': new Uint8Array(4 * MIB) }, { level: 9 })));
    expect([bomb.status, bomb.body.error?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`src/f${index}.js`, `export const v${index} = ${index};\n`]));
    const crowded = await upload(stack, org, project, 'SOURCE_ARCHIVE', 'many.tar.gz', await tarGz(many));
    expect([crowded.status, crowded.body.error?.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await listTree(join(dataDir, 'analysis', 'artifacts'))).toEqual([]);
  });

  it('accepts a zip, once; refuses forged, expired and reused links', async () => {
    const zip = Buffer.from(zipSync({ 'repo-1/src/a.js': new TextEncoder().encode('export const a = 1;\n') }));
    const accepted = await upload(stack, org, project, 'SOURCE_ARCHIVE', 'src.zip', zip);
    expect(accepted.status).toBe(201);
    const again = await fetch(onGateway(stack, accepted.uploadUrl), { method: 'PUT', body: zip });
    expect(again.status).toBe(409);
    // One character in the middle of the MAC changed (the last one has spare bits: see signed-links.spec.ts).
    const forgedUrl = accepted.uploadUrl.replace(/(.)(.{10})$/, (_, c: string, rest: string) => `${c === 'A' ? 'B' : 'A'}${rest}`);
    const forged = await fetch(onGateway(stack, forgedUrl), { method: 'PUT', body: zip });
    expect(forged.status).toBe(403);

    const slot = await stack.request(CreateAnalysisUploadDocument, { input: { organizationId: org.id, projectId: project.id, kind: 'SARIF', fileName: 'late.sarif' } }, { token: org.owner.accessToken });
    stack.clock.advance(16 * 60 * 1000);
    const late = await fetch(onGateway(stack, slot.data!.createAnalysisUpload.uploadUrl), { method: 'PUT', body: semgrepSarif() });
    expect(late.status).toBe(403);
    expect(((await late.json()) as { error: { message: string } }).error.message).toContain('expired');
    // The next slot of the organization forgets the expired one; stored uploads stay.
    const lateId = slot.data!.createAnalysisUpload.id;
    const ids = async () => (await stack.database.query<{ id: string }>('select id from analysis.artifacts where organization_id = $1', [org.id])).map((row) => row.id);
    expect(await ids()).toContain(lateId);
    await stack.request(CreateAnalysisUploadDocument, { input: { organizationId: org.id, projectId: project.id, kind: 'SARIF', fileName: 'next.sarif' } }, { token: org.owner.accessToken });
    expect(await ids()).not.toContain(lateId);
    expect(await ids()).toContain(accepted.id);
  });

  it('validates startAnalysis against the project, its version, the uploads and the kinds', async () => {
    const sarif = await uploaded(stack, org, project, 'SARIF', 'a.sarif', semgrepSarif());
    const junit = await uploaded(stack, org, project, 'JUNIT', 'junit.xml', JUNIT_XML);
    const otherProject = await seed(stack).project(org);
    const otherVersion = await otherProject.version();
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'BAD_USER_INPUT', 'input'],
      [{ kinds: ['STATIC'], reportUploadIds: [sarif] }, 'BAD_USER_INPUT', 'input.kinds'],
      [{ kinds: ['DYNAMIC'], reportUploadIds: [sarif] }, 'BAD_USER_INPUT', 'input.kinds'],
      [{ kinds: ['DYNAMIC'], reportUploadIds: [sarif, junit] }, 'BAD_USER_INPUT', 'input.reportUploadIds[0]'],
      [{ kinds: ['IMPORT'], reportUploadIds: [sarif, junit] }, 'BAD_USER_INPUT', 'input.reportUploadIds[1]'],
      [{ reportUploadIds: [sarif, sarif] }, 'BAD_USER_INPUT', 'input.reportUploadIds'],
      [{ versionId: otherVersion.id, reportUploadIds: [sarif] }, 'BAD_USER_INPUT', 'input.versionId'],
      [{ source: { uploadId: sarif } }, 'BAD_USER_INPUT', 'input.source.uploadId'],
      [{ source: { repositoryId: otherProject.id } }, 'BAD_USER_INPUT', 'input.source.commitSha'],
      [{ source: { repositoryId: otherProject.id, commitSha: 'not-a-sha' } }, 'BAD_USER_INPUT', 'input.source.commitSha'],
      [{ reportUploadIds: [sarif], kinds: [] }, 'BAD_USER_INPUT', 'input.kinds'],
    ];
    for (const [input, code, field] of cases) {
      const res = await start(input);
      expect([JSON.stringify(input), codeOf(res), fieldOf(res)]).toEqual([JSON.stringify(input), code, field]);
    }
    // Another project's upload cannot be borrowed, and nothing above used the uploads up.
    const elsewhere = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: otherProject.id, reportUploadIds: [sarif] } }, { token: org.owner.accessToken });
    expect([codeOf(elsewhere), fieldOf(elsewhere)]).toEqual(['BAD_USER_INPUT', 'input.reportUploadIds[0]']);
    const ok = await start({ reportUploadIds: [sarif, junit] });
    expect(ok.errors).toBeUndefined();
    const reused = await start({ reportUploadIds: [sarif] });
    expect(reused.errors![0]!.message).toContain('already used');

    // Another tenant's project is NOT_FOUND, in their organization or in ours.
    const lcov = await uploaded(stack, org, project, 'COVERAGE', 'lcov.info', LCOV);
    expect(codeOf(await stack.request(StartAnalysisDocument, { input: { organizationId: outsider.id, projectId: project.id, reportUploadIds: [lcov] } }, { token: outsider.owner.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await start({ reportUploadIds: [lcov] }, outsider.owner.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await stack.request(CreateAnalysisUploadDocument, { input: { organizationId: outsider.id, projectId: project.id, kind: 'SARIF', fileName: 'x.sarif' } }, { token: outsider.owner.accessToken }))).toBe('NOT_FOUND');
    const badName = await stack.request(CreateAnalysisUploadDocument, { input: { organizationId: org.id, projectId: project.id, kind: 'SARIF', fileName: '../x.sarif' } }, { token: org.owner.accessToken });
    expect([codeOf(badName), fieldOf(badName)]).toEqual(['BAD_USER_INPUT', 'input.fileName']);
  });
});
