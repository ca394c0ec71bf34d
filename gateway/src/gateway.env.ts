import { z } from 'zod';
import { grantsCacheEnvShape, portVar } from '@steward/kernel';
import { fileURLToPath } from 'node:url';
import { ORIGIN_ENTRY } from './cors.js';

/** The manifest codegen writes for schema/operations (`npm run codegen`). */
export const DEFAULT_MANIFEST_PATH = fileURLToPath(new URL('../../client/src/__generated__/persisted-documents.json', import.meta.url));

/** Variables the gateway reads (in addition to the common ones). */
export const gatewayEnvShape = {
  PORT: portVar(4000),
  HOST: z.string().default('0.0.0.0'),
  /** JWKS of identity; defaults to `/.well-known/jwks.json` on the identity subgraph's origin. */
  JWKS_URL: z.string().url().optional(),
  SUPERGRAPH_PATH: z.string().optional(),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(100).default(15),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5000),
  REQUEST_BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb').default('1mb'),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** Requests a minute per caller (user, API key, or IP when anonymous); 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /** Requests a caller may send at once before the per-minute rate applies. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(100),
  /**
   * Failed authentications (bad, expired or malformed credentials) a client address may make a
   * minute, over HTTP and WebSocket together; past it every authenticated request from the address
   * is answered 429 without a lookup until the allowance refills. 0 turns the limit off.
   */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
  /**
   * The most an operation may cost (operation-cost.ts: each field 1, an entity-valued field
   * QUERY_COST_ENTITY_WEIGHT more, everything under a list once per item — `first`, or 20 for a
   * connection and QUERY_COST_LIST_SIZE for another list); more is COST_LIMIT_EXCEEDED. 0 turns it off.
   */
  MAX_QUERY_COST: z.coerce.number().int().min(0).max(1_000_000_000).default(250_000),
  /** Cost units one caller (user, API key, or address when anonymous) may spend a minute; 0 turns it off. */
  QUERY_COST_BUDGET_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000_000).default(2_500_000),
  /** Items assumed for a list field that takes no `first` (roles, gate conditions…). */
  QUERY_COST_LIST_SIZE: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Extra cost of a field whose value is an entity (resolving it may take another subgraph's fetch). */
  QUERY_COST_ENTITY_WEIGHT: z.coerce.number().int().min(0).max(1000).default(2),
  /**
   * `off`: any operation. `allow`: clients may also send a persisted operation's id (`documentId`, or
   * `extensions.persistedQuery.sha256Hash`). `only`: nothing but the operations of the manifest runs
   * (PERSISTED_QUERY_REQUIRED otherwise), over HTTP and WebSocket.
   */
  PERSISTED_OPERATIONS: z.enum(['off', 'allow', 'only']).default('off'),
  /** The manifest of persisted operations: codegen's `persisted-documents.json` (sha256 → document). */
  PERSISTED_OPERATIONS_MANIFEST: z.string().optional(),
  /** WebSockets one caller (user, API key, or address when anonymous) may hold open at once; more are closed with 4429. */
  WS_MAX_SOCKETS_PER_CALLER: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Subscriptions open at once on one socket; more are refused RATE_LIMITED. */
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Subscriptions one caller may hold open at once over all its sockets; more are refused RATE_LIMITED. */
  WS_MAX_SUBSCRIPTIONS_PER_CALLER: z.coerce.number().int().min(1).max(1_000_000).default(200),
  /** A subgraph request taking longer is abandoned: its fields answer SUBGRAPH_UNAVAILABLE. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Consecutive failures (timeouts, refused connections, 502–504) that open a subgraph's circuit; 0 never opens it. */
  SUBGRAPH_CIRCUIT_FAILURES: z.coerce.number().int().min(0).max(1000).default(5),
  /** How long an open circuit answers SUBGRAPH_UNAVAILABLE at once before one request tries the subgraph again. */
  SUBGRAPH_CIRCUIT_OPEN_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Send a plan step's entity fetches to one subgraph as one request (see subgraph-batch.ts); on by default. */
  SUBGRAPH_BATCHING: z.stringbool().default(true),
  /** Serve the in-browser IDE at /graphql; defaults to on, except when NODE_ENV=production. */
  GATEWAY_IDE: z.stringbool().optional(),
  /**
   * The console at /console: `eager` builds it at start when its build is missing or stale (the
   * default), `lazy` on the first request (the default under NODE_ENV=test), `off` serves none.
   */
  GATEWAY_CONSOLE: z.enum(['eager', 'lazy', 'off']).optional(),
  /**
   * How many reverse proxies in front of the gateway append to X-Forwarded-For: the client address
   * is the entry that many places from the right (0 or `false`: the socket's address; `true`: 1).
   * Entries further left are whatever the client sent, so trusting more hops than there are proxies
   * lets a client pick its own address and escape per-address limits.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .transform((text, ctx) => {
      if (/^\d+$/.test(text) && Number(text) <= 10) return Number(text);
      if (['true', 'yes', 'on'].includes(text)) return 1;
      if (['false', 'no', 'off', ''].includes(text)) return 0;
      ctx.addIssue({ code: 'custom', message: 'must be a number of proxy hops from 0 to 10, or true (1 hop) / false (0)' });
      return z.NEVER;
    })
    .default(0),
  /**
   * Browser origins allowed to call the gateway and open sockets to it, comma-separated
   * (`https://console.example.com`, `http://localhost:*` for any port, `*` for all). Unset: none in
   * production, this machine's origins (`http://localhost:*`, `http://127.0.0.1:*`, `http://[::1]:*`)
   * otherwise; an empty value allows none. The gateway's own origin is always allowed.
   */
  CORS_ORIGINS: z
    .string()
    .refine((text) => text.split(/[\s,]+/).filter(Boolean).every((entry) => ORIGIN_ENTRY.test(entry.replace(/\/+$/, ''))), {
      message: 'must list origins like https://app.example.com or http://localhost:* (any port), or *',
    })
    .optional(),
  ...grantsCacheEnvShape,
};
const gatewayEnv = z.object(gatewayEnvShape);
export type GatewayEnv = z.infer<typeof gatewayEnv>;

