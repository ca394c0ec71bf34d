import express, { type Express, type RequestHandler, type Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { serviceCallersOnly, type Clock, type Logger, type PrincipalKey } from '@steward/kernel';
import { ApiKeyVerifier } from '../api-keys/api-key-verifier.js';
import { LocalGrantsSource } from './local-grants-source.js';

const PRINCIPAL = /^(user|apikey):[^:\s]{1,100}$/;

function failed(res: Response, logger: Logger, route: string, error: unknown): void {
  logger.error({ err: error }, 'Internal route failed (route=%s)', route);
  if (!res.headersSent) res.status(500).json({ error: 'Internal error.' });
}

/**
 * The server side of the authorization contract with the other processes:
 * - `GET /internal/grants?principal=user:<id>|apikey:<id>` → `{ grants: [{ organizationId, permissions }] }`
 *   (other subgraphs' `HttpGrantsSource`; an unknown principal has no grants);
 * - `POST /internal/api-keys/verify` `{ secret }` → `{ apiKeyId, organizationId }`, or 404 `{}` for a key
 *   that is unknown, revoked or expired (the gateway, on every request with an API key).
 */
export function mountInternalRoutes(app: Express, requireInternal: RequestHandler, fork: () => EntityManager, logger: Logger, clock: Clock): void {
  app.get('/internal/grants', requireInternal, serviceCallersOnly, async (req, res) => {
    const principal = req.query.principal;
    if (typeof principal !== 'string' || !PRINCIPAL.test(principal)) {
      res.status(400).json({ error: 'principal must be user:<id> or apikey:<id>.' });
      return;
    }
    try {
      const grants = await new LocalGrantsSource(fork(), clock).grantsFor(principal as PrincipalKey);
      res.set('cache-control', 'no-store').json({ grants });
    } catch (error) {
      failed(res, logger, '/internal/grants', error);
    }
  });

  app.post('/internal/api-keys/verify', requireInternal, serviceCallersOnly, express.json({ limit: '4kb' }), async (req, res) => {
    const secret = (req.body as { secret?: unknown } | undefined)?.secret;
    try {
      const key = typeof secret === 'string' ? await new ApiKeyVerifier(fork(), clock).verify(secret) : null;
      res.set('cache-control', 'no-store');
      if (!key) {
        res.status(404).json({});
        return;
      }
      res.json(key);
    } catch (error) {
      failed(res, logger, '/internal/api-keys/verify', error);
    }
  });
}
