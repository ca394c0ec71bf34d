import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock, TenantScope } from '@steward/kernel';
import { POLICY_TOPICS, policyEvent } from '../../policy.events.js';
import { combineOutcomes, evaluateRules, normaliseContext, outcomeOf, planCounters, toJson, type PolicyAction, type PolicyType, type SubjectKind } from '../engine/index.js';
import { PolicyRepository } from '../policies/policy.repository.js';
import type { Decision } from './decision.entity.js';
import type { DecisionSubject, PolicyResult, RuleOutcome } from './decision.models.js';
import { DecisionRepository, type CounterIncrement, type MatchingAssignment, type NewViolation } from './decision.repository.js';
import { maskPaths } from './masking.js';
import { OpaUnavailableAppError } from '../../policy.errors.js';
import { OpaUnavailableError, type OpaServer } from '../opa/opa-server.js';
import { opaConditions, type OpaRule } from '../policies/opa-policy.js';
import type { CompiledVersion, OpaVersion, RuleSetCache } from './rule-set-cache.js';
import { readsSpend, type SpendContext, type SpendSource } from './spend-source.js';

/** A decision as answered: logged or not (sampled out, or a dry run). */
export interface DecisionView extends Decision {
  logged: boolean;
}

/** What a decision request carries once checked: who it is about and its context as the engine reads it. */
export interface DecisionRequest {
  organizationId: string;
  action: PolicyAction;
  subject: DecisionSubject;
  context: Record<string, unknown>;
  dryRun: boolean;
  /** Makes violations idempotent per source (e.g. a recorded LLM request evaluated after the fact). */
  sourceKey?: string;
  /** Only policies of these types take part (recorded usage is judged by COST and USAGE policies only). */
  types?: readonly PolicyType[];
  requestedBy: string;
}

/** Which ALLOW decisions of LLM requests the log keeps, and what each kept one stands for. */
export interface DecisionSampling {
  /** Whether to keep this one. */
  sample(): boolean;
  /** 1 / sample rate. */
  weight: number;
}

/** A decision evaluated and the violations it raises when kept. */
interface Evaluated {
  decision: DecisionView;
  violations: NewViolation[];
}

/** What one decision batch has read about a subject, by action and subject (see {@link readsOf}). */
type SubjectReads = Map<string, { matching?: MatchingAssignment[]; spend?: SpendContext }>;

/** The reads of one action's subject in a batch, created empty on first use. */
function readsOf(bySubject: SubjectReads, action: PolicyAction, subject: DecisionSubject) {
  const key = [action, subject.userId, subject.apiKeyId, subject.projectId, subject.versionId, ...[...subject.teamIds].sort()].join('\u0000');
  let reads = bySubject.get(key);
  if (!reads) bySubject.set(key, (reads = {}));
  return reads;
}

/** When several assignments of one policy match, the more specific subject wins a tie of priority. */
const SPECIFICITY: Record<SubjectKind, number> = { USER: 4, API_KEY: 3, TEAM: 2, PROJECT: 1, ORGANIZATION: 0 };

const SEVERITY = { DENY: 'HIGH', WARN: 'MEDIUM', WOULD_DENY: 'LOW' } as const;

/**
 * Decides actions against an organization's assigned policies, explains each outcome, keeps the
 * decision log and raises violations. One decision is one read of the matching assignments, one
 * atomic counter update for rate limits, the compiled rules from memory and one write; a batch
 * ({@link PolicyDecider.decideMany}) shares the reads and the writes. Process-wide:
 * the caller's permission is checked by whoever asks (the decision API, or an internal route).
 */
export class PolicyDecider {
  constructor(
    private readonly deps: { clock: Clock; ruleSets: RuleSetCache; sampling: DecisionSampling; spend: SpendSource; opa: OpaServer | null; publish(topic: string, payload: string): void },
  ) {}

  /** Decides a checked request in a scope that holds its organization (also Steward's own enforcement points). */
  async decide(em: EntityManager, tenant: TenantScope, request: DecisionRequest): Promise<DecisionView> {
    const decisions = new DecisionRepository(em, tenant);
    const evaluated = await this.evaluate(em, tenant, decisions, request, this.deps.clock(), new Map());
    await this.keep(decisions, [evaluated]);
    return evaluated.decision;
  }

  /**
   * Decides requests of one organization together, as of one instant (recorded usage, judged after
   * the fact, a job at a time). The matching assignments of all their subjects are read with one
   * statement, the spend once per distinct subject, rate-limit counters are added to in the
   * requests' order, and the kept decisions and their violations are written with one statement
   * each: a read and a write per request fell ever further behind ingest. A decision's latency is
   * its own evaluation's, without the reads it shares with the batch.
   */
  async decideMany(em: EntityManager, tenant: TenantScope, requests: readonly DecisionRequest[]): Promise<DecisionView[]> {
    const decisions = new DecisionRepository(em, tenant);
    const now = this.deps.clock();
    const bySubject: SubjectReads = new Map();
    // Every distinct subject's matching assignments, one read per action before any request is evaluated.
    const organizationId = requests[0]?.organizationId;
    if (requests.some((request) => request.organizationId !== organizationId)) throw new Error('decideMany: requests of one organization only');
    for (const action of new Set(requests.map((request) => request.action))) {
      const distinct = new Map(requests.filter((request) => request.action === action).map((request) => [readsOf(bySubject, action, request.subject), request.subject]));
      const matching = await decisions.matchingAssignments(organizationId!, action, [...distinct.values()], now);
      [...distinct.keys()].forEach((reads, position) => (reads.matching = matching[position]));
    }
    const evaluated: Evaluated[] = [];
    for (const request of requests) evaluated.push(await this.evaluate(em, tenant, decisions, request, now, bySubject));
    await this.keep(decisions, evaluated);
    return evaluated.map(({ decision }) => decision);
  }

