import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A blob in the store: named by the sha256 of its bytes. */
export interface StoredBlob {
  sha256: string;
  sizeBytes: number;
}

/**
 * Content-addressed storage of artifacts: a blob is written once under its sha256 and never changes,
 * so storing the same bytes twice costs nothing and a name always means the same content.
 */
export interface ArtifactStore {
  readonly kind: 'disk' | 's3';
  /** Takes a local file whose sha256 and size the caller computed (see {@link receiveToFile}); the file is consumed. */
  putFile(file: string, blob: StoredBlob): Promise<void>;
  has(sha256: string): Promise<boolean>;
  /** The blob's bytes as a stream (throws when it is not stored). */
  read(sha256: string): Promise<Readable>;
}

/** More bytes arrived than allowed: nothing was kept. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`larger than the limit of ${maxBytes} bytes`);
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Refuses anything but a sha256 as a blob name, so a name can never become a path or key outside the store. */
export function assertSha256(sha256: string): void {
  if (!SHA256.test(sha256)) throw new Error('Not a sha256 blob name');
}

/**
 * Streams `source` into a new file under `directory`, hashing and counting as it goes; more than
 * `maxBytes` aborts and removes the file. The caller hands the file to `ArtifactStore.putFile`.
 */
export async function receiveToFile(source: AsyncIterable<Buffer | string> | Readable, directory: string, maxBytes: number): Promise<StoredBlob & { file: string }> {
  await mkdir(directory, { recursive: true });
  const file = join(directory, `incoming-${randomUUID()}`);
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer | string>) {
        for await (const raw of chunks) {
          const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
          sizeBytes += chunk.length;
          if (sizeBytes > maxBytes) throw new BlobTooLargeError(maxBytes);
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(file),
    );
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { file, sha256: hash.digest('hex'), sizeBytes };
}

/** Stores bytes already in memory (task outputs, graphs); returns their blob. */
export async function putBuffer(store: ArtifactStore, scratch: string, bytes: Buffer): Promise<StoredBlob> {
  const received = await receiveToFile(Readable.from([bytes]), scratch, Number.MAX_SAFE_INTEGER);
  await store.putFile(received.file, received);
  return { sha256: received.sha256, sizeBytes: received.sizeBytes };
}

/** A stored blob's bytes in memory (for reports and task outputs, which are size-capped). */
export async function readBuffer(store: ArtifactStore, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.read(sha256)) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** Copies a stored blob to a local file (sources to unpack). */
export async function copyToFile(store: ArtifactStore, sha256: string, file: string): Promise<void> {
  await pipeline(await store.read(sha256), createWriteStream(file));
}

/** Blobs under a folder on local disk: `<root>/<first two hex digits>/<sha256>`, written by rename so a reader never sees half a blob. */
export class DiskArtifactStore implements ArtifactStore {
  readonly kind = 'disk';

  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    assertSha256(sha256);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  async putFile(file: string, blob: StoredBlob): Promise<void> {
    const target = this.pathOf(blob.sha256);
    if (await this.has(blob.sha256)) {
      await rm(file, { force: true });
      return;
    }
    await mkdir(join(this.root, blob.sha256.slice(0, 2)), { recursive: true });
    await rename(file, target);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      (found) => found.isFile(),
      () => false,
    );
  }

  async read(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    await stat(path);
    return createReadStream(path);
  }

  /** The whole blob (tests). */
  readFile(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }
}
