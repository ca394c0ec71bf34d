/** One GraphQL error as Steward sends it; `extensions.code` is stable (`UNAUTHENTICATED`, `NOT_FOUND`, `BAD_USER_INPUT`, …). */
export interface StewardGraphQLError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly locations?: readonly { readonly line: number; readonly column: number }[];
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

/**
 * An operation Steward answered with errors, or did not answer with a GraphQL response at all
 * (then `errors` is empty and `status` says what came back). Branch on `codes`, never on messages:
 *
 * ```ts
 * catch (error) {
 *   if (error instanceof StewardRequestError && error.codes.includes('NOT_FOUND')) showNotFound();
 * }
 * ```
 */
export class StewardRequestError extends Error {
  override readonly name = 'StewardRequestError';
  /** The distinct `extensions.code` of the errors, in order of appearance. */
  readonly codes: readonly string[];

  constructor(
    /** The GraphQL errors of the response (empty when there was no GraphQL response). */
    readonly errors: readonly StewardGraphQLError[],
    /** The data that came with the errors (partial), or null. */
    readonly data: unknown = null,
    /** The HTTP status of the response; undefined for an operation over the WebSocket. */
    readonly status?: number,
    message = describe(errors, status),
  ) {
    super(message);
    this.codes = [...new Set(errors.flatMap((error) => (typeof error.extensions?.code === 'string' ? [error.extensions.code] : [])))];
  }

  /** Whether Steward refused the operation as a whole because the caller is not signed in (bad, expired or missing token). */
  get unauthenticated(): boolean {
    return this.codes.includes('UNAUTHENTICATED') && this.data == null;
  }
}

function describe(errors: readonly StewardGraphQLError[], status: number | undefined): string {
  const [first] = errors;
  if (!first) return `Steward answered HTTP ${status ?? '?'} without a GraphQL response`;
  const code = first.extensions?.code ? `${first.extensions.code}: ` : '';
  return `${code}${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : ''}`;
}