  /** Logs the kept decisions, raises their violations and announces the violations raised. */
  private async keep(decisions: DecisionRepository, evaluated: readonly Evaluated[]): Promise<void> {
    const kept = evaluated.filter(({ decision }) => decision.logged);
    if (!kept.length) return;
    const raised = await decisions.record(kept);
    for (const { id, organizationId } of raised) this.deps.publish(POLICY_TOPICS.violationRaised, policyEvent({ id, organizationId }));
  }

  /**
   * Evaluates one request as of `now` and says whether its decision is to be kept, writing nothing
   * but rate-limit counters. `bySubject` holds the reads already made for a subject as of `now`.
   */
  private async evaluate(em: EntityManager, tenant: TenantScope, decisions: DecisionRepository, request: DecisionRequest, now: Date, bySubject: SubjectReads): Promise<Evaluated> {
    const started = performance.now();
    const { organizationId, action, subject } = request;
    const raw = { ...request.context, subject: { organizationId, userId: subject.userId, teamIds: subject.teamIds, apiKeyId: subject.apiKeyId, projectId: subject.projectId } };
    let context = normaliseContext(action, raw);
    const reads = readsOf(bySubject, action, subject);
    reads.matching ??= (await decisions.matchingAssignments(organizationId, action, [subject], now))[0]!;
    const matching = reads.matching;
    const assignments = winningAssignments(request.types ? matching.filter((assignment) => request.types!.includes(assignment.policyType)) : matching);
    const ruleSets = await this.ruleSetsOf(em, tenant, assignments);
    // The subject's spend and budget forecast come from metrics when a rule reads them and the request did not say.
    if (action === 'LLM_REQUEST' && !('spend' in request.context) && !('budget' in request.context) && readsSpend([...ruleSets.values()].flatMap((version) => (version.rules ? [version.rules] : [])))) {
      reads.spend ??= await this.deps.spend.spendOf(organizationId, subject);
      context = normaliseContext(action, { ...raw, ...reads.spend });
    }

    // Rate limits: every counter the rules need, added to in one atomic statement (peeked on a dry run).
    // Counter keys start with the policy's id, so two policies' rules of one name never share a counter.
    const planned = assignments.flatMap((assignment) => {
      const rules = ruleSets.get(assignment.versionId)!.rules;
      return rules ? planCounters(rules, action, context, assignment.policyId) : [];
    });
    const increments: CounterIncrement[] = planned.map((plan) => {
      const windowMs = plan.windowSeconds * 1000;
      const start = Math.floor(now.getTime() / windowMs) * windowMs;
      return { key: plan.key, windowStart: new Date(start), windowEnd: new Date(start + windowMs), amount: plan.amount };
    });
    const totals = request.dryRun ? await decisions.peekCounters(organizationId, increments) : await decisions.addToCounters(organizationId, increments);

    const input = toJson(context.values) as Record<string, unknown>;
    const results: PolicyResult[] = await Promise.all(assignments.map(async (assignment) => {
      const version = ruleSets.get(assignment.versionId)!;
      const rules: RuleOutcome[] = version.opa
        ? await this.askOpa(version.opa, action, input)
        : evaluateRules(version.rules!, action, context, totals, assignment.policyId).map((result) => ({
            rule: result.ruleName,
            violated: result.violated,
            message: result.message ?? null,
            conditions: result.conditions.map((condition) => ({ ...condition, expected: toJson(condition.expected), actual: toJson(condition.actual) })),
          }));
      rules.sort((a, b) => Number(b.violated) - Number(a.violated));
      const enforced = outcomeOf(rules.some((rule) => rule.violated), assignment.enforcement);
      return { policyId: assignment.policyId, policyVersionId: assignment.versionId, enforcement: assignment.enforcement, outcome: enforced.outcome, violation: enforced.violation, rules };
    }));
    const outcome = combineOutcomes(results.map((result) => result.outcome));
    const masked = maskPaths(input, [...new Set(assignments.flatMap((assignment) => ruleSets.get(assignment.versionId)!.maskPaths))]);
    const sampled = action === 'LLM_REQUEST' && outcome === 'ALLOW' && !results.some((result) => result.violation);
    const keep = !request.dryRun && (!sampled || this.deps.sampling.sample());
    const decision: DecisionView = {
      // A source judged again (a retried job) is the same decision: its id is derived from the source.
      id: request.sourceKey ? idOfSource(organizationId, request.sourceKey) : randomUUID(),
      organizationId,
      action,
      outcome,
      subject,
      input: masked,
      results,
      policyIds: results.map((result) => result.policyId),
      policyVersionIds: results.map((result) => result.policyVersionId),
      weight: sampled ? this.deps.sampling.weight : 1,
      latencyUs: 0,
      projectId: subject.projectId,
      versionId: subject.versionId,
      requestedBy: request.requestedBy,
      createdAt: now,
      logged: keep,
    };
    decision.latencyUs = Math.round((performance.now() - started) * 1000);
    return { decision, violations: violationsOf(decision, request.sourceKey) };
  }

