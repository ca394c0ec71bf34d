/**
 * Replaying a week of the decision log: `simulatePolicy` through the gateway over DECISIONS logged
 * LLM_REQUEST decisions, next to the floor of reading the same rows, a bare
 * `select count(*), sum((input->'request'->>'costUsd')::float)` with the replay's filter.
 * DECISIONS defaults to 1,000,000 on PostgreSQL and 100,000 on PGlite: the in-memory PGlite keeps the
 * whole log in this process (about 2.8 kB a row with its indexes, so 2.8 GB for a million) and, at the
 * rates measured on the 2-core bench machine (100,000 rows seeded in 13–16 s, replayed in 7–10 s), a
 * million would take about five minutes.
 *
 * Seeding: an organization with five policies assigned to it (COST, USAGE, CONTENT_FILTER masking the
 * prompt, RATE_LIMIT, CUSTOM), created through the API. A pool of 4,000 generated LLM requests (models
 * and prices, 60 users, 8 teams, prompts with and without secrets) is decided by the rule engine the
 * way `PolicyDecider.decide` does (`normaliseContext`, `evaluateRules`, failing rules first,
 * `outcomeOf`, `combineOutcomes`, the union of mask paths applied to the context), which gives each
 * row's `input`, `results`, `subject` and `outcome`. One `INSERT … SELECT generate_series` per 100,000
 * rows writes them straight into `policy.decisions`: row g takes pool entry g mod 4,000 and a
 * millisecond timestamp spread evenly over the 7 days before the run.
 *
 * Timed through the gateway (the owner's access token), each once, over that 7-day window:
 *   - a COST draft (`maxCostPerRequestUsd` 0.02, STRICT; about one request in ten costs more)
 *     replacing the COST policy in every decision; its wouldDeny, changed and blockedSpendUsd are
 *     checked against what the pool implies;
 *   - a RATE_LIMIT draft (requests per user-hour and tokens per team-day, limits a little above the
 *     log's averages, STRICT) replacing the RATE_LIMIT policy: counters rebuilt in memory.
 * Client time runs from the request to the parsed answer; server time is the answer's `elapsedMs`.
 * The baseline query runs twice; the second (warm) run is reported.
 *
 * The gateway's REQUEST_TIMEOUT_MS (default 30 s) is left as it is: it bounds receiving a request
 * (Node's `server.requestTimeout`), not answering it. Replays of about a minute complete under the
 * default, and a 6.5 s replay completed with REQUEST_TIMEOUT_MS=2000.
 *
 * Run: `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/src/policy-simulate.ts`, or
 *      `npx tsx bench/src/policy-simulate.ts` (PGlite); DECISIONS=20000 for a short run.
 */
import { SimulatePolicyDocument } from '@steward/client';
import { maskPaths } from '../../subgraphs/policy/src/modules/decisions/masking.js';
import { combineOutcomes, compileRules, evaluateRules, normaliseContext, outcomeOf, planCounters, toJson, type Outcome } from '../../subgraphs/policy/src/modules/engine/index.js';
import { bearer, createAssignedPolicies, graphql, llmRequests, seedBenchOrganization, startPolicyBenchStack, TEAMS, USERS, type CreatedPolicy, type PolicySpec } from './policy-fixtures.js';
import { fixed, isEntryPoint, machineLine, printTable } from './stats.js';

const DAY_MS = 86_400_000;
const POOL = 4_000;
const CHUNK = 100_000;
const COST_CAP_USD = 0.02;

/** The organization's policies: what every logged decision was evaluated against. */
const POLICIES: PolicySpec[] = [
  { name: 'Per-request cost', type: 'COST', defaultEnforcement: 'WARNING', rules: [{ name: 'per-request', maxCostPerRequestUsd: 0.05 }, { name: 'per-day', maxSpendPerDayUsd: 60 }], maskPaths: [] },
  { name: 'Models and tokens', type: 'USAGE', defaultEnforcement: 'MONITOR', rules: [{ name: 'tokens', maxTokensPerRequest: 12_000 }, { name: 'denied-models', deniedModels: ['o1*', 'together/*'] }], maskPaths: [] },
  { name: 'No secrets', type: 'CONTENT_FILTER', defaultEnforcement: 'STRICT', rules: [{ name: 'secrets', blockedPatterns: ['AKIA[0-9A-Z]{16}', '-----BEGIN [A-Z ]*PRIVATE KEY-----', 'ghp_[A-Za-z0-9]{36}'] }], maskPaths: ['request.prompt'] },
  { name: 'Fair use', type: 'RATE_LIMIT', defaultEnforcement: 'WARNING', rules: [{ name: 'per-user', limit: 1_000_000, windowSeconds: 3_600, per: 'USER' }], maskPaths: [] },
  { name: 'Big prompts on big models', type: 'CUSTOM', defaultEnforcement: 'MONITOR', rules: [{ name: 'big-prompts', action: 'LLM_REQUEST', expression: '!(request.model.startsWith("gpt-4") && request.promptTokens > 6000)' }], maskPaths: [] },
];

