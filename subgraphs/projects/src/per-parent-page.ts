import type { Knex } from '@mikro-orm/postgresql';
import { uuidValues } from '@steward/kernel';

/** One condition of a per-parent page on the table's alias `t`, e.g. `{ sql: 't.number < ?', bindings: [7] }`. */
export interface PageCondition {
  sql: string;
  bindings: readonly Knex.RawBinding[];
}

/** What a page of each parent reads: the rows of `table` whose `parentColumn` names the parent. */
export interface PerParentPage {
  /** Schema-qualified, e.g. `projects.project_versions`. */
  table: string;
  parentColumn: string;
  /** Extra conditions, the keyset one (rows after the cursor's key) included. */
  where: readonly PageCondition[];
  /** The list's sort key on `t`, ending with a column unique per parent, e.g. `t.number desc`. */
  orderBy: string;
  /** Rows per parent: the page size plus one, which only says that a next page exists. */
  limit: number;
}

/**
 * The text and bindings of a keyset page per parent in ONE statement (a lateral join per parent
 * id), for `TenantRepository.findBySql`: a by-parent DataLoader with page arguments costs one
 * query for every parent in the batch, whatever their number. The scope goes in as `{{tenant:t}}`.
 */
export function perParentPageSql(parentIds: readonly string[], page: PerParentPage): [text: string, bindings: Knex.RawBinding[]] {
  const conditions = page.where.map((condition) => `and ${condition.sql}`).join(' ');
  const text = `select t.* from ${uuidValues(parentIds)} as parent(id)
    cross join lateral (
      select * from ${page.table} t
       where t.${page.parentColumn} = parent.id and {{tenant:t}} ${conditions}
       order by ${page.orderBy}
       limit ?
    ) t`;
  return [text, [...parentIds, ...page.where.flatMap((condition) => condition.bindings), page.limit]];
}
