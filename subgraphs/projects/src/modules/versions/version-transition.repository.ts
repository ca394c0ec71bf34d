import { TenantRepository, onlyIds } from '@steward/kernel';
import { perParentPageSql } from '../../per-parent-page.js';
import { VersionTransitionSchema, type VersionTransition } from './version-transition.entity.js';

/** A page of each version's history, oldest first (the list's cursor is `[seq]`). */
export interface HistoryPageQuery {
  first: number;
  afterSeq: number | null;
}

/** The append-only stage history of versions of the organizations in its tenant scope. */
export class VersionTransitionRepository extends TenantRepository {
  add(data: Omit<VersionTransition, 'seq'>): VersionTransition {
    return this.create<VersionTransition>(VersionTransitionSchema, data);
  }

  /** Up to `first + 1` history entries of each version, oldest first, in a single statement. */
  async pagesForVersions(versionIds: readonly string[], query: HistoryPageQuery): Promise<VersionTransition[]> {
    const wanted = onlyIds(new Set(versionIds));
    if (!wanted.length || this.scope.isEmpty) return [];
    const where = query.afterSeq === null ? [] : [{ sql: 't.seq > ?', bindings: [query.afterSeq] }];
    return this.findBySql(
      VersionTransitionSchema,
      ...perParentPageSql(wanted, { table: 'projects.version_transitions', parentColumn: 'version_id', where, orderBy: 't.seq', limit: query.first + 1 }),
    );
  }
}
