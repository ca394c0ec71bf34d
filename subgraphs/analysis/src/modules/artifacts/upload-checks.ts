import { open } from 'node:fs/promises';
import { detectCoverageFormat, parseCobertura, parseLcov } from '../reports/coverage.js';
import { parseJUnit } from '../reports/junit.js';
import { ReportError } from '../reports/report-error.js';
import { parseSarif } from '../reports/sarif.js';
import { ArchiveError, detectArchiveFormat } from '../sources/archive.js';
import type { SourceWorkspace } from '../sources/source-workspace.js';
import type { ArtifactKind } from './artifact.entity.js';

/** An upload that cannot be used: answered 400 with this message, nothing stored. */
export class UploadRejectedError extends Error {}

/**
 * Reads an uploaded file the way its task will, before anything is stored: a report must parse, an
 * archive must unpack within the limits (its tree is kept for the tasks). Returns the media type
 * the bytes turned out to have.
 */
export async function checkUpload(kind: ArtifactKind, file: string, sha256: string, read: () => Promise<Buffer>, workspace: SourceWorkspace): Promise<string> {
  try {
    switch (kind) {
      case 'SOURCE_ARCHIVE': {
        const handle = await open(file, 'r');
        const head = Buffer.alloc(8);
        try {
          await handle.read(head, 0, 8, 0);
        } finally {
          await handle.close();
        }
        const format = detectArchiveFormat(head);
        if (!format) throw new UploadRejectedError('The source archive must be a tar.gz or a zip file.');
        await workspace.check(file, sha256);
        return format === 'zip' ? 'application/zip' : 'application/gzip';
      }
      case 'SARIF':
        parseSarif(await read());
        return 'application/sarif+json';
      case 'JUNIT':
        parseJUnit(await read());
        return 'application/xml';
      case 'COVERAGE': {
        const bytes = await read();
        const format = detectCoverageFormat(bytes);
        if (format === 'lcov') parseLcov(bytes);
        else if (format === 'cobertura') parseCobertura(bytes);
        else throw new UploadRejectedError('The coverage report must be lcov (lcov.info) or Cobertura XML.');
        return format === 'lcov' ? 'text/plain' : 'application/xml';
      }
      default:
        throw new UploadRejectedError(`Artifacts of kind ${kind} are not uploaded.`);
    }
  } catch (error) {
    if (error instanceof ReportError) throw new UploadRejectedError(`${error.format} report, ${error.where}: ${error.message}`);
    if (error instanceof ArchiveError) throw new UploadRejectedError(`Source archive: ${error.message}`);
    throw error;
  }
}
