import express, { type Express, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import { INTERNAL_TOKEN_HEADER, ReusableInternalToken, type InternalIdentity, type InternalTokenCodec } from './internal-token.js';
import type { Logger } from './logger.js';

/**
 * A service-to-service route, declared once by the subgraph that serves it and imported by the
 * processes that call it: the same declaration mounts the handler (`serveRoutes`) and types the
 * client (`RouteClient`), and both ends validate what crosses the wire with its zod schemas.
 */
export interface InternalRoute<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** The subgraph that serves it (its URL is where the client sends the request). */
  owner: string;
  /** `GET` reads the input from the query string (repeated keys are lists) and path parameters; `POST` from a JSON body. */
  method: 'GET' | 'POST';
  /** Under `/internal/`; `:name` segments are path parameters taken from the input. */
  path: `/internal/${string}`;
  input: I;
  output: O;
  /** Who may call it: Steward services only (the default), never a token minted for a user or an API key. */
  callers?: 'services';
  /** Largest JSON body accepted (POST), e.g. `'128kb'`. */
  bodyLimit?: string;
}

/** Declares an internal route (see {@link InternalRoute}). */
export function defineRoute<I extends z.ZodType, O extends z.ZodType>(route: InternalRoute<I, O>): InternalRoute<I, O> {
  return route;
}

/** A query-string value that may be repeated: always a list. */
export function queryList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** What a handler receives besides its validated input. */
export interface RouteCall {
  /** The verified identity of the calling process. */
  identity: InternalIdentity;
  logger: Logger;
}

/** Serves one route: its validated input in, its output out; `null` answers 404 (nothing by that key). */
export type RouteHandler<R extends InternalRoute> = (input: z.infer<R['input']>, call: RouteCall) => Promise<z.infer<R['output']> | null>;

/** A route with its handler, as a subgraph lists what it serves. */
export interface ServedRoute {
  route: InternalRoute;
  handler: RouteHandler<InternalRoute>;
}

/** Pairs a route with its handler, checked against each other by the compiler. */
export function serve<R extends InternalRoute>(route: R, handler: RouteHandler<R>): ServedRoute {
  return { route, handler: handler as RouteHandler<InternalRoute> };
}

function rawInput(route: InternalRoute, req: Request): unknown {
  const body: unknown = route.method === 'GET' ? { ...req.query } : req.body;
  return typeof body === 'object' && body !== null ? { ...body, ...req.params } : body;
}

/**
 * Mounts routes behind `requireInternal` (a valid internal token). One error path for all of
 * them: a caller that is not a Steward service gets 403, input that fails the schema 400 with the
 * problems, `null` from the handler 404 `{}`, and anything else 500 without details (logged).
 */
