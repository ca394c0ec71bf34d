import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessControl, type BaseRequestContext, type Clock, type GrantsSource, type Logger, type ReferenceDirectory } from '@steward/kernel';
import { createAssignmentLoaders, type AssignmentLoaders } from './modules/assignments/assignment.loaders.js';
import { AssignmentService } from './modules/assignments/assignment.service.js';
import { createDecisionLoaders, type DecisionLoaders } from './modules/decisions/decision.loaders.js';
import { DecisionService } from './modules/decisions/decision.service.js';
import type { PolicyDecider } from './modules/decisions/policy-decider.js';
import type { RuleSetCache } from './modules/decisions/rule-set-cache.js';
import type { OpaServer } from './modules/opa/opa-server.js';
import { createPolicyLoaders, type PolicyLoaders } from './modules/policies/policy.loaders.js';
import { PolicyService } from './modules/policies/policy.service.js';
import { SimulationService } from './modules/simulation/simulation.service.js';
import { createViolationLoaders, type ViolationLoaders } from './modules/violations/violation.loaders.js';
import { ViolationService } from './modules/violations/violation.service.js';

/** Every per-request loader of the subgraph. */
export type PolicyLoadersAll = PolicyLoaders & AssignmentLoaders & DecisionLoaders & ViolationLoaders;

/** What lives as long as the process and every request's context is built from. */
export interface PolicyDependencies {
  grants: GrantsSource;
  clock: Clock;
  /** Whether the teams, users, API keys and projects assignments name are the organization's (organizations, projects). */
  directory: ReferenceDirectory;
  /** Compiled policy versions, shared by every request of the process. */
  ruleSets: RuleSetCache;
  /** The OPA server policies of engine OPA load into and are evaluated on (null: OPA_URL is not set). */
  opa: OpaServer | null;
  /** Makes decisions (the decision API and Steward's own enforcement points). */
  decider: PolicyDecider;
  /** Announces an event on the bus without waiting. */
  publish(topic: string, payload: string): void;
}

/** What the services of one request share, built once per request. */
export interface ServiceScope extends Omit<PolicyDependencies, 'grants'> {
  em: EntityManager;
  access: AccessControl;
  loaders: PolicyLoadersAll;
  logger: Logger;
}

/** Per-request context of the policy subgraph. */
export interface PolicyContext extends BaseRequestContext {
  access: AccessControl;
  policies: PolicyService;
  assignments: AssignmentService;
  decisions: DecisionService;
  violations: ViolationService;
  simulations: SimulationService;
}

/** Builds one request's context on its own ORM fork: the caller's access, the loaders, the service scope and the services. */
export function createRequestContext(base: BaseRequestContext, em: EntityManager, dependencies: PolicyDependencies): PolicyContext {
  const { grants, ...shared } = dependencies;
  const access = new AccessControl(base.caller, grants);
  const loaders = { ...createPolicyLoaders(em, access), ...createAssignmentLoaders(em, access), ...createDecisionLoaders(em, access), ...createViolationLoaders(em, access) };
  const scope: ServiceScope = { ...shared, em, access, loaders, logger: base.logger };
  const policies = new PolicyService(scope);
  return {
    ...base,
    access,
    policies,
    assignments: new AssignmentService(scope, policies),
    decisions: new DecisionService(scope),
    violations: new ViolationService(scope),
    simulations: new SimulationService(scope, policies),
  };
}
