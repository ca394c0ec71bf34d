/**
 * Deciding LLM requests against 100 policies: `evaluatePolicies` per second and its latency, next to
 * the same decisions made by the bare rule engine in this process.
 *
 * The organization has 100 ACTIVE policies assigned to it (`policyMix`: COST, USAGE, CONTENT_FILTER
 * with 2–3 RE2 patterns, CUSTOM CEL and RATE_LIMIT rules; mostly MONITOR and WARNING, a few STRICT;
 * rate limits far above what is sent). EVALUATIONS (default 2000) generated LLM requests are decided,
 * the same requests in the same order on every path:
 *   - through the gateway with the organization's API key, with the client's `EvaluatePolicies`
 *     document (every evaluated policy, its rules and versions) and with a lean selection (the outcome
 *     and what determined it, as an LLM proxy reads it);
 *   - straight to the policy subgraph with an internal token for the same key (lean selection): the
 *     gateway hop and the API-key check left out;
 *   - the bare engine: the 100 rule sets compiled once (`compileRules`), then per request
 *     `normaliseContext` + `planCounters` + `evaluateRules`, counters in a Map. No SQL, no HTTP.
 * HTTP paths run at concurrency 1 and 8, after a warm-up, in alternating blocks so drift hits each path
 * alike. Latency is measured by the client; "server" is the decision's own `latencyMs` (the policy
 * decider's time from its start to the decision, which includes its two SQL statements, the
 * assignment read and the counter upsert, but not the log write). Every HTTP decision is checked
 * against the engine's outcome for the same request, and the log must hold each one.
 * SQL statements per decision are counted at the drivers (`sql-tally.ts`), by kind: the subgraphs'
 * `queryCounters` see only what MikroORM logs, not the decider's raw statements, so their figure is
 * printed beside it for comparison. Client and stack share this process and its 2 cores, so the
 * figures are relative.
 *
 * Run: `npx tsx bench/src/policy-evaluate.ts` (in-memory PGlite), or with
 *      `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL; EVALUATIONS=500 for a short run.
 */
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec } from '@steward/kernel';
import { EvaluatePoliciesDocument } from '@steward/client';
import { print } from 'graphql';
import { combineOutcomes, compileRules, evaluateRules, normaliseContext, outcomeOf, planCounters, type Outcome } from '../../subgraphs/policy/src/modules/engine/index.js';
import { bearer, createAssignedPolicies, llmRequests, policyMix, seedBenchOrganization, startPolicyBenchStack, type BenchOrganization, type CreatedPolicy, type LlmRequestSample } from './policy-fixtures.js';
import { tallyStatements } from './sql-tally.js';
import { fixed, isEntryPoint, machineLine, percentile, printTable, sortedCopy } from './stats.js';

const EVALUATIONS = Number(process.env.EVALUATIONS ?? 2000);
const POLICIES = 100;
const CONCURRENCIES = [1, 8];
const BLOCKS = 4;
const WARMUP = Math.min(200, EVALUATIONS);
/** Internal tokens live 60 s; the direct path re-signs before they get old. */
const RESIGN_AFTER_MS = 30_000;

const LEAN = /* GraphQL */ `
  mutation BenchEvaluate($input: EvaluatePoliciesInput!) {
    evaluatePolicies(input: $input) {
      id
      outcome
      latencyMs
      logged
      determiningPolicies { enforcement outcome policy { id name } rules { rule violated message conditions { explanation } } }
    }
  }
`;

/** One way of asking for a decision. */
interface DecisionPath {
  name: string;
  url: string;
  query: string;
  headers(): Promise<Record<string, string>>;
}

/** What one path gathered at one concurrency. */
interface PathResult {
  latencies: number[];
  serverMs: number[];
  /** Bytes of the answers, for the size of what each selection sends back. */
  bytes: number;
  wallMs: number;
  /** SQL statements by kind (driver tally), and what the policy subgraph's ORM counter saw. */
  statements: Map<string, number>;
  ormStatements: number;
  outcomes: (Outcome | undefined)[];
}

const BACKGROUND = 'job queue (background)';
const emptyResult = (): PathResult => ({ latencies: [], serverMs: [], bytes: 0, wallMs: 0, statements: new Map(), ormStatements: 0, outcomes: [] });

function addCounts(into: Map<string, number>, from: Map<string, number>): void {
  for (const [name, count] of from) into.set(name, (into.get(name) ?? 0) + count);
}

