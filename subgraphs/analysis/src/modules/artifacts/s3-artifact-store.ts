import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { assertSha256, type ArtifactStore, type StoredBlob } from './artifact-store.js';

/** Where the S3 store writes: a bucket, optionally on a non-AWS endpoint. */
export interface S3StoreOptions {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Explicit credentials (tests); otherwise the SDK's default chain (environment, profile, role). */
  credentials?: S3ClientConfig['credentials'];
  /** A key prefix inside the bucket (default `artifacts/`). */
  prefix?: string;
}

/**
 * Blobs in an S3-compatible bucket, one object per sha256. Checksums are sent only where S3
 * requires them: the SDK's default (a CRC32 trailer on every upload) is not understood by every
 * S3-compatible store, and the key already is the content's sha256.
 */
export class S3ArtifactStore implements ArtifactStore {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? true,
      credentials: options.credentials,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.prefix = options.prefix ?? 'artifacts/';
  }

  private keyOf(sha256: string): string {
    assertSha256(sha256);
    return `${this.prefix}${sha256.slice(0, 2)}/${sha256}`;
  }

  async putFile(file: string, blob: StoredBlob): Promise<void> {
    try {
      if (await this.has(blob.sha256)) return;
      await this.client.send(
        new PutObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(blob.sha256), Body: createReadStream(file), ContentLength: blob.sizeBytes, ContentType: 'application/octet-stream' }),
      );
    } finally {
      await rm(file, { force: true });
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(sha256) }));
      return true;
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404) return false;
      throw error;
    }
  }

  async read(sha256: string): Promise<Readable> {
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(sha256) }));
    if (!(answer.Body instanceof Readable)) throw new Error('S3 answered without a body stream');
    return answer.Body;
  }

  close(): void {
    this.client.destroy();
  }
}
