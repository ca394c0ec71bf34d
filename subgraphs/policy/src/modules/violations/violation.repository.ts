import { LockMode } from '@mikro-orm/core';
import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { ViolationSchema, type Violation } from './violation.entity.js';
import type { ViolationFilter } from './violation.models.js';

const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

function filterOf(filter: ViolationFilter) {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.severity ? { severity: filter.severity } : {}),
    ...(filter.policyId ? { policyId: filter.policyId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
  };
}

/** Violations in the organizations of its scope, and nothing else. */
export class ViolationRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<Violation[]> {
    return this.find(ViolationSchema, { id: { $in: [...ids] } });
  }

  lockById(id: string): Promise<Violation | null> {
    return this.findOne(ViolationSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  pageForOrganization(organizationId: string, filter: ViolationFilter, page: PageRequest<unknown>): Promise<Connection<Violation>> {
    return this.findPage(ViolationSchema, { organizationId, ...filterOf(filter) }, page, NEWEST_FIRST);
  }

  pageForPolicy(policyId: string, filter: ViolationFilter, page: PageRequest<unknown>): Promise<Connection<Violation>> {
    return this.findPage(ViolationSchema, { ...filterOf(filter), policyId }, page, NEWEST_FIRST);
  }

  pageForVersion(versionId: string, filter: ViolationFilter, page: PageRequest<unknown>): Promise<Connection<Violation>> {
    return this.findPage(ViolationSchema, { ...filterOf(filter), versionId }, page, NEWEST_FIRST);
  }

  /** Violations still OPEN or ACKNOWLEDGED per version. */
  async openCountsByVersion(versionIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.sql<{ version_id: string; n: string }>(
      `select version_id, count(*) as n from policy.violations
        where {{tenant}} and version_id = any(?::uuid[]) and status in ('OPEN', 'ACKNOWLEDGED') group by version_id`,
      [`{${versionIds.join(',')}}`],
    );
    return new Map(rows.map((row) => [row.version_id, Number(row.n)]));
  }

  /** A policy's figures over a window: decisions it took part in, by what it made of them, and its open violations. */
  async effectiveness(policyId: string, from: Date, to: Date): Promise<{ evaluations: number; denials: number; warnings: number; wouldDeny: number; violated: number; openViolations: number }> {
    const [decisions] = await this.sql<Record<string, string | null>>(
      `select coalesce(sum(d.weight), 0) as evaluations,
              coalesce(sum(d.weight) filter (where r->>'outcome' = 'DENY'), 0) as denials,
              coalesce(sum(d.weight) filter (where r->>'outcome' = 'WARN'), 0) as warnings,
              coalesce(sum(d.weight) filter (where r->>'violation' = 'WOULD_DENY'), 0) as would_deny,
              coalesce(sum(d.weight) filter (where r->>'violation' is not null), 0) as violated
         from policy.decisions d, jsonb_array_elements(d.results) r
        where {{tenant:d}} and d.policy_ids @> ?::jsonb and d.created_at >= ? and d.created_at < ? and r->>'policyId' = ?`,
      [JSON.stringify([policyId]), from, to, policyId],
    );
    const [open] = await this.sql<{ n: string }>(
      `select count(*) as n from policy.violations where {{tenant}} and policy_id = ? and status = 'OPEN' and created_at >= ? and created_at < ?`,
      [policyId, from, to],
    );
    const number = (value: string | null | undefined) => Math.round(Number(value ?? 0));
    return {
      evaluations: number(decisions?.evaluations),
      denials: number(decisions?.denials),
      warnings: number(decisions?.warnings),
      wouldDeny: number(decisions?.would_deny),
      violated: number(decisions?.violated),
      openViolations: number(open?.n),
    };
  }

  save(): Promise<void> {
    return this.flush();
  }
}
