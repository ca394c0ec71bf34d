import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import yauzl from 'yauzl';
import { ArchiveError, type ArchiveLimits } from './archive-error.js';
import { Extraction, shown } from './archive-extraction.js';

export { ArchiveError, type ArchiveErrorReason, type ArchiveLimits } from './archive-error.js';

/** What {@link extractArchive} wrote. */
export interface ExtractedArchive {
  format: 'tar.gz' | 'zip';
  /** Regular files written, relative to the destination, `/` separators, after {@link root} was stripped. */
  files: string[];
  /** Bytes written, all files together. */
  totalBytes: number;
  /**
   * The single top-level folder everything was wrapped in (`repo-abc123` in a GitHub or GitLab
   * archive) and that was stripped, or null when the archive had several top-level entries.
   */
  root: string | null;
}

/** The archive format its first bytes announce: gzip (assumed to hold a tar) or a zip local file header. */
export function detectArchiveFormat(head: Buffer): 'tar.gz' | 'zip' | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  return null;
}

/**
 * Extracts an uploaded `.tar.gz` or `.zip` into `destination` (an existing, empty folder) and returns
 * the relative paths of the regular files written.
 *
 * Refused, with everything written so far removed: absolute names, `..` segments, backslashes, NUL
 * characters, more than `maxFiles` files, more bytes than the limits once actually decompressed
 * (counted while streaming; header sizes can only refuse earlier, never allow), damaged archives,
 * encrypted or unknown compression methods, and any link whose target leaves the archive.
 *
 * Links: symbolic and hard links whose target stays inside are skipped, not created, and not
 * listed; devices and FIFOs too. Writing no link at all means no later entry can be written through
 * one, and analysers never follow a link out of the tree. Entries under `__MACOSX/` (resource forks
 * that Finder adds to zips) are skipped, so that they do not defeat the stripping of a common root.
 */
export async function extractArchive(options: {
  file: string;
  destination: string;
  limits: ArchiveLimits;
  signal?: AbortSignal;
}): Promise<ExtractedArchive> {
  const destination = resolve(options.destination);
  const info = await stat(destination);
  if (!info.isDirectory() || (await readdir(destination)).length > 0) {
    throw new Error(`The extraction destination must be an existing, empty folder (destination=${destination})`);
  }
  options.signal?.throwIfAborted();
  const format = detectArchiveFormat(await readHead(options.file));
  if (format === null) throw new ArchiveError('UNSUPPORTED', 'The upload is neither a .tar.gz nor a .zip archive.');

  const extraction = new Extraction(destination, options.limits, options.signal);
  try {
    if (format === 'tar.gz') await extractTarGz(options.file, extraction);
    else await extractZip(options.file, extraction);
    const { root, files } = await stripCommonRoot(destination, extraction.files);
    return { format, files, totalBytes: extraction.writtenBytes, root };
  } catch (error) {
    // The destination was empty when we started, so everything in it is ours.
    await emptyFolder(destination);
    throw toArchiveError(error, format);
  }
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}


async function extractTarGz(file: string, extraction: Extraction): Promise<void> {
  const extract = tar.extract();
  let sourceError: unknown;
  const source = pipeline(createReadStream(file), createGunzip(), extraction.rawLimiter(), extract, { signal: extraction.signal }).catch(
    (error: unknown) => {
      sourceError = error;
    },
  );
  try {
    for await (const entry of extract) {
      extraction.countEntry();
      const { header } = entry;
      const path = extraction.entryPath(header.name);
      switch (header.type) {
        case 'file':
        case 'contiguous-file':
          if (path === null) throw new ArchiveError('PATH', `The archive has a file without a name (${shown(header.name)}).`);
          await extraction.writeFile(path, header.name, entry, header.size);
          break;
        case 'directory':
          if (path !== null) await extraction.makeDirectory(path);
          await extraction.skip(entry);
          break;
        case 'symlink':
        case 'link':
          extraction.checkLink(path, header.name, header.linkname ?? '', header.type === 'symlink' ? 'symbolic' : 'hard');
          await extraction.skip(entry);
          break;
        default:
          // Devices and FIFOs have no place in a source tree.
          await extraction.skip(entry);
      }
    }
  } catch (error) {
    extract.destroy();
    await source;
    // Our own refusal wins over the "premature close" that stopping causes upstream; a failure
    // upstream (damaged gzip, a limit reached) is what made the loop fail, so it wins otherwise.
    const upstream = (sourceError as NodeJS.ErrnoException | undefined)?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? undefined : sourceError;
    throw error instanceof ArchiveError ? error : (upstream ?? error);
  }
  await source;
  if (sourceError !== undefined) throw sourceError;
}

