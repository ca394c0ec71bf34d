import { startRecordingServer, type FakeHandler, type FakeReply, type FakeServerControls, type RecordedRequest } from '../../../repos/test/fakes/fake-http.js';
import { routeOf } from '../../../repos/test/fakes/fake-routes.js';
export type { FailureMatch, RecordedRequest } from '../../../repos/test/fakes/fake-http.js';

// A local stand-in for an Open Policy Agent server, speaking the documented REST contract for the
// Policy API (PUT, GET, DELETE /v1/policies/{id}, GET /v1/policies) and the Data API with input
// (POST /v1/data/{path}). It stores modules but cannot run Rego: tests say what a data path evaluates
// to with `answer`. Like OPA, it evaluates nothing a loaded module does not declare.

/** What a data path evaluates to for an input; undefined means the rule is undefined (OPA answers `{}`). */
export type FakeOpaAnswer = (input: unknown, request: RecordedRequest) => unknown;

/** The fake OPA server: the recording server's controls plus its modules and scripted answers. */
export interface FakeOpa extends FakeServerControls {
  /** Modules as uploaded, by id (`steward/…`), raw Rego text. Clear it to act out an OPA restart (OPA keeps API-loaded modules in memory only). */
  modules: Map<string, string>;
  /**
   * Sets what `POST /v1/data/{path}` answers, `path` written with slashes (`steward/cost/deny`).
   * It applies only while a loaded module's package covers the path, as real OPA only evaluates loaded
   * policy: without one the answer is `{}` (undefined), and with one but no answer set the fake fails
   * loudly (500) rather than pretend to have run the Rego.
   */
  answer(path: string, handler: FakeOpaAnswer): void;
  /** Closes the server and every open connection (the same as `stop`). */
  close(): Promise<void>;
}

const OPA_ROUTES = ['GET policies', 'GET policies/*', 'PUT policies/*', 'DELETE policies/*', 'POST data/*'];

/** The message OPA puts on a refused module, parse and compile errors alike. */
const COMPILE_ERROR = 'error(s) occurred while compiling module(s)';

/**
 * Starts a fake OPA on 127.0.0.1, port 0. Its stand-in for a compile error: a module whose first
 * statement (after blank lines and comments) is not a `package` declaration, or whose text contains
 * `syntax error`, is refused with OPA's documented 400 body, located at that line and column.
 */
export async function startFakeOpa(): Promise<FakeOpa> {
  const modules = new Map<string, string>();
  const answers = new Map<string, FakeOpaAnswer>();

  const handle: FakeHandler = async (request, segments) => {
    const route = routeOf(request.method, segments, OPA_ROUTES);
    // `*` joins the segments after the route's prefix: OPA reads `steward%2Fv1` and `steward/v1` as the same id.
    const target = route?.params[0] ?? '';
    switch (route?.name) {
      case 'GET policies':
        return { status: 200, body: { result: [...modules].map(([id, raw]) => policyJson(id, raw)) } };
      case 'GET policies/*': {
        const raw = modules.get(target);
        return raw === undefined ? notFound(target) : { status: 200, body: { result: policyJson(target, raw) } };
      }
      case 'PUT policies/*': {
        // OPA reads the body as Rego whatever its Content-Type says; fake-http parsed JSON ones.
        const source = typeof request.body === 'string' ? request.body : request.body === null ? '' : JSON.stringify(request.body);
        const refused = compileProblem(target, source);
        if (refused) return refused;
        modules.set(target, source);
        return { status: 200, body: {} };
      }
      case 'DELETE policies/*':
        if (!modules.delete(target)) return notFound(target);
        return { status: 200, body: {} };
      case 'POST data/*': {
        const body = request.body;
        if (body !== null && (typeof body !== 'object' || Array.isArray(body))) {
          return { status: 400, body: { code: 'invalid_parameter', message: 'body must be an object with an "input" key' } };
        }
        if (!coveredByModule(modules, target)) return { status: 200, body: {} };
        const handler = answers.get(target);
        if (!handler) {
          return { status: 500, body: { code: 'internal_error', message: `fake OPA cannot run Rego: no answer set for data path ${target} (call answer('${target}', …))` } };
        }
        const result = await handler((body as { input?: unknown } | null)?.input, request);
        // OPA leaves `result` out when the document is undefined.
        return { status: 200, body: result === undefined ? {} : { result } };
      }
      default:
        // gorilla/mux's answer to a route OPA does not have.
        return { status: 404, text: '404 page not found\n' };
    }
  };

  const controls = await startRecordingServer('/v1', handle, (status) => ({
    code: status >= 500 ? 'internal_error' : status === 404 ? 'resource_not_found' : 'invalid_parameter',
    message: status >= 500 ? 'fake OPA scripted failure' : 'fake OPA scripted error',
  }));
  return {
    ...controls,
    modules,
    answer: (path, handler) => void answers.set(path.replace(/^\/+|\/+$/g, ''), handler),
    close: controls.stop,
  };
}

/** The fake's compile error, or null when it accepts the module. Read independently of the client's `packageOf`. */
function compileProblem(id: string, source: string): FakeReply | null {
  const lines = source.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  if (first === -1 || !/^\s*package\s+\S/.test(lines[first] ?? '')) {
    const row = first === -1 ? 1 : first + 1;
    const col = first === -1 ? 1 : (lines[first] ?? '').search(/\S/) + 1;
    return refusal(id, first === -1 ? 'empty module' : 'package expected', row, col);
  }
  const at = lines.findIndex((line) => line.includes('syntax error'));
  if (at !== -1) return refusal(id, 'unexpected ident token: syntax error', at + 1, (lines[at] ?? '').indexOf('syntax error') + 1);
  return null;
}

function refusal(id: string, message: string, row: number, col: number): FakeReply {
  return {
    status: 400,
    body: { code: 'invalid_parameter', message: COMPILE_ERROR, errors: [{ code: 'rego_parse_error', message, location: { file: id, row, col } }] },
  };
}

function notFound(id: string): FakeReply {
  return { status: 404, body: { code: 'resource_not_found', message: `storage_not_found_error: policy id "${id}"` } };
}

/** The package path of a module with slashes (`steward/cost`), or null. */
function packagePath(raw: string): string | null {
  const match = /^\s*package\s+([A-Za-z0-9_.]+)/m.exec(raw);
  return match?.[1]?.split('.').join('/') ?? null;
}

/** Whether some loaded module's package is the path, lies above it (a rule of it) or below it (part of the document). */
function coveredByModule(modules: Map<string, string>, path: string): boolean {
  for (const raw of modules.values()) {
    const pkg = packagePath(raw);
    if (pkg !== null && (path === pkg || path.startsWith(`${pkg}/`) || pkg.startsWith(`${path}/`))) return true;
  }
  return false;
}

/** A policy as the Policy API lists it; the fake has no parser, so `ast` holds only the package path. */
function policyJson(id: string, raw: string): Record<string, unknown> {
  const pkg = packagePath(raw);
  return {
    id,
    raw,
    ast: { package: { path: [{ type: 'var', value: 'data' }, ...(pkg ? pkg.split('/') : []).map((value) => ({ type: 'string', value }))] } },
  };
}