/** Statements of the decisions themselves: the job queue's polling runs whatever the load. */
const decisionStatements = (counts: Map<string, number>) => [...counts].reduce((sum, [kind, n]) => (kind === BACKGROUND ? sum : sum + n), 0);

/** The request body for one sample (serialised up front, so the client's own work stays small). */
function bodyOf(path: DecisionPath, organizationId: string, sample: LlmRequestSample): string {
  return JSON.stringify({ query: path.query, variables: { input: { organizationId, action: 'LLM_REQUEST', subject: sample.subject, context: sample.context } } });
}

/** Decides `indexes` of the samples with `concurrency` workers; records latency, server time and outcome per request. */
async function runBlock(path: DecisionPath, bodies: readonly string[], indexes: readonly number[], concurrency: number, into: PathResult): Promise<void> {
  const headers = { 'content-type': 'application/json', ...(await path.headers()) };
  let next = 0;
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++]!;
      const startedAt = performance.now();
      const response = await fetch(path.url, { method: 'POST', headers, body: bodies[index]! });
      const text = await response.text();
      const body = JSON.parse(text) as { data?: { evaluatePolicies?: { outcome: Outcome; latencyMs: number; logged: boolean } } | null; errors?: unknown };
      const elapsed = performance.now() - startedAt;
      into.bytes += text.length;
      const decision = body.data?.evaluatePolicies;
      if (!decision || body.errors) throw new Error(`${path.name} answered ${response.status}: ${JSON.stringify(body.errors)}`);
      if (!decision.logged) throw new Error(`${path.name}: a decision was not logged (sampling is off in this bench)`);
      into.latencies.push(elapsed);
      into.serverMs.push(decision.latencyMs);
      into.outcomes[index] = decision.outcome;
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, indexes.length) }, worker));
  into.wallMs += performance.now() - startedAt;
}

/** The baseline: the same decisions by the engine alone, rule sets compiled once, counters in a Map. */
function bareEngine(policies: readonly CreatedPolicy[], organization: BenchOrganization, samples: readonly LlmRequestSample[]): { latencies: number[]; wallMs: number; outcomes: Outcome[] } {
  const compiled = policies.map((policy) => ({ id: policy.id, enforcement: policy.spec.defaultEnforcement, rules: compileRules(policy.spec.type, policy.spec.rules) }));
  const counters = new Map<string, number>();
  const decide = (sample: LlmRequestSample): Outcome => {
    const context = normaliseContext('LLM_REQUEST', { ...sample.context, subject: { organizationId: organization.id, ...sample.subject, projectId: null } });
    const now = Date.now();
    const totals = new Map<string, number>();
    for (const set of compiled) {
      for (const plan of planCounters(set.rules, 'LLM_REQUEST', context, set.id)) {
        const windowMs = plan.windowSeconds * 1000;
        const key = `${plan.key}@${Math.floor(now / windowMs)}`;
        const total = (counters.get(key) ?? 0) + plan.amount;
        counters.set(key, total);
        totals.set(plan.key, total);
      }
    }
    return combineOutcomes(compiled.map((set) => outcomeOf(evaluateRules(set.rules, 'LLM_REQUEST', context, totals, set.id).some((rule) => rule.violated), set.enforcement).outcome));
  };
  // One untimed pass first, so the figures are of optimised code, as the server's are after its warm-up.
  for (const sample of samples) decide(sample);
  const latencies: number[] = [];
  const outcomes: Outcome[] = [];
  const startedAt = performance.now();
  for (const sample of samples) {
    const t = performance.now();
    outcomes.push(decide(sample));
    latencies.push(performance.now() - t);
  }
  return { latencies, wallMs: performance.now() - startedAt, outcomes };
}