  /**
   * An OPA version's rules for the action, each asked of the OPA server (Data API). A rule OPA calls
   * undefined means the module is missing there (a restarted server keeps nothing): it is loaded again
   * and asked once more; still undefined, the rule fails rather than pass silently.
   */
  private async askOpa(version: OpaVersion, action: PolicyAction, input: Record<string, unknown>): Promise<RuleOutcome[]> {
    const opa = this.deps.opa;
    if (!opa) throw new OpaUnavailableAppError('OPA is not configured any more (OPA_URL) but an OPA policy applies');
    const ask = async (rule: OpaRule) => {
      try {
        let result = await opa.evaluate(version.packagePath, rule.rule, input);
        if (result === undefined) {
          await opa.upsertModule(version.moduleId, version.moduleSource);
          result = await opa.evaluate(version.packagePath, rule.rule, input);
        }
        return result;
      } catch (error) {
        if (error instanceof OpaUnavailableError) throw new OpaUnavailableAppError();
        throw error;
      }
    };
    return Promise.all(
      version.rules
        .filter((rule) => rule.action === action)
        .map(async (rule): Promise<RuleOutcome> => {
          const result = await ask(rule);
          const conditions =
            result === undefined
              ? [{ field: `rego.${rule.rule}`, operator: 'defined', expected: true, actual: null, explanation: `The Rego rule ${rule.rule} is undefined in this version's module, so the rule fails.` }]
              : opaConditions(rule, result);
          return { rule: rule.name, violated: conditions.length > 0, message: conditions.length ? (rule.message ?? null) : null, conditions };
        }),
    );
  }

  /** The compiled rules of each assignment's current version: from the process cache, else loaded and compiled once. */
  private async ruleSetsOf(em: EntityManager, tenant: TenantScope, assignments: readonly MatchingAssignment[]): Promise<Map<string, CompiledVersion>> {
    const out = new Map<string, CompiledVersion>();
    const missing: string[] = [];
    for (const { versionId } of assignments) {
      const cached = this.deps.ruleSets.get(versionId);
      if (cached) out.set(versionId, cached);
      else missing.push(versionId);
    }
    if (missing.length) {
      const versions = await new PolicyRepository(em, tenant).findVersionsByIds([...new Set(missing)]);
      const policies = new Map(assignments.map((assignment) => [assignment.versionId, assignment]));
      for (const version of versions) out.set(version.id, this.deps.ruleSets.compile(version, policies.get(version.id)!.policyType, policies.get(version.id)!.engine));
    }
    return out;
  }
}

/**
 * One assignment per policy: exceptions first remove the assignments they except the subject from;
 * of the rest, the highest priority wins, then the most specific subject.
 */
export function winningAssignments(matching: readonly MatchingAssignment[]): MatchingAssignment[] {
  const best = new Map<string, MatchingAssignment>();
  for (const candidate of matching) {
    if (candidate.excepted) continue;
    const current = best.get(candidate.policyId);
    if (!current || candidate.priority > current.priority || (candidate.priority === current.priority && SPECIFICITY[candidate.subjectKind] > SPECIFICITY[current.subjectKind])) {
      best.set(candidate.policyId, candidate);
    }
  }
  return [...best.values()].sort((a, b) => a.policyId.localeCompare(b.policyId));
}

/** The violations a decision raises: one per failing rule of each policy with a violation outcome. */
function violationsOf(decision: Decision, sourceKey: string | undefined): NewViolation[] {
  const source = sourceKey ?? `decision:${decision.id}`;
  return decision.results.flatMap((result) =>
    result.violation
      ? result.rules
          .filter((rule) => rule.violated)
          .map((rule) => ({
            id: randomUUID(),
            dedupeKey: `${source}:${result.policyVersionId}:${rule.rule}`.slice(0, 200),
            policyId: result.policyId,
            policyVersionId: result.policyVersionId,
            ruleName: rule.rule,
            outcome: result.violation!,
            enforcement: result.enforcement,
            severity: SEVERITY[result.violation!],
            explanation: (rule.message ? `${rule.message} ` : '') + rule.conditions.map((condition) => condition.explanation).join(' ').slice(0, 1900),
            conditions: rule.conditions,
          }))
      : [],
  );
}

/** A stable UUID (version 8, name-based on SHA-256) for a decision about one source in one organization. */
export function idOfSource(organizationId: string, sourceKey: string): string {
  const hex = createHash('sha256').update(`${organizationId}\u0000${sourceKey}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
