import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrollTotpDocument, RequestEmailVerificationDocument } from '@steward/client';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  await stack.database.query(
    "create function identity.test_refuse_insert() returns trigger language plpgsql as $$ begin raise exception 'storage refused the row'; end $$",
  );
});
afterAll(async () => {
  await stack?.stop();
});

/** Makes every insert into `table` fail inside the database, as a full disk or a broken replica would. */
async function refuseInserts(table: string): Promise<() => Promise<void>> {
  await stack.database.query(`create trigger test_refuse before insert on identity.${table} for each row execute function identity.test_refuse_insert()`);
  return async () => {
    await stack.database.query(`drop trigger test_refuse on identity.${table}`);
  };
}

const linesSince = (mark: number) => stack.logLines.slice(mark);

describe('database errors in the log', () => {
  it('logs a failed insert of a verification link as class and SQLSTATE, without the SQL or the token', async () => {
    const user = await seed(stack).user();
    const restore = await refuseInserts('mail_outbox');
    const mark = stack.logLines.length;
    try {
      const res = await stack.request(RequestEmailVerificationDocument, {}, { token: user.accessToken });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await restore();
    }
    const lines = linesSince(mark);
    for (const line of lines) {
      expect(line).not.toMatch(/insert into/i);
      expect(line).not.toMatch(/sev_[A-Za-z0-9_-]{20}/);
      expect(line).not.toContain('verify-email?token');
      expect(line).not.toContain(user.email.toLowerCase());
    }
    const failure = lines.find((line) => line.includes('Unexpected error in resolver'));
    // The class and code survive, so the log still says what went wrong.
    expect(failure).toContain('P0001');
    expect(failure).toMatch(/Exception|DatabaseError/);
  });

  it('logs a failed insert of a TOTP secret without the secret or the SQL', async () => {
    const user = await seed(stack).user();
    const restore = await refuseInserts('totp_credentials');
    const mark = stack.logLines.length;
    try {
      const res = await stack.request(EnrollTotpDocument, {}, { token: user.accessToken });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await restore();
    }
    const lines = linesSince(mark);
    for (const line of lines) {
      expect(line).not.toMatch(/insert into|totp_credentials/i);
      // A base32 TOTP secret, or its sealed form, is a long run of one alphabet.
      expect(line).not.toMatch(/[A-Z2-7]{26,}/);
      expect(line).not.toMatch(/"params"|"query"/);
    }
    expect(lines.some((line) => line.includes('Unexpected error in resolver') && line.includes('P0001'))).toBe(true);
  });
});
