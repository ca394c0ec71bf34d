import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartAnalysisDocument } from '@steward/client';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { finished, onGateway, semgrepSarif, uploaded } from './analysis-fixtures.js';

describe('artifacts in an S3-compatible bucket (ANALYSIS_S3_BUCKET)', () => {
  let root: string;
  let server: S3rver;
  let endpoint: string;
  let stack: TestStack;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'steward-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: root, configureBuckets: [{ name: 'steward-artifacts', configs: [] }] });
    endpoint = `http://127.0.0.1:${((await server.run()) as AddressInfo).port}`;
    // The SDK's default credential chain reads these, as it would in a deployment.
    process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
    process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
    stack = await startTestStack({ ANALYSIS_S3_BUCKET: 'steward-artifacts', ANALYSIS_S3_ENDPOINT: endpoint, ANALYSIS_S3_REGION: 'us-east-1' });
  });
  afterAll(async () => {
    await stack?.stop();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('stores uploads and task outputs by sha256 in the bucket and serves them back through download links', async () => {
    const org = await seed(stack).org();
    const project = await seed(stack).project(org);
    const report = semgrepSarif('bucket.rule');
    const sarif = await uploaded(stack, org, project, 'SARIF', 'a.sarif', report);
    const started = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: project.id, reportUploadIds: [sarif] } }, { token: org.owner.accessToken });
    const session = await finished(stack, org.owner.accessToken, started.data!.startAnalysis.id);
    expect(session.status).toBe('SUCCEEDED');

    const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: 'steward-artifacts' }));
    client.destroy();
    const keys = (listed.Contents ?? []).map((object) => object.Key!).sort();
    const reportSha = createHash('sha256').update(report).digest('hex');
    expect(keys).toContain(`artifacts/${reportSha.slice(0, 2)}/${reportSha}`);
    // The SARIF upload and the task's REPORT: two blobs.
    expect(keys).toHaveLength(2);

    const uploadedArtifact = session.artifacts.find((artifact) => artifact.kind === 'SARIF')!;
    const download = await fetch(onGateway(stack, uploadedArtifact.downloadUrl!));
    expect(download.headers.get('content-type')).toBe('application/sarif+json');
    expect(Buffer.from(await download.arrayBuffer()).equals(report)).toBe(true);
  });
});