/** One pool entry as `PolicyDecider` would have logged it. */
interface LoggedDecision {
  outcome: Outcome;
  subject: { userId: string | null; teamIds: string[]; apiKeyId: string | null; projectId: null; versionId: null };
  input: Record<string, unknown>;
  results: { policyId: string; policyVersionId: string; enforcement: string; outcome: Outcome; violation: string | null; rules: unknown[] }[];
}

/** Decides each generated request against the policies the way `PolicyDecider.decide` does, without the database. */
function decidePool(policies: readonly CreatedPolicy[], organizationId: string, apiKeyId: string): LoggedDecision[] {
  // The decider orders the winning assignments by policy id.
  const sets = [...policies].sort((a, b) => a.id.localeCompare(b.id)).map((policy) => ({ policy, rules: compileRules(policy.spec.type, policy.spec.rules) }));
  const masks = [...new Set(policies.flatMap((policy) => policy.spec.maskPaths))];
  return llmRequests(POOL, { seed: 3, apiKeyId }).map((sample) => {
    const subject = { userId: sample.subject.userId, teamIds: [...new Set(sample.subject.teamIds)], apiKeyId: sample.subject.apiKeyId, projectId: null, versionId: null };
    const context = normaliseContext('LLM_REQUEST', { ...sample.context, subject: { organizationId, userId: subject.userId, teamIds: subject.teamIds, apiKeyId: subject.apiKeyId, projectId: null } });
    const results = sets.map(({ policy, rules: set }) => {
      // Rate limits far above the traffic: each counter's total is this request's own amount.
      const totals = new Map(planCounters(set, 'LLM_REQUEST', context, policy.id).map((plan) => [plan.key, plan.amount]));
      const rules = evaluateRules(set, 'LLM_REQUEST', context, totals, policy.id).map((result) => ({
        rule: result.ruleName,
        violated: result.violated,
        message: result.message ?? null,
        conditions: result.conditions.map((condition) => ({ ...condition, expected: toJson(condition.expected), actual: toJson(condition.actual) })),
      }));
      rules.sort((a, b) => Number(b.violated) - Number(a.violated));
      const enforced = outcomeOf(rules.some((rule) => rule.violated), policy.spec.defaultEnforcement);
      return { policyId: policy.id, policyVersionId: policy.versionId, enforcement: policy.spec.defaultEnforcement, outcome: enforced.outcome, violation: enforced.violation, rules };
    });
    return {
      outcome: combineOutcomes(results.map((result) => result.outcome)),
      subject,
      input: maskPaths(toJson(context.values) as Record<string, unknown>, masks),
      results,
    };
  });
}

/** How many of rows 0..total-1 take pool entry `index` (row g takes g mod POOL). */
const rowsOf = (index: number, total: number) => Math.floor(total / POOL) + (index < total % POOL ? 1 : 0);

/** What the COST draft must find, from the pool alone: the check that the replay did the work. */
function expectedCostReplay(pool: readonly LoggedDecision[], costPolicyId: string, total: number): { wouldDeny: number; changed: number; blockedSpendUsd: number } {
  const out = { wouldDeny: 0, changed: 0, blockedSpendUsd: 0 };
  pool.forEach((decision, index) => {
    const rows = rowsOf(index, total);
    const cost = Number((decision.input.request as { costUsd: number }).costUsd);
    const replayed: Outcome = cost > COST_CAP_USD ? 'DENY' : 'ALLOW';
    const outcome = combineOutcomes([...decision.results.filter((result) => result.policyId !== costPolicyId).map((result) => result.outcome), replayed]);
    if (outcome === 'DENY') out.wouldDeny += rows;
    if (outcome !== decision.outcome) out.changed += rows;
    if (outcome === 'DENY' && decision.outcome !== 'DENY') out.blockedSpendUsd += cost * rows;
  });
  return out;
}

