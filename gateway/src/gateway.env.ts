import { z } from 'zod';
import { grantsCacheEnvShape, portVar } from '@steward/kernel';

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
  /** Serve the in-browser IDE at /graphql; defaults to on, except when NODE_ENV=production. */
  GATEWAY_IDE: z.stringbool().optional(),
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
  };
}
