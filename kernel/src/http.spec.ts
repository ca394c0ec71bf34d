import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { createObservableApp, listen } from './http.js';
import { createLogger } from './logger.js';

describe('observable app', () => {
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { app, httpServer } = createObservableApp({ service: 'spec', readiness: async () => undefined, logger: createLogger({ level: 'silent' }) });
    app.get('/internal/users/:id/email', (_req, res) => void res.json({}));
    const graphql = express.Router();
    graphql.use((_req, res) => void res.status(401).json({}));
    app.use('/graphql', graphql);
    base = await listen(httpServer, 0);
    close = () => new Promise((done) => httpServer.close(() => done()));
  });
  afterAll(() => close());

  it('labels requests by route pattern, so ids in paths and unknown paths do not grow the metrics', async () => {
    for (const path of ['/internal/users/1/email', '/internal/users/2/email', '/graphql', '/graphql', '/no/such/page', '/another/missing/page', '/healthz']) {
      await fetch(`${base}${path}`);
    }
    const counted = (await (await fetch(`${base}/metrics`)).text()).split('\n').filter((line) => line.startsWith('steward_http_requests_total{'));
    expect(counted.sort()).toEqual(
      [
        'steward_http_requests_total{route="/internal/users/:id/email",status="2xx",service="spec"} 2',
        'steward_http_requests_total{route="/graphql",status="4xx",service="spec"} 2',
        'steward_http_requests_total{route="unmatched",status="4xx",service="spec"} 2',
        'steward_http_requests_total{route="/healthz",status="2xx",service="spec"} 1',
      ].sort(),
    );
  });
});
