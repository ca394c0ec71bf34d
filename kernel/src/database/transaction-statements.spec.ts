import { describe, expect, it } from 'vitest';
import { transactionEffect } from './transaction-statements.js';

describe('transaction effect of a statement', () => {
  it('sees the statements that open a transaction block', () => {
    for (const sql of ['BEGIN;', 'begin', '  begin transaction isolation level serializable', 'START TRANSACTION', 'start  transaction read only']) {
      expect(transactionEffect(sql)).toBe('begins');
    }
  });

  it('sees the statements that close one, including PostgreSQL’s synonyms', () => {
    for (const sql of ['COMMIT;', 'commit work', 'END', 'ABORT', 'ROLLBACK', 'rollback;', 'rollback work', 'rollback transaction', 'commit and no chain']) {
      expect(transactionEffect(sql)).toBe('ends');
    }
  });

  it('leaves savepoints, ROLLBACK TO, AND CHAIN and ordinary statements inside the block', () => {
    for (const sql of [
      'savepoint trx2',
      'RELEASE SAVEPOINT trx2',
      'ROLLBACK TO SAVEPOINT trx2',
      'rollback to trx2',
      'rollback work to savepoint s1',
      'rollback transaction to s1',
      'commit and chain',
      'ROLLBACK AND CHAIN',
      'select 1',
      "insert into t values ('begin')",
      'update beginnings set n = 1',
      'endpoint_check()',
    ]) {
      expect(transactionEffect(sql)).toBe('none');
    }
  });
});
