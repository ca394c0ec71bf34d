import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf, toConnection } from './pagination.js';

describe('cursors', () => {
  it('round-trip their key for the list that made them', () => {
    expect(decodeCursor('project', encodeCursor('project', 'checkout'), 'string')).toBe('checkout');
    expect(decodeCursor('version', encodeCursor('version', 7), 'number')).toBe(7);
  });

  it('are refused by another list, with a wrong key type, or when forged', () => {
    const attempt = (run: () => unknown) => {
      try {
        run();
        return null;
      } catch (error) {
        return (error as { extensions: Record<string, unknown> }).extensions;
      }
    };
    expect(attempt(() => decodeCursor('version', encodeCursor('project', 'x'), 'string'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(attempt(() => decodeCursor('version', encodeCursor('version', 'x'), 'number'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(attempt(() => decodeCursor('version', 'not base64 json', 'number'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('pages', () => {
  it('use the extra row only to say a next page exists', () => {
    const page = pageOf([1, 2, 3], 2);
    expect(page).toEqual({ items: [1, 2], hasNextPage: true });
    const connection = toConnection(page, (n) => `c${n}`);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c2' });
    expect(toConnection(pageOf([], 2), String).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