/** Runs the replay benchmark against a fresh stack and prints one table. */
export async function main(): Promise<void> {
  const stack = await startPolicyBenchStack();
  const { steward, database } = stack;
  const decisions = Number(process.env.DECISIONS ?? (database.target.kind === 'postgres' ? 1_000_000 : 100_000));
  try {
    const organization = await seedBenchOrganization(steward.gatewayUrl);
    const policies = await createAssignedPolicies(steward.gatewayUrl, organization, POLICIES);
    const policyOf = (type: string) => policies.find((policy) => policy.spec.type === type)!;
    const pool = decidePool(policies, organization.id, organization.apiKey.id);

    const to = new Date(Math.floor(Date.now() / 1000) * 1000);
    const from = new Date(to.getTime() - 7 * DAY_MS);
    const seedingStarted = performance.now();
    for (let start = 0; start < decisions; start += CHUNK) {
      // Timestamps in milliseconds, as the decider's JavaScript Dates are: the replay's keyset cursor
      // passes through a Date, so finer timestamps would make it read rows at batch edges twice.
      const end = Math.min(decisions, start + CHUNK);
      await database.query(
        `insert into policy.decisions (id, organization_id, action, outcome, subject, input, results, policy_ids, policy_version_ids, weight, latency_us, project_id, version_id, requested_by, created_at)
         select gen_random_uuid(), $1::uuid, 'LLM_REQUEST', d->>'outcome', d->'subject', d->'input', d->'results',
           jsonb_path_query_array(d->'results', '$[*].policyId'), jsonb_path_query_array(d->'results', '$[*].policyVersionId'),
           1, 150 + (g * 7919) % 2850, null, null, $2, date_trunc('milliseconds', $3::timestamptz + ((g + 0.5) / $4::float8) * interval '7 days')
         from generate_series($5::bigint, $6::bigint - 1) g, lateral (select ($7::jsonb) -> (g % ${POOL})::int as d) pool`,
        [organization.id, `apikey:${organization.apiKey.id}`, from.toISOString(), decisions, start, end, JSON.stringify(pool)],
      );
    }
    if (database.target.kind === 'postgres') await database.query('analyze policy.decisions');
    const seedingSeconds = (performance.now() - seedingStarted) / 1000;
    const [size] = await database.query<{ bytes: string }>("select pg_total_relation_size('policy.decisions')::text as bytes");
    const mix = new Map<Outcome, number>();
    pool.forEach((decision, index) => mix.set(decision.outcome, (mix.get(decision.outcome) ?? 0) + rowsOf(index, decisions)));
    // Seeding blocked an embedded database's event loop: let idle keep-alive sockets close before the first request.
    await new Promise((resolve) => setTimeout(resolve, 500));

    // The floor: read the same rows (same filter as the COST replay) and sum their cost.
    const floorSql = `select count(*)::int as rows, sum((input->'request'->>'costUsd')::float) as spend from policy.decisions
      where organization_id = $1 and action = 'LLM_REQUEST' and created_at >= $2 and created_at < $3 and policy_ids @> $4::jsonb`;
    const floorArgs = [organization.id, from.toISOString(), to.toISOString(), JSON.stringify([policyOf('COST').id])];
    await database.query(floorSql, floorArgs);
    let startedAt = performance.now();
    const [floor] = await database.query<{ rows: number; spend: number }>(floorSql, floorArgs);
    const floorMs = performance.now() - startedAt;
    if (floor!.rows !== decisions) throw new Error(`The baseline read ${floor!.rows} rows; ${decisions} were seeded.`);

    // Per user and hour, and per team and day, the log holds about this many requests and tokens.
    const perUserHour = decisions / (7 * 24) / USERS.length;
    const teamTokensPerDay = pool.reduce((sum, decision) => sum + (decision.subject.teamIds.length ? Number((decision.input.request as { totalTokens: number }).totalTokens) : 0), 0) * (decisions / POOL) / 7 / TEAMS.length;
    const userLimit = Math.max(1, Math.round(perUserHour * 1.25));
    const teamLimit = Math.round(teamTokensPerDay * 1.1);
    const drafts = [
      {
        label: `COST draft: maxCostPerRequestUsd ${COST_CAP_USD}, replacing "${policyOf('COST').spec.name}"`,
        input: { organizationId: organization.id, policyId: policyOf('COST').id, enforcement: 'STRICT' as const, draft: { type: 'COST' as const, rules: [{ name: 'per-request', maxCostPerRequestUsd: COST_CAP_USD }] } },
      },
      {
        label: `RATE_LIMIT draft: ${userLimit} requests per user-hour, ${teamLimit.toLocaleString('en')} tokens per team-day, replacing "${policyOf('RATE_LIMIT').spec.name}"`,
        input: {
          organizationId: organization.id,
          policyId: policyOf('RATE_LIMIT').id,
          enforcement: 'STRICT' as const,
          draft: {
            type: 'RATE_LIMIT' as const,
            rules: [
              { name: 'per-user-hour', limit: userLimit, windowSeconds: 3_600, per: 'USER' },
              { name: 'team-tokens-day', limit: teamLimit, windowSeconds: 86_400, unit: 'TOKENS', per: 'TEAM' },
            ],
          },
        },
      },
    ];
    const rows: string[][] = [[`bare select count(*), sum(costUsd) (baseline)`, String(floor!.rows), fixed(floorMs, 0), '-', fixed(floor!.rows / (floorMs / 1000), 0), '-', '-', '-']];
    const replays: { label: string; simulation: Awaited<ReturnType<typeof simulate>> }[] = [];
    async function simulate(input: (typeof drafts)[number]['input']) {
      const { simulatePolicy } = await graphql(steward.gatewayUrl, SimulatePolicyDocument, { input: { ...input, from: from.toISOString(), to: to.toISOString() } }, bearer(organization.ownerToken));
      return simulatePolicy;
    }
    for (const draft of drafts) {
      startedAt = performance.now();
      const simulation = await simulate(draft.input);
      const ms = performance.now() - startedAt;
      if (simulation.decisionsReplayed !== decisions || simulation.notReplayable !== 0) throw new Error(`${draft.label}: replayed ${simulation.decisionsReplayed} decisions (${simulation.notReplayable} not replayable) of ${decisions}`);
      replays.push({ label: draft.label, simulation });
      rows.push([draft.label, String(simulation.decisionsReplayed), fixed(ms, 0), fixed(simulation.elapsedMs, 0), fixed(simulation.decisionsReplayed / (ms / 1000), 0), String(simulation.wouldDeny), String(simulation.changed), fixed(simulation.blockedSpendUsd, 2)]);
    }
    const expected = expectedCostReplay(pool, policyOf('COST').id, decisions);
    const cost = replays[0]!.simulation;
    if (cost.wouldDeny !== expected.wouldDeny || cost.changed !== expected.changed || Math.abs(cost.blockedSpendUsd - expected.blockedSpendUsd) > 0.01) {
      throw new Error(`The COST replay found ${JSON.stringify({ wouldDeny: cost.wouldDeny, changed: cost.changed, blockedSpendUsd: cost.blockedSpendUsd })}; the log implies ${JSON.stringify(expected)}`);
    }

    console.log(`\n# simulatePolicy over ${decisions.toLocaleString('en')} logged LLM decisions in 7 days, through the gateway vs reading the rows (${database.description})`);
    console.log(`# ${machineLine()}`);
    console.log(
      `# seeding: ${fixed(seedingSeconds, 1)} s (INSERT … SELECT generate_series, ${Math.ceil(decisions / CHUNK)} statements), policy.decisions ${fixed(Number(size!.bytes) / 1024 ** 2, 0)} MB with indexes (${fixed(Number(size!.bytes) / decisions, 0)} B a row); logged outcomes ${['ALLOW', 'WARN', 'DENY'].map((outcome) => `${outcome} ${mix.get(outcome as Outcome) ?? 0}`).join(', ')}; logged spend ${fixed(floor!.spend, 2)} USD`,
    );
    printTable(['path', 'rows', 'client (ms)', 'server (ms)', 'rows/s', 'wouldDeny', 'changed', 'blockedSpendUsd'], rows);
    for (const { label, simulation } of replays) {
      console.log(`# ${label.split(':')[0]}: wouldWarn ${simulation.wouldWarn}, newlyDenied ${simulation.newlyDenied}, newlyAllowed ${simulation.newlyAllowed}, ${simulation.affectedUserIds.length} users and ${simulation.affectedTeamIds.length} teams affected, ${simulation.samples.length} samples`);
    }
    console.log(`# the COST replay matches the figures the seeded log implies (wouldDeny ${expected.wouldDeny}, changed ${expected.changed}, blockedSpendUsd ${fixed(expected.blockedSpendUsd, 2)})`);
    console.log(`# replay / floor: ${replays.map(({ label, simulation }) => `${label.split(':')[0]} ${fixed(simulation.elapsedMs / floorMs, 1)}×`).join(', ')} (server elapsedMs / baseline ms)`);
  } finally {
    await stack.stop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
