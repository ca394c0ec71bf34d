import type { OperationPayload } from './operation.js';
import { StewardRequestError, type StewardGraphQLError } from './steward-request-error.js';

/** The part of `fetch` the client uses; the global `fetch` of browsers and Node (18+) fits. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ readonly status: number; text(): Promise<string> }>;

interface GraphQLResponseBody {
  data?: unknown;
  errors?: StewardGraphQLError[];
}

/**
 * POSTs one operation as JSON to `url` with `token` as its Bearer credential and returns its data,
 * or throws a {@link StewardRequestError}: Steward answers errors with a 4xx status and a GraphQL
 * body, which is read whatever the status.
 */
export async function postOperation(fetchImpl: FetchLike, url: string, payload: OperationPayload, token: string | undefined): Promise<unknown> {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(payload),
  });
  const body = parseBody(await response.text());
  if (!body) throw new StewardRequestError([], null, response.status);
  if (body.errors?.length) throw new StewardRequestError(body.errors, body.data ?? null, response.status);
  if (body.data == null) throw new StewardRequestError([], null, response.status);
  return body.data;
}

function parseBody(text: string): GraphQLResponseBody | null {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body) ? (body as GraphQLResponseBody) : null;
  } catch {
    // A proxy's HTML error page or an empty body: not a GraphQL response.
    return null;
  }
}
