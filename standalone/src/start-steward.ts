import { randomBytes } from 'node:crypto';
import {
  CachedGrantsSource,
  HttpGrantsSource,
  InternalTokenCodec,
  createEventBus,
  createMailTransport,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type Logger,
  type QueryCounter,
  type SubgraphServer,
} from '@steward/kernel';
import { createGateway, gatewayEnvShape, jwksUrlFor, readSupergraph, type GatewayEnv, gatewayLimits } from '@steward/gateway';
import { createIdentitySubgraph, identityEnvShape, type IdentityEnv } from '@steward/identity';
import { HttpReferenceDirectory, createMetricsSubgraph, metricsEnvShape, type MetricsEnv } from '@steward/metrics';
import { HttpEmailLookup, createOrganizationsSubgraph, organizationsEnvShape, type OrganizationsEnv } from '@steward/organizations';
import { HttpLiveMeasurementsSource, createProjectsSubgraph, projectsEnvShape, type ProjectsEnv } from '@steward/projects';
import { commonEnvShape, createSubgraphServer } from '@steward/kernel';

/** Every variable of the one-process stack: the common ones and each part's (parse with `parseEnv(z.object(stewardEnvShape))`). */
export const stewardEnvShape = {
  ...commonEnvShape,
  ...identityEnvShape,
  ...organizationsEnvShape,
  ...projectsEnvShape,
  ...metricsEnvShape,
  ...gatewayEnvShape,
};

/** Configuration of the one-process stack (the union of every part's variables). */
export type StewardEnv = IdentityEnv & OrganizationsEnv & ProjectsEnv & MetricsEnv & GatewayEnv & { NODE_ENV: string; STEWARD_INTERNAL_SECRET?: string };

/** The running stack. */
export interface RunningSteward {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** The secret subgraphs check internal tokens with (tests use it to forge or omit tokens). */
  internalSecret: string;
  /** The event bus every part shares (PostgreSQL NOTIFY on a server, in-process when embedded). */
  bus: EventBus;
  /** SQL statement counters of the subgraphs that expose one (tests prove lists cost a constant number of statements). */
  queryCounters: Record<string, QueryCounter>;
  stop(): Promise<void>;
}

/**
 * Starts every subgraph and the gateway in this process on one database. Subgraphs listen on
 * their configured ports (0 = any free port) on 127.0.0.1 and the gateway routes to them.
 * `clock` times identity's and organizations' rules (tests advance it); the system clock when omitted.
 */
