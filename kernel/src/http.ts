import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { StartupError } from './env.js';
import type { Logger } from './logger.js';

/**
 * A readiness probe: resolves when the process can serve (e.g. the database answers), optionally
 * with details for the answer's body (the gateway lists subgraphs it cannot reach: it still serves
 * what the others own, so it answers 200 with `status: "degraded"`).
 */
export type ReadinessCheck = () => Promise<void | ReadinessDetails>;

/** What a process adds to its `/readyz` answer. */
export interface ReadinessDetails {
  degraded: boolean;
  [detail: string]: unknown;
}

/** Express app plus the observability every Steward process exposes. */
export interface ObservableApp {
  app: Express;
  httpServer: Server;
  metrics: Registry;
}

/**
 * Who may read `/metrics` (it names every route and internal counter): with METRICS_TOKEN, whoever
 * sends it as a bearer token (Prometheus: `authorization: { credentials: … }`); without one,
 * anyone in development and no one in production.
 */
export interface MetricsAccess {
  token?: string;
  production: boolean;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest();

/** Whether `authorization` carries `token` as a bearer token (compared in constant time). */
function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  return match !== null && timingSafeEqual(digestOf(match[1]!), digestOf(token));
}

/**
 * Creates the HTTP app with `/healthz` (process alive), `/readyz` (dependencies answer) and
 * `/metrics` (Prometheus text, guarded by `metricsAccess`), and request metrics for every route.
 */
export function createObservableApp(options: { service: string; readiness: ReadinessCheck; logger: Logger; metricsAccess: MetricsAccess }): ObservableApp {
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
      const details = await options.readiness();
      const { degraded = false, ...rest } = details ?? {};
      res.json({ status: degraded ? 'degraded' : 'ready', ...rest });
    } catch (error) {
      options.logger.warn({ err: error }, 'Readiness check failed (service=%s)', options.service);
      res.status(503).json({ status: 'unavailable' });
    }
  });
  const { token, production } = options.metricsAccess;
  app.get('/metrics', async (req, res) => {
    if (token !== undefined && !bearerMatches(req.header('authorization'), token)) {
      res.status(401).set('www-authenticate', 'Bearer realm="metrics"').json({ errors: [{ message: 'Send METRICS_TOKEN as a bearer token.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (token === undefined && production) {
      res.status(404).json({ errors: [{ message: 'Metrics are served only with METRICS_TOKEN set.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
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

/**
 * Mounts a sub-app at `path` for GraphQL answers, without ETags: nobody revalidates a GraphQL
 * answer (the gateway re-reads subgraphs' answers, and its own are no-store), yet Express would
 * hash every body (SHA-1) to make one. The parent's other routes keep theirs. A mounted app starts
 * from Express's defaults, not its parent's settings, so `x-powered-by` is turned off here too.
 */
export function mountGraphqlApp(parent: Express, path: string): Express {
  const graphql = express();
  graphql.set('etag', false);
  graphql.disable('x-powered-by');
  parent.use(path, graphql);
  return graphql;
}

/**
 * A port another process already holds. Said in one line that names the variable to change, when
 * the caller knows it (`forVariable`), since a stack trace through Node's net module tells nothing more.
 */
export class PortInUseError extends StartupError {
  constructor(readonly port: number, readonly host: string, readonly variable?: string) {
    super(variable ? `Port ${port} is already in use (${variable}); set ${variable} to another port` : `Port ${port} is already in use (on ${host})`);
    this.name = 'PortInUseError';
  }

  /** The same error, naming the variable the port came from. */
  forVariable(variable: string): PortInUseError {
    return new PortInUseError(this.port, this.host, variable);
  }
}

/** Starts listening and returns the bound base URL (port 0 picks a free port); a taken port rejects with a PortInUseError. */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolveListen, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, host) : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost}:${address.port}`;
}

/** A port a process is configured to listen on, and the variable that configures it. */
export interface ConfiguredPort {
  variable: string;
  port: number;
  host: string;
}

/**
 * Rejects with a PortInUseError naming the variable of the first configured port another process
 * holds (port 0 is always free). A process calls it before its slow start (migrations, builds), so
 * a taken port is reported at once rather than after everything else is up; `listen` still reports
 * a port taken in between.
 */
export async function assertPortsFree(ports: readonly ConfiguredPort[]): Promise<void> {
  for (const { variable, port, host } of ports) {
    if (port === 0) continue;
    const probe = createServer();
    try {
      await listen(probe, port, host);
    } catch (error) {
      throw error instanceof PortInUseError ? error.forVariable(variable) : error;
    } finally {
      if (probe.listening) await new Promise<void>((closed) => probe.close(() => closed()));
    }
  }
}