/** Runs the decision benchmark against a fresh stack and prints its tables. */
export async function main(): Promise<void> {
  // Every ALLOW is logged too (the default): each decision writes its row.
  const stack = await startPolicyBenchStack({ POLICY_DECISION_SAMPLE_RATE: '1' });
  const { steward, database } = stack;
  const tally = tallyStatements(database.target);
  try {
    const organization = await seedBenchOrganization(steward.gatewayUrl);
    const seedingStarted = performance.now();
    const policies = await createAssignedPolicies(steward.gatewayUrl, organization, policyMix(POLICIES));
    const seedingSeconds = (performance.now() - seedingStarted) / 1000;
    const samples = llmRequests(EVALUATIONS, { seed: 1, apiKeyId: organization.apiKey.id });
    const warmupSamples = llmRequests(WARMUP, { seed: 2, apiKeyId: organization.apiKey.id });

    const codec = new InternalTokenCodec(steward.internalSecret);
    const identity = { caller: { kind: 'apiKey' as const, apiKeyId: organization.apiKey.id, organizationId: organization.id }, client: { ip: null, userAgent: null } };
    let internal = { token: await codec.sign(identity), signedAt: performance.now() };
    const paths: DecisionPath[] = [
      { name: 'gateway, EvaluatePolicies document', url: steward.gatewayUrl, query: print(EvaluatePoliciesDocument), headers: async () => bearer(organization.apiKey.secret) },
      { name: 'gateway, lean selection', url: steward.gatewayUrl, query: LEAN, headers: async () => bearer(organization.apiKey.secret) },
      {
        name: 'policy subgraph direct, lean',
        url: steward.subgraphUrls.policy!,
        query: LEAN,
        async headers() {
          if (performance.now() - internal.signedAt > RESIGN_AFTER_MS) internal = { token: await codec.sign(identity), signedAt: performance.now() };
          return { [INTERNAL_TOKEN_HEADER]: internal.token };
        },
      },
    ];
    const bodies = new Map(paths.map((path) => [path, samples.map((sample) => bodyOf(path, organization.id, sample))]));
    const warmupBodies = new Map(paths.map((path) => [path, warmupSamples.map((sample) => bodyOf(path, organization.id, sample))]));
    const all = samples.map((_, index) => index);
    const perBlock = Math.ceil(EVALUATIONS / BLOCKS);
    const ormCounter = steward.queryCounters.policy!;

    const results = new Map<string, PathResult>();
    let httpDecisions = 0;
    for (const concurrency of CONCURRENCIES) {
      for (const path of paths) {
        await runBlock(path, warmupBodies.get(path)!, warmupSamples.map((_, index) => index), concurrency, emptyResult());
        httpDecisions += warmupSamples.length;
        results.set(`${path.name}@${concurrency}`, emptyResult());
      }
      for (let block = 0; block < BLOCKS; block += 1) {
        const indexes = all.slice(block * perBlock, (block + 1) * perBlock);
        for (const path of paths) {
          const result = results.get(`${path.name}@${concurrency}`)!;
          tally.reset();
          ormCounter.reset();
          await runBlock(path, bodies.get(path)!, indexes, concurrency, result);
          addCounts(result.statements, tally.counts());
          result.ormStatements += ormCounter.count;
          httpDecisions += indexes.length;
        }
      }
    }

    const engine = bareEngine(policies, organization, samples);

    // Every path must have decided every request as the engine did, and the log must hold every decision.
    const mismatches = [...results].flatMap(([name, result]) => all.filter((index) => result.outcomes[index] !== engine.outcomes[index]).map((index) => `${name} #${index}: ${result.outcomes[index]} vs ${engine.outcomes[index]}`));
    if (mismatches.length) throw new Error(`${mismatches.length} decisions differ from the engine's, e.g. ${mismatches.slice(0, 3).join('; ')}`);
    const [logged] = await database.query<{ decisions: number; violations: number }>(
      'select (select count(*)::int from policy.decisions where organization_id = $1) as decisions, (select count(*)::int from policy.violations where organization_id = $1) as violations',
      [organization.id],
    );
    if (logged!.decisions !== httpDecisions) throw new Error(`The log holds ${logged!.decisions} decisions; ${httpDecisions} were made.`);
    const mix = new Map<Outcome, number>();
    for (const outcome of engine.outcomes) mix.set(outcome, (mix.get(outcome) ?? 0) + 1);

    console.log(`\n# evaluatePolicies: ${EVALUATIONS} LLM requests against ${POLICIES} assigned policies, through the stack vs the bare engine (${database.description})`);
    console.log(`# ${machineLine()}`);
    const typeCounts = new Map<string, number>();
    for (const policy of policies) typeCounts.set(policy.spec.type, (typeCounts.get(policy.spec.type) ?? 0) + 1);
    const enforcementCounts = new Map<string, number>();
    for (const policy of policies) enforcementCounts.set(policy.spec.defaultEnforcement, (enforcementCounts.get(policy.spec.defaultEnforcement) ?? 0) + 1);
    console.log(`# policies: ${[...typeCounts].map(([type, n]) => `${n} ${type}`).join(', ')}; ${[...enforcementCounts].map(([enforcement, n]) => `${n} ${enforcement}`).join(', ')} (created and assigned in ${fixed(seedingSeconds, 1)} s)`);
    console.log(`# outcomes: ${['ALLOW', 'WARN', 'DENY'].map((outcome) => `${outcome} ${mix.get(outcome as Outcome) ?? 0}`).join(', ')}; every HTTP decision matched the engine's; ${fixed(logged!.violations / logged!.decisions, 2)} violations raised per decision`);
    console.log(`# ${BLOCKS} alternating blocks per concurrency after ${WARMUP} warm-up decisions per path; server = the decision's latencyMs`);
    const rows: string[][] = [];
    const figures = new Map<string, { rate: number; p50: number; serverP50: number }>();
    for (const concurrency of CONCURRENCIES) {
      for (const path of paths) {
        const result = results.get(`${path.name}@${concurrency}`)!;
        const sorted = sortedCopy(result.latencies);
        const server = sortedCopy(result.serverMs);
        const rate = sorted.length / (result.wallMs / 1000);
        const statements = decisionStatements(result.statements) / sorted.length;
        figures.set(`${path.name}@${concurrency}`, { rate, p50: percentile(sorted, 50), serverP50: percentile(server, 50) });
        rows.push([path.name, String(concurrency), String(sorted.length), fixed(rate, 0), fixed(percentile(sorted, 50), 2), fixed(percentile(sorted, 99), 2), fixed(percentile(server, 50), 2), fixed(percentile(server, 99), 2), fixed(statements, 2), fixed(result.bytes / sorted.length / 1024, 1)]);
      }
    }
    const engineSorted = sortedCopy(engine.latencies);
    const engineRate = engine.latencies.length / (engine.wallMs / 1000);
    rows.push(['bare engine, in process (baseline)', '1', String(engine.latencies.length), fixed(engineRate, 0), fixed(percentile(engineSorted, 50), 3), fixed(percentile(engineSorted, 99), 3), '-', '-', '0', '-']);
    printTable(['path', 'conc.', 'decisions', 'decisions/s', 'p50 (ms)', 'p99 (ms)', 'server p50', 'server p99', 'SQL/decision', 'answer kB'], rows);

    console.log('\n# throughput: stack / bare engine');
    for (const concurrency of CONCURRENCIES) {
      console.log(`#   concurrency ${concurrency}: ${paths.map((path) => `${path.name} ${fixed(figures.get(`${path.name}@${concurrency}`)!.rate / engineRate, 3)}×`).join(', ')}`);
    }
    console.log('\n# SQL statements per decision by kind, concurrency 1 (driver tally, without the job queue\'s background polling)');
    for (const path of paths) {
      const result = results.get(`${path.name}@1`)!;
      const decisions = result.latencies.length;
      const listed = [...result.statements].filter(([kind]) => kind !== BACKGROUND).sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${fixed(n / decisions, 2)} ${kind}`);
      console.log(`#   ${path.name}: ${fixed(decisionStatements(result.statements) / decisions, 2)} = ${listed.join(', ')}`);
      console.log(`#     (the policy subgraph's queryCounter saw ${fixed(result.ormStatements / decisions, 2)} per decision: MikroORM's own statements only)`);
    }

    // Where a decision's time goes, from medians at concurrency 1 (differences of medians: approximate).
    const at1 = (name: string) => figures.get(`${name}@1`)!;
    const [full, lean, direct] = [at1(paths[0]!.name), at1(paths[1]!.name), at1(paths[2]!.name)];
    const engineP50 = percentile(engineSorted, 50);
    const parts: [string, number][] = [
      ['rules in memory (bare engine p50)', engineP50],
      ['decider beyond the engine: assignment read + counter upsert (2 SQL round trips), explanations, masking', direct.serverP50 - engineP50],
      ['policy subgraph around the decider: HTTP in, token, GraphQL, log + violation writes, pg_notify, JSON out', direct.p50 - direct.serverP50],
      ['gateway: API-key check with organizations, query plan, internal token, one more HTTP hop', lean.p50 - direct.p50],
      ['the client document over the lean one: all 100 results, their rules, policy and version loads', full.p50 - lean.p50],
    ];
    console.log('\n# where a decision goes, concurrency 1 (differences of p50s, so approximate)');
    printTable(['part', 'ms', 'share'], [...parts.map(([label, ms]) => [label, fixed(ms, 2), `${fixed((100 * ms) / full.p50, 0)}%`]), ['gateway, EvaluatePolicies document (p50)', fixed(full.p50, 2), '100%']]);
  } finally {
    tally.stop();
    await stack.stop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
