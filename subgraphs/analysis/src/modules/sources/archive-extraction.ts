import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ArchiveError, type ArchiveLimits } from './archive-error.js';

/** Shows a name from an archive in a message: quoted, control characters escaped, not too long. */
export function shown(name: string): string {
  const quoted = JSON.stringify(name);
  return quoted.length > 120 ? `${quoted.slice(0, 117)}…"` : quoted;
}

/** The chunks of an entry stream (a Node stream from yauzl, a streamx stream from tar-stream) as Buffers. */
export async function* buffersOf(content: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  for await (const chunk of content) {
    if (!Buffer.isBuffer(chunk)) throw new Error('An archive entry stream yielded something other than bytes');
    yield chunk;
  }
}

/** Counts, checks and writes the entries of one archive into its destination. */
export class Extraction {
  readonly files: string[] = [];
  writtenBytes = 0;
  private readonly written = new Set<string>();
  private entries = 0;
  /** Every decompressed byte, skipped entries included: they cost the same to inflate. */
  private decompressedBytes = 0;

  constructor(
    private readonly destination: string,
    private readonly limits: ArchiveLimits,
    readonly signal: AbortSignal | undefined,
  ) {}

  /**
   * Entries of any kind (directories, skipped links) are bounded too, so that an archive of a
   * million empty folders is refused; a tree rarely has more folders than files.
   */
  get maxEntries(): number {
    return this.limits.maxFiles * 2 + 16;
  }

  countEntry(): void {
    this.signal?.throwIfAborted();
    this.entries += 1;
    if (this.entries > this.maxEntries) {
      throw new ArchiveError('TOO_MANY_FILES', `The archive has more than ${this.maxEntries} entries (files and folders); at most ${this.limits.maxFiles} files are accepted.`);
    }
  }

  /** The entry's path relative to the destination, or null for the archive's root itself (`./`). */
  entryPath(name: string): string | null {
    if (name.includes('\u0000')) throw new ArchiveError('PATH', `The archive entry ${shown(name)} has a NUL character in its name.`);
    // On Linux a backslash is part of a name, on Windows a separator: refuse rather than guess.
    if (name.includes('\\')) throw new ArchiveError('PATH', `The archive entry ${shown(name)} has a backslash in its name; archives must use / between folders.`);
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw new ArchiveError('PATH', `The archive entry ${shown(name)} has an absolute path.`);
    const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..')) throw new ArchiveError('PATH', `The archive entry ${shown(name)} has a ".." segment, which could write outside the folder.`);
    if (segments.some((segment) => Buffer.byteLength(segment) > 255)) throw new ArchiveError('PATH', `The archive entry ${shown(name)} has a name longer than 255 bytes.`);
    if (segments.length === 0) return null;
    const path = segments.join('/');
    // Belt and braces: whatever the checks above missed, the resolved path must stay inside.
    const inside = relative(this.destination, resolve(this.destination, ...segments));
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..') {
      throw new ArchiveError('PATH', `The archive entry ${shown(name)} would be written outside the folder.`);
    }
    return path;
  }

  /** Refuses a link whose target leaves the archive; one that stays inside is skipped. */
  checkLink(path: string | null, name: string, target: string, kind: 'symbolic' | 'hard'): void {
    const refuse = () => new ArchiveError('LINK', `The archive's ${kind} link ${shown(name)} points to ${shown(target)}, outside the archive.`);
    if (target === '' || target.includes('\u0000') || target.includes('\\') || target.startsWith('/') || /^[A-Za-z]:/.test(target)) throw refuse();
    // A symbolic link's target is relative to the link's folder, a hard link's to the archive's root.
    const from = kind === 'symbolic' && path !== null ? posix.dirname(path) : '.';
    const resolved = posix.normalize(posix.join(from, target));
    if (resolved === '..' || resolved.startsWith('../')) throw refuse();
  }

  async makeDirectory(path: string): Promise<void> {
    try {
      await mkdir(join(this.destination, path), { recursive: true });
    } catch (error) {
      throw this.conflict(path, error);
    }
  }

  async writeFile(path: string, name: string, content: AsyncIterable<unknown>, declaredSize: number | undefined): Promise<void> {
    if (this.written.has(path)) throw new ArchiveError('CORRUPT', `The archive contains ${shown(name)} twice.`);
    if (this.files.length + 1 > this.limits.maxFiles) {
      throw new ArchiveError('TOO_MANY_FILES', `The archive has more than ${this.limits.maxFiles} files.`);
    }
    if (declaredSize !== undefined && declaredSize > this.limits.maxFileBytes) throw this.fileTooLarge(name);
    this.written.add(path);
    const target = join(this.destination, path);
    try {
      await mkdir(join(target, '..'), { recursive: true });
    } catch (error) {
      throw this.conflict(path, error);
    }
    let fileBytes = 0;
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        fileBytes += chunk.length;
        this.writtenBytes += chunk.length;
        this.decompressedBytes += chunk.length;
        if (fileBytes > this.limits.maxFileBytes) return callback(this.fileTooLarge(name));
        if (this.decompressedBytes > this.limits.maxTotalBytes) return callback(this.totalTooLarge());
        callback(null, chunk);
      },
    });
    this.files.push(path);
    try {
      // `wx`: never overwrite, never write through something that already exists at that path.
      await pipeline(buffersOf(content), counter, createWriteStream(target, { flags: 'wx', mode: 0o644 }), { signal: this.signal });
    } catch (error) {
      throw this.conflict(path, error);
    }
  }

  /** Reads and discards a skipped entry's content, counting it against the total. */
  async skip(content: AsyncIterable<unknown>): Promise<void> {
    for await (const chunk of buffersOf(content)) {
      this.decompressedBytes += chunk.length;
      if (this.decompressedBytes > this.limits.maxTotalBytes) throw this.totalTooLarge();
    }
  }

  /** Reads a small entry (a zip symbolic link's target) into memory. */
  async readSmall(content: AsyncIterable<unknown>, name: string, maxBytes: number): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of buffersOf(content)) {
      size += chunk.length;
      this.decompressedBytes += chunk.length;
      if (size > maxBytes) throw new ArchiveError('LINK', `The archive's symbolic link ${shown(name)} has a target longer than ${maxBytes} bytes.`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /** Limits the raw tar stream too: a gzip bomb can hide in padding and skipped entries. */
  rawLimiter(): Transform {
    // Headers and padding add up to ~1.5 KB per entry; PAX headers with long names add more.
    const allowance = this.limits.maxTotalBytes + (this.maxEntries + 2) * 8192;
    let bytes = 0;
    return new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        bytes += chunk.length;
        callback(bytes > allowance ? this.totalTooLarge() : null, chunk);
      },
    });
  }

  private fileTooLarge(name: string): ArchiveError {
    return new ArchiveError('TOO_LARGE', `The archive's file ${shown(name)} is larger than ${this.limits.maxFileBytes} bytes once decompressed.`);
  }

  private totalTooLarge(): ArchiveError {
    return new ArchiveError('TOO_LARGE', `The archive holds more than ${this.limits.maxTotalBytes} bytes once decompressed.`);
  }

  /** File-system errors while writing an entry are the archive contradicting itself (a file and a folder of the same name). */
  private conflict(path: string, error: unknown): unknown {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') {
      return new ArchiveError('CORRUPT', `The archive contains ${shown(path)} both as a file and as a folder, or twice.`);
    }
    return error;
  }
}
