import { lstat, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectArchiveFormat, extractArchive } from './archive.js';
import { dir, expectNothingWritten, extract, file, limits, refusal, sandbox, tarGz, tree, useArchiveSandbox } from './archive.testing.js';

useArchiveSandbox();
describe('detectArchiveFormat', () => {
  it('recognises gzip and zip by their magic bytes', () => {
    expect(detectArchiveFormat(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))).toBe('tar.gz');
    expect(detectArchiveFormat(Buffer.from('PK\u0003\u0004', 'latin1'))).toBe('zip');
    expect(detectArchiveFormat(Buffer.from('PK\u0005\u0006', 'latin1'))).toBeNull();
    expect(detectArchiveFormat(Buffer.from('{"a":1}'))).toBeNull();
    expect(detectArchiveFormat(Buffer.alloc(0))).toBeNull();
  });
});

describe('extractArchive with a .tar.gz', () => {
  it('extracts a GitHub-style archive and strips its repo-sha root', async () => {
    const archive = await tarGz([
      dir('repo-abc123/'),
      file('repo-abc123/README.md', '# Shop\n'),
      dir('repo-abc123/src/'),
      file('repo-abc123/src/index.ts', 'export {};\n'),
      file('repo-abc123/src/lib/a.ts'),
    ]);
    const result = await extract(archive);
    expect(result).toEqual({ format: 'tar.gz', files: ['README.md', 'src/index.ts', 'src/lib/a.ts'], totalBytes: 7 + 11 + 'content of repo-abc123/src/lib/a.ts'.length, root: 'repo-abc123' });
    expect(await tree(sandbox.destination)).toEqual(['README.md', 'src/', 'src/index.ts', 'src/lib/', 'src/lib/a.ts']);
    expect(await readFile(join(sandbox.destination, 'src/index.ts'), 'utf8')).toBe('export {};\n');
  });

  it('strips a root that contains a folder of the same name', async () => {
    const result = await extract(await tarGz([file('repo/repo/x.txt'), file('repo/y.txt')]));
    expect(result).toMatchObject({ root: 'repo', files: ['repo/x.txt', 'y.txt'] });
    expect(await tree(sandbox.destination)).toEqual(['repo/', 'repo/x.txt', 'y.txt']);
  });

  it('keeps the layout of an archive with several top-level entries or ./ names', async () => {
    const result = await extract(await tarGz([dir('./'), file('./README'), file('./src/a.ts')]));
    expect(result).toMatchObject({ root: null, files: ['README', 'src/a.ts'] });
  });

  it('skips symbolic and hard links that stay inside, and devices, without listing them', async () => {
    const result = await extract(
      await tarGz([
        file('repo/src/a.ts'),
        { header: { name: 'repo/current', type: 'symlink', linkname: 'src' } },
        { header: { name: 'repo/src/same.ts', type: 'link', linkname: 'repo/src/a.ts' } },
        { header: { name: 'repo/tty', type: 'character-device', devmajor: 4, devminor: 1 } },
      ]),
    );
    expect(result).toMatchObject({ root: 'repo', files: ['src/a.ts'] });
    expect(await tree(sandbox.destination)).toEqual(['src/', 'src/a.ts']);
  });

  describe('refuses, leaving nothing behind,', () => {
    it.each([
      ['a ../ path', '../evil.js'],
      ['a ../ path inside a folder', 'repo/../../evil.js'],
      ['an absolute path', '/abs.js'],
      ['a backslash path', '..\\..\\evil.js'],
    ])('%s', async (_case, name) => {
      const error = await refusal(await tarGz([file('repo/ok.txt'), file(name)]));
      expect(error.reason).toBe('PATH');
      expect(error.message).toContain(JSON.stringify(name));
      await expectNothingWritten();
    });

    it('a symbolic link that points out of the archive', async () => {
      const error = await refusal(await tarGz([file('repo/a.txt'), { header: { name: 'repo/link', type: 'symlink', linkname: '../../etc/passwd' } }]));
      expect(error).toMatchObject({ reason: 'LINK', message: 'The archive\'s symbolic link "repo/link" points to "../../etc/passwd", outside the archive.' });
      await expectNothingWritten();
    });

    it('a symbolic link with an absolute target', async () => {
      const error = await refusal(await tarGz([{ header: { name: 'link', type: 'symlink', linkname: '/etc/passwd' } }]));
      expect(error.reason).toBe('LINK');
      await expectNothingWritten();
    });

    it('a hard link that points out of the archive', async () => {
      const error = await refusal(await tarGz([file('repo/a.txt'), { header: { name: 'repo/h', type: 'link', linkname: '../outside.txt' } }]));
      expect(error.reason).toBe('LINK');
      await expectNothingWritten();
    });

    it('more files than allowed, removing those already written', async () => {
      const archive = await tarGz(Array.from({ length: 6 }, (_, index) => file(`repo/f${index}.txt`)));
      const error = await refusal(archive, { maxFiles: 5 });
      expect(error).toMatchObject({ reason: 'TOO_MANY_FILES', message: 'The archive has more than 5 files.' });
      await expectNothingWritten();
    });

    it('a file larger than allowed', async () => {
      const error = await refusal(await tarGz([file('repo/small.txt'), file('repo/big.bin', Buffer.alloc(2_000_000))]), { maxFileBytes: 1_000_000 });
      expect(error).toMatchObject({ reason: 'TOO_LARGE', message: 'The archive\'s file "repo/big.bin" is larger than 1000000 bytes once decompressed.' });
      await expectNothingWritten();
    });

    it('more bytes in total than allowed', async () => {
      const archive = await tarGz([0, 1, 2].map((index) => file(`repo/part${index}.bin`, Buffer.alloc(400_000))));
      const error = await refusal(archive, { maxTotalBytes: 1_000_000 });
      expect(error).toMatchObject({ reason: 'TOO_LARGE', message: 'The archive holds more than 1000000 bytes once decompressed.' });
      await expectNothingWritten();
    });

    it('a gzip bomb hidden after the end of the tar', async () => {
      const tarBytes = await tarGz([file('repo/a.txt')]);
      const bomb = gzipSync(Buffer.concat([gunzipSync(tarBytes), Buffer.alloc(50_000_000)]));
      expect(bomb.length).toBeLessThan(100_000);
      const error = await refusal(bomb, { maxTotalBytes: 1_000_000, maxFiles: 5 });
      expect(error.reason).toBe('TOO_LARGE');
      await expectNothingWritten();
    });

    it('a file and a folder of the same name', async () => {
      const error = await refusal(await tarGz([file('repo/a'), file('repo/a/b.txt')]));
      expect(error.reason).toBe('CORRUPT');
      await expectNothingWritten();
    });

    it('a file listed twice', async () => {
      const error = await refusal(await tarGz([file('repo/a.txt'), file('repo/a.txt')]));
      expect(error).toMatchObject({ reason: 'CORRUPT', message: 'The archive contains "repo/a.txt" twice.' });
      await expectNothingWritten();
    });

    it('a truncated gzip', async () => {
      const archive = await tarGz([file('repo/a.txt'), file('repo/b.bin', Buffer.alloc(100_000, 7))]);
      const error = await refusal(archive.subarray(0, archive.length - 40));
      expect(error).toMatchObject({ reason: 'CORRUPT', message: 'The archive is damaged or truncated: its gzip data cannot be decompressed.' });
      await expectNothingWritten();
    });

    it('a gzip that holds no tar', async () => {
      const error = await refusal(gzipSync(Buffer.from('{"just":"json"}'.repeat(100))));
      expect(error).toMatchObject({ reason: 'CORRUPT', message: 'The archive is damaged: the gzip data does not hold a valid tar archive.' });
      await expectNothingWritten();
    });
  });
});

describe('extractArchive', () => {
  it('refuses a file that is no archive', async () => {
    const error = await refusal(Buffer.from('just some text'));
    expect(error).toMatchObject({ reason: 'UNSUPPORTED', message: 'The upload is neither a .tar.gz nor a .zip archive.' });
    await expectNothingWritten();
  });

  it('stops when its signal is aborted, leaving nothing behind', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(extract(await tarGz([file('a.txt')]), {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    await expectNothingWritten();
  });

  it('refuses a destination that is not empty', async () => {
    await writeFile(join(sandbox.destination, 'existing'), '');
    await writeFile(sandbox.upload, await tarGz([file('a.txt')]));
    await expect(extractArchive({ file: sandbox.upload, destination: sandbox.destination, limits })).rejects.toThrow(/must be an existing, empty folder/);
    expect((await lstat(join(sandbox.destination, 'existing'))).isFile()).toBe(true);
  });
});
