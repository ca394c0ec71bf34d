/** Why a provider call failed, which decides what the caller does next. */
export type ProviderErrorKind = 'retryable' | 'unauthorized' | 'rejected' | 'not_found' | 'forbidden';

/**
 * A failed provider call, with a message safe to show a user (no token, no stack). retryable: 5xx,
 * 429, a 403 that is a rate limit, timeouts, connection errors; unauthorized: 401 (the repository
 * needs a new token); rejected: 400/422 and other 4xx (the provider refused this request, e.g. a line
 * outside the diff); not_found: 404/410; forbidden: 403 without rate-limit signs.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly kind: ProviderErrorKind,
    readonly status: number | null,
    message: string,
    /** When a rate limit says the call may be tried again (from `retry-after` or `x-ratelimit-reset`). */
    readonly retryAt: Date | null = null,
  ) {
    super(message);
  }
}
