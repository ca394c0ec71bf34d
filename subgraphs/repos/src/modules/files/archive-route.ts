import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IdModel, TenantScope, serviceCallersOnly, type Clock, type Logger } from '@steward/kernel';
import type { Express, RequestHandler } from 'express';
import { z } from 'zod';
import { REPOSITORY_ARCHIVE_PATH } from '../../repos.routes.js';
import { ProviderError, type ProviderClient } from '../providers/provider-client.js';
import type { Repository } from '../repositories/repository.entity.js';
import { RepositoryRepository } from '../repositories/repository.repository.js';

/** The archive route's query: which organization asks, for which repository and commit. */
const ArchiveQueryModel = z.object({
  organizationId: IdModel,
  repositoryId: IdModel,
  commitSha: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, 'must be a full commit SHA (40 or 64 lower-case hex digits)'),
});

/** What the archive route needs from its process. */
export interface ArchiveRouteOptions {
  fork: () => EntityManager;
  /** A client for the repository's provider, or null when its sealed token cannot be opened. */
  clientFor(repository: Repository): ProviderClient | null;
  clock: Clock;
  logger: Logger;
}

/**
 * Mounts `GET /internal/repos/archive` (see `REPOSITORY_ARCHIVE_PATH`) for Steward services: the
 * repository's tree at a commit, streamed from the provider as it arrives (an archive may be far
 * larger than what a process should hold). 404 when the repository is not the organization's; 409
 * when it is disconnected or its token is refused (a retry cannot help until someone acts); 502 when
 * the provider fails, with a message that names neither the token nor the provider's URL.
 */
export function mountArchiveRoute(app: Express, requireInternal: RequestHandler, options: ArchiveRouteOptions): void {
  const { logger } = options;
  app.get(REPOSITORY_ARCHIVE_PATH, requireInternal, serviceCallersOnly, async (req, res) => {
    res.set('cache-control', 'no-store');
    const query = ArchiveQueryModel.safeParse(req.query);
    if (!query.success) {
      res.status(400).json({ error: 'Invalid input.', issues: query.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
      return;
    }
    const { organizationId, repositoryId, commitSha } = query.data;
    const tenant = TenantScope.of(organizationId);
    // The caller going away (or timing out) stops the provider's download too.
    const download = new AbortController();
    res.on('close', () => download.abort());
    let body: ReadableStream<Uint8Array>;
    try {
      const [repository] = await new RepositoryRepository(options.fork(), tenant).findByIds([repositoryId]);
      if (!repository) {
        res.status(404).json({ error: 'This organization has no such repository.' });
        return;
      }
      const client = repository.status === 'ACTIVE' ? options.clientFor(repository) : null;
      if (!client) {
        res.status(409).json({ error: repository.status === 'DISCONNECTED' ? 'The repository is disconnected.' : 'The repository needs a new access token.' });
        return;
      }
      try {
        ({ body } = await client.archive(commitSha, download.signal));
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        logger.warn({ err: error }, 'Provider refused a source archive (repositoryId=%s, commitSha=%s, kind=%s)', repositoryId, commitSha, error.kind);
        if (error.kind === 'unauthorized') {
          // The same rule as every other provider call: a refused token waits for a new one.
          await new RepositoryRepository(options.fork(), tenant).markNeedsReauth(repositoryId, options.clock());
          res.status(409).json({ error: 'The provider refused the repository’s access token; the repository needs a new one.' });
          return;
        }
        res.status(502).json({ error: providerFailure(repository.provider, error) });
        return;
      }
    } catch (error) {
      logger.error({ err: error }, 'Source archive failed (repositoryId=%s)', repositoryId);
      if (!res.headersSent) res.status(500).json({ error: 'Internal error.' });
      return;
    }
    res.status(200).set('content-type', 'application/gzip');
    try {
      await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), res);
      logger.info('Source archive served (repositoryId=%s, commitSha=%s)', repositoryId, commitSha);
    } catch (error) {
      // Headers are gone: the caller sees the stream cut short, and a gzip stream cut short does not unpack.
      logger.warn({ err: error }, 'Source archive interrupted (repositoryId=%s, commitSha=%s)', repositoryId, commitSha);
      res.destroy();
    }
  });
}

/** What the caller learns of a provider failure: the provider and its status, not the URL or its answer. */
function providerFailure(provider: Repository['provider'], error: ProviderError): string {
  const name = provider === 'GITHUB' ? 'GitHub' : 'GitLab';
  const status = error.status === null ? 'no answer' : `status ${error.status}`;
  if (error.kind === 'not_found') return `${name} has no archive of this commit (${status}).`;
  if (error.kind === 'retryable') return `${name} could not serve the archive right now (${status}); try again later.`;
  return `${name} refused to serve the archive (${status}).`;
}
