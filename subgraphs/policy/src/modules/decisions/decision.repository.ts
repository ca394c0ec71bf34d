import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import type { Enforcement, PolicyAction, PolicyType, SubjectKind } from '../engine/index.js';
import type { PolicyEngine } from '../policies/policy.entity.js';
import { DecisionSchema, type Decision } from './decision.entity.js';
import type { DecisionFilter, DecisionSubject } from './decision.models.js';

/** An assignment that matches a decision's subject, with what the evaluation needs of its policy. */
export interface MatchingAssignment {
  assignmentId: string;
  policyId: string;
  policyType: PolicyType;
  engine: PolicyEngine;
  versionId: string;
  subjectKind: SubjectKind;
  enforcement: Enforcement;
  priority: number;
  excepted: boolean;
}

/** A rate-limit counter to add to: its key, its window and the amount. */
export interface CounterIncrement {
  key: string;
  windowStart: Date;
  windowEnd: Date;
  amount: number;
}

/** A violation row as the evaluation writes it. */
export interface NewViolation {
  id: string;
  dedupeKey: string;
  policyId: string;
  policyVersionId: string;
  ruleName: string;
  outcome: string;
  enforcement: string;
  severity: string;
  explanation: string;
  conditions: unknown;
}

interface AssignmentRow {
  assignment_id: string;
  policy_id: string;
  type: PolicyType;
  engine: PolicyEngine;
  version_id: string;
  subject_kind: SubjectKind;
  enforcement: Enforcement;
  priority: number;
  excepted: boolean;
}

/** The part of a WHERE clause that matches a subject kind and id list to the decision's subject. */
function subjectCondition(alias: string, organizationId: string, subject: DecisionSubject): { text: string; bindings: unknown[] } {
  const parts = [`(${alias}.subject_kind = 'ORGANIZATION' and ${alias}.subject_id = ?)`];
  const bindings: unknown[] = [organizationId];
  const one = (kind: SubjectKind, id: string | null) => {
    if (!id) return;
    parts.push(`(${alias}.subject_kind = '${kind}' and ${alias}.subject_id = ?)`);
    bindings.push(id);
  };
  one('USER', subject.userId);
  one('API_KEY', subject.apiKeyId);
  one('PROJECT', subject.projectId);
  if (subject.teamIds.length) {
    parts.push(`(${alias}.subject_kind = 'TEAM' and ${alias}.subject_id = any(?::uuid[]))`);
    bindings.push(`{${subject.teamIds.join(',')}}`);
  }
  return { text: `(${parts.join(' or ')})`, bindings };
}

/** The decision log, rate-limit counters and the reads an evaluation makes, in the organizations of its scope. */
export class DecisionRepository extends TenantRepository {
  /**
   * The assignments of ACTIVE policies whose current version applies to `action` and whose subject
   * is the decision's (the organization, a team, the user, the API key or the project), each with
   * whether an unexpired exception excepts the decision's subject from it. One statement.
   */
  async matchingAssignments(organizationId: string, action: PolicyAction, subject: DecisionSubject, now: Date): Promise<MatchingAssignment[]> {
    const assigned = subjectCondition('a', organizationId, subject);
    const excepted = subjectCondition('e', organizationId, subject);
    const rows = await this.sql<AssignmentRow>(
      `select a.id as assignment_id, a.policy_id, p.type, p.engine, p.current_version_id as version_id, a.subject_kind,
              coalesce(a.enforcement, p.default_enforcement) as enforcement, a.priority,
              exists (select 1 from policy.policy_exceptions e
                       where e.assignment_id = a.id and e.revoked_at is null and e.expires_at > ? and ${excepted.text}) as excepted
         from policy.policy_assignments a
         join policy.policies p on p.id = a.policy_id and p.status = 'ACTIVE'
         join policy.policy_versions v on v.id = p.current_version_id
        where {{tenant:a}} and a.organization_id = ? and v.actions @> ?::jsonb and ${assigned.text}`,
      [now, ...(excepted.bindings as string[]), organizationId, JSON.stringify([action]), ...(assigned.bindings as string[])],
    );
    return rows.map((row) => ({
      assignmentId: row.assignment_id,
      policyId: row.policy_id,
      policyType: row.type,
      engine: row.engine,
      versionId: row.version_id,
      subjectKind: row.subject_kind,
      enforcement: row.enforcement,
      priority: Number(row.priority),
      excepted: Boolean(row.excepted),
    }));
  }

