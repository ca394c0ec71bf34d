import { z } from 'zod';
import { CachedGrantsSource, HttpGrantsSource, type GrantsSource } from './access.js';
import { systemClock, type Clock } from './clock.js';
import { openDatabase, type DatabaseTarget, type QueryCounter } from './database.js';
import { urlVariableOf, type SubgraphDescriptor, type SubgraphTools } from './descriptor.js';
import { EnvError, commonEnvShape, configureOrExit, exitOnStartupError, parseEnv, requireInProduction } from './env.js';
import { registerErrorCodes } from './errors.js';
import { createEventBus, type EventBus } from './event-bus.js';
import { PortInUseError } from './http.js';
import { InternalTokenCodec } from './internal-token.js';
import { jobsEnvShape } from './jobs/create-job-queue.js';
import { ProcessJobQueue } from './jobs/process-job-queue.js';
import { RouteClient, type SubgraphLocator } from './internal-route.js';
import { createLogger, logFormatFor, type Logger } from './logger.js';
import { stopOnSignals } from './shutdown.js';
import { createSubgraphServer, type BaseRequestContext, type SubgraphDefinition, type SubgraphServer } from './subgraph-server.js';

/** What the subgraphs of one process share: configuration, database, bus, tokens, clock and how to find each other. */
export interface SubgraphHost {
  env: Record<string, unknown>;
  database: DatabaseTarget;
  bus: EventBus;
  internalTokens: InternalTokenCodec;
  logger: Logger;
  production: boolean;
  clock?: Clock;
  /** Where another subgraph's GraphQL endpoint is (its internal routes share the origin). */
  locate: SubgraphLocator;
  /** The job queue the subgraphs of the process share; the process closes it after they stopped. */
  jobs: ProcessJobQueue;
}

/** A subgraph built from its descriptor and listening. */
export interface RunningSubgraph {
  name: string;
  url: string;
  server: SubgraphServer;
  /** Its SQL statement counter, when the subgraph exposes one. */
  queries?: QueryCounter;
  /** Drains the server, then closes what the build registered (grants listeners, pools). */
  stop(): Promise<void>;
}

/** The variables every subgraph process reads itself. */
type AloneEnv = z.infer<z.ZodObject<typeof commonEnvShape & typeof jobsEnvShape>> & { HOST: string };

/** How long a caller's grants stay cached when the process does not say (GRANTS_CACHE_TTL_MS). */
const DEFAULT_GRANTS_TTL_MS = 30_000;

/**
 * Builds a subgraph from its descriptor inside a host process and starts listening: the one way
 * every process (a subgraph's own container, `npm start`, the test harness) brings a subgraph up.
 */
export async function startSubgraph(descriptor: SubgraphDescriptor, host: SubgraphHost, port: number, hostname: string): Promise<RunningSubgraph> {
  const built = await buildSubgraph(descriptor, host);
  const server = await createSubgraphServer({
    definition: built.definition,
    internalTokens: host.internalTokens,
    logger: built.logger,
    production: host.production,
    metricsToken: typeof host.env.METRICS_TOKEN === 'string' ? host.env.METRICS_TOKEN : undefined,
  });
  const url = await server.listen(port, hostname).catch(async (error: unknown) => {
    // Nothing serves yet, but the build opened queues and listeners: close them before reporting.
    await server.stop();
    await built.closeTools();
    throw error instanceof PortInUseError ? error.forVariable(descriptor.port.variable) : error;
  });
  return {
    name: descriptor.name,
    url,
    server,
    queries: built.definition.queries,
    async stop() {
      await server.stop();
      await built.closeTools();
    },
  };
}

/** A subgraph built from its descriptor (migrated, its modules wired, its job queue working), not yet serving. */
interface BuiltSubgraph {
  definition: SubgraphDefinition<BaseRequestContext & object>;
  logger: Logger;
  /** Closes what the build registered through its tools (grants listeners), after the definition. */
  closeTools(): Promise<void>;
}

async function buildSubgraph(descriptor: SubgraphDescriptor, host: SubgraphHost, role: 'server' | 'worker' = 'server'): Promise<BuiltSubgraph> {
  registerErrorCodes(descriptor.errorCodes ?? []);
  const logger = host.logger.child({ subgraph: descriptor.name });
  const closers: (() => Promise<void>)[] = [];
  const routes = new RouteClient(host.internalTokens, descriptor.name, host.locate);
  let grants: Promise<GrantsSource> | null = null;
  const tools: SubgraphTools<Record<string, unknown>> = {
    env: host.env as SubgraphTools<Record<string, unknown>>['env'],
    logger,
    database: host.database,
    production: host.production,
    bus: host.bus,
    internalTokens: host.internalTokens,
    routes,
    clock: host.clock ?? systemClock,
    grants: () =>
      (grants ??= (async () => {
        const ttl = typeof host.env.GRANTS_CACHE_TTL_MS === 'number' ? host.env.GRANTS_CACHE_TTL_MS : DEFAULT_GRANTS_TTL_MS;
        const cached = new CachedGrantsSource(new HttpGrantsSource(routes), ttl);
        await cached.listen(host.bus, logger);
        closers.push(() => cached.stop());
        return cached;
      })()),
    jobs: () => host.jobs.for(descriptor.name),
    onStop: (close) => void closers.push(close),
    role,
  };
  const definition = await descriptor.build(tools as never);
  return {
    definition,
    logger,
    async closeTools() {
      for (const close of closers.reverse()) await close();
    },
  };
}

