import { LockMode } from '@mikro-orm/core';
import { TenantRepository, type Connection, type PageRequest, toConnection } from '@steward/kernel';
import type { RawFinding, Severity } from '../analyzers/finding.js';
import { FindingSchema, SEVERITIES, type Finding, type FindingStatus } from './finding.entity.js';

/** Narrows a list of findings. */
export interface FindingFilter {
  severities?: Severity[] | null;
  category?: string | null;
  pathPrefix?: string | null;
  newOnly?: boolean | null;
  status?: FindingStatus | null;
}

/** A page key of findings: severity rank (CRITICAL = 0), path, id. */
export type FindingKey = { rank: number; path: string; id: string };

/** A module of a GRAPH task's dependency graph. */
export interface ModuleMetricsRow {
  path: string;
  afferent: number;
  efferent: number;
  instability: number;
  inCycle: boolean;
}

/** Counts of a session's findings per severity: all of them, the new ones, and the new ones not ignored. */
export interface SeverityCounts {
  severity: Severity;
  total: number;
  new: number;
  /** Seen by the session and not ignored now. */
  notIgnored: number;
  newNotIgnored: number;
}

const RANK = `array_position(array['CRITICAL','MAJOR','MINOR','INFO']::text[], f.severity::text) - 1`;
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

function filterSql(filter: FindingFilter, bindings: unknown[], occurrence: boolean): string {
  const parts: string[] = [];
  if (filter.severities?.length) {
    parts.push('f.severity = any(?::text[])');
    bindings.push(`{${filter.severities.join(',')}}`);
  }
  if (filter.category) {
    parts.push('f.category = ?');
    bindings.push(filter.category);
  }
  if (filter.pathPrefix) {
    parts.push("(f.path = ? or f.path like ? escape '\\')");
    bindings.push(filter.pathPrefix, `${filter.pathPrefix.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\/?$/, '/')}%`);
  }
  if (filter.status) {
    parts.push('f.status = ?');
    bindings.push(filter.status);
  }
  if (filter.newOnly && occurrence) parts.push('o.is_new');
  return parts.map((part) => ` and ${part}`).join('');
}

function afterSql(after: FindingKey | null, bindings: unknown[]): string {
  if (!after) return '';
  bindings.push(after.rank, after.path, after.id);
  return ` and (${RANK}, f.path, f.id) > (?, ?, ?::uuid)`;
}

/**
 * Findings, which session saw which (occurrences), dependency metrics and the two caches, in the
 * organizations of its scope. Writes are set-based: one statement per batch of findings.
 */
