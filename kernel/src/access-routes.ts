import { z } from 'zod';
import { defineRoute } from './internal-route.js';

/**
 * The authorization contract every process shares with organizations, declared in the kernel
 * because the kernel's grants source and the gateway's API-key check call it; organizations serves it.
 */
export const ORGANIZATIONS = 'organizations';

/** `GET /internal/grants?principal=user:<id>|apikey:<id>`: what a principal may do, per organization (none for an unknown one). */
export const grantsRoute = defineRoute({
  owner: ORGANIZATIONS,
  method: 'GET',
  path: '/internal/grants',
  input: z.object({ principal: z.string().regex(/^(user|apikey):[^:\s]{1,100}$/, 'must be user:<id> or apikey:<id>') }),
  output: z.object({
    grants: z.array(z.object({ organizationId: z.string(), permissions: z.array(z.string()) })),
  }),
});

/** `POST /internal/api-keys/verify` `{ secret }`: the key's id and organization, or 404 for a key that is unknown, revoked or expired. */
export const apiKeyVerifyRoute = defineRoute({
  owner: ORGANIZATIONS,
  method: 'POST',
  path: '/internal/api-keys/verify',
  // Anything may arrive as a secret; what is not a live key's secret is simply not found.
  input: z.object({ secret: z.unknown() }),
  output: z.object({ apiKeyId: z.string(), organizationId: z.string() }),
  bodyLimit: '4kb',
});

