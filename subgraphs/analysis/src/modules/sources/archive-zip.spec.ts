import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectNothingWritten, extract, refusal, sandbox, tree, useArchiveSandbox } from './archive.testing.js';

useArchiveSandbox();

describe('extractArchive with a .zip', () => {
  it('extracts a zip, stripping its root and skipping __MACOSX', async () => {
    const archive = zipSync({
      'proj-main/': {},
      'proj-main/package.json': strToU8('{}'),
      'proj-main/src/app.js': strToU8('console.log(1);\n'),
      '__MACOSX/proj-main/._package.json': strToU8('resource fork'),
    });
    const result = await extract(Buffer.from(archive));
    expect(result).toEqual({ format: 'zip', files: ['package.json', 'src/app.js'], totalBytes: 2 + 16, root: 'proj-main' });
    expect(await tree(sandbox.destination)).toEqual(['package.json', 'src/', 'src/app.js']);
  });

  it('skips a symbolic link that stays inside', async () => {
    const result = await extract(
      Buffer.from(zipSync({ 'a.txt': strToU8('a'), 'link.txt': [strToU8('a.txt'), { os: 3, attrs: 0o120777 * 0x10000 }] })),
    );
    expect(result).toMatchObject({ files: ['a.txt'], root: null });
    expect(await tree(sandbox.destination)).toEqual(['a.txt']);
  });

  describe('refuses, leaving nothing behind,', () => {
    it.each([
      ['a ../ path', '../evil.js'],
      ['an absolute path', '/abs.js'],
      ['a backslash path', '..\\evil.js'],
      ['a NUL character', 'ok.js\u0000../../evil.js'],
    ])('%s', async (_case, name) => {
      const entries: Zippable = { 'repo/ok.txt': strToU8('ok'), [name]: strToU8('evil') };
      const error = await refusal(Buffer.from(zipSync(entries)));
      expect(error.reason).toBe('PATH');
      await expectNothingWritten();
    });

    it('a zip bomb: a 10 MB file compressed to a few KB', async () => {
      const bomb = Buffer.from(zipSync({ 'repo/zeros.bin': new Uint8Array(10_000_000) }, { level: 9 }));
      expect(bomb.length).toBeLessThan(20_000);
      // Counted while inflating: no header size is compared with the total.
      expect(await refusal(bomb, { maxTotalBytes: 1_000_000, maxFileBytes: 50_000_000 })).toMatchObject({
        reason: 'TOO_LARGE',
        message: 'The archive holds more than 1000000 bytes once decompressed.',
      });
      await expectNothingWritten();
      // Refused from its declared size before inflating anything.
      expect(await refusal(bomb, { maxFileBytes: 1_000_000 })).toMatchObject({
        reason: 'TOO_LARGE',
        message: 'The archive\'s file "repo/zeros.bin" is larger than 1000000 bytes once decompressed.',
      });
      await expectNothingWritten();
    });

    it('a zip bomb whose headers declare a small size', async () => {
      const bomb = Buffer.from(zipSync({ 'repo/zeros.bin': new Uint8Array(10_000_000) }, { level: 9 }));
      // Declare 1000 uncompressed bytes in the local header (offset 22) and the central directory (offset 24).
      bomb.writeUInt32LE(1000, 22);
      bomb.writeUInt32LE(1000, bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
      const error = await refusal(bomb);
      expect(error).toMatchObject({
        reason: 'CORRUPT',
        message: 'The archive is damaged or forged: an entry holds a different amount of data than its header declares.',
      });
      await expectNothingWritten();
    });

    it('more bytes in total than allowed', async () => {
      const entries: Zippable = Object.fromEntries([0, 1, 2].map((index) => [`part${index}.bin`, new Uint8Array(400_000)]));
      const error = await refusal(Buffer.from(zipSync(entries)), { maxTotalBytes: 1_000_000 });
      expect(error.reason).toBe('TOO_LARGE');
      await expectNothingWritten();
    });

    it('a symbolic link that points out of the archive', async () => {
      const archive = zipSync({ 'a.txt': strToU8('a'), link: [strToU8('../../etc/passwd'), { os: 3, attrs: 0o120777 * 0x10000 }] });
      const error = await refusal(Buffer.from(archive));
      expect(error).toMatchObject({ reason: 'LINK', message: 'The archive\'s symbolic link "link" points to "../../etc/passwd", outside the archive.' });
      await expectNothingWritten();
    });

    it('more entries than allowed, before writing anything', async () => {
      const entries: Zippable = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`f${index}.txt`, strToU8('x')]));
      const error = await refusal(Buffer.from(zipSync(entries)), { maxFiles: 10 });
      expect(error).toMatchObject({ reason: 'TOO_MANY_FILES', message: 'The archive has 40 entries; at most 36 are accepted.' });
      await expectNothingWritten();
    });

    it('an encrypted entry', async () => {
      const archive = Buffer.from(zipSync({ 'secret.txt': strToU8('secret') }));
      // Set bit 0 (encrypted) of the general purpose flags in the local header and the central directory.
      archive.writeUInt16LE(archive.readUInt16LE(6) | 1, 6);
      const central = archive.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      archive.writeUInt16LE(archive.readUInt16LE(central + 8) | 1, central + 8);
      const error = await refusal(archive);
      expect(error).toMatchObject({ reason: 'UNSUPPORTED', message: 'The archive\'s entry "secret.txt" is encrypted; upload an archive without a password.' });
      await expectNothingWritten();
    });

    it('a truncated zip', async () => {
      const archive = Buffer.from(zipSync({ 'a.txt': strToU8('a'.repeat(1000)) }));
      const error = await refusal(archive.subarray(0, archive.length - 30));
      expect(error).toMatchObject({ reason: 'CORRUPT', message: 'The archive is damaged: it cannot be read as a zip file.' });
      await expectNothingWritten();
    });
  });
});
