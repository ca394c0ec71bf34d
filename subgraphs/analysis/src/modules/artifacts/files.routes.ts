import { readFile, rm } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { TenantScope, type Clock, type Logger } from '@steward/kernel';
import type { SourceWorkspace } from '../sources/source-workspace.js';
import { BlobTooLargeError, receiveToFile, type ArtifactStore } from './artifact-store.js';
import { ArtifactRepository } from './artifact.repository.js';
import { FILES_PATH_PREFIX, type LinkSigner } from './signed-links.js';
import { UploadRejectedError, checkUpload } from './upload-checks.js';

/** What the upload and download routes need from their process. */
export interface FileRoutesOptions {
  fork(): EntityManager;
  store: ArtifactStore;
  signer: LinkSigner;
  workspace: SourceWorkspace;
  scratch: string;
  clock: Clock;
  logger: Logger;
}

function refuse(res: Response, status: number, code: string, message: string): void {
  if (!res.headersSent) res.status(status).json({ error: { code, message } });
}

/** A file name safe in a Content-Disposition header. */
function attachmentName(name: string): string {
  return name.replace(/[^\w.+-]/g, '_').slice(0, 200) || 'artifact';
}

/**
 * `PUT /analysis/files/<token>` takes the bytes of an upload slot; `GET /analysis/files/<token>`
 * downloads an artifact. The signed token is the permission (see LinkSigner). Uploads stream to a
 * scratch file while being hashed and counted, are checked as their task will read them, and only
 * then enter the store: a refused upload leaves nothing behind.
 */
export function mountFileRoutes(app: Express, options: FileRoutesOptions): void {
  const { logger } = options;
  const nowSeconds = () => Math.floor(options.clock().getTime() / 1000);

  app.put(`${FILES_PATH_PREFIX}/:token`, async (req: Request, res: Response) => {
    const claims = options.signer.verify(String(req.params.token), 'upload', nowSeconds());
    if (!claims) return refuse(res, 403, 'FORBIDDEN', 'This upload link is not valid or has expired; ask for a new one with createAnalysisUpload.');
    const tenant = TenantScope.of(claims.organizationId);
    const [slot] = await new ArtifactRepository(options.fork(), tenant).findByIds([claims.artifactId]);
    if (!slot) return refuse(res, 404, 'NOT_FOUND', 'This upload does not exist.');
    if (slot.sha256) return refuse(res, 409, 'CONFLICT', 'This upload already received its bytes.');
    const declared = Number(req.header('content-length'));
    if (Number.isFinite(declared) && declared > slot.maxBytes) {
      res.setHeader('connection', 'close');
      return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `The upload is larger than the limit of ${slot.maxBytes} bytes.`);
    }
    let received: Awaited<ReturnType<typeof receiveToFile>> | null = null;
    try {
      received = await receiveToFile(req, options.scratch, slot.maxBytes);
      const file = received.file;
      const mediaType = await checkUpload(slot.kind, file, received.sha256, () => readFile(file), options.workspace);
      await options.store.putFile(received.file, received);
      const stored = await options.fork().transactional(async (tx) => {
        const artifacts = new ArtifactRepository(tx, tenant);
        const [artifact] = await artifacts.lockByIds([slot.id]);
        if (!artifact || artifact.sha256) return null;
        Object.assign(artifact, { sha256: received!.sha256, sizeBytes: received!.sizeBytes, mediaType, storedAt: options.clock(), uploadExpiresAt: null });
        await artifacts.save();
        return artifact;
      });
      if (!stored) return refuse(res, 409, 'CONFLICT', 'This upload already received its bytes.');
      logger.info('Upload stored (artifactId=%s, kind=%s, bytes=%d)', stored.id, stored.kind, Number(stored.sizeBytes));
      res.status(201).json({ id: stored.id, kind: stored.kind, sha256: stored.sha256, sizeBytes: stored.sizeBytes, mediaType: stored.mediaType });
    } catch (error) {
      if (received) await rm(received.file, { force: true });
      if (error instanceof BlobTooLargeError) {
        res.setHeader('connection', 'close');
        return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `The upload is larger than the limit of ${slot.maxBytes} bytes.`);
      }
      if (error instanceof UploadRejectedError) return refuse(res, 400, 'BAD_USER_INPUT', error.message);
      logger.error({ err: error }, 'Upload failed (artifactId=%s)', slot.id);
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The upload could not be stored; try again.');
    }
  });

  app.get(`${FILES_PATH_PREFIX}/:token`, async (req: Request, res: Response) => {
    const claims = options.signer.verify(String(req.params.token), 'download', nowSeconds());
    if (!claims) return refuse(res, 403, 'FORBIDDEN', 'This download link is not valid or has expired; read Artifact.downloadUrl again.');
    const [artifact] = await new ArtifactRepository(options.fork(), TenantScope.of(claims.organizationId)).findByIds([claims.artifactId]);
    if (!artifact?.sha256) return refuse(res, 404, 'NOT_FOUND', 'This artifact does not exist.');
    try {
      const stream = await options.store.read(artifact.sha256);
      res.setHeader('content-type', artifact.mediaType);
      if (artifact.sizeBytes !== null) res.setHeader('content-length', String(artifact.sizeBytes));
      res.setHeader('content-disposition', `attachment; filename="${attachmentName(artifact.name)}"`);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, max-age=0, no-store');
      stream.on('error', (error) => {
        logger.error({ err: error }, 'Download failed (artifactId=%s)', artifact.id);
        res.destroy();
      });
      stream.pipe(res);
    } catch (error) {
      logger.error({ err: error }, 'Download failed (artifactId=%s)', artifact.id);
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The artifact could not be read; try again.');
    }
  });
}