/** Zip external attributes: a Unix mode in the high 16 bits when the archive was made on Unix. */
function zipEntryKind(entry: yauzl.Entry, name: string): 'file' | 'directory' | 'symlink' | 'other' {
  const madeOnUnix = entry.versionMadeBy >> 8 === 3;
  const type = madeOnUnix ? (entry.externalFileAttributes >>> 16) & 0o170000 : 0;
  if (type === 0o120000) return 'symlink';
  if (name.endsWith('/') || type === 0o040000) return 'directory';
  if (type === 0 || type === 0o100000) return 'file';
  return 'other';
}

async function extractZip(file: string, extraction: Extraction): Promise<void> {
  // decodeStrings: false, because yauzl would otherwise refuse bad names with its own messages (and
  // rewrite backslashes); names are decoded below and checked like tar names.
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: true });
  try {
    if (zip.entryCount > extraction.maxEntries) {
      throw new ArchiveError('TOO_MANY_FILES', `The archive has ${zip.entryCount} entries; at most ${extraction.maxEntries} are accepted.`);
    }
    for await (const entry of zip.eachEntry()) {
      extraction.countEntry();
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const path = extraction.entryPath(name);
      if (path === null || path === '__MACOSX' || path.startsWith('__MACOSX/')) continue;
      const kind = zipEntryKind(entry, name);
      if (kind === 'directory') {
        await extraction.makeDirectory(path);
        continue;
      }
      if (kind === 'other') continue;
      if (entry.isEncrypted()) throw new ArchiveError('UNSUPPORTED', `The archive's entry ${shown(name)} is encrypted; upload an archive without a password.`);
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw new ArchiveError('UNSUPPORTED', `The archive's entry ${shown(name)} uses compression method ${entry.compressionMethod}; only stored and deflated entries are supported.`);
      }
      const content = await zip.openReadStreamPromise(entry);
      // yauzl checks sizes in its own stream: when our limit stops the reading first, its check may
      // still fire afterwards, with nobody listening; that late error must not become an uncaught one.
      content.on('error', () => undefined);
      try {
        if (kind === 'symlink') extraction.checkLink(path, name, await extraction.readSmall(content, name, 4096), 'symbolic');
        else await extraction.writeFile(path, name, content, entry.uncompressedSize);
      } finally {
        content.destroy();
      }
    }
  } finally {
    zip.close();
  }
}

/**
 * When everything written sits in one top-level folder, moves its content up and returns its name.
 * The folder is first renamed to a unique name, so that a child with the same name can move up.
 */
async function stripCommonRoot(destination: string, files: readonly string[]): Promise<{ root: string | null; files: string[] }> {
  const top = await readdir(destination, { withFileTypes: true });
  const [only] = top;
  if (top.length !== 1 || only === undefined || !only.isDirectory() || files.length === 0) return { root: null, files: [...files] };
  const root = only.name;
  const staging = join(destination, `.strip-${randomUUID()}`);
  await rename(join(destination, root), staging);
  for (const child of await readdir(staging)) await rename(join(staging, child), join(destination, child));
  await rmdir(staging);
  return { root, files: files.map((file) => file.slice(root.length + 1)) };
}

async function emptyFolder(folder: string): Promise<void> {
  const entries = await readdir(folder).catch(() => []);
  await Promise.all(entries.map((entry) => rm(join(folder, entry), { recursive: true, force: true })));
}

/**
 * Library errors in the words of {@link ArchiveError}. Aborts, file-system errors (a full disk is
 * our problem, not the upload's) and programming errors pass through unchanged.
 */
function toArchiveError(error: unknown, format: 'tar.gz' | 'zip'): unknown {
  if (error instanceof ArchiveError || !(error instanceof Error) || error.name === 'AbortError') return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code.startsWith('Z_')) return new ArchiveError('CORRUPT', 'The archive is damaged or truncated: its gzip data cannot be decompressed.');
  // tar-stream and yauzl report damage with plain Errors without a code.
  if (error.constructor !== Error || code !== '') return error;
  if (format === 'tar.gz') return new ArchiveError('CORRUPT', 'The archive is damaged: the gzip data does not hold a valid tar archive.');
  if (/too many bytes|too few bytes|size mismatch/i.test(error.message)) {
    return new ArchiveError('CORRUPT', 'The archive is damaged or forged: an entry holds a different amount of data than its header declares.');
  }
  return new ArchiveError('CORRUPT', 'The archive is damaged: it cannot be read as a zip file.');
}
