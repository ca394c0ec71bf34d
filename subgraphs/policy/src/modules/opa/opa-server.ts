import { OPAClient, type Input } from '@open-policy-agent/opa';
import { ClientError, ConnectionError, RequestAbortedError, RequestTimeoutError, SDKError, ServerError } from '@open-policy-agent/opa/sdk/models/errors';
import { z } from 'zod';

// Steward's link to an Open Policy Agent server: policy modules go in through OPA's Policy API
// (`PUT /v1/policies/{id}`, which the SDK does not offer, so plain fetch), decisions come out of its
// Data API (`POST /v1/data/{path}`) through the official SDK's OPAClient.

/** One thing OPA found wrong with a Rego module (a parse or compile error), where it knows the place. */
export interface RegoProblem {
  message: string;
  /** 1-based line in the module, null when OPA gave no location. */
  row: number | null;
  /** 1-based column in the module, null when OPA gave no location. */
  col: number | null;
}

/** The OPA operations Steward needs: upload a policy's Rego, evaluate one of its rules. */
export interface OpaServer {
  /** Uploads (creates or replaces) a module; throws RegoInvalidError listing problems when OPA refuses it. */
  upsertModule(moduleId: string, source: string): Promise<void>;
  /** Evaluates `data.<package path>.<rule>` with `input`; returns the result (undefined when the rule is undefined). */
  evaluate(packagePath: string, rule: string, input: unknown): Promise<unknown>;
}

/** OPA refused a module: it does not parse or compile. `problems` lists what OPA reported, in its order. */
export class RegoInvalidError extends Error {
  constructor(readonly problems: RegoProblem[]) {
    super(`OPA refused the Rego module: ${problems.map(describeProblem).join('; ') || 'no detail given'}`);
    this.name = 'RegoInvalidError';
  }
}

/** Why OPA gave no usable answer. */
export type OpaFailure = 'network' | 'timeout' | 'answer';

/**
 * OPA could not give an answer: it was unreachable (`network`), slower than the timeout (`timeout`),
 * or it answered something other than success (`answer`: a 5xx, or an unexpected 4xx such as 401
 * from a token-protected OPA; `status` says which).
 */
export class OpaUnavailableError extends Error {
  constructor(
    readonly reason: OpaFailure,
    /** The HTTP status OPA answered with, null when it did not answer. */
    readonly status: number | null,
    detail: string,
  ) {
    super(`OPA is unavailable (${reason}${status === null ? '' : ` ${status}`}): ${detail}`);
    this.name = 'OpaUnavailableError';
  }
}

/**
 * OPA answered 500 because evaluating the policy itself failed (a conflict between complete rules, a
 * built-in error, a type error at run time): the server is up, the policy is at fault. A subclass of
 * OpaUnavailableError, so a caller that treats every failure alike still does.
 */
export class OpaEvaluationError extends OpaUnavailableError {
  constructor(readonly problems: RegoProblem[]) {
    super('answer', 500, `evaluating the policy failed: ${problems.map(describeProblem).join('; ')}`);
    this.name = 'OpaEvaluationError';
  }
}

/** The error body OPA documents for every failed call (`errors` and their `location` are optional). */
const OpaErrorBodyModel = z.object({
  code: z.string(),
  message: z.string(),
  errors: z
    .array(
      z.object({
        code: z.string().optional(),
        message: z.string(),
        location: z.object({ file: z.string().optional(), row: z.number().int(), col: z.number().int() }).nullish(),
      }),
    )
    .nullish(),
});

/** Rego identifiers, the only path segments `evaluate` accepts (see there why). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Talks to one OPA server over its REST API, each call bounded by `timeoutMs`; no retries (the caller decides). */
export class HttpOpaServer implements OpaServer {
  private readonly client: OPAClient;
  private readonly baseUrl: URL;

  constructor(
    baseUrl: string,
    private readonly options: { timeoutMs: number },
  ) {
    this.baseUrl = new URL(baseUrl);
    this.client = new OPAClient(baseUrl);
  }

  async upsertModule(moduleId: string, source: string): Promise<void> {
    const response = await this.send('PUT', this.policyUrl(moduleId), { body: source, headers: { 'content-type': 'text/plain' } });
    if (response.status === 200) {
      await response.body?.cancel();
      return;
    }
    const body = await readErrorBody(response);
    if (response.status === 400) {
      const problems = problemsOf(body);
      throw new RegoInvalidError(problems.length > 0 ? problems : [{ message: body?.message ?? 'OPA answered 400 without detail', row: null, col: null }]);
    }
    throw new OpaUnavailableError('answer', response.status, `PUT /v1/policies/${moduleId}: ${body?.message ?? response.statusText}`);
  }

