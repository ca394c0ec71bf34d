import { BadUserInputError, NotFoundError, TenantScope } from '@steward/kernel';
import type { ServiceScope } from '../../repos.context.js';
import { ProviderUnavailableError, RepositoryNeedsReauthError } from '../../repos.errors.js';
import { ProviderError, type ProviderClient } from '../providers/provider-client.js';
import type { Repository } from '../repositories/repository.entity.js';
import { RepositoryRepository } from '../repositories/repository.repository.js';
import { FileCacheRepository, type CachedTree } from './file-cache.repository.js';

/** A commit SHA as providers write them: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** How the files module reads a provider and how long it keeps what it read. */
export interface FileCacheSettings {
  /** A client for the repository's provider (its access token opened by the caller). */
  clientFor(repository: Repository): ProviderClient | null;
  /** How long a tree or file read for a commit is kept (a commit never changes; this bounds storage). */
  ttlSeconds: number;
  /** How long a looked-up branch or tag head is trusted without a push saying where it moved. */
  refTtlSeconds: number;
}

/** A repository's tree at a ref, as `Repository.fileTree` answers it. */
export interface RepositoryTree extends CachedTree {
  ref: string;
}

/** A file at a ref, as `Repository.file` answers it. */
export interface RepositoryFile {
  path: string;
  ref: string;
  commitSha: string;
  content: string;
  size: number;
}

/**
 * Reads repository trees and files through the provider once per commit SHA and keeps them: a
 * ref is resolved to its commit (a push recorded by the webhook processor moves a branch; other
 * refs are looked up and trusted for `refTtlSeconds`), and the commit's tree or file comes from the
 * cache unless it expired. The caller needs `repo:read` in the repository's organization.
 */
export class FileService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly settings: FileCacheSettings,
  ) {}

  async tree(repository: Repository, rawRef: unknown): Promise<RepositoryTree> {
    const { cache, client, target } = await this.open(repository);
    const ref = this.refOf(repository, rawRef);
    const sha = await this.resolve(cache, client, repository, ref);
    const now = this.scope.clock();
    const cached = await cache.tree(repository.id, sha, now);
    if (cached) return { ...cached, ref };
    const fetched = await this.call(repository, () => client.fileTree(sha));
    const tree: CachedTree = { sha, entries: fetched.entries, truncated: fetched.truncated };
    await cache.storeTree(target, tree, now, this.expiry(now, this.settings.ttlSeconds));
    return { ...tree, ref };
  }

  async file(repository: Repository, rawPath: unknown, rawRef: unknown): Promise<RepositoryFile | null> {
    const path = typeof rawPath === 'string' ? rawPath.replace(/^\/+/, '') : '';
    if (!path || path.length > 1000 || path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      throw new BadUserInputError('path', 'path: must be a file path inside the repository, like src/index.ts');
    }
    const { cache, client, target } = await this.open(repository);
    const ref = this.refOf(repository, rawRef);
    const sha = await this.resolve(cache, client, repository, ref);
    const now = this.scope.clock();
    let cached = await cache.file(repository.id, sha, path, now);
    if (!cached) {
      const fetched = await this.call(repository, () => client.file(path, sha));
      cached = fetched ? { content: fetched.content, size: fetched.size } : { content: null, size: null };
      await cache.storeFile(target, sha, path, cached, now, this.expiry(now, this.settings.ttlSeconds));
    }
    return cached.content === null ? null : { path, ref, commitSha: sha, content: cached.content, size: cached.size ?? Buffer.byteLength(cached.content) };
  }

  private async open(repository: Repository) {
    const tenant = await this.scope.access.scopeOf(repository.organizationId, 'repo:read');
    if (repository.status === 'NEEDS_REAUTH') throw new RepositoryNeedsReauthError();
    const client = this.settings.clientFor(repository);
    if (!client) throw new RepositoryNeedsReauthError();
    return { cache: new FileCacheRepository(this.scope.em, tenant), client, target: { organizationId: repository.organizationId, repositoryId: repository.id } };
  }

  private refOf(repository: Repository, rawRef: unknown): string {
    if (rawRef === undefined || rawRef === null) return repository.defaultBranch;
    if (typeof rawRef !== 'string' || !/^[\w./-]{1,255}$/.test(rawRef) || rawRef.includes('..')) throw new BadUserInputError('ref', 'ref: must be a branch, a tag or a commit SHA');
    return rawRef.replace(/^refs\/heads\//, '');
  }

  /** The commit a ref names: itself for a SHA, else the recorded head, else the provider's answer (recorded as a lookup). */
  private async resolve(cache: FileCacheRepository, client: ProviderClient, repository: Repository, ref: string): Promise<string> {
    if (COMMIT_SHA.test(ref)) return ref;
    const now = this.scope.clock();
    const known = await cache.refHead(repository.id, ref, new Date(now.getTime() - this.settings.refTtlSeconds * 1000));
    if (known) return known;
    const sha = await this.call(repository, () => client.resolveRef(ref));
    await cache.recordRefHead({ organizationId: repository.organizationId, repositoryId: repository.id }, ref, sha, 'LOOKUP', now);
    return sha;
  }

  /** A provider call with its failures turned into what a client can act on. */
  private async call<T>(repository: Repository, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      if (error.kind === 'unauthorized') {
        await this.markNeedsReauth(repository);
        throw new RepositoryNeedsReauthError();
      }
      if (error.kind === 'not_found') throw new NotFoundError('Ref');
      if (error.kind === 'retryable') throw new ProviderUnavailableError(error.retryAt, this.scope.clock());
      throw new BadUserInputError('ref', `ref: ${error.message}`);
    }
  }

  private async markNeedsReauth(repository: Repository): Promise<void> {
    await this.scope.em.fork().transactional(async (tx) => {
      const repositories = new RepositoryRepository(tx, TenantScope.of(repository.organizationId));
      const locked = await repositories.lockById(repository.id);
      if (locked && locked.status === 'ACTIVE') {
        locked.status = 'NEEDS_REAUTH';
        locked.updatedAt = this.scope.clock();
        await repositories.save();
      }
    });
    this.scope.logger.warn('Provider refused the access token (repositoryId=%s)', repository.id);
  }

  private expiry(now: Date, seconds: number): Date {
    return new Date(now.getTime() + seconds * 1000);
  }
}
