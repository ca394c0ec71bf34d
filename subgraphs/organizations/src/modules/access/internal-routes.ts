import type { EntityManager } from '@mikro-orm/postgresql';
import { apiKeyVerifyRoute, grantsRoute, serve, type Clock, type PrincipalKey, type ServedRoute } from '@steward/kernel';
import { ApiKeyVerifier } from '../api-keys/api-key-verifier.js';
import { LocalGrantsSource } from './local-grants-source.js';

/**
 * The server side of the authorization contract with the other processes (declared in the kernel):
 * grants per principal for other subgraphs' `HttpGrantsSource` (an unknown principal has none), and
 * API-key verification for the gateway on every request with a key (404 for a key that is unknown,
 * revoked or expired).
 */
export function accessRoutes(fork: () => EntityManager, clock: Clock): ServedRoute[] {
  return [
    serve(grantsRoute, async ({ principal }) => ({ grants: await new LocalGrantsSource(fork(), clock).grantsFor(principal as PrincipalKey) })),
    serve(apiKeyVerifyRoute, async ({ secret }) => (typeof secret === 'string' ? await new ApiKeyVerifier(fork(), clock).verify(secret) : null)),
  ];
}
