import { createHash } from 'node:crypto';
import { serializeError } from '../logger.js';
import type { JobTransaction } from './job-queue.js';

/** pg-boss's way of running SQL (`{ db: { executeSql } }`), which the embedded adapter uses too. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

/**
 * Runs `$1`-style SQL (pg-boss's and the embedded adapter's) on a MikroORM EntityManager, inside
 * whatever transaction it is in. MikroORM wants `?` placeholders (it inlines the escaped values),
 * so each `$n` becomes a `?` with its value, in order of appearance; `undefined` becomes NULL.
 */
export function sqlThrough(em: JobTransaction): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      // A literal "?" would be taken for a placeholder and shift every value after it.
      if (text.includes('?')) throw new Error('A job statement run through MikroORM must not contain "?"');
      const ordered: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_, position: string) => {
        ordered.push(values[Number(position) - 1] ?? null);
        return '?';
      });
      const rows: unknown = await em.execute(sql, ordered);
      return { rows: Array.isArray(rows) ? rows : [] };
    },
  };
}

/**
 * The id a job with `singletonKey` gets: a name-based (version 5 style) UUID of queue and key, so a
 * second enqueue collides with the first on the primary key and adds nothing, on both adapters.
 */
export function singletonJobId(queue: string, key: string): string {
  const hash = createHash('sha1').update(`steward-job\n${queue}\n${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An error as a job's recorded output: its message only, since stacks and causes can carry data,
 * and a database error's message without its SQL (whose inlined values can be tokens).
 */
export function failureOutput(error: unknown): { message: string } {
  const safe = serializeError(error) as { message?: unknown } | undefined;
  const message = typeof safe?.message === 'string' ? safe.message : String(error);
  return { message: message.slice(0, 1000) };
}
