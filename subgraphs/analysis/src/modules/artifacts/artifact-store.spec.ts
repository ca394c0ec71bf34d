import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobTooLargeError, DiskArtifactStore, putBuffer, readBuffer, receiveToFile, type ArtifactStore } from './artifact-store.js';
import { S3ArtifactStore } from './s3-artifact-store.js';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function contract(name: string, open: () => { store: ArtifactStore; scratch: string }) {
  describe(name, () => {
    it('stores bytes under their sha256 and reads them back', async () => {
      const { store, scratch } = open();
      const bytes = Buffer.from('hello artifacts\n'.repeat(1000));
      const blob = await putBuffer(store, scratch, bytes);
      expect(blob).toEqual({ sha256: sha(bytes), sizeBytes: bytes.length });
      expect(await store.has(blob.sha256)).toBe(true);
      expect((await readBuffer(store, blob.sha256)).equals(bytes)).toBe(true);
      // The same bytes again: one blob, and the scratch file is consumed either way.
      expect(await putBuffer(store, scratch, bytes)).toEqual(blob);
      expect(await readdir(scratch)).toEqual([]);
    });

    it('answers has=false for an unknown blob and refuses names that are not a sha256', async () => {
      const { store } = open();
      expect(await store.has('0'.repeat(64))).toBe(false);
      await expect(store.read('../../etc/passwd')).rejects.toThrow('Not a sha256');
    });
  });
}

describe('artifact stores', () => {
  let root: string;
  let server: S3rver;
  let endpoint: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'steward-store-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(root, 's3'), configureBuckets: [{ name: 'steward-artifacts', configs: [] }] });
    const address = (await server.run()) as AddressInfo;
    endpoint = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  contract('on disk', () => ({ store: new DiskArtifactStore(join(root, 'disk')), scratch: join(root, 'scratch-disk') }));
  contract('on an S3-compatible server (s3rver)', () => ({
    store: new S3ArtifactStore({ bucket: 'steward-artifacts', region: 'us-east-1', endpoint, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }),
    scratch: join(root, 'scratch-s3'),
  }));

  it('receiveToFile stops past the limit and leaves no file behind', async () => {
    const scratch = join(root, 'scratch-limit');
    await expect(receiveToFile(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), scratch, 1000)).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await readdir(scratch)).toEqual([]);
  });
});
