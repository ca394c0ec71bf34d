import { performance } from 'node:perf_hooks';
import { BadUserInputError, parseInput } from '@steward/kernel';
import type { ServiceScope } from '../../policy.context.js';
import { DecisionLogReader, type ReplayRow } from '../decisions/decision.repository.js';
import type { RuleOutcome } from '../decisions/decision.models.js';
import { combineOutcomes, compileRules, evaluateRules, normaliseContext, outcomeOf, planCounters, toJson, type CompiledRuleSet, type Enforcement, type NormalisedContext, type Outcome, type PolicyAction } from '../engine/index.js';
import type { PolicyService } from '../policies/policy.service.js';
import { SimulatePolicyInputModel } from './simulation.models.js';

const DAY_MS = 86_400_000;
const BATCH = 2000;
const MASKED = '[masked]';

/** A logged decision the replayed rules would change. */
export interface SimulatedChange {
  decisionId: string;
  loggedOutcome: Outcome;
  simulatedOutcome: Outcome;
  rules: RuleOutcome[];
}

/** What a replay found (see `PolicySimulation` in the SDL). */
export interface PolicySimulation {
  from: Date;
  to: Date;
  actions: PolicyAction[];
  decisionsReplayed: number;
  requestsReplayed: number;
  wouldDeny: number;
  wouldWarn: number;
  changed: number;
  newlyAllowed: number;
  newlyDenied: number;
  blockedSpendUsd: number;
  affectedTeamIds: string[];
  affectedUserIds: string[];
  samples: SimulatedChange[];
  notReplayable: number;
  elapsedMs: number;
}

/**
 * Replays the decision log of a window against a draft or a stored version, in log order, with
 * rate-limit counters rebuilt in memory as the requests arrived: what would be denied or warned,
 * which decisions change, who is affected and the spend the rules would have blocked.
 */
export class SimulationService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly policies: PolicyService,
  ) {}

  async simulate(rawInput: { organizationId: string }): Promise<PolicySimulation> {
    const started = performance.now();
    const tenant = await this.scope.access.scopeOf(String(rawInput.organizationId), 'policy:read');
    const input = parseInput(SimulatePolicyInputModel, rawInput, 'input');
    const { ruleSet, policyId, enforcement } = await this.replayed(input);
    const to = input.to ?? this.scope.clock();
    const from = input.from ?? new Date(to.getTime() - 7 * DAY_MS);
    const sampleLimit = input.samples ?? 10;
    const reader = new DecisionLogReader(this.scope.em, tenant);
    const counters = new Map<string, number>();
    const teams = new Set<string>();
    const users = new Set<string>();
    const samples: SimulatedChange[] = [];
    const out = { decisionsReplayed: 0, requestsReplayed: 0, wouldDeny: 0, wouldWarn: 0, changed: 0, newlyAllowed: 0, newlyDenied: 0, blockedSpendUsd: 0, notReplayable: 0 };
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const rows = await reader.batch({ organizationId: input.organizationId, actions: ruleSet.actions, from, to, policyId, after, limit: BATCH });
      for (const row of rows) {
        const replay = replayOne(row, ruleSet, enforcement, policyId, counters);
        out.decisionsReplayed += 1;
        if (!replay) {
          out.notReplayable += 1;
          continue;
        }
        const weight = Number(row.weight);
        out.requestsReplayed += weight;
        if (replay.outcome === 'DENY') out.wouldDeny += weight;
        if (replay.outcome === 'WARN') out.wouldWarn += weight;
        if (replay.outcome === row.outcome) continue;
        out.changed += weight;
        if (replay.outcome === 'DENY') {
          out.newlyDenied += weight;
          out.blockedSpendUsd += costOf(row) * weight;
        } else if (row.outcome === 'DENY') out.newlyAllowed += weight;
        for (const team of row.subject.teamIds ?? []) teams.add(team);
        if (row.subject.userId) users.add(row.subject.userId);
        samples.push({ decisionId: row.id, loggedOutcome: row.outcome, simulatedOutcome: replay.outcome, rules: replay.rules });
        if (samples.length > sampleLimit) samples.shift();
      }
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) break;
      after = { at: last.cursor_at, id: last.id };
    }
    this.scope.logger.info('Simulated policy (organizationId=%s, decisions=%d, changed=%d)', input.organizationId, out.decisionsReplayed, out.changed);
    return {
      from,
      to,
      actions: [...ruleSet.actions],
      ...out,
      requestsReplayed: Math.round(out.requestsReplayed),
      wouldDeny: Math.round(out.wouldDeny),
      wouldWarn: Math.round(out.wouldWarn),
      changed: Math.round(out.changed),
      newlyAllowed: Math.round(out.newlyAllowed),
      newlyDenied: Math.round(out.newlyDenied),
      blockedSpendUsd: Math.round(out.blockedSpendUsd * 1e6) / 1e6,
      affectedTeamIds: [...teams].sort(),
      affectedUserIds: [...users].sort(),
      samples: samples.reverse(),
      elapsedMs: Math.round((performance.now() - started) * 1000) / 1000,
    };
  }

  /** The rules to replay, the policy whose logged result they replace (if any) and the enforcement to simulate. */
  private async replayed(input: ReturnType<typeof SimulatePolicyInputModel.parse>): Promise<{ ruleSet: CompiledRuleSet; policyId: string | null; enforcement: Enforcement }> {
    const version = input.versionId ? await this.policies.requireVersion(input.versionId, 'input.versionId') : null;
    const policyId = input.policyId ?? version?.policyId ?? null;
    const policy = policyId ? await this.policies.require(policyId, 'input.policyId') : null;
    for (const owned of [version, policy]) {
      if (owned && owned.organizationId !== input.organizationId) throw new BadUserInputError('input.organizationId', 'input.organizationId: the version or policy belongs to another organization');
    }
    const versionPolicy = version ? await this.policies.require(version.policyId) : null;
    // Replaying asks the rules once per logged decision: an OPA server would get a million requests.
    if (versionPolicy?.engine === 'OPA') throw new BadUserInputError('input.versionId', 'input.versionId: versions of OPA policies cannot be replayed; replay a draft of Steward rules instead');
    const ruleSet = version ? compileRules(versionPolicy!.type, version.rules) : compileRules(input.draft!.type, input.draft!.rules, 'input.draft.rules');
    return { ruleSet, policyId, enforcement: input.enforcement ?? policy?.defaultEnforcement ?? 'STRICT' };
  }
}