  /**
   * Adds to fixed-window counters atomically (an upsert per counter, all in one statement) and
   * returns each counter's total after the addition: parallel evaluations never lose a count.
   */
  async addToCounters(organizationId: string, increments: readonly CounterIncrement[]): Promise<Map<string, number>> {
    if (!increments.length) return new Map();
    const values = increments.map(() => '(?::uuid, ?, ?::timestamptz, ?::timestamptz, ?::bigint)').join(', ');
    const rows = await this.sql<{ counter_key: string; total: string }>(
      `insert into policy.rate_counters (organization_id, counter_key, window_start, window_end, total)
       select v.* from (values ${values}) as v(organization_id, counter_key, window_start, window_end, total) where {{tenant:v}}
       on conflict (organization_id, counter_key, window_start) do update set total = policy.rate_counters.total + excluded.total
       returning counter_key, total`,
      increments.flatMap((increment) => [organizationId, increment.key, increment.windowStart, increment.windowEnd, increment.amount]),
    );
    return new Map(rows.map((row) => [row.counter_key, Number(row.total)]));
  }

  /** What {@link addToCounters} would return, without adding (dry runs). */
  async peekCounters(organizationId: string, increments: readonly CounterIncrement[]): Promise<Map<string, number>> {
    const out = new Map(increments.map((increment) => [increment.key, increment.amount]));
    if (!increments.length) return out;
    const rows = await this.sql<{ counter_key: string; window_start: Date; total: string }>(
      'select counter_key, window_start, total from policy.rate_counters where {{tenant}} and organization_id = ? and counter_key = any(?::text[])',
      [organizationId, `{${increments.map((increment) => JSON.stringify(increment.key)).join(',')}}`],
    );
    for (const increment of increments) {
      const row = rows.find((candidate) => candidate.counter_key === increment.key && new Date(candidate.window_start).getTime() === increment.windowStart.getTime());
      if (row) out.set(increment.key, Number(row.total) + increment.amount);
    }
    return out;
  }

  /** Logs a decision and raises its violations (one per dedupe key: a repeated source raises nothing new); returns the ids raised. */
  async record(decision: Decision, violations: readonly NewViolation[]): Promise<string[]> {
    await this.sql(
      `insert into policy.decisions (id, organization_id, action, outcome, subject, input, results, policy_ids, policy_version_ids, weight, latency_us, project_id, version_id, requested_by, created_at)
       select v.* from (values (?::uuid, ?::uuid, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::real, ?::integer, ?::uuid, ?::uuid, ?, ?::timestamptz))
         as v(id, organization_id, action, outcome, subject, input, results, policy_ids, policy_version_ids, weight, latency_us, project_id, version_id, requested_by, created_at)
       where {{tenant:v}}
       on conflict (id) do nothing`,
      [
        decision.id,
        decision.organizationId,
        decision.action,
        decision.outcome,
        JSON.stringify(decision.subject),
        JSON.stringify(decision.input),
        JSON.stringify(decision.results),
        JSON.stringify(decision.policyIds),
        JSON.stringify(decision.policyVersionIds),
        decision.weight,
        decision.latencyUs,
        decision.projectId ?? null,
        decision.versionId ?? null,
        decision.requestedBy,
        decision.createdAt,
      ],
    );
    if (!violations.length) return [];
    const values = violations.map(() => `(?::uuid, ?::uuid, ?, ?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, 'OPEN', ?::jsonb, ?::uuid, ?::uuid, ?, ?::jsonb, ?::timestamptz, ?::timestamptz)`).join(', ');
    const raised = await this.sql<{ id: string }>(
      `insert into policy.violations (id, organization_id, dedupe_key, decision_id, policy_id, policy_version_id, rule_name, action, outcome, enforcement, severity, status, subject, project_id, version_id, explanation, conditions, created_at, updated_at)
       select v.* from (values ${values})
         as v(id, organization_id, dedupe_key, decision_id, policy_id, policy_version_id, rule_name, action, outcome, enforcement, severity, status, subject, project_id, version_id, explanation, conditions, created_at, updated_at)
       where {{tenant:v}}
       on conflict (organization_id, dedupe_key) do nothing
       returning id`,
      violations.flatMap((violation) => [
        violation.id,
        decision.organizationId,
        violation.dedupeKey,
        decision.id,
        violation.policyId,
        violation.policyVersionId,
        violation.ruleName,
        decision.action,
        violation.outcome,
        violation.enforcement,
        violation.severity,
        JSON.stringify(decision.subject),
        decision.projectId ?? null,
        decision.versionId ?? null,
        violation.explanation,
        JSON.stringify(violation.conditions),
        decision.createdAt,
        decision.createdAt,
      ]),
    );
    return raised.map((row) => row.id);
  }

