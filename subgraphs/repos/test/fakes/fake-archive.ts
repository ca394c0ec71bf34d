import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { treeOf } from './fake-commits.js';

/**
 * A seeded commit as a provider's archive: a gzip-compressed tar whose entries all sit under
 * `top/` (directories first, then their files, in git's order), as GitHub and GitLab build them.
 */
export async function archiveOf(top: string, files: Record<string, string>): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const ended = new Promise<void>((resolve, reject) => {
    tar.on('end', resolve);
    tar.on('error', reject);
  });
  const mtime = new Date('2026-12-01T00:00:00.000Z');
  tar.entry({ name: `${top}/`, type: 'directory', mode: 0o755, mtime });
  for (const entry of treeOf(files)) {
    if (entry.type === 'tree') tar.entry({ name: `${top}/${entry.path}/`, type: 'directory', mode: 0o755, mtime });
    else tar.entry({ name: `${top}/${entry.path}`, mode: 0o644, mtime }, entry.content ?? '');
  }
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}
