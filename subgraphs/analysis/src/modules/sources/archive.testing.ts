import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar, { type Pack } from 'tar-stream';
import { afterEach, beforeEach, expect } from 'vitest';
import { ArchiveError, extractArchive, type ArchiveLimits } from './archive.js';

// Shared by the archive specs: a sandbox per test (an upload file and an empty destination), archive
// builders, and the checks that a refusal wrote nothing anywhere.

export type TarHeader = Parameters<Pack['entry']>[0];

export const limits: ArchiveLimits = { maxFiles: 20, maxTotalBytes: 5_000_000, maxFileBytes: 2_000_000 };

/** The current test's folders (set by {@link useArchiveSandbox}). */
export const sandbox = { root: '', upload: '', destination: '' };

/** Gives each test of the calling file a fresh sandbox, removed after it. */
export function useArchiveSandbox(): void {
  beforeEach(async () => {
    sandbox.root = await mkdtemp(join(tmpdir(), 'steward-archive-'));
    sandbox.upload = join(sandbox.root, 'upload');
    sandbox.destination = join(sandbox.root, 'work', 'dest');
    await mkdir(sandbox.destination, { recursive: true });
  });
  afterEach(async () => {
    await rm(sandbox.root, { recursive: true, force: true });
  });
}

/** A gzipped tar of the given entries, built with tar-stream. */
export async function tarGz(entries: { header: TarHeader; content?: string | Buffer }[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const { header, content } of entries) {
    await new Promise<void>((resolve, reject) => {
      pack.entry(header, content ?? '', (error) => (error ? reject(error) : resolve()));
    });
  }
  pack.finalize();
  await collected;
  return gzipSync(Buffer.concat(chunks));
}

export const file = (name: string, content: string | Buffer = `content of ${name}`) => ({ header: { name }, content });
export const dir = (name: string) => ({ header: { name, type: 'directory' as const } });

/** Extracts `archive` (written to the upload file) with the given limits. */
export async function extract(archive: Buffer, overrides: Partial<ArchiveLimits> = {}, signal?: AbortSignal) {
  await writeFile(sandbox.upload, archive);
  return extractArchive({ file: sandbox.upload, destination: sandbox.destination, limits: { ...limits, ...overrides }, signal });
}

export async function refusal(archive: Buffer, overrides: Partial<ArchiveLimits> = {}): Promise<ArchiveError> {
  const error = await extract(archive, overrides).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof ArchiveError) return error;
  throw new Error(`expected an ArchiveError, got ${String(error)}`);
}

/** Every path under `root`, without following links, `/` separated. */
export async function tree(root: string, prefix = ''): Promise<string[]> {
  const paths: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    paths.push(entry.isDirectory() ? `${path}/` : entry.isSymbolicLink() ? `${path}@` : path);
    if (entry.isDirectory()) paths.push(...(await tree(join(root, entry.name), `${path}/`)));
  }
  return paths.sort();
}

/** After a refusal: the sandbox holds the upload and the empty destination, nothing else anywhere. */
export async function expectNothingWritten(): Promise<void> {
  expect(await tree(sandbox.root)).toEqual(['upload', 'work/', 'work/dest/']);
  expect(existsSync('/abs.js')).toBe(false);
  expect(existsSync(join(tmpdir(), 'evil.js'))).toBe(false);
}
