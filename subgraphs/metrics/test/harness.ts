import { randomBytes, randomUUID } from 'node:crypto';
import {
  BUILT_IN_ROLES,
  INTERNAL_TOKEN_HEADER,
  InProcessEventBus,
  InternalTokenCodec,
  createSubgraphServer,
  type BuiltInRoleName,
  type Caller,
  type GrantsSource,
  type OrganizationGrant,
  type Permission,
  type PrincipalKey,
  type SubgraphServer,
} from '@steward/kernel';
import { createCapturingLogger, createTestDatabase, type TestDatabase } from '@steward/kernel/testing';
import { createJobQueue } from '@steward/kernel';
import type { LlmUsageInput } from '@steward/client';
import { createMetricsSubgraph, type MemberLookup, type ProjectLookup, type ReferenceDirectory } from '../src/index.js';
import type { UsagePolicy } from '../src/modules/policy-check/usage-policy.js';

/**
 * Stands in for organizations' grants endpoint in the subgraph-level tests (organizations runs for
 * real in the gateway tests): grants are set by the test, per principal and organization.
 */
class TestGrants implements GrantsSource {
  private readonly grants = new Map<PrincipalKey, Map<string, Permission[]>>();

  set(principal: PrincipalKey, organizationId: string, permissions: readonly Permission[]): void {
    const perOrg = this.grants.get(principal) ?? new Map<string, Permission[]>();
    perOrg.set(organizationId, [...permissions]);
    this.grants.set(principal, perOrg);
  }

  async grantsFor(principal: PrincipalKey): Promise<OrganizationGrant[]> {
    return [...(this.grants.get(principal) ?? new Map<string, Permission[]>())].map(([organizationId, permissions]) => ({ organizationId, permissions }));
  }
}

/**
 * Stands in for projects' and organizations' lookup routes in the subgraph-level tests (the real
 * routes answer in the gateway tests): each organization knows the ids the test registered.
 */
class TestDirectory implements ReferenceDirectory {
  private readonly known = new Map<string, { projects: Set<string>; versions: Map<string, string>; teams: Set<string>; users: Set<string> }>();
  /** How many lookups metrics made, per owning subgraph. */
  readonly lookups = { projects: 0, members: 0 };

  of(organizationId: string) {
    let entry = this.known.get(organizationId);
    if (!entry) {
      entry = { projects: new Set(), versions: new Map(), teams: new Set(), users: new Set() };
      this.known.set(organizationId, entry);
    }
    return entry;
  }

  async projects(organizationId: string, query: { projectIds: string[]; versionIds: string[] }): Promise<ProjectLookup> {
    this.lookups.projects += 1;
    const known = this.of(organizationId);
    return {
      projectIds: query.projectIds.filter((id) => known.projects.has(id)),
      versions: query.versionIds.filter((id) => known.versions.has(id)).map((id) => ({ id, projectId: known.versions.get(id)! })),
    };
  }

  async members(organizationId: string, query: { teamIds: string[]; userIds: string[] }): Promise<MemberLookup> {
    this.lookups.members += 1;
    const known = this.of(organizationId);
    return { teamIds: query.teamIds.filter((id) => known.teams.has(id)), userIds: query.userIds.filter((id) => known.users.has(id)) };
  }
}

/** A GraphQL answer as the subgraph gives it. */
export interface Answer<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** The metrics subgraph alone on a fresh database, reached with internal tokens for any caller. */
export interface MetricsHarness {
  url: string;
  bus: InProcessEventBus;
  database: TestDatabase;
  logLines: string[];
  /** A new organization id with a user holding the given built-in role in it. */
  member(role: BuiltInRoleName, organizationId?: string): Caller & { kind: 'user' };
  /** An API key of an organization, acting with the given role there. */
  apiKey(organizationId: string, role?: BuiltInRoleName): Caller & { kind: 'apiKey' };
  /** Gives an existing user a role in another organization. */
  grant(caller: Caller, organizationId: string, role: BuiltInRoleName): void;
  /** Makes existing ids known in the organization, as projects and organizations would know them. */
  know(organizationId: string, ids: { projects?: string[]; versions?: [versionId: string, projectId: string][]; teams?: string[]; users?: string[] }): void;
  /** A new project id of the organization, as projects would know it. */
  project(organizationId: string): string;
  /** A new version id of a project of the organization. */
  version(organizationId: string, projectId: string): string;
  /** A new team id of the organization. */
  team(organizationId: string): string;
  /** A new user id of a member of the organization (without any grants). */
  user(organizationId: string): string;
  /** Lookups metrics made of projects and of organizations so far. */
  lookups: { projects: number; members: number };
  /** Pins the subgraph's clock (budget windows, figures) to an instant; null restores the system clock. */
  setNow(at: Date | null): void;
  request<T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<Answer<T>>;
  stop(): Promise<void>;
}

