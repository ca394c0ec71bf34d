import { TenantRepository } from '@steward/kernel';
import type { TreeEntry } from '../providers/provider-client.js';

/** A cached tree of one commit. */
export interface CachedTree {
  sha: string;
  entries: TreeEntry[];
  truncated: boolean;
}

/** A cached file of one commit; `content` null means the file does not exist there. */
export interface CachedFile {
  content: string | null;
  size: number | null;
}

/** Ref heads, trees and files of the repositories of the organizations in its scope, and nothing else. */
export class FileCacheRepository extends TenantRepository {
  /** Where `ref` points, if a push said so or a lookup newer than `lookupsSince` did. */
  async refHead(repositoryId: string, ref: string, lookupsSince: Date): Promise<string | null> {
    const rows = await this.sql<{ sha: string }>(
      `select sha from repos.ref_heads where repository_id = ? and ref = ? and (source = 'PUSH' or updated_at >= ?) and {{tenant}}`,
      [repositoryId, ref, lookupsSince],
    );
    return rows[0]?.sha ?? null;
  }

  /**
   * Records where a ref points. A push is authoritative and replaces anything; a lookup never
   * replaces what a newer push recorded.
   */
  async recordRefHead(target: { organizationId: string; repositoryId: string }, ref: string, sha: string, source: 'PUSH' | 'LOOKUP', at: Date): Promise<void> {
    this.assertInScope(target.organizationId);
    await this.sql(
      `insert into repos.ref_heads as h (repository_id, organization_id, ref, sha, source, updated_at)
        select v.* from (values (?::uuid, ?::uuid, ?, ?, ?, ?::timestamptz)) as v(repository_id, organization_id, ref, sha, source, updated_at)
        where {{tenant:v}}
        on conflict (repository_id, ref) do update set sha = excluded.sha, source = excluded.source, updated_at = excluded.updated_at
          where excluded.source = 'PUSH' or h.source = 'LOOKUP' or h.updated_at <= excluded.updated_at`,
      [target.repositoryId, target.organizationId, ref, sha, source, at],
    );
  }

  /** Forgets a ref (a deleted branch). */
  async dropRefHead(repositoryId: string, ref: string): Promise<void> {
    await this.sql('delete from repos.ref_heads where repository_id = ? and ref = ? and {{tenant}}', [repositoryId, ref]);
  }

  async tree(repositoryId: string, sha: string, now: Date): Promise<CachedTree | null> {
    const rows = await this.sql<{ sha: string; entries: TreeEntry[]; truncated: boolean }>(
      'select sha, entries, truncated from repos.file_trees where repository_id = ? and sha = ? and expires_at > ? and {{tenant}}',
      [repositoryId, sha, now],
    );
    const row = rows[0];
    return row ? { sha: row.sha, entries: row.entries, truncated: row.truncated } : null;
  }

  async storeTree(target: { organizationId: string; repositoryId: string }, tree: CachedTree, now: Date, expiresAt: Date): Promise<void> {
    this.assertInScope(target.organizationId);
    await this.sql(
      `insert into repos.file_trees (repository_id, organization_id, sha, entries, truncated, fetched_at, expires_at)
        select v.* from (values (?::uuid, ?::uuid, ?, ?::jsonb, ?::boolean, ?::timestamptz, ?::timestamptz)) as v(repository_id, organization_id, sha, entries, truncated, fetched_at, expires_at)
        where {{tenant:v}}
        on conflict (repository_id, sha) do update set entries = excluded.entries, truncated = excluded.truncated, fetched_at = excluded.fetched_at, expires_at = excluded.expires_at`,
      [target.repositoryId, target.organizationId, tree.sha, JSON.stringify(tree.entries), tree.truncated, now, expiresAt],
    );
  }

  async file(repositoryId: string, sha: string, path: string, now: Date): Promise<CachedFile | null> {
    const rows = await this.sql<{ content: string | null; size: number | null }>(
      'select content, size from repos.file_contents where repository_id = ? and sha = ? and path = ? and expires_at > ? and {{tenant}}',
      [repositoryId, sha, path, now],
    );
    const row = rows[0];
    return row ? { content: row.content, size: row.size === null ? null : Number(row.size) } : null;
  }

  async storeFile(target: { organizationId: string; repositoryId: string }, sha: string, path: string, file: CachedFile, now: Date, expiresAt: Date): Promise<void> {
    this.assertInScope(target.organizationId);
    await this.sql(
      `insert into repos.file_contents (repository_id, organization_id, sha, path, content, size, fetched_at, expires_at)
        select v.* from (values (?::uuid, ?::uuid, ?, ?, ?, ?::integer, ?::timestamptz, ?::timestamptz)) as v(repository_id, organization_id, sha, path, content, size, fetched_at, expires_at)
        where {{tenant:v}}
        on conflict (repository_id, sha, path) do update set content = excluded.content, size = excluded.size, fetched_at = excluded.fetched_at, expires_at = excluded.expires_at`,
      [target.repositoryId, target.organizationId, sha, path, file.content, file.size, now, expiresAt],
    );
  }
}