export class FindingRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<Finding[]> {
    return this.find(FindingSchema, { id: { $in: [...ids] } });
  }

  lockById(id: string): Promise<Finding | null> {
    return this.findOne(FindingSchema, { id }, { refresh: true, lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /**
   * Records what one task of a session saw: each finding upserted by (project, fingerprint) — first
   * seen kept, last seen moved, FIXED (or an expired ignore) back to OPEN — and one occurrence per
   * finding for the session.
   */
  async recordSeen(session: { id: string; organizationId: string; projectId: string; versionId: string | null }, taskId: string, findings: readonly RawFinding[], now: Date): Promise<void> {
    const unique = [...new Map(findings.map((finding) => [finding.fingerprint, finding])).values()];
    for (let start = 0; start < unique.length; start += 1000) {
      const batch = unique.slice(start, start + 1000).map((f) => ({
        fingerprint: f.fingerprint.slice(0, 128),
        rule: f.rule.slice(0, 200),
        tool: f.tool.slice(0, 100),
        severity: f.severity,
        category: f.category.slice(0, 40),
        message: f.message.slice(0, 4000),
        path: f.path.slice(0, 1000),
        start_line: f.startLine,
        end_line: f.endLine,
      }));
      await this.sql(
        `insert into analysis.findings as findings (id, organization_id, project_id, fingerprint, rule, tool, severity, category, message, path, start_line, end_line, status,
                first_seen_session_id, first_seen_version_id, first_seen_at, last_seen_session_id, last_seen_version_id, last_seen_at, updated_at)
         select gen_random_uuid(), t.organization_id, ?, b.fingerprint, b.rule, b.tool, b.severity, b.category, b.message, b.path, b.start_line, b.end_line, 'OPEN', ?, ?, ?, ?, ?, ?, ?
           from (select ?::uuid as organization_id) t,
                jsonb_to_recordset(?::jsonb) as b(fingerprint text, rule text, tool text, severity text, category text, message text, path text, start_line int, end_line int)
          where {{tenant:t}}
         on conflict (project_id, fingerprint) do update set
           rule = excluded.rule, tool = excluded.tool, severity = excluded.severity, category = excluded.category, message = excluded.message,
           path = excluded.path, start_line = excluded.start_line, end_line = excluded.end_line,
           last_seen_session_id = excluded.last_seen_session_id, last_seen_version_id = excluded.last_seen_version_id, last_seen_at = excluded.last_seen_at, updated_at = excluded.updated_at,
           status = case when findings.status = 'IGNORED' and (findings.ignored_until is null or findings.ignored_until > excluded.last_seen_at) then 'IGNORED' else 'OPEN' end
         where {{tenant:findings}}`,
        [session.projectId, session.id, session.versionId, now, session.id, session.versionId, now, now, session.organizationId, JSON.stringify(batch)],
      );
      await this.sql(
        `insert into analysis.occurrences (session_id, finding_id, organization_id, task_id, severity, category, path, start_line, is_new)
         select ?, f.id, f.organization_id, ?, f.severity, f.category, f.path, f.start_line, false
           from analysis.findings f where {{tenant:f}} and f.project_id = ? and f.fingerprint in (select jsonb_array_elements_text(?::jsonb))
         on conflict (session_id, finding_id) do nothing`,
        [session.id, taskId, session.projectId, JSON.stringify(batch.map((f) => f.fingerprint))],
      );
    }
  }

  /**
   * Marks a finished session's occurrences new unless a finished analysis of `referenceVersionId`
   * (the production version) saw the finding: all new without a production version, none when the
   * session analysed the production version itself.
   */
  async markNew(sessionId: string, referenceVersionId: string | null, ofReference: boolean): Promise<void> {
    await this.sql(
      `update analysis.occurrences o set is_new = not ?::boolean and not exists (
          select 1 from analysis.occurrences r join analysis.sessions s on s.id = r.session_id
           where r.finding_id = o.finding_id and s.version_id = ?::uuid and s.status in ('SUCCEEDED', 'PARTIAL') and s.id <> o.session_id)
        where {{tenant:o}} and o.session_id = ?`,
      [ofReference, referenceVersionId, sessionId],
    );
  }

  /** After an analysis of a version: OPEN findings of these tools that it no longer saw are FIXED. */
  async markFixed(sessionId: string, projectId: string, tools: readonly string[], now: Date): Promise<number> {
    if (tools.length === 0) return 0;
    const rows = await this.sql<{ id: string }>(
      `update analysis.findings f set status = 'FIXED', updated_at = ?
        where {{tenant:f}} and f.project_id = ? and f.status = 'OPEN' and f.tool in (select jsonb_array_elements_text(?::jsonb))
          and not exists (select 1 from analysis.occurrences o where o.session_id = ? and o.finding_id = f.id)
        returning f.id`,
      [now, projectId, JSON.stringify(tools), sessionId],
    );
    return rows.length;
  }

  async pageForSession(sessionId: string, filter: FindingFilter, page: PageRequest<FindingKey>): Promise<Connection<Finding>> {
    const bindings: unknown[] = [sessionId];
    const where = filterSql(filter, bindings, true) + afterSql(page.after, bindings);
    bindings.push(page.first + 1);
    const rows = await this.findBySql(
      FindingSchema,
      `select f.* from analysis.occurrences o join analysis.findings f on f.id = o.finding_id
        where {{tenant:o}} and o.session_id = ?${where} order by ${RANK}, f.path, f.id limit ?`,
      bindings as never[],
    );
    return toConnection(rows, page.first, (f) => [SEVERITIES.indexOf(f.severity), f.path, f.id]);
  }

  /** A project's findings; `newOnly` means: in no finished analysis of `productionVersionId`. */
  async pageForProject(projectId: string, filter: FindingFilter, productionVersionId: string | null, page: PageRequest<FindingKey>): Promise<Connection<Finding>> {
    const bindings: unknown[] = [projectId];
    let where = filterSql(filter, bindings, false);
    if (filter.newOnly) {
      where += ` and not exists (select 1 from analysis.occurrences r join analysis.sessions s on s.id = r.session_id
                  where r.finding_id = f.id and s.version_id = ?::uuid and s.status in ('SUCCEEDED', 'PARTIAL'))`;
      bindings.push(productionVersionId);
    }
    where += afterSql(page.after, bindings);
    bindings.push(page.first + 1);
    const rows = await this.findBySql(FindingSchema, `select f.* from analysis.findings f where {{tenant:f}} and f.project_id = ?${where} order by ${RANK}, f.path, f.id limit ?`, bindings as never[]);
    return toConnection(rows, page.first, (f) => [SEVERITIES.indexOf(f.severity), f.path, f.id]);
  }

  /** Which of the findings a finished analysis of the version saw (per finding id). */
  async seenInVersion(pairs: readonly { findingId: string; versionId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await this.sql<{ finding_id: string; version_id: string }>(
      `select distinct r.finding_id, s.version_id from analysis.occurrences r join analysis.sessions s on s.id = r.session_id
        where {{tenant:r}} and r.finding_id = any(?::uuid[]) and s.version_id = any(?::uuid[]) and s.status in ('SUCCEEDED', 'PARTIAL')`,
      [uuidArray(pairs.map((p) => p.findingId)), uuidArray(pairs.map((p) => p.versionId))],
    );
    return new Set(rows.map((row) => `${row.finding_id}:${row.version_id}`));
  }

  /** Per session: findings by severity, new ones, and new ones not (currently) ignored. */
  async countsBySession(sessionIds: readonly string[], now: Date): Promise<Map<string, SeverityCounts[]>> {
    const ignored = `(f.status = 'IGNORED' and (f.ignored_until is null or f.ignored_until > ?))`;
    const rows = await this.sql<{ session_id: string; severity: Severity; total: string; new: string; open: string; new_open: string }>(
      `select o.session_id, o.severity, count(*) as total, count(*) filter (where o.is_new) as new,
              count(*) filter (where not ${ignored}) as open, count(*) filter (where o.is_new and not ${ignored}) as new_open
         from analysis.occurrences o join analysis.findings f on f.id = o.finding_id
        where {{tenant:o}} and o.session_id = any(?::uuid[]) group by o.session_id, o.severity`,
      [now, now, uuidArray(sessionIds)],
    );
    const out = new Map<string, SeverityCounts[]>(sessionIds.map((id) => [id, SEVERITIES.map((severity) => ({ severity, total: 0, new: 0, notIgnored: 0, newNotIgnored: 0 }))]));
    for (const row of rows) {
      const entry = out.get(row.session_id)?.find((counts) => counts.severity === row.severity);
      if (entry) Object.assign(entry, { total: Number(row.total), new: Number(row.new), notIgnored: Number(row.open), newNotIgnored: Number(row.new_open) });
    }
    return out;
  }

  /** A session's new findings not ignored now, most severe first (what a pull request's review shows). */
  async newNotIgnored(sessionId: string, now: Date, limit: number): Promise<Finding[]> {
    return this.findBySql(
      FindingSchema,
      `select f.* from analysis.occurrences o join analysis.findings f on f.id = o.finding_id
        where {{tenant:o}} and o.session_id = ? and o.is_new and not (f.status = 'IGNORED' and (f.ignored_until is null or f.ignored_until > ?))
        order by ${RANK}, f.path, f.start_line nulls first, f.id limit ?`,
      [sessionId, now, limit],
    );
  }

  async recordModules(sessionId: string, organizationId: string, modules: readonly ModuleMetricsRow[]): Promise<void> {
    for (let start = 0; start < modules.length; start += 2000) {
      const batch = modules.slice(start, start + 2000).map((m) => ({ path: m.path.slice(0, 1000), afferent: m.afferent, efferent: m.efferent, instability: m.instability, in_cycle: m.inCycle }));
      await this.sql(
        `insert into analysis.module_metrics (session_id, organization_id, path, afferent, efferent, instability, in_cycle)
         select ?, t.organization_id, b.path, b.afferent, b.efferent, b.instability, b.in_cycle
           from (select ?::uuid as organization_id) t, jsonb_to_recordset(?::jsonb) as b(path text, afferent int, efferent int, instability float8, in_cycle boolean)
          where {{tenant:t}}
         on conflict (session_id, path) do nothing`,
        [sessionId, organizationId, JSON.stringify(batch)],
      );
    }
  }

  async modulePage(sessionId: string, inCycleOnly: boolean, page: PageRequest<{ instability: number; path: string }>): Promise<Connection<ModuleMetricsRow>> {
    const bindings: unknown[] = [sessionId];
    let where = inCycleOnly ? ' and in_cycle' : '';
    if (page.after) {
      where += ' and (instability < ? or (instability = ? and path > ?))';
      bindings.push(page.after.instability, page.after.instability, page.after.path);
    }
    bindings.push(page.first + 1);
    const rows = await this.sql<{ path: string; afferent: number; efferent: number; instability: number; in_cycle: boolean }>(
      `select path, afferent, efferent, instability, in_cycle from analysis.module_metrics where {{tenant}} and session_id = ?${where} order by instability desc, path limit ?`,
      bindings as never[],
    );
    const modules = rows.map((row) => ({ path: row.path, afferent: row.afferent, efferent: row.efferent, instability: Number(row.instability), inCycle: row.in_cycle }));
    return toConnection(modules, page.first, (m) => [m.instability, m.path]);
  }

  save(): Promise<void> {
    return this.flush();
  }
}
