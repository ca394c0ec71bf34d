import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { AppError } from '@steward/kernel';

/**
 * A GraphQLError carrying an error Apollo already formatted and masked. graphql-ws sends what
 * `toJSON()` returns, so the client gets exactly the error the HTTP endpoint would have sent.
 */
export class FormattedError extends GraphQLError {
  constructor(private readonly formatted: GraphQLFormattedError) {
    super(formatted.message, { extensions: formatted.extensions });
  }

  override toJSON(): GraphQLFormattedError {
    return this.formatted;
  }
}

/** Apollo's formatted answer in the shape graphql-ws sends (its errors as GraphQLErrors). */
export function socketResult(result: FormattedExecutionResult): ExecutionResult {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map((error) => new FormattedError(error)) } : rest;
}

/** Drops `extensions.http` (a status meant for HTTP answers, meaningless on a socket). */
function withoutHttp(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!error.extensions || !('http' in error.extensions)) return error;
  const { http: _http, ...extensions } = error.extensions;
  return { ...error, extensions };
}

/**
 * What the client is told when the gateway itself refuses or ends an operation: a domain error
 * as it is (its message is written for the client), anything else masked.
 */
export function socketErrors(error: unknown): GraphQLError[] {
  if (error instanceof AppError) return [new FormattedError(withoutHttp(error.toJSON()))];
  return [new GraphQLError('Internal server error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
}