/** A process of one subgraph on its own: its configuration, database, bus and tokens, and how it finds the others. */
function aloneHost(descriptor: SubgraphDescriptor, role: 'server' | 'worker'): Promise<{ host: SubgraphHost; env: AloneEnv & Record<string, unknown> }> {
  const env = configureOrExit(() => {
    const parsed = parseEnv(z.object({ ...commonEnvShape, ...jobsEnvShape, ...descriptor.envShape, HOST: z.string().default('0.0.0.0') })) as AloneEnv & Record<string, unknown>;
    const urls = (descriptor.calls ?? []).map(urlVariableOf);
    requireInProduction(parsed, ['STEWARD_INTERNAL_SECRET', 'DATABASE_URL', ...(descriptor.requiredInProduction ?? []), ...urls]);
    const problems: string[] = [];
    if (!parsed.STEWARD_INTERNAL_SECRET) problems.push(`STEWARD_INTERNAL_SECRET: required to run a subgraph ${role === 'worker' ? 'worker' : 'on its own'}`);
    // A PGlite data directory belongs to the one process that opened it: workers share a PostgreSQL server.
    if (role === 'worker' && !parsed.DATABASE_URL) problems.push('DATABASE_URL: a separate worker process needs a PostgreSQL server (under `npm start` the subgraphs work their jobs themselves)');
    if (problems.length) throw new EnvError(problems);
    return parsed;
  });
  const logger = createLogger({ level: env.LOG_LEVEL, name: role === 'worker' ? `${descriptor.name}-worker` : descriptor.name, format: logFormatFor(env.NODE_ENV, process.stdout) });
  return openDatabase(env).then((database) => ({
    env,
    host: {
      env,
      database,
      bus: createEventBus(database, logger.child({ component: 'event-bus' })),
      jobs: new ProcessJobQueue({
        database,
        logger,
        pollIntervalMs: env.JOBS_POLL_INTERVAL_MS,
        maintenanceIntervalSeconds: env.JOBS_MAINTENANCE_INTERVAL_SECONDS,
        poolSize: env.JOBS_POOL_SIZE,
      }),
      internalTokens: new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET!),
      logger,
      production: env.NODE_ENV === 'production',
      locate: (name) => {
        const value = env[urlVariableOf(name)];
        return typeof value === 'string' ? value : undefined;
      },
    },
  }));
}

/**
 * The composition root of a subgraph deployed in its own container (each `main.ts` is one call):
 * parses and checks the environment (every bad variable at once), opens the database, finds the
 * subgraphs it calls at `<NAME>_URL`, serves behind the internal-token guard, drains on SIGINT/SIGTERM.
 */
export async function runSubgraphAlone(descriptor: SubgraphDescriptor): Promise<void> {
  const { host, env } = await aloneHost(descriptor, 'server');
  const port = env[descriptor.port.variable];
  // A subgraph may check configuration of its own while building (a production-only key): same clean exit.
  const running = await startSubgraph(descriptor, host, typeof port === 'number' ? port : descriptor.port.default, env.HOST).catch(exitOnStartupError);
  host.logger.info('%s subgraph listening (url=%s)', descriptor.name, running.url);
  stopOnSignals(host.logger, async () => {
    await running.stop();
    await closeHost(host);
  });
}

/**
 * The composition root of a subgraph's worker process (`npm run worker -w @steward/<name>`): the
 * same build as the server (its job handlers are defined by its modules), working the subgraph's
 * queues on PostgreSQL without serving HTTP. Run as many replicas as the work needs: they share
 * the queues through the database, and the server processes work them too.
 */
export async function runSubgraphWorker(descriptor: SubgraphDescriptor): Promise<void> {
  const { host } = await aloneHost(descriptor, 'worker');
  const built = await buildSubgraph(descriptor, host, 'worker').catch(exitOnStartupError);
  host.logger.info('%s worker working its job queues (pid=%d)', descriptor.name, process.pid);
  stopOnSignals(host.logger, async () => {
    await built.definition.close?.();
    await built.closeTools();
    await closeHost(host);
  });
}

async function closeHost(host: SubgraphHost): Promise<void> {
  await host.jobs.close();
  await host.bus.close();
  if (host.database.kind === 'pglite') await host.database.pglite.close();
}
