import type { EntityManager } from '@mikro-orm/core';
import { pageOf, type Page } from '../../pagination.js';
import { placeholders, uuidValues } from '../../sql.js';
import { TenantScope, isUuid } from '../../tenancy.js';
import { VersionTransitionSchema, type VersionTransition } from './version-transition.entity.js';

/** Where a page of history starts. */
export interface HistoryQuery {
  first: number;
  afterSeq: number | null;
}

/** The append-only stage history of versions, scoped to the organizations it was constructed for. */
export class VersionTransitionRepository {
  private constructor(private readonly em: EntityManager, private readonly scope: TenantScope) {}

  static forOrganization(em: EntityManager, organizationId: string): VersionTransitionRepository {
    return new VersionTransitionRepository(em, new TenantScope([organizationId]));
  }

  static forScope(em: EntityManager, scope: TenantScope): VersionTransitionRepository {
    return new VersionTransitionRepository(em, scope);
  }

  add(data: Omit<VersionTransition, 'seq'>): VersionTransition {
    if (!this.scope.includes(data.organizationId)) throw new Error('A history entry must belong to the repository’s organization.');
    return this.em.create(VersionTransitionSchema, data as VersionTransition);
  }

  /** One page of history per version, oldest first, in a single statement. */
  async listForVersions(versionIds: readonly string[], query: HistoryQuery): Promise<Map<string, Page<VersionTransition>>> {
    const wanted = [...new Set(versionIds)].filter(isUuid);
    const pages = new Map<string, Page<VersionTransition>>(versionIds.map((id) => [id, { items: [], hasNextPage: false }]));
    if (!wanted.length || this.scope.isEmpty) return pages;
    const scopeIds = this.scope.organizationIds;
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select t.* from ${uuidValues(wanted)} as v(id)
       cross join lateral (
         select * from projects.version_transitions t
          where t.version_id = v.id
            and t.organization_id in (${placeholders(scopeIds)})
            and (?::bigint is null or t.seq > ?)
          order by t.seq
          limit ?
       ) t`,
      [...wanted, ...scopeIds, query.afterSeq, query.afterSeq, query.first + 1],
      'all',
      this.em.getTransactionContext(),
    );
    const byVersion = new Map<string, VersionTransition[]>();
    for (const row of rows) {
      const entry = this.em.map(VersionTransitionSchema, row);
      byVersion.set(entry.versionId, [...(byVersion.get(entry.versionId) ?? []), entry]);
    }
    for (const id of wanted) pages.set(id, pageOf(byVersion.get(id) ?? [], query.first));
    return pages;
  }
}
