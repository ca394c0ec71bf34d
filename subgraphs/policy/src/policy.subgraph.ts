import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  allow,
  assembleResolvers,
  createSubgraphOrm,
  loadTypeDefs,
  mergeRules,
  systemClock,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type GrantsSource,
  type Logger,
  type QueryCounter,
  type ReferenceDirectory,
  type SubgraphDefinition,
} from '@steward/kernel';
import { policyMigrations } from './migrations/index.js';
import { PolicyAssignmentSchema, PolicyExceptionSchema } from './modules/assignments/assignment.entity.js';
import { assignmentsResolvers } from './modules/assignments/assignments.resolvers.js';
import { assignmentsRules } from './modules/assignments/assignments.rules.js';
import { DecisionSchema } from './modules/decisions/decision.entity.js';
import { decisionRoutes } from './modules/decisions/decision.routes.js';
import { decisionsResolvers } from './modules/decisions/decisions.resolvers.js';
import { decisionsRules } from './modules/decisions/decisions.rules.js';
import { PolicyDecider, type DecisionSampling } from './modules/decisions/policy-decider.js';
import { startDecisionRetention } from './modules/decisions/decision-retention.js';
import { RuleSetCache } from './modules/decisions/rule-set-cache.js';
import { NO_SPEND, type SpendSource } from './modules/decisions/spend-source.js';
import { HttpOpaServer, type OpaServer } from './modules/opa/opa-server.js';
import { PolicySchema, PolicyVersionSchema } from './modules/policies/policy.entity.js';
import { policiesResolvers } from './modules/policies/policies.resolvers.js';
import { policiesRules } from './modules/policies/policies.rules.js';
import { simulationResolvers } from './modules/simulation/simulation.resolvers.js';
import { simulationRules } from './modules/simulation/simulation.rules.js';
import { ViolationSchema } from './modules/violations/violation.entity.js';
import { violationsResolvers } from './modules/violations/violations.resolvers.js';
import { violationsRules } from './modules/violations/violations.rules.js';
import { createRequestContext, type PolicyContext, type PolicyDependencies } from './policy.context.js';
import type { PolicyEnv } from './policy.env.js';

/** The folder whose `*.graphql` files make policy's SDL. */
export const POLICY_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Keeps ALLOW decisions of LLM requests at `rate` (0 to 1); each kept one stands for 1/rate requests. */
export function samplingAt(rate: number, random: () => number = () => randomInt(1_000_000) / 1_000_000): DecisionSampling {
  return { sample: () => rate >= 1 || random() < rate, weight: rate > 0 ? 1 / rate : 1 };
}

/** Builds the policy subgraph on a database: migrates, wires the modules and the decision route, and starts the log's retention. */
export async function createPolicySubgraph(options: {
  env: PolicyEnv & { NODE_ENV: string };
  database: DatabaseTarget;
  logger: Logger;
  bus: EventBus;
  grants: GrantsSource;
  directory: ReferenceDirectory;
  clock?: Clock;
  /** Replaces the sampling of ALLOW decisions (tests). */
  sampling?: DecisionSampling;
  /** Subjects' spend and budget forecasts (metrics); nothing spent when absent. */
  spend?: SpendSource;
  /** Replaces the OPA server OPA_URL names (tests). */
  opa?: OpaServer | null;
}): Promise<SubgraphDefinition<PolicyContext> & { queries: QueryCounter }> {
  const { env, logger, bus } = options;
  const clock = options.clock ?? systemClock;
  const { orm, queries } = await createSubgraphOrm({
    name: 'policy',
    entities: [PolicySchema, PolicyVersionSchema, PolicyAssignmentSchema, PolicyExceptionSchema, DecisionSchema, ViolationSchema],
    migrations: policyMigrations,
    database: options.database,
    logger,
  });
  const fork = () => orm.em.fork() as EntityManager;
  // Subscribers must not slow a decision down or fail it: publishing is fire-and-forget, failures are logged.
  const publish = (topic: string, payload: string) => {
    bus.publish(topic, payload).catch((error: unknown) => logger.warn({ err: error }, 'Publishing failed (topic=%s)', topic));
  };
  const ruleSets = new RuleSetCache();
  const opa = options.opa !== undefined ? options.opa : env.OPA_URL ? new HttpOpaServer(env.OPA_URL, { timeoutMs: env.OPA_TIMEOUT_MS }) : null;
  const decider = new PolicyDecider({ clock, ruleSets, sampling: options.sampling ?? samplingAt(env.POLICY_DECISION_SAMPLE_RATE), spend: options.spend ?? NO_SPEND, opa, publish });
  const dependencies: PolicyDependencies = { grants: options.grants, clock, directory: options.directory, ruleSets, opa, decider, publish };
  const retention = startDecisionRetention({ fork, clock, logger: logger.child({ component: 'decision-retention' }), retentionDays: env.POLICY_DECISION_RETENTION_DAYS });

  return {
    name: 'policy',
    queries,
    typeDefs: loadTypeDefs(POLICY_SDL_DIR),
    resolvers: assembleResolvers([policiesResolvers, assignmentsResolvers, decisionsResolvers, violationsResolvers, simulationResolvers]),
    rules: mergeRules([policiesRules, assignmentsRules, decisionsRules, violationsRules, simulationRules, { PageInfo: allow }]),
    createContext: (base) => createRequestContext(base, fork(), dependencies),
    internalRoutes: decisionRoutes(fork, decider),
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    async close() {
      retention.stop();
      await orm.close();
    },
  };
}
