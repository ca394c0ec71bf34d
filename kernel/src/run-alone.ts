import { z } from 'zod';
import { CachedGrantsSource, HttpGrantsSource } from './access.js';
import { openDatabase, type DatabaseTarget } from './database.js';
import { EnvError, commonEnvShape, configureOrExit, exitOnEnvError, parseEnv, requireInProduction } from './env.js';
import { createEventBus, type EventBus } from './event-bus.js';
import { InternalTokenCodec } from './internal-token.js';
import { createLogger, type Logger } from './logger.js';
import { stopOnSignals } from './shutdown.js';
import { createSubgraphServer, type BaseRequestContext, type SubgraphDefinition } from './subgraph-server.js';

type CommonEnv = z.infer<z.ZodObject<typeof commonEnvShape>>;

/** What a subgraph's composition root gets to build its definition when it runs in its own process. */
export interface AloneTools<Env> {
  env: Env & CommonEnv & { HOST: string; STEWARD_INTERNAL_SECRET: string };
  logger: Logger;
  database: DatabaseTarget;
  internalTokens: InternalTokenCodec;
  production: boolean;
  /** The event bus (PostgreSQL LISTEN/NOTIFY on a server), created once and closed at shutdown. */
  bus(): EventBus;
  /** Grants from organizations over HTTP, cached and dropped when the bus says they changed. */
  grants(organizationsUrl: string | undefined, cacheTtlMs: number): Promise<CachedGrantsSource>;
  /** Registers something to close after the server has drained (closed in reverse order). */
  onStop(close: () => Promise<void>): void;
}

export interface RunAloneOptions<Shape extends z.ZodRawShape> {
  /** The subgraph's name, as in logs and grant requests. */
  name: string;
  envShape: Shape;
  /** Variables a production deployment must set (STEWARD_INTERNAL_SECRET and DATABASE_URL always are). */
  requiredInProduction?: (keyof z.infer<z.ZodObject<Shape>> & string)[];
  port(env: z.infer<z.ZodObject<Shape>>): number;
  build(tools: AloneTools<z.infer<z.ZodObject<Shape>>>): Promise<SubgraphDefinition<BaseRequestContext & any>>;
}

/**
 * The composition root of a subgraph deployed in its own container: parses and checks the
 * environment (every bad variable at once), opens the database, serves the definition behind the
 * internal-token guard, and drains on SIGINT/SIGTERM. Each subgraph's `main.ts` is one call.
 */
export async function runSubgraphAlone<Shape extends z.ZodRawShape>(options: RunAloneOptions<Shape>): Promise<void> {
  const env = configureOrExit(() => {
    const parsed = parseEnv(z.object({ ...commonEnvShape, ...options.envShape, HOST: z.string().default('0.0.0.0') })) as AloneTools<
      z.infer<z.ZodObject<Shape>>
    >['env'];
    requireInProduction(parsed, ['STEWARD_INTERNAL_SECRET', 'DATABASE_URL', ...(options.requiredInProduction ?? [])] as never[]);
    if (!parsed.STEWARD_INTERNAL_SECRET) throw new EnvError(['STEWARD_INTERNAL_SECRET: required to run a subgraph on its own']);
    return parsed;
  });
  const logger = createLogger({ level: env.LOG_LEVEL, name: options.name });
  const database = await openDatabase(env);
  const internalTokens = new InternalTokenCodec(env.STEWARD_INTERNAL_SECRET);
  const closers: (() => Promise<void>)[] = [];
  let bus: EventBus | undefined;
  const tools: AloneTools<z.infer<z.ZodObject<Shape>>> = {
    env,
    logger,
    database,
    internalTokens,
    production: env.NODE_ENV === 'production',
    bus() {
      if (!bus) {
        const created = createEventBus(database, logger.child({ component: 'event-bus' }));
        closers.push(() => created.close());
        bus = created;
      }
      return bus;
    },
    async grants(organizationsUrl, cacheTtlMs) {
      if (!organizationsUrl) throw new Error(`ORGANIZATIONS_URL is required to run ${options.name} on its own (grants come from organizations).`);
      const grants = new CachedGrantsSource(new HttpGrantsSource(organizationsUrl, internalTokens, options.name), cacheTtlMs);
      await grants.listen(tools.bus(), logger);
      closers.push(() => grants.stop());
      return grants;
    },
    onStop: (close) => void closers.push(close),
  };
  // A subgraph may check configuration of its own while building (a production-only key): same clean exit.
  const definition = await options.build(tools).catch(exitOnEnvError);
  const server = await createSubgraphServer({ definition, internalTokens, logger, production: tools.production });
  const url = await server.listen(options.port(env), env.HOST);
  logger.info('%s subgraph listening (url=%s)', options.name, url);
  stopOnSignals(logger, async () => {
    await server.stop();
    for (const close of closers.reverse()) await close();
    if (database.kind === 'pglite') await database.pglite.close();
  });
}
