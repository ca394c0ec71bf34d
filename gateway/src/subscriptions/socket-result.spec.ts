import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '@steward/kernel';
import { socketErrors, socketResult } from './socket-result.js';

describe('results sent over the socket', () => {
  it('sends Apollo’s formatted errors exactly as they are, so the socket answers like HTTP', () => {
    const formatted = { message: 'Organization was not found.', locations: [{ line: 1, column: 3 }], path: ['theirs'], extensions: { code: 'NOT_FOUND' } };
    const result = socketResult({ data: { mine: { name: 'Acme' }, theirs: null }, errors: [formatted] });
    expect(result.data).toEqual({ mine: { name: 'Acme' }, theirs: null });
    expect(result.errors?.map((error) => error.toJSON())).toEqual([formatted]);
    expect(socketResult({ data: { ok: true } })).toEqual({ data: { ok: true } });
  });

  it('passes a domain error on without its HTTP status, and masks anything else', () => {
    expect(socketErrors(new UnauthenticatedError('Sign in to subscribe.')).map((error) => error.toJSON())).toEqual([
      { message: 'Sign in to subscribe.', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect(socketErrors(new Error('connect ECONNREFUSED 127.0.0.1:5432')).map((error) => error.toJSON())).toEqual([
      { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});
