import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ZodError } from 'zod';

/** The stable error codes a client may see in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The gateway could not get an answer from the subgraph that serves a field (`extensions.service` names it). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The operation's estimated cost is over the gateway's limit (`extensions.cost`, `extensions.limit`). */
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A domain error that is safe to show to a client: its message is written for a person and
 * its code is stable. Anything that is not an AppError (or a GraphQL validation error) is masked.
 */
export class AppError extends GraphQLError {
  constructor(code: string, message: string, extra: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, {
      extensions: { code, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
    this.name = 'AppError';
  }
}

/** The caller is not signed in, or the token is bad or expired (HTTP 401). */
export class UnauthenticatedError extends AppError {
  constructor(message = 'You must be signed in to do this.') {
    super(ErrorCode.UNAUTHENTICATED, message, {}, 401);
  }
}

/** The caller is known but lacks the permission. */
export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** The object does not exist, or the caller may not know it exists. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

/** An argument is invalid; `field` names it as a dotted path (e.g. `input.email`). */
export class BadUserInputError extends AppError {
  constructor(field: string, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { field });
  }
}

/** The request clashes with existing state (duplicate key, stale version). */
export class ConflictError extends AppError {
  constructor(message: string, field?: string) {
    super(ErrorCode.CONFLICT, message, field ? { field } : {});
  }
}

/** Too many attempts; `retryAfterSeconds` says when to try again. */
export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds }, 429);
  }
}

/**
 * Turns a zod failure into one BAD_USER_INPUT error naming the first offending field
 * (prefixed with the argument name), and lists every problem in `extensions.issues`.
 */
export function badInputFromZod(error: ZodError, argumentName: string): BadUserInputError {
  const issues = error.issues.map((issue) => ({
    field: [argumentName, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = issues[0] ?? { field: argumentName, message: 'Invalid value.' };
  const err = new BadUserInputError(first.field, `${first.field}: ${first.message}`);
  (err.extensions as Record<string, unknown>).issues = issues;
  return err;
}

/** Codes produced by GraphQL itself (parse, validation, variables) that are safe to pass through. */
const GRAPHQL_SAFE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);
const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), ...GRAPHQL_SAFE_CODES]);

/**
 * Lets a subgraph's domain codes (declared in its descriptor) through the error mask of this
 * process. Every process that serves or fronts a subgraph registers the codes of the subgraphs
 * listed in schema/supergraph.yaml at start, so the gateway needs no list of its own.
 */
export function registerErrorCodes(codes: Iterable<string>): void {
  for (const code of codes) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw new Error(`Error code ${code} must be UPPER_SNAKE_CASE.`);
    PUBLIC_CODES.add(code);
  }
}
/** Extension keys a client may see; everything else (exception, stacktrace, serviceName…) is dropped. */
// `decisionId`: the logged policy decision a refusal came from (POLICY_DENIED), for the caller to quote or look up.
// `service`: the subgraph a SUBGRAPH_UNAVAILABLE field comes from.
// `cost`, `limit`: an operation's estimated cost and the limit it exceeded (COST_LIMIT_EXCEEDED).
const PUBLIC_EXTENSION_KEYS = new Set(['code', 'field', 'issues', 'retryAfterSeconds', 'unlocksAt', 'decisionId', 'service', 'cost', 'limit']);

/** Whether a code may reach a client (every server's mask, the gateway's included, uses this set). */
export function isPublicErrorCode(code: string): boolean {
  return PUBLIC_CODES.has(code);
}

/**
 * The single error mapping used by every server's `formatError`: known codes pass with their
 * safe extensions, anything else becomes a generic internal error (no SQL, stack or path).
 */
export function maskError(formatted: GraphQLFormattedError, onInternal?: (original: unknown) => void, original?: unknown): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (code && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const extensions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(formatted.extensions ?? {})) {
      if (PUBLIC_EXTENSION_KEYS.has(key)) extensions[key] = value;
    }
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  onInternal?.(original ?? formatted);
  return {
    message: 'Internal server error.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