  findByIds(ids: readonly string[]): Promise<Decision[]> {
    return this.find(DecisionSchema, { id: { $in: [...ids] } });
  }

  /** An organization's decision log, newest first. */
  pageForOrganization(organizationId: string, filter: DecisionFilter, page: PageRequest<unknown>): Promise<Connection<Decision>> {
    return this.findPage(
      DecisionSchema,
      {
        organizationId,
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.outcome ? { outcome: filter.outcome } : {}),
        ...(filter.policyId ? { policyIds: { $contains: [filter.policyId] } } : {}),
        ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) } } : {}),
      },
      page,
      { createdAt: 'desc', id: 'desc' },
    );
  }

  /** The latest PROMOTE_VERSION decision about each version. */
  latestPromotionOf(versionIds: readonly string[]): Promise<Decision[]> {
    return this.findBySql(
      DecisionSchema,
      `select distinct on (d.version_id) d.* from policy.decisions d
        where {{tenant:d}} and d.version_id = any(?::uuid[]) and d.action = 'PROMOTE_VERSION'
        order by d.version_id, d.created_at desc, d.id desc`,
      [`{${versionIds.join(',')}}`],
    );
  }
}

/** A logged decision as a replay reads it. */
export interface ReplayRow {
  id: string;
  action: PolicyAction;
  outcome: 'ALLOW' | 'WARN' | 'DENY';
  subject: DecisionSubject;
  input: Record<string, unknown>;
  results: { policyId: string; outcome: 'ALLOW' | 'WARN' | 'DENY' }[];
  weight: number;
  created_at: Date;
  /** `created_at` as PostgreSQL prints it (microseconds kept): the replay's cursor, which a Date would round to milliseconds. */
  cursor_at: string;
}

/** Reads the decision log in order for a replay, a batch at a time (keyset: fast at any depth). */
export class DecisionLogReader extends TenantRepository {
  async batch(query: { organizationId: string; actions: readonly PolicyAction[]; from: Date; to: Date; policyId: string | null; after: { at: string; id: string } | null; limit: number }): Promise<ReplayRow[]> {
    const after = query.after ? 'and (d.created_at, d.id) > (?::timestamptz, ?::uuid)' : '';
    const onlyPolicy = query.policyId ? 'and d.policy_ids @> ?::jsonb' : '';
    return this.sql<ReplayRow>(
      // Of each result only what the replay combines (policy and outcome): less to send, parse and collect.
      `select d.id, d.action, d.outcome, d.subject, d.input, d.weight, d.created_at, d.created_at::text as cursor_at,
              (select coalesce(jsonb_agg(jsonb_build_object('policyId', r->>'policyId', 'outcome', r->>'outcome')), '[]'::jsonb) from jsonb_array_elements(d.results) r) as results
         from policy.decisions d
        where {{tenant:d}} and d.organization_id = ? and d.action = any(?::text[]) and d.created_at >= ? and d.created_at < ? ${onlyPolicy} ${after}
        order by d.created_at, d.id limit ?`,
      [
        query.organizationId,
        `{${query.actions.join(',')}}`,
        query.from,
        query.to,
        ...(query.policyId ? [JSON.stringify([query.policyId])] : []),
        ...(query.after ? [query.after.at, query.after.id] : []),
        query.limit,
      ],
    );
  }
}