/** With `usagePolicy` (a stand-in for policy's route), recorded usage is judged through a job queue polled every 50 ms. */
export async function startMetricsHarness(options: { usagePolicy?: UsagePolicy } = {}): Promise<MetricsHarness> {
  const database = await createTestDatabase();
  const { logger, lines } = createCapturingLogger('debug');
  const bus = new InProcessEventBus();
  const grants = new TestGrants();
  const directory = new TestDirectory();
  let pinnedNow: Date | null = null;
  const internalTokens = new InternalTokenCodec(randomBytes(32).toString('base64url'));
  const server: SubgraphServer = await createSubgraphServer({
    definition: await createMetricsSubgraph({
      database: database.target,
      logger,
      bus,
      grants,
      directory,
      clock: () => pinnedNow ?? new Date(),
      usagePolicy: options.usagePolicy,
      jobs: () => createJobQueue({ name: 'metrics', database: database.target, logger, pollIntervalMs: 50 }),
    }),
    internalTokens,
    logger,
    production: false,
  });
  const url = await server.listen(0, '127.0.0.1');
  const principalOf = (caller: Caller): PrincipalKey =>
    caller.kind === 'user' ? `user:${caller.userId}` : caller.kind === 'apiKey' ? `apikey:${caller.apiKeyId}` : (`user:none` as PrincipalKey);

  return {
    url,
    bus,
    database,
    logLines: lines,
    member(role, organizationId = randomUUID()) {
      const caller = { kind: 'user' as const, userId: randomUUID(), sessionId: randomUUID() };
      grants.set(principalOf(caller), organizationId, BUILT_IN_ROLES[role].permissions);
      directory.of(organizationId).users.add(caller.userId);
      return caller;
    },
    apiKey(organizationId, role = 'member') {
      const caller = { kind: 'apiKey' as const, apiKeyId: randomUUID(), organizationId };
      grants.set(principalOf(caller), organizationId, BUILT_IN_ROLES[role].permissions);
      return caller;
    },
    grant(caller, organizationId, role) {
      grants.set(principalOf(caller), organizationId, BUILT_IN_ROLES[role].permissions);
      if (caller.kind === 'user') directory.of(organizationId).users.add(caller.userId);
    },
    know(organizationId, ids) {
      const known = directory.of(organizationId);
      for (const id of ids.projects ?? []) known.projects.add(id);
      for (const [id, projectId] of ids.versions ?? []) known.versions.set(id, projectId);
      for (const id of ids.teams ?? []) known.teams.add(id);
      for (const id of ids.users ?? []) known.users.add(id);
    },
    project(organizationId) {
      const id = randomUUID();
      directory.of(organizationId).projects.add(id);
      return id;
    },
    version(organizationId, projectId) {
      const id = randomUUID();
      directory.of(organizationId).versions.set(id, projectId);
      return id;
    },
    team(organizationId) {
      const id = randomUUID();
      directory.of(organizationId).teams.add(id);
      return id;
    },
    user(organizationId) {
      const id = randomUUID();
      directory.of(organizationId).users.add(id);
      return id;
    },
    lookups: directory.lookups,
    setNow(at) {
      pinnedNow = at;
    },
    async request(query, variables, as) {
      const token = await internalTokens.sign({ caller: as, client: { ip: '127.0.0.1', userAgent: 'metrics-test' } });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async stop() {
      await server.stop();
      await bus.close();
      await database.drop();
    },
  };
}

/** The organization a seeded member belongs to is not kept on the caller; tests keep both. */
export function organizationWith(harness: MetricsHarness, role: BuiltInRoleName) {
  const organizationId = randomUUID();
  return { organizationId, caller: harness.member(role, organizationId) };
}

let sequence = 0;
/** A valid usage record; override what the test is about (invalid values included). */
export function usageRecord(overrides: { [K in keyof LlmUsageInput]?: unknown } = {}): LlmUsageInput {
  sequence += 1;
  return {
    requestId: `req-${Date.now().toString(36)}-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
    occurredAt: new Date().toISOString(),
    provider: 'openai',
    model: 'gpt-4',
    inputTokens: 1000,
    outputTokens: 500,
    latencyMs: 1200,
    status: 'SUCCESS',
    ...overrides,
  } as LlmUsageInput;
}

export const RECORD = /* GraphQL */ `
  mutation Record($organizationId: ID!, $records: [LlmUsageInput!]!) {
    recordLlmUsage(organizationId: $organizationId, records: $records) {
      accepted
      skipped
      skippedRequestIds
      costUsd
      unpricedModels
      batches { id organizationId projectId records requests skipped errors inputTokens outputTokens cacheReadTokens cacheWriteTokens costUsd occurredFrom occurredTo }
      alertsRaised { id budgetId threshold spentUsd limitUsd window { start end } }
    }
  }
`;

/** Collects the payloads published on a topic until `stop`. */
/** One batch as a client reads it. */
export const BATCH = /* GraphQL */ `
  query Batch($id: ID!) {
    llmUsageBatch(id: $id) { id organizationId projectId project { id } requests costUsd recordedAt }
  }
`;

/** How many raw requests `organizationId` has stored. */
export async function rawRequestCount(harness: MetricsHarness, organizationId: string): Promise<number> {
  const [row] = await harness.database.query<{ n: string | number }>('select count(*)::int as n from metrics.llm_requests where organization_id = $1', [organizationId]);
  return Number(row!.n);
}

export async function collect(bus: InProcessEventBus, topic: string): Promise<{ events: Record<string, unknown>[]; stop: () => Promise<void> }> {
  const events: Record<string, unknown>[] = [];
  const stop = await bus.subscribe(topic, (payload) => events.push(JSON.parse(payload) as Record<string, unknown>));
  return { events, stop };
}

/** Lets asynchronous bus deliveries (next tick) arrive. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
