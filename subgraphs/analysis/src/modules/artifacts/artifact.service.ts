import { randomUUID } from 'node:crypto';
import { IdModel, parseInput } from '@steward/kernel';
import { NotFoundError } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../analysis.context.js';
import type { Artifact, ArtifactKind } from './artifact.entity.js';
import { ArtifactRepository } from './artifact.repository.js';

/** `AnalysisUpload`: where to PUT the bytes of a new artifact, until when, and how many. */
export interface UploadSlot {
  id: string;
  uploadUrl: string;
  expiresAt: Date;
  maxBytes: number;
  artifact: Artifact;
}

const UPLOAD_KINDS = ['SOURCE_ARCHIVE', 'SARIF', 'JUNIT', 'COVERAGE'] as const;
const MEDIA_TYPES: Record<(typeof UPLOAD_KINDS)[number], string> = {
  SOURCE_ARCHIVE: 'application/octet-stream',
  SARIF: 'application/sarif+json',
  JUNIT: 'application/xml',
  COVERAGE: 'text/plain',
};

const CreateUploadInputModel = z.object({
  organizationId: IdModel,
  projectId: IdModel,
  kind: z.enum(UPLOAD_KINDS),
  fileName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    .refine((name) => !/[/\\\u0000-\u001f]/.test(name), 'must be a file name, without / or control characters'),
});

/** Upload slots and download links of artifacts. */
export class ArtifactService {
  constructor(private readonly scope: ServiceScope) {}

  async listForSession(sessionId: string): Promise<Artifact[]> {
    return this.scope.loaders.artifactsBySession.load(sessionId);
  }

  /** A new upload slot of the project: an artifact row without bytes, and a signed link to PUT them to. Needs `analysis:run`. */
  async createUpload(rawInput: unknown): Promise<UploadSlot> {
    const input = parseInput(CreateUploadInputModel, rawInput, 'input');
    const tenant = await this.scope.access.scopeOf(input.organizationId, 'analysis:run');
    const lookup = await this.scope.directory.projects(input.organizationId, { projectIds: [input.projectId], versionIds: [] });
    if (!lookup.projectIds.includes(input.projectId)) throw new NotFoundError('Project');
    const now = this.scope.clock();
    const expiresAt = new Date(now.getTime() + this.scope.uploads.linkTtlSeconds * 1000);
    const maxBytes = input.kind === 'SOURCE_ARCHIVE' ? this.scope.uploads.maxArchiveBytes : this.scope.uploads.maxReportBytes;
    const repository = new ArtifactRepository(this.scope.em, tenant);
    // Slots whose link expired unused go as new ones are made: the table holds live slots and stored artifacts only.
    await repository.forgetExpiredUploads(input.organizationId, now);
    const artifact = repository.add({
      id: randomUUID(), organizationId: input.organizationId, projectId: input.projectId, sessionId: null, taskId: null, kind: input.kind as ArtifactKind, name: input.fileName,
      mediaType: MEDIA_TYPES[input.kind], sizeBytes: null, sha256: null, maxBytes, createdBy: this.scope.access.principal(), createdAt: now, storedAt: null, uploadExpiresAt: expiresAt,
    });
    await repository.save();
    const uploadUrl = this.scope.signer.url({ purpose: 'upload', artifactId: artifact.id, organizationId: artifact.organizationId, expiresAt: Math.floor(expiresAt.getTime() / 1000) });
    return { id: artifact.id, uploadUrl, expiresAt, maxBytes, artifact };
  }

  /** A short-lived download link of a stored artifact (null before its bytes arrived). */
  download(artifact: Artifact): { url: string; expiresAt: Date } | null {
    if (!artifact.sha256) return null;
    const now = this.scope.clock();
    const expiresAt = new Date(now.getTime() + this.scope.uploads.linkTtlSeconds * 1000);
    return { url: this.scope.signer.url({ purpose: 'download', artifactId: artifact.id, organizationId: artifact.organizationId, expiresAt: Math.floor(expiresAt.getTime() / 1000) }), expiresAt };
  }
}
