import type { ClientSettings, SourceArchive } from './provider-client.js';
import { ProviderError } from './provider-error.js';
import { httpFailureError, noAnswerError } from './provider-http.js';

/** What `fetchArchive` sends and how it reads a failure. */
export interface ArchiveRequest {
  providerName: string;
  url: URL;
  headers: Record<string, string>;
  /** The provider's explanation in an error body, reduced to text. */
  detailOf(text: string): string;
}

/**
 * GETs a stream (an archive), following redirects. Unlike `fetchWithTimeout`, the timeout covers
 * only the wait for the answer's headers: the body may take as long as `signal` allows. Failures
 * are thrown as `ProviderError`, classified like every other call.
 */
export async function fetchArchive(request: ArchiveRequest, settings: ClientSettings, token: string, signal?: AbortSignal): Promise<SourceArchive> {
  const { providerName, url } = request;
  const answered = new AbortController();
  const timer = setTimeout(() => answered.abort(new DOMException(`${providerName} did not answer in time`, 'TimeoutError')), settings.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers: request.headers, redirect: 'follow', signal: signal ? AbortSignal.any([signal, answered.signal]) : answered.signal });
  } catch (error) {
    throw noAnswerError(providerName, 'GET', url, error, settings.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok || !response.body) {
    const text = await response.text().catch(() => '');
    const headers = Object.fromEntries(response.headers.entries());
    if (response.ok) throw new ProviderError('retryable', response.status, `${providerName} answered GET ${url.pathname} without a body.`);
    throw httpFailureError({ providerName, method: 'GET', path: url.pathname, status: response.status, headers, detail: request.detailOf(text) }, settings, token);
  }
  return { body: response.body };
}
