import type { ClientSettings } from './provider-client.js';
import { ProviderError } from './provider-error.js';
import { httpFailureError, noAnswerError } from './provider-http.js';

/** The shape of an `@octokit/request-error` RequestError, checked structurally (the package is not a direct dependency). */
interface OctokitRequestError {
  status: number;
  request: { method: string; url: string };
  response?: { headers: Record<string, string | undefined>; data: unknown };
}

/** Turns whatever an Octokit call threw into a ProviderError. */
export function githubProviderError(error: unknown, settings: ClientSettings, token: string): ProviderError {
  if (error instanceof ProviderError) return error;
  if (!isRequestError(error)) {
    return new ProviderError('retryable', null, `GitHub call failed unexpectedly (${error instanceof Error ? error.name : typeof error}).`);
  }
  const { method, url } = error.request;
  // Octokit reports an unanswered request as status 500 without a response.
  if (!error.response) return noAnswerError('GitHub', method, url, error, settings.timeoutMs);
  return httpFailureError(
    { providerName: 'GitHub', method, path: new URL(url).pathname, status: error.status, headers: error.response.headers, detail: githubDetail(error.response.data) },
    settings,
    token,
  );
}

function isRequestError(error: unknown): error is Error & OctokitRequestError {
  return error instanceof Error && typeof (error as Partial<OctokitRequestError>).status === 'number' && typeof (error as Partial<OctokitRequestError>).request?.url === 'string';
}

/** GitHub's error body: `message`, plus per-field `errors` on a 422. */
export function githubDetail(data: unknown): string {
  if (typeof data === 'string') return data;
  if (typeof data !== 'object' || data === null) return '';
  const body = data as { message?: unknown; errors?: unknown };
  const message = typeof body.message === 'string' ? body.message : '';
  const errors = Array.isArray(body.errors)
    ? body.errors.map((item: unknown) => (typeof item === 'string' ? item : typeof item === 'object' && item !== null && typeof (item as { message?: unknown }).message === 'string' ? (item as { message: string }).message : '')).filter(Boolean)
    : [];
  return errors.length > 0 ? `${message}: ${errors.join('; ')}` : message;
}

/** A JSON body as data, or the text itself when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.trim();
  }
}
