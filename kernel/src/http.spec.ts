import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { PortInUseError, assertPortsFree, createObservableApp, listen, type MetricsAccess } from './http.js';
import { answerErrorsAsJson } from './http-errors.js';
import { createLogger } from './logger.js';

describe('observable app', () => {
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { app, httpServer } = createObservableApp({ service: 'spec', readiness: async () => undefined, logger: createLogger({ level: 'silent' }), metricsAccess: { production: false } });
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

/** An app as a process builds it: a JSON route, then the JSON error answers. */
async function startApp(metricsAccess: MetricsAccess, nodeEnv?: string) {
  const previous = process.env.NODE_ENV;
  // Express renders its error page with a stack trace unless NODE_ENV is production: test the worst mode.
  if (nodeEnv) process.env.NODE_ENV = nodeEnv;
  const { app, httpServer } = createObservableApp({ service: 'spec', readiness: async () => undefined, logger: createLogger({ level: 'silent' }), metricsAccess });
  app.post('/graphql', express.json({ limit: '1kb' }), (_req, res) => void res.json({ data: {} }));
  app.get('/boom', () => {
    throw new Error('/secret/path/to/file.ts exploded');
  });
  answerErrorsAsJson(app, createLogger({ level: 'silent' }));
  if (nodeEnv) process.env.NODE_ENV = previous;
  const base = await listen(httpServer, 0);
  return { base, close: () => new Promise<void>((done) => httpServer.close(() => done())) };
}

describe('errors Express would answer with an HTML page', () => {
  it('answers JSON with a stable code and no internals, in development too', async () => {
    const { base, close } = await startApp({ production: false }, 'development');
    const post = (body: string, type = 'application/json') => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': type }, body });
    const cases: [Promise<Response>, number, string][] = [
      [post('{"query": '), 400, 'BAD_REQUEST'],
      [post('{"query":"{ a }"}', 'application/json; charset=latin1'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [post(JSON.stringify({ query: 'x'.repeat(2000) })), 413, 'PAYLOAD_TOO_LARGE'],
      [fetch(`${base}/boom`), 500, 'INTERNAL_SERVER_ERROR'],
      [fetch(`${base}/no/such/page`), 404, 'NOT_FOUND'],
    ];
    for (const [sent, status, code] of cases) {
      const res = await sent;
      const text = await res.text();
      expect([res.status, res.headers.get('content-type')]).toEqual([status, expect.stringMatching(/^application\/json/)]);
      expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
      expect(text).not.toMatch(/node_modules|\.ts|at .*\(|<html|<pre/i);
    }
    await close();
  });
});

describe('/metrics', () => {
  it('requires METRICS_TOKEN as a bearer token when set, is off in production without one, and open in development', async () => {
    const guarded = await startApp({ token: 'a-metrics-token-of-some-length', production: true });
    expect((await fetch(`${guarded.base}/metrics`)).status).toBe(401);
    expect((await fetch(`${guarded.base}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    const allowed = await fetch(`${guarded.base}/metrics`, { headers: { authorization: 'Bearer a-metrics-token-of-some-length' } });
    expect([allowed.status, await allowed.text()]).toEqual([200, expect.stringContaining('steward_http_requests_total')]);
    await guarded.close();
    const off = await startApp({ production: true });
    expect((await fetch(`${off.base}/metrics`)).status).toBe(404);
    await off.close();
    const open = await startApp({ production: false });
    expect((await fetch(`${open.base}/metrics`)).status).toBe(200);
    await open.close();
  });
});

describe('a port another process holds', () => {
  let holder: Server;
  let taken: number;
  beforeAll(async () => {
    holder = createServer();
    await listen(holder, 0);
    taken = (holder.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => holder.close(() => done())));

  it('makes listen reject with a PortInUseError, not the raw EADDRINUSE', async () => {
    const error = await listen(createServer(), taken).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as PortInUseError).message).toBe(`Port ${taken} is already in use (on 127.0.0.1)`);
  });

  it('is named with the variable that configured it, before anything starts', async () => {
    const ports = [
      { variable: 'PORT', port: 0, host: '127.0.0.1' },
      { variable: 'METRICS_PORT', port: taken, host: '127.0.0.1' },
    ];
    await expect(assertPortsFree(ports)).rejects.toThrow(`Port ${taken} is already in use (METRICS_PORT); set METRICS_PORT to another port`);
  });

  it('leaves a free port free after checking it', async () => {
    const probe = createServer();
    await listen(probe, 0);
    const free = (probe.address() as AddressInfo).port;
    await new Promise<void>((done) => probe.close(() => done()));
    await assertPortsFree([{ variable: 'PORT', port: free, host: '127.0.0.1' }]);
    const server = createServer();
    await expect(listen(server, free)).resolves.toBe(`http://127.0.0.1:${free}`);
    await new Promise<void>((done) => server.close(() => done()));
  });
});
