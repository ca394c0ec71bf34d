import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// The recording HTTP server both fake providers run on: every request kept as sent, scriptable failures.
// The helpers they share sit beside it: route matching (fake-routes), unified-diff reading (fake-patch),
// fake SHAs and trees of seeded commits (fake-commits), tarballs (fake-archive).

/** One request a fake server received, as the client sent it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query, exactly as sent (percent-encoding kept, so `group%2Fname` stays visible). */
  path: string;
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** JSON as parsed; form and multipart fields un-flattened (`a[b]=1` becomes `{ a: { b: '1' } }`); other text as a string; no body: null. */
  body: unknown;
}

/** What a route answers. `text` sends a non-JSON body with its own content type, `bytes` a binary one. */
export interface FakeReply {
  status: number;
  body?: unknown;
  text?: string;
  bytes?: Buffer;
  headers?: Record<string, string>;
}

/** Which requests a scripted failure applies to (all when omitted). */
export interface FailureMatch {
  method?: string;
  /** Tested against the recorded (still encoded) path. */
  path?: RegExp;
}

/** The scripting and inspection every fake provider server offers. */
export interface FakeServerControls {
  /** Base URL of the server, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Base URL of the API (the server's URL plus its path prefix, as an Enterprise/self-managed instance has). */
  apiBaseUrl: string;
  /** Every request received, failed ones included, in order. */
  requests: RecordedRequest[];
  /**
   * Answers the next `times` matching requests with `status` (a provider-like error body unless one is
   * given) instead of serving them; with `skip`, the first `skip` matching requests are served first.
   */
  failNext(status: number, times?: number, options?: { body?: unknown; headers?: Record<string, string>; match?: FailureMatch; skip?: number }): void;
  /**
   * Serves the next `times` matching requests (their effects are stored) but closes the connection
   * instead of answering: the provider did the work and the client never learns its result.
   */
  dropAnswerNext(times?: number, match?: FailureMatch): void;
  /** Leaves the next `times` matching requests unanswered until the client gives up or `stop()` runs (to exercise timeouts). */
  hangNext(times?: number, match?: FailureMatch): void;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

interface Script {
  kind: 'fail' | 'hang' | 'drop';
  remaining: number;
  /** Matching requests still to let through before this script applies. */
  skip: number;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  match?: FailureMatch;
}

/** A route handler of a fake: gets the recorded request with the path split after the API prefix. */
export type FakeHandler = (request: RecordedRequest, segments: string[]) => FakeReply | Promise<FakeReply>;

/**
 * Starts an HTTP server on 127.0.0.1, port 0, that records every request, applies scripted failures
 * and hangs, and otherwise lets `handle` answer those under `prefix` (and `outside`, when given, the
 * others: a download host such as GitHub's codeload). The building block of the fakes.
 */
export async function startRecordingServer(prefix: string, handle: FakeHandler, errorBody: (status: number) => unknown, outside?: FakeHandler): Promise<FakeServerControls> {
  const requests: RecordedRequest[] = [];
  const scripts: Script[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { message: `fake server error: ${error instanceof Error ? error.message : String(error)}` } });
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const recorded = await record(req);
    requests.push(recorded);
    const script = scriptFor(scripts, recorded);
    if (script) {
      script.remaining -= 1;
      if (script.kind === 'drop') {
        if (recorded.path.startsWith(`${prefix}/`)) await handle(recorded, recorded.path.slice(prefix.length + 1).split('/').map((segment) => decodeURIComponent(segment)));
        res.socket?.destroy();
        return;
      }
      if (script.kind === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      send(res, { status: script.status, body: script.body ?? errorBody(script.status), headers: script.headers });
      return;
    }
    if (!recorded.path.startsWith(`${prefix}/`)) {
      send(res, outside ? await outside(recorded, recorded.path.slice(1).split('/').map((segment) => decodeURIComponent(segment))) : { status: 404, body: errorBody(404) });
      return;
    }
    const segments = recorded.path.slice(prefix.length + 1).split('/').map((segment) => decodeURIComponent(segment));
    send(res, await handle(recorded, segments));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiBaseUrl: `${url}${prefix}`,
    requests,
    failNext(status, times = 1, options = {}) {
      scripts.push({ kind: 'fail', remaining: times, skip: options.skip ?? 0, status, body: options.body, headers: options.headers, match: options.match });
    },
    dropAnswerNext(times = 1, match) {
      scripts.push({ kind: 'drop', remaining: times, skip: 0, status: 0, match });
    },
    hangNext(times = 1, match) {
      scripts.push({ kind: 'hang', remaining: times, skip: 0, status: 0, match });
    },
    async stop() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The first script with uses left that matches the request and has let its `skip` requests through (a skipped one counts down). */
function scriptFor(scripts: Script[], request: RecordedRequest): Script | undefined {
  for (const script of scripts) {
    if (script.remaining === 0 || !matches(script.match, request)) continue;
    if (script.skip > 0) {
      script.skip -= 1;
      continue;
    }
    return script;
  }
  return undefined;
}

function matches(match: FailureMatch | undefined, request: RecordedRequest): boolean {
  if (!match) return true;
  return (match.method === undefined || match.method.toUpperCase() === request.method) && (match.path === undefined || match.path.test(request.path));
}

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const target = new URL(req.url ?? '/', 'http://fake');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return { method: req.method ?? 'GET', path: target.pathname, query: Object.fromEntries(target.searchParams), headers, body: await parseBody(raw, headers['content-type'] ?? '') };
}

async function parseBody(raw: Buffer, contentType: string): Promise<unknown> {
  if (raw.length === 0) return null;
  if (contentType.includes('json')) return JSON.parse(raw.toString('utf8')) as unknown;
  if (contentType.startsWith('multipart/form-data') || contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) setBracketed(fields, key, typeof value === 'string' ? value : value.name);
    return fields;
  }
  return raw.toString('utf8');
}

/** Puts `value` at `a[b][c]` inside `target`, the way Rails and Grape read form fields. */
function setBracketed(target: Record<string, unknown>, key: string, value: string): void {
  const parts = key.replace(/\]/g, '').split('[');
  let cursor = target;
  parts.forEach((part, index) => {
    if (index === parts.length - 1) {
      cursor[part] = value;
      return;
    }
    const next = cursor[part];
    cursor = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (cursor[part] = {});
  });
}

function send(res: ServerResponse, reply: FakeReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | Buffer = '';
  if (reply.bytes !== undefined) {
    payload = reply.bytes;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (reply.text !== undefined) {
    payload = reply.text;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  } else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] = 'application/json; charset=utf-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}
