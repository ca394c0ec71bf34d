import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@steward/kernel/testing';
import { RequestPasswordResetDocument } from '@steward/client';
import { latestMail, readMails, seed, startTestStack, uniqueEmail, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const handled = () => stack.logLines.filter((line) => line.includes('Password reset request handled')).length;

/** A statement with its values blanked, so two requests for different addresses compare by shape. */
const shape = (sql: string) =>
  sql
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '?')
    .replace(/\b\d+(\.\d+)?\b/g, '?')
    .replace(/\[took .*$/, '')
    .trim();

/**
 * The statements of identity's transaction that answered one reset request (from its BEGIN to its
 * COMMIT). The job it wrote can start only after that commit, so nothing the job does is among them.
 */
async function requestStatements(email: string) {
  const counter = stack.queryCounters.identity!;
  counter.reset();
  const res = await stack.request(RequestPasswordResetDocument, { email });
  const begin = counter.statements.findIndex((sql) => /^begin\b/i.test(sql));
  const commit = counter.statements.findIndex((sql, index) => index > begin && /^commit\b/i.test(sql));
  return { res, statements: begin < 0 || commit < 0 ? [] : counter.statements.slice(begin, commit + 1) };
}

describe('a password-reset request', () => {
  it('does the same work before answering for a known and an unknown address, and looks no account up', async () => {
    const user = await seed(stack).user();
    const unknown = uniqueEmail('nobody');

    // The unknown address first: its job sends nothing, so no mail delivery runs beside the second request.
    const before = handled();
    const stranger = await requestStatements(unknown);
    await eventually(handled, (count) => count >= before + 1, 'the unknown address’s job to finish');
    const known = await requestStatements(user.email);
    await latestMail(stack, user.email, /Reset your Steward password/);

    expect(stranger.res).toEqual(known.res);
    expect(known.res).toEqual({ status: 200, data: { requestPasswordReset: true } });
    expect(known.statements.map(shape)).toEqual(stranger.statements.map(shape));
    // One transaction that writes the job, and nothing that reads an account, a token or a throttle.
    expect(known.statements[0]).toMatch(/^begin/i);
    expect(known.statements.at(-1)).toMatch(/^commit/i);
    expect(known.statements.join('\n')).toMatch(/insert into "?steward_jobs"?\./i);
    for (const sql of [...known.statements, ...stranger.statements]) expect(sql).not.toMatch(/identity\.|"users"|one_time_tokens|throttle/i);
  });

  it('mails the link to a known address through its job, and nothing to an unknown one', async () => {
    const user = await seed(stack).user();
    const unknown = uniqueEmail('nobody');
    const before = handled();
    await stack.request(RequestPasswordResetDocument, { email: unknown });
    await stack.request(RequestPasswordResetDocument, { email: user.email });
    const mail = await latestMail(stack, user.email, /Reset your Steward password/);
    expect(mail.token).toMatch(/^spr_/);
    await eventually(handled, (count) => count >= before + 2, 'both jobs to finish');
    expect(await readMails(stack, unknown, { atLeast: 0 })).toEqual([]);
    const outbox = await stack.database.query('select id from identity.mail_outbox where recipient = $1', [unknown]);
    expect(outbox).toEqual([]);
  });

  it('still limits reset mails per address, with the same answer past the limit', async () => {
    const user = await seed(stack).user();
    const before = handled();
    const answers = [];
    for (let i = 0; i < 7; i += 1) answers.push(await stack.request(RequestPasswordResetDocument, { email: user.email }));
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(new Set([JSON.stringify({ status: 200, data: { requestPasswordReset: true } })]));
    await eventually(handled, (count) => count >= before + 7, 'every job to finish');
    expect(await readMails(stack, user.email, { atLeast: 5 })).toHaveLength(5);
    expect(stack.logLines.filter((line) => line.includes('too many requested') && line.includes(user.id))).toHaveLength(2);
  });
});
