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
import type { LlmUsageInput } from '@steward/client';
import { createMetricsSubgraph } from '../src/index.js';

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
  request<T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<Answer<T>>;
  stop(): Promise<void>;
}

export async function startMetricsHarness(): Promise<MetricsHarness> {
  const database = await createTestDatabase();
  const { logger, lines } = createCapturingLogger('debug');
  const bus = new InProcessEventBus();
  const grants = new TestGrants();
  const internalTokens = new InternalTokenCodec(randomBytes(32).toString('base64url'));
  const server: SubgraphServer = await createSubgraphServer({
    definition: await createMetricsSubgraph({ database: database.target, logger, bus, grants }),
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
      return caller;
    },
    apiKey(organizationId, role = 'member') {
      const caller = { kind: 'apiKey' as const, apiKeyId: randomUUID(), organizationId };
      grants.set(principalOf(caller), organizationId, BUILT_IN_ROLES[role].permissions);
      return caller;
    },
    grant(caller, organizationId, role) {
      grants.set(principalOf(caller), organizationId, BUILT_IN_ROLES[role].permissions);
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
export async function collect(bus: InProcessEventBus, topic: string): Promise<{ events: Record<string, unknown>[]; stop: () => Promise<void> }> {
  const events: Record<string, unknown>[] = [];
  const stop = await bus.subscribe(topic, (payload) => events.push(JSON.parse(payload) as Record<string, unknown>));
  return { events, stop };
}

/** Lets asynchronous bus deliveries (next tick) arrive. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
