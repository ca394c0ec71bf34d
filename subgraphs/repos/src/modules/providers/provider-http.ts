import type { ClientSettings } from './provider-client.js';
import { ProviderError } from './provider-error.js';

/** What a provider's HTTP answer said, as far as classifying a failure needs it. */
export interface HttpFailure {
  providerName: string;
  method: string;
  /** Path of the URL only: the query may carry values a user should not see. */
  path: string;
  status: number;
  headers: Readonly<Record<string, string | undefined>>;
  /** The provider's own explanation, already reduced to text. */
  detail: string;
}

const MAX_DETAIL = 300;

/** Turns a provider's error answer into a `ProviderError` of the right kind with a readable message. */
export function httpFailureError(failure: HttpFailure, settings: ClientSettings, token: string): ProviderError {
  const { providerName, method, path, status, headers } = failure;
  const detail = redact(failure.detail, token).slice(0, MAX_DETAIL);
  const said = detail ? `: ${detail}` : '';
  const call = `${method} ${path}`;
  const retryAt = retryTime(headers, settings.clock);
  if (status === 401) {
    return new ProviderError('unauthorized', status, `${providerName} refused the access token (401${said}). Connect the repository again with a new token.`);
  }
  if (status === 429 || status >= 500 || (status === 403 && isRateLimited(headers, detail))) {
    return new ProviderError('retryable', status, `${providerName} could not serve ${call} right now (${status}${said}).`, retryAt);
  }
  if (status === 403) {
    return new ProviderError('forbidden', status, `${providerName} does not let this token ${call} (403${said}).`);
  }
  if (status === 404 || status === 410) {
    return new ProviderError('not_found', status, `${providerName} found nothing at ${call} (${status}${said}).`);
  }
  return new ProviderError('rejected', status, `${providerName} refused ${call} (${status}${said}).`);
}

/** Turns a request that got no answer (timeout, refused connection, DNS) into a retryable `ProviderError`. */
export function noAnswerError(providerName: string, method: string, url: URL | string, error: unknown, timeoutMs: number): ProviderError {
  const { host, pathname } = typeof url === 'string' ? new URL(url) : url;
  if (isTimeout(error)) {
    return new ProviderError('retryable', null, `${providerName} did not answer ${method} ${pathname} within ${timeoutMs} ms.`);
  }
  return new ProviderError('retryable', null, `${providerName} could not be reached at ${host} (${method} ${pathname}).`);
}

/** Whether an error (or its cause) is a timeout from `AbortSignal.timeout`. */
export function isTimeout(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth += 1) {
    if (current.name === 'TimeoutError') return true;
  }
  return false;
}

/** A `fetch` whose every request is aborted after `timeoutMs` (on top of any signal the caller gave). */
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
}

/** Removes the token from text that came back from a provider, in case it echoed it. */
export function redact(text: string, token: string): string {
  return token ? text.split(token).join('[redacted]') : text;
}

function isRateLimited(headers: Readonly<Record<string, string | undefined>>, detail: string): boolean {
  return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(detail);
}

function retryTime(headers: Readonly<Record<string, string | undefined>>, clock: () => Date): Date | null {
  const after = headers['retry-after'];
  if (after !== undefined && /^\d+$/.test(after.trim())) return new Date(clock().getTime() + Number(after) * 1000);
  const reset = headers['x-ratelimit-reset'];
  if (headers['x-ratelimit-remaining'] === '0' && reset !== undefined && /^\d+$/.test(reset.trim())) return new Date(Number(reset) * 1000);
  return null;
}