export function serveRoutes(app: Express, requireInternal: RequestHandler, routes: readonly ServedRoute[], logger: Logger): void {
  for (const { route, handler } of routes) {
    const servicesOnly: RequestHandler = (_req, res, next) => {
      if (res.locals.identity?.caller?.kind === 'service') next();
      else res.status(403).json({ error: 'Only Steward services may call this route.' });
    };
    const steps: RequestHandler[] = [requireInternal, servicesOnly];
    if (route.method === 'POST') steps.push(express.json({ limit: route.bodyLimit ?? '64kb' }));
    app[route.method === 'GET' ? 'get' : 'post'](route.path, ...steps, async (req, res) => {
      res.set('cache-control', 'no-store');
      const input = route.input.safeParse(rawInput(route, req));
      if (!input.success) {
        res.status(400).json({ error: 'Invalid input.', issues: input.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
        return;
      }
      try {
        const output = await handler(input.data, { identity: res.locals.identity as InternalIdentity, logger });
        if (output === null) {
          res.status(404).json({});
          return;
        }
        res.json(route.output.parse(output));
      } catch (error) {
        logger.error({ err: error }, 'Internal route failed (route=%s)', route.path);
        if (!res.headersSent) res.status(500).json({ error: 'Internal error.' });
      }
    });
  }
}

/** An internal route answered something other than a valid output (status 0: no answer at all). */
export class InternalRouteError extends Error {
  constructor(readonly route: string, readonly status: number, detail: string) {
    super(`Internal route ${route} failed (status=${status}): ${detail}`);
    this.name = 'InternalRouteError';
  }
}

/** Where a subgraph's internal routes are reached: the URL of its GraphQL endpoint (same origin), looked up at call time. */
export type SubgraphLocator = (subgraph: string) => string | undefined;

/**
 * Calls internal routes of other Steward processes as the service `name`, with a reused internal
 * token and a 5 s timeout; validates the input before sending and the output on arrival.
 */
export class RouteClient {
  private readonly token: ReusableInternalToken;

  constructor(internalTokens: InternalTokenCodec, readonly name: string, private readonly locate: SubgraphLocator) {
    this.token = new ReusableInternalToken(internalTokens, { caller: { kind: 'service', name }, client: { ip: null, userAgent: null } });
  }

  /** Whether this process knows where `subgraph` is (a development setup may run without one). */
  locates(subgraph: string): boolean {
    return Boolean(this.locate(subgraph));
  }

  /**
   * A raw internal request to `owner` (a route whose answer is bytes, not JSON: a source archive),
   * with this service's internal token; the caller reads and checks the response. No timeout of its
   * own: pass `signal` to bound it. Throws InternalRouteError when the owner has no URL or no answer.
   */
  async fetchRaw(owner: string, path: `/internal/${string}`, query: Record<string, string>, signal?: AbortSignal): Promise<Response> {
    const base = this.locate(owner);
    if (!base) throw new InternalRouteError(path, 0, `the ${owner} subgraph has no URL`);
    const url = new URL(path, base);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    try {
      return await fetch(url, { headers: { [INTERNAL_TOKEN_HEADER]: await this.token.get() }, signal });
    } catch (error) {
      throw new InternalRouteError(path, 0, error instanceof Error ? error.message : String(error));
    }
  }

  /** The route's output; throws InternalRouteError for any other answer, 404 included. */
  async call<R extends InternalRoute>(route: R, input: z.input<R['input']>): Promise<z.infer<R['output']>> {
    const output = await this.find(route, input);
    if (output === null) throw new InternalRouteError(route.path, 404, 'not found');
    return output;
  }

  /** The route's output, or null when it answers 404 (nothing by that key). */
  async find<R extends InternalRoute>(route: R, input: z.input<R['input']>): Promise<z.infer<R['output']> | null> {
    const base = this.locate(route.owner);
    if (!base) throw new InternalRouteError(route.path, 0, `the ${route.owner} subgraph has no URL`);
    const checked = route.input.safeParse(input);
    if (!checked.success) throw new InternalRouteError(route.path, 0, `invalid input: ${checked.error.issues[0]?.message}`);
    const fields: Record<string, unknown> = { ...(checked.data as Record<string, unknown>) };
    const path = route.path.replace(/:([A-Za-z]+)/g, (_segment, name: string) => {
      const value = encodeURIComponent(String(fields[name]));
      delete fields[name];
      return value;
    });
    const url = new URL(path, base);
    const headers: Record<string, string> = { [INTERNAL_TOKEN_HEADER]: await this.token.get() };
    let body: string | undefined;
    if (route.method === 'GET') {
      for (const [key, value] of Object.entries(fields)) {
        for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined && item !== null) url.searchParams.append(key, String(item));
      }
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(fields);
    }
    let response: Response;
    try {
      response = await fetch(url, { method: route.method, headers, body, signal: AbortSignal.timeout(5000) });
    } catch (error) {
      throw new InternalRouteError(route.path, 0, error instanceof Error ? error.message : String(error));
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new InternalRouteError(route.path, response.status, (await response.text()).slice(0, 200));
    const output = route.output.safeParse(await response.json());
    if (!output.success) throw new InternalRouteError(route.path, response.status, `invalid output: ${output.error.issues[0]?.message}`);
    return output.data as z.infer<R['output']>;
  }
}
