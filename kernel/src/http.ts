import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './logger.js';

/** A readiness probe: resolves when the process can serve (e.g. the database answers). */
export type ReadinessCheck = () => Promise<void>;

/** Express app plus the observability every Steward process exposes. */
export interface ObservableApp {
  app: Express;
  httpServer: Server;
  metrics: Registry;
}

/**
 * Creates the HTTP app with `/healthz` (process alive), `/readyz` (dependencies answer) and
 * `/metrics` (Prometheus text), and request metrics for every route.
 */
export function createObservableApp(options: { service: string; readiness: ReadinessCheck; logger: Logger }): ObservableApp {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const metrics = new Registry();
  metrics.setDefaultLabels({ service: options.service });
  collectDefaultMetrics({ register: metrics });
  const requests = new Counter({
    name: 'steward_http_requests_total',
    help: 'HTTP requests answered, by route and status class.',
    labelNames: ['route', 'status'],
    registers: [metrics],
  });
  const duration = new Histogram({
    name: 'steward_http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by route.',
    labelNames: ['route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [metrics],
  });
  app.use((req, res, next) => {
    // Read the path now: a mounted handler (`app.use('/graphql', …)`) rewrites it to `/` before the response finishes.
    const path = req.path;
    const startedAt = process.hrtime.bigint();
    res.on('finish', () => {
      const route = routeLabel(path, (req.route as { path?: unknown } | undefined)?.path, res.statusCode);
      duration.observe({ route }, Number(process.hrtime.bigint() - startedAt) / 1e9);
      requests.inc({ route, status: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.readiness();
      res.json({ status: 'ready' });
    } catch (error) {
      options.logger.warn({ err: error }, 'Readiness check failed (service=%s)', options.service);
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  return { app, httpServer, metrics };
}

/**
 * The `route` label of a request: the matched route's pattern (`/internal/users/:id/email`, not one
 * label per user), `/graphql` for the mounted GraphQL handler, and one label for paths nothing
 * serves, so a client requesting random URLs cannot grow the metrics without bound.
 */
function routeLabel(path: string, pattern: unknown, status: number): string {
  if (typeof pattern === 'string') return pattern;
  if (path === '/graphql' || path.startsWith('/graphql/')) return '/graphql';
  return status === 404 ? 'unmatched' : path;
}

/** Starts listening and returns the bound base URL (port 0 picks a free port). */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost}:${address.port}`;
}
