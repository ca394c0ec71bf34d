/** Bounds on what an uploaded archive may unpack to. */
export interface ArchiveLimits {
  /** Regular files written. */
  maxFiles: number;
  /** Bytes actually decompressed, all files together. */
  maxTotalBytes: number;
  /** Bytes actually decompressed for one file. */
  maxFileBytes: number;
}

/** Why an archive was refused; the message says which entry and what to do. */
export type ArchiveErrorReason = 'UNSUPPORTED' | 'PATH' | 'LINK' | 'TOO_MANY_FILES' | 'TOO_LARGE' | 'CORRUPT';

/** An uploaded archive that cannot be unpacked safely. Nothing it would have written is left behind. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';

  constructor(
    readonly reason: ArchiveErrorReason,
    message: string,
  ) {
    super(message);
  }
}