  /** Removes a module; one OPA does not have (404) counts as removed. */
  async deleteModule(moduleId: string): Promise<void> {
    const response = await this.send('DELETE', this.policyUrl(moduleId), {});
    if (response.status === 200 || response.status === 404) {
      await response.body?.cancel();
      return;
    }
    const body = await readErrorBody(response);
    throw new OpaUnavailableError('answer', response.status, `DELETE /v1/policies/${moduleId}: ${body?.message ?? response.statusText}`);
  }

  async evaluate(packagePath: string, rule: string, input: unknown): Promise<unknown> {
    const segments = [...packagePath.split('.'), rule];
    // The SDK percent-encodes the path and a request hook of its own decodes it again before sending,
    // so a segment holding `%2F`, `?` or `#` would reach OPA as something else: only identifiers pass.
    if (!segments.every((segment) => IDENTIFIER.test(segment))) {
      throw new TypeError(`Cannot evaluate data.${packagePath}.${rule}: only dotted Rego identifiers are supported`);
    }
    // The SDK reads a null input as "call toInput() on it" and crashes, and an undefined one turns the call into a GET without input.
    if (input === null || input === undefined) throw new TypeError('OPA input must be a JSON value (not null or undefined)');
    try {
      return await this.client.evaluate<Input, unknown>(segments.join('/'), input as Input, { timeoutMs: this.options.timeoutMs });
    } catch (error) {
      throw translateSdkError(error, `POST /v1/data/${segments.join('/')}`);
    }
  }

  /** `{base}/v1/policies/{id}`, keeping a path prefix of the base URL (OPA behind a proxy). */
  private policyUrl(moduleId: string): URL {
    const url = new URL(this.baseUrl);
    // One encoded segment: OPA matches `/v1/policies/{path:.+}` on the encoded path and unescapes it,
    // so `steward%2Fv1` is stored as `steward/v1`, and a `%`, `?` or `#` in an id cannot break the URL.
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/policies/${encodeURIComponent(moduleId)}`;
    return url;
  }

  private async send(method: string, url: URL, init: { body?: string; headers?: Record<string, string> }): Promise<Response> {
    const what = `${method} ${url.pathname}`;
    try {
      return await fetch(url, { method, ...init, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      if (isTimeout(error)) throw new OpaUnavailableError('timeout', null, `${what} took longer than ${this.options.timeoutMs} ms`);
      throw new OpaUnavailableError('network', null, `${what}: ${causeOf(error)}`);
    }
  }
}

/**
 * The package a Rego module declares (`package a.b.c` gives `a.b.c`), or null when the module does
 * not start with a package declaration (after blank lines and comments). The path is returned as
 * written, so a bracketed form such as `a["b-c"]` comes back unchanged.
 */
export function packageOf(source: string): string | null {
  for (const raw of source.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^package\s+(\S.*?)\s*(?:#.*)?$/.exec(line);
    return match?.[1] ?? null;
  }
  return null;
}

function describeProblem(problem: RegoProblem): string {
  return problem.row === null ? problem.message : `${problem.message} (line ${problem.row}, column ${problem.col})`;
}

function problemsOf(body: z.infer<typeof OpaErrorBodyModel> | null): RegoProblem[] {
  return (body?.errors ?? []).map((error) => ({ message: error.message, row: error.location?.row ?? null, col: error.location?.col ?? null }));
}

/** OPA's error body, or null when the answer is not one (a proxy's HTML page, an empty body). */
async function readErrorBody(response: Response): Promise<z.infer<typeof OpaErrorBodyModel> | null> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = OpaErrorBodyModel.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || (error.cause instanceof Error && error.cause.name === 'TimeoutError'));
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND) is in its cause.
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** Maps what the SDK throws to this module's errors (the SDK's own classes stay inside). */
function translateSdkError(error: unknown, what: string): Error {
  if (error instanceof RequestTimeoutError) return new OpaUnavailableError('timeout', null, `${what} took longer than the timeout`);
  if (error instanceof ConnectionError || error instanceof RequestAbortedError) return new OpaUnavailableError('network', null, `${what}: ${error.message}`);
  if (error instanceof ServerError) {
    const problems = (error.errors ?? []).map((item) => ({ message: item.message, row: item.location?.row ?? null, col: item.location?.col ?? null }));
    // OPA answers 500 with `errors` only for a failed evaluation; a bare 500 is the server's own trouble.
    return problems.length > 0 ? new OpaEvaluationError(problems) : new OpaUnavailableError('answer', 500, `${what}: ${error.message}`);
  }
  if (error instanceof SDKError) return new OpaUnavailableError('answer', error.httpMeta.response.status, `${what}: ${error.message}`);
  if (error instanceof ClientError) return new OpaUnavailableError('answer', 400, `${what}: ${error.message}`);
  // SDKValidationError (a reply the SDK could not parse) or the bare string the SDK throws when a 200 carries no result object.
  return new OpaUnavailableError('answer', null, `${what}: ${error instanceof Error ? error.message : String(error)}`);
}