/** One logged decision under the replayed rules; null when its logged context cannot be replayed (a masked or missing field the rules read). */
function replayOne(row: ReplayRow, ruleSet: CompiledRuleSet, enforcement: Enforcement, policyId: string | null, counters: Map<string, number>): { outcome: Outcome; rules: RuleOutcome[] } | null {
  let context: NormalisedContext;
  try {
    context = normaliseContext(row.action, row.input);
  } catch {
    return null;
  }
  if (readsMasked(ruleSet, row.input)) return null;
  const at = new Date(row.created_at).getTime();
  const totals = new Map<string, number>();
  for (const plan of planCounters(ruleSet, row.action, context)) {
    const windowMs = plan.windowSeconds * 1000;
    const key = `${plan.key}@${Math.floor(at / windowMs)}`;
    const total = (counters.get(key) ?? 0) + plan.amount * Number(row.weight);
    counters.set(key, total);
    totals.set(plan.key, total);
  }
  const results = evaluateRules(ruleSet, row.action, context, totals);
  const rules = results.map((result) => ({
    rule: result.ruleName,
    violated: result.violated,
    message: result.message ?? null,
    conditions: result.conditions.map((condition) => ({ ...condition, expected: toJson(condition.expected), actual: toJson(condition.actual) })),
  }));
  const replayed = outcomeOf(rules.some((rule) => rule.violated), enforcement).outcome;
  const others = row.results.filter((result) => result.policyId !== policyId).map((result) => result.outcome);
  return { outcome: combineOutcomes([...others, replayed]), rules: rules.filter((rule) => rule.violated) };
}

/** Whether the rules read text that the log masked: content filters read prompts and completions, CEL reads what its expression names. */
function readsMasked(ruleSet: CompiledRuleSet, input: Record<string, unknown>): boolean {
  const request = (input.request ?? {}) as Record<string, unknown>;
  return ruleSet.rules.some((compiled) => {
    if (compiled.type === 'CONTENT_FILTER') return (compiled.rule.fields ?? ['prompt', 'completion']).some((field) => request[field] === MASKED);
    if (compiled.type === 'CUSTOM') return maskedPaths(input).some((path) => compiled.rule.expression.includes(path));
    return false;
  });
}

function maskedPaths(node: unknown, prefix = ''): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => (value === MASKED ? [`${prefix}${key}`] : maskedPaths(value, `${prefix}${key}.`)));
}

/** The cost of a logged LLM request (0 for other actions). */
function costOf(row: ReplayRow): number {
  const request = (row.input.request ?? {}) as Record<string, unknown>;
  const cost = Number(request.costUsd ?? 0);
  return Number.isFinite(cost) ? cost : 0;
}
