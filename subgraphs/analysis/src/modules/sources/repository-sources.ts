import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock, RouteClient, TenantScope } from '@steward/kernel';
import { REPOSITORY_ARCHIVE_PATH } from '@steward/repos/routes';
import { BlobTooLargeError, receiveToFile, type ArtifactStore } from '../artifacts/artifact-store.js';
import { ArtifactRepository } from '../artifacts/artifact.repository.js';
import type { AnalysisSession } from '../sessions/session.entity.js';
import { SessionRepository } from '../sessions/session.repository.js';
import type { SourceWorkspace } from './source-workspace.js';

/** The source of a session could not be had from its repository; `final` when no retry can help. */
export class SourceUnavailableError extends Error {
  constructor(
    message: string,
    readonly final: boolean,
  ) {
    super(message);
    this.name = 'SourceUnavailableError';
  }
}

/** The name a repository's archive at a commit is kept under: one download per (repository, commit) in an organization. */
export function archiveName(repositoryId: string, commitSha: string): string {
  return `${repositoryId}@${commitSha}.tar.gz`;
}

/**
 * The source of a session analysing a repository at a commit: downloaded once through repos (which
 * holds the repository's token), checked like an upload, stored by content, and remembered per
 * organization, repository and commit, so a re-analysis of the same commit reads the stored archive.
 * Tasks of one session that need it at once share one download in a process.
 */
export class RepositorySources {
  private readonly inflight = new Map<string, Promise<string>>();

  constructor(
    private readonly deps: {
      fork(): EntityManager;
      routes: RouteClient;
      store: ArtifactStore;
      workspace: SourceWorkspace;
      scratch: string;
      clock: Clock;
      maxBytes: number;
    },
  ) {}

  /** The sha256 of the session's source archive, fetching it when the session has none yet. */
  async sourceOf(tenant: TenantScope, session: AnalysisSession, signal: AbortSignal): Promise<string> {
    const key = `${session.id}`;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.fetchOnce(tenant, session, signal).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private async fetchOnce(tenant: TenantScope, session: AnalysisSession, signal: AbortSignal): Promise<string> {
    const [current] = await new SessionRepository(this.deps.fork(), tenant).findByIds([session.id]);
    if (current?.sourceArtifactId) {
      const [artifact] = await new ArtifactRepository(this.deps.fork(), tenant).findByIds([current.sourceArtifactId]);
      if (artifact?.sha256) return artifact.sha256;
    }
    const name = archiveName(session.repositoryId!, session.commitSha!);
    const known = await new ArtifactRepository(this.deps.fork(), tenant).storedByName(session.organizationId, 'SOURCE_ARCHIVE', name);
    const blob = known?.sha256 && known.sizeBytes !== null ? { sha256: known.sha256, sizeBytes: Number(known.sizeBytes) } : await this.download(session, signal);
    await this.deps.fork().transactional(async (tx) => {
      const sessions = new SessionRepository(tx, tenant);
      const locked = await sessions.lockById(session.id);
      if (!locked || locked.sourceArtifactId) return;
      const now = this.deps.clock();
      const artifacts = new ArtifactRepository(tx, tenant);
      const artifact = artifacts.add({
        id: randomUUID(), organizationId: session.organizationId, projectId: session.projectId, sessionId: session.id, taskId: null, kind: 'SOURCE_ARCHIVE', name, mediaType: 'application/gzip',
        sizeBytes: blob.sizeBytes, sha256: blob.sha256, maxBytes: this.deps.maxBytes, createdBy: 'analysis', createdAt: now, storedAt: now, uploadExpiresAt: null,
      });
      locked.sourceArtifactId = artifact.id;
      await sessions.save();
    });
    return blob.sha256;
  }

  private async download(session: AnalysisSession, signal: AbortSignal): Promise<{ sha256: string; sizeBytes: number }> {
    const response = await this.deps.routes
      .fetchRaw('repos', REPOSITORY_ARCHIVE_PATH, { organizationId: session.organizationId, repositoryId: session.repositoryId!, commitSha: session.commitSha! }, signal)
      .catch(() => {
        throw new SourceUnavailableError('The repos service did not answer; the download is retried.', false);
      });
    if (response.status === 404) throw new SourceUnavailableError('The repository is not connected to this organization any more.', true);
    if (response.status === 409) throw new SourceUnavailableError('The repository cannot be read: it is disconnected or its token needs renewing.', true);
    if (!response.ok || !response.body) throw new SourceUnavailableError(`The provider could not serve the commit's archive (status ${response.status}); the download is retried.`, false);
    let received: Awaited<ReturnType<typeof receiveToFile>> | null = null;
    try {
      received = await receiveToFile(Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>), this.deps.scratch, this.deps.maxBytes);
      await this.deps.workspace.check(received.file, received.sha256);
      await this.deps.store.putFile(received.file, received);
      return { sha256: received.sha256, sizeBytes: received.sizeBytes };
    } catch (error) {
      if (received) await rm(received.file, { force: true });
      if (error instanceof BlobTooLargeError) throw new SourceUnavailableError(`The commit's archive is larger than the limit of ${this.deps.maxBytes} bytes.`, true);
      throw error;
    }
  }
}