/** Edge limits from the environment. */
export function gatewayLimits(env: GatewayEnv) {
  return {
    maxDepth: env.MAX_QUERY_DEPTH,
    maxAliases: env.MAX_QUERY_ALIASES,
    maxTokens: env.MAX_QUERY_TOKENS,
    bodyLimit: env.REQUEST_BODY_LIMIT,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
    rateBurst: env.RATE_LIMIT_BURST,
    authFailuresPerMinute: env.AUTH_FAILURES_PER_MINUTE,
    cost: {
      maxCost: env.MAX_QUERY_COST,
      budgetPerMinute: env.QUERY_COST_BUDGET_PER_MINUTE,
      listSize: env.QUERY_COST_LIST_SIZE,
      entityWeight: env.QUERY_COST_ENTITY_WEIGHT,
    },
    sockets: {
      socketsPerCaller: env.WS_MAX_SOCKETS_PER_CALLER,
      subscriptionsPerSocket: env.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      subscriptionsPerCaller: env.WS_MAX_SUBSCRIPTIONS_PER_CALLER,
    },
  };
}

/** Subgraph timeout, circuit breaker and batching settings from the environment. */
export function gatewayAvailability(env: GatewayEnv) {
  return { timeoutMs: env.SUBGRAPH_TIMEOUT_MS, failuresToOpen: env.SUBGRAPH_CIRCUIT_FAILURES, openMs: env.SUBGRAPH_CIRCUIT_OPEN_MS, batching: env.SUBGRAPH_BATCHING };
}

/** PERSISTED_OPERATIONS and its manifest from the environment. */
export function gatewayPersistedOperations(env: GatewayEnv) {
  return { mode: env.PERSISTED_OPERATIONS, manifestPath: env.PERSISTED_OPERATIONS_MANIFEST ?? DEFAULT_MANIFEST_PATH };
}
