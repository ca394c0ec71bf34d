import type { MergeRequests } from '@gitbeaker/rest';
import type { ClientSettings } from './provider-client.js';
import { httpFailureError, noAnswerError } from './provider-http.js';

type RequesterFn = NonNullable<ConstructorParameters<typeof MergeRequests>[0]['requesterFn']>;
type ResourceOptions = Parameters<RequesterFn>[0];
type Requester = ReturnType<RequesterFn>;
type RequestOptions = NonNullable<Parameters<Requester['get']>[1]>;
type Answer<T> = { body: T; headers: Record<string, string>; status: number };

/**
 * Gitbeaker appends `/api/v4` to its `host`, so an API base URL such as
 * `https://gitlab.example.com/api/v4` (or `https://example.com/gitlab/api/v4`) loses that suffix;
 * a bare instance URL is taken as the host.
 */
export function gitlabHost(apiBaseUrl: string): string {
  return apiBaseUrl.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
}

/**
 * A gitbeaker requester that sends each request once: no retries, no rate-limit queue, a per-request
 * timeout, and every failure thrown as a `ProviderError`. It keeps gitbeaker's request conventions:
 * snake_case body and query keys, `key[]`/`key[sub]` query nesting, multipart bodies passed through.
 */
export function singleShotRequester(settings: ClientSettings, token: string): RequesterFn {
  return (resource: ResourceOptions): Requester => {
    const send = <T>(method: string, endpoint: string, options?: RequestOptions) => request<T>(resource, method, endpoint, options, settings, token);
    return {
      get: (endpoint, options) => send('GET', endpoint, options),
      post: (endpoint, options) => send('POST', endpoint, options),
      put: (endpoint, options) => send('PUT', endpoint, options),
      patch: (endpoint, options) => send('PATCH', endpoint, options),
      delete: (endpoint, options) => send('DELETE', endpoint, options),
    };
  };
}

async function request<T>(resource: ResourceOptions, method: string, endpoint: string, options: RequestOptions | undefined, settings: ClientSettings, token: string): Promise<Answer<T>> {
  const url = new URL(endpoint, resource.url.endsWith('/') ? resource.url : `${resource.url}/`);
  const query = encodeQuery(options?.searchParams ?? {});
  if (query) url.search = query;
  const headers: Record<string, string> = { ...resource.headers };
  for (const [name, value] of Object.entries(resource.authHeaders)) headers[name] = await value();
  if (options?.sudo !== undefined) headers.sudo = String(options.sudo);
  let body: string | FormData | undefined;
  if (options?.body instanceof FormData) {
    body = options.body;
  } else if (options?.body && Object.keys(options.body).length > 0) {
    body = JSON.stringify(snakeCaseKeys(options.body));
    headers['content-type'] = 'application/json';
  }
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, signal: options?.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
  } catch (error) {
    throw noAnswerError('GitLab', method, url, error, settings.timeoutMs);
  }
  const answerHeaders = Object.fromEntries(response.headers.entries());
  if (!response.ok) {
    const detail = gitlabDetail(await response.text().catch(() => ''));
    throw httpFailureError({ providerName: 'GitLab', method, path: url.pathname, status: response.status, headers: answerHeaders, detail }, settings, token);
  }
  return { body: (await readBody(response, options?.asStream === true)) as T, headers: answerHeaders, status: response.status };
}

async function readBody(response: Response, asStream: boolean): Promise<unknown> {
  if (asStream) return response.body;
  if (response.status === 204) return null;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (type === 'application/json') {
    const text = await response.text();
    // Like gitbeaker: an empty or `null` JSON body reads as an empty object.
    return text ? ((JSON.parse(text) as unknown) ?? {}) : {};
  }
  if (type.startsWith('text/')) return response.text();
  return response.blob();
}

/** GitLab's error body: `message` (a string, or field errors as an object) or `error`/`error_description`. */
export function gitlabDetail(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text.trim().slice(0, 300);
  }
  if (typeof parsed !== 'object' || parsed === null) return String(parsed);
  const body = parsed as { message?: unknown; error?: unknown; error_description?: unknown };
  if (typeof body.message === 'string') return body.message;
  if (body.message !== undefined) return JSON.stringify(body.message);
  if (typeof body.error_description === 'string') return body.error_description;
  return typeof body.error === 'string' ? body.error : '';
}

/** The query string gitbeaker would send: snake_case keys, nested objects as `a[b]`, arrays as `a[]`. */
function encodeQuery(params: Record<string, unknown>): string {
  const query = new URLSearchParams();
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) add(`${key}[]`, item);
    } else if (typeof value === 'object') {
      for (const [inner, innerValue] of Object.entries(value)) add(`${key}[${snakeCase(inner)}]`, innerValue);
    } else {
      query.append(key, String(value));
    }
  };
  for (const [key, value] of Object.entries(params)) add(snakeCase(key), value);
  return query.toString();
}

function snakeCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeCaseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [snakeCase(key), snakeCaseKeys(inner)]));
}

function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