export async function startSteward(options: { env: StewardEnv; database: DatabaseTarget; logger: Logger; clock?: Clock }): Promise<RunningSteward> {
  const { env, database, logger, clock } = options;
  const production = env.NODE_ENV === 'production';
  // In one process nobody else needs the secret, so a random one is as good as a configured one.
  const internalSecret = env.STEWARD_INTERNAL_SECRET ?? randomBytes(32).toString('base64url');
  const internalTokens = new InternalTokenCodec(internalSecret);
  const bus = createEventBus(database, logger.child({ component: 'event-bus' }));

  const subgraphs: SubgraphServer[] = [];
  const subgraphUrls: Record<string, string> = {};
  // Subgraphs start in order, so a later one may call an earlier one (organizations asks identity for emails).
  const start = async (server: SubgraphServer, port: number) => {
    subgraphs.push(server);
    subgraphUrls[server.name] = await server.listen(port, '127.0.0.1');
  };
  await start(
    await createSubgraphServer({
      definition: await createIdentitySubgraph({ env, database, logger: logger.child({ subgraph: 'identity' }), clock }),
      internalTokens,
      logger: logger.child({ subgraph: 'identity' }),
      production,
    }),
    env.IDENTITY_PORT,
  );
  const organizationsLogger = logger.child({ subgraph: 'organizations' });
  const organizations = await createOrganizationsSubgraph({
    env,
    database,
    logger: organizationsLogger,
    bus,
    emails: new HttpEmailLookup(subgraphUrls.identity!, internalTokens),
    mail: createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger: organizationsLogger, production }),
    clock,
  });
  await start(
    await createSubgraphServer({
      definition: organizations,
      internalTokens,
      logger: organizationsLogger,
      production,
    }),
    env.ORGANIZATIONS_PORT,
  );
  // Projects learns grants from organizations over HTTP, like a separately deployed subgraph.
  const projectsLogger = logger.child({ subgraph: 'projects' });
  const projectsGrants = new CachedGrantsSource(new HttpGrantsSource(subgraphUrls.organizations!, internalTokens, 'projects'), env.GRANTS_CACHE_TTL_MS);
  await projectsGrants.listen(bus, projectsLogger);
  // Metrics starts after projects, so its URL is looked up when a promotion asks for live gate values.
  const liveMeasurements = new HttpLiveMeasurementsSource(() => subgraphUrls.metrics, internalTokens);
  const projects = await createProjectsSubgraph({ database, logger: projectsLogger, bus, grants: projectsGrants, liveMeasurements });
  await start(await createSubgraphServer({ definition: projects, internalTokens, logger: projectsLogger, production }), env.PROJECTS_PORT);
  // Metrics learns grants from organizations over HTTP, like a separately deployed subgraph.
  const metricsLogger = logger.child({ subgraph: 'metrics' });
  const metricsGrants = new CachedGrantsSource(new HttpGrantsSource(subgraphUrls.organizations!, internalTokens, 'metrics'), env.GRANTS_CACHE_TTL_MS);
  await metricsGrants.listen(bus, metricsLogger);
  await start(
    await createSubgraphServer({
      definition: await createMetricsSubgraph({
        database,
        logger: metricsLogger,
        bus,
        grants: metricsGrants,
        // Ids in recorded usage and budgets are checked with projects and organizations over HTTP too.
        directory: new HttpReferenceDirectory({ projectsGraphqlUrl: subgraphUrls.projects!, organizationsGraphqlUrl: subgraphUrls.organizations! }, internalTokens),
      }),
      internalTokens,
      logger: metricsLogger,
      production,
    }),
    env.METRICS_PORT,
  );

  const supergraph = readSupergraph(env.SUPERGRAPH_PATH);
  const missing = Object.keys(supergraph.routingUrls).filter((name) => !subgraphUrls[name]);
  if (missing.length) throw new Error(`The supergraph routes to subgraphs this process does not run: ${missing.join(', ')}`);
  // Live subscriptions need organizations for per-subscriber permission checks.
  const gatewayGrants = subgraphUrls.organizations
    ? new CachedGrantsSource(new HttpGrantsSource(subgraphUrls.organizations, internalTokens, 'gateway'), env.GRANTS_CACHE_TTL_MS)
    : null;
  await gatewayGrants?.listen(bus);
  const gateway = await createGateway({
    supergraphSdl: supergraph.sdl,
    subgraphUrls,
    jwksUrl: env.JWKS_URL ?? jwksUrlFor(subgraphUrls.identity!),
    internalTokens,
    logger: logger.child({ component: 'gateway' }),
    production,
    limits: gatewayLimits(env),
    trustProxy: env.TRUST_PROXY,
    ide: env.GATEWAY_IDE ?? env.NODE_ENV !== 'production',
    subscriptions: gatewayGrants ? { bus, grants: gatewayGrants } : undefined,
  });
  const gatewayUrl = await gateway.listen(env.PORT, env.HOST);

  return {
    gatewayUrl,
    subgraphUrls,
    internalSecret,
    bus,
    queryCounters: { organizations: organizations.queries, projects: projects.queries },
    async stop() {
      await gateway.stop();
      await gatewayGrants?.stop();
      for (const server of subgraphs) await server.stop();
      await projectsGrants.stop();
      await metricsGrants.stop();
      await bus.close();
    },
  };
}
