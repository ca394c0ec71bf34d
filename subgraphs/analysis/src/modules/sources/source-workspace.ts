import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyToFile, type ArtifactStore } from '../artifacts/artifact-store.js';
import { extractArchive, type ArchiveLimits } from './archive.js';

const COMPLETE = '.steward-complete';

/**
 * Unpacked sources by archive sha256, shared by every task of every session on this machine: the
 * first task needing a tree unpacks it (into a private folder, renamed into place when complete),
 * later ones read the same folder. A tree is never modified after it is complete.
 */
export class SourceWorkspace {
  constructor(
    private readonly store: ArtifactStore,
    private readonly root: string,
    private readonly limits: ArchiveLimits,
  ) {}

  private treeDir(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Not a sha256 tree name');
    return join(this.root, 'trees', sha256);
  }

  /** The folder holding the archive's files (unpacked on first use). */
  async treeFor(sha256: string, signal?: AbortSignal): Promise<string> {
    const target = this.treeDir(sha256);
    if (await exists(join(target, COMPLETE))) return join(target, 'files');
    const partial = `${target}.partial-${randomUUID()}`;
    await mkdir(join(partial, 'files'), { recursive: true });
    try {
      const archive = join(partial, 'archive');
      await copyToFile(this.store, sha256, archive);
      await extractArchive({ file: archive, destination: join(partial, 'files'), limits: this.limits, signal });
      await rm(archive, { force: true });
      await writeFile(join(partial, COMPLETE), '');
      await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
        // Another task unpacked the same archive first: use its tree.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
        await rm(partial, { recursive: true, force: true });
      });
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      throw error;
    }
    return join(target, 'files');
  }

  /** Checks an uploaded archive by unpacking it into a scratch folder (then kept as its tree). */
  async check(file: string, sha256: string): Promise<{ files: number; totalBytes: number }> {
    const target = this.treeDir(sha256);
    const partial = `${target}.partial-${randomUUID()}`;
    await mkdir(join(partial, 'files'), { recursive: true });
    try {
      const result = await extractArchive({ file, destination: join(partial, 'files'), limits: this.limits });
      await writeFile(join(partial, COMPLETE), '');
      if (!(await exists(join(target, COMPLETE)))) {
        await rm(target, { recursive: true, force: true });
        await rename(partial, target);
      } else {
        await rm(partial, { recursive: true, force: true });
      }
      return { files: result.files.length, totalBytes: result.totalBytes };
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      throw error;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
