import type { z } from 'zod';
import type { GrantsSource } from './access.js';
import type { Clock } from './clock.js';
import type { DatabaseTarget } from './database.js';
import type { commonEnvShape } from './env.js';
import type { EventBus } from './event-bus.js';
import type { InternalTokenCodec } from './internal-token.js';
import type { InternalRoute, RouteClient } from './internal-route.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { Logger } from './logger.js';
import type { BaseRequestContext, SubgraphDefinition } from './subgraph-server.js';
import type { SubscriptionRoute } from './subscriptions.js';

type CommonEnv = z.infer<z.ZodObject<typeof commonEnvShape>>;

/** What a subgraph's build function gets: configuration, the database and the shared plumbing of its process. */
export interface SubgraphTools<Env> {
  env: Env & CommonEnv;
  logger: Logger;
  database: DatabaseTarget;
  production: boolean;
  /** The event bus of the process (PostgreSQL LISTEN/NOTIFY on a server, in-process when embedded). */
  bus: EventBus;
  internalTokens: InternalTokenCodec;
  /** Calls other subgraphs' internal routes as this subgraph (their URLs are found when called). */
  routes: RouteClient;
  /** Grants from organizations over its internal route, cached and dropped when the bus says they changed. */
  grants(): Promise<GrantsSource>;
  /**
   * Its durable job queue: its own queues (names without a prefix) on the queue its process shares
   * with the other subgraphs it runs (one `steward_jobs` schema). `define` the queues, then `start`;
   * the definition's `close` stops them.
   */
  jobs(): Promise<JobQueue>;
  clock: Clock;
  /** Registers something to close after the server has drained (closed in reverse order). */
  onStop(close: () => Promise<void>): void;
  /** `server` when the build will serve HTTP, `worker` when it only works job queues (`npm run worker`). */
  role: 'server' | 'worker';
}

/**
 * Everything the rest of Steward knows about one subgraph. Its own `main.ts`, the one-process
 * `npm start`, the gateway, the test harness, the compose and codegen scripts and the deployment
 * files all read it through `schema/supergraph.yaml`; nothing outside the subgraph's folder names it.
 */
// The default is `any` because `build` takes the subgraph's own env type: a list of descriptors
// (each with its own shape) must accept every one of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface SubgraphDescriptor<Shape extends z.ZodRawShape = any> {
  /** As in `schema/supergraph.yaml`, logs, grant requests and its PostgreSQL schema. */
  name: string;
  /** The folder whose `*.graphql` files are its SDL (the kernel's shared SDL is added to it). */
  sdlDir: string;
  /** Its variables (the common ones are added); README's Configuration table lists each. */
  envShape: Shape;
  /** The variable that holds its port, and the port a deployment gives it. */
  port: { variable: keyof Shape & string; default: number };
  /** Variables a production deployment must set besides STEWARD_INTERNAL_SECRET and DATABASE_URL. */
  requiredInProduction?: readonly (keyof Shape & string)[];
  /** Internal routes it serves (the handlers come with the built definition). */
  serves?: readonly InternalRoute[];
  /** Subgraphs whose internal routes it calls; run alone, it finds each at `<NAME>_URL`. */
  calls?: readonly string[];
  /** Subscription root fields it declares, fed by bus topics it publishes. */
  subscriptions?: Readonly<Record<string, SubscriptionRoute>>;
  /** Domain error codes it throws besides the kernel's, so every error mask lets them through. */
  errorCodes?: readonly string[];
  /**
   * Path prefixes of public HTTP routes it serves to the outside (webhooks): the gateway forwards
   * requests under them to this subgraph unchanged, so one public origin serves them all.
   */
  publicPaths?: readonly string[];
  /**
   * How `npm run compose` writes its service into docker-compose.yml: extra environment entries
   * (docker compose expressions such as `${SMTP_URL:-}`), each with an optional comment. Its port,
   * the database, the internal secret, the `<NAME>_URL` of each subgraph it calls and a
   * `${VAR:?…}` guard for each production-only variable are written without being listed here.
   */
  deploy?: { environment?: Readonly<Record<string, { value: string; comment?: string }>> };
  /** Builds the subgraph: migrates its schema and wires its modules. */
  build(tools: SubgraphTools<z.infer<z.ZodObject<Shape>>>): Promise<SubgraphDefinition<BaseRequestContext & object>>;
}

/** Declares a subgraph (typed by its env shape). */
export function defineSubgraph<Shape extends z.ZodRawShape>(descriptor: SubgraphDescriptor<Shape>): SubgraphDescriptor<Shape> {
  return descriptor;
}

/** The variable through which a process finds another subgraph when it runs alone, e.g. `PROJECTS_URL`. */
export function urlVariableOf(subgraph: string): string {
  return `${subgraph.toUpperCase()}_URL`;
}

/** Which subgraph serves each public path prefix (a prefix claimed twice is a mistake, so it throws). */
export function publicPathsOf(descriptors: readonly SubgraphDescriptor[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const descriptor of descriptors) {
    for (const prefix of descriptor.publicPaths ?? []) {
      if (!/^\/[a-z0-9][a-z0-9/_-]*$/.test(prefix)) throw new Error(`${descriptor.name}: public path ${prefix} must look like /name`);
      if (prefix in out) throw new Error(`Public path ${prefix} is claimed by ${out[prefix]} and ${descriptor.name}.`);
      out[prefix] = descriptor.name;
    }
  }
  return out;
}

/** Every subscription root field the subgraphs declare (a field declared twice is a mistake, so it throws). */
export function subscriptionRoutesOf(descriptors: readonly SubgraphDescriptor[]): Record<string, SubscriptionRoute> {
  const out: Record<string, SubscriptionRoute> = {};
  for (const descriptor of descriptors) {
    for (const [field, route] of Object.entries(descriptor.subscriptions ?? {})) {
      if (field in out) throw new Error(`Subscription.${field} is declared by two subgraphs.`);
      out[field] = route;
    }
  }
  return out;
}
