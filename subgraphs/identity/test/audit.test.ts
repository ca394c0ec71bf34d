import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditChainVerificationDocument,
  ChangePasswordDocument,
  ConfirmTotpDocument,
  DisableTotpDocument,
  EnrollTotpDocument,
  LoginDocument,
  LogoutDocument,
  MyAuditEventsDocument,
  RefreshSessionDocument,
  RegenerateBackupCodesDocument,
  RegisterDocument,
  RequestEmailVerificationDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  RevokeOtherSessionsDocument,
  VerifyEmailDocument,
} from '@steward/client';
import {
  deliveredOutboxRows,
  latestMail,
  seed,
  startTestStack,
  uniqueEmail,
  type GraphQLResponse,
  type SeededUser,
  type TestStack,
} from '@steward/standalone/testing';

const AUDITOR_EMAIL = uniqueEmail('auditor');
let stack: TestStack;
let auditor: SeededUser;
beforeAll(async () => {
  // No SMTP_URL: mail goes to the log, the one place a mailed link may appear. Failed sign-ins here
  // all come from 127.0.0.1, so the address limit is raised out of the way.
  stack = await startTestStack({ PLATFORM_ADMIN_EMAILS: AUDITOR_EMAIL, LOGIN_IP_MAX_FAILURES: '1000' });
  auditor = await seed(stack).verifiedUser({ email: AUDITOR_EMAIL });
});
afterAll(async () => {
  await stack?.stop();
});

const verify = async () => {
  const res = await stack.request(AuditChainVerificationDocument, {}, { token: auditor.accessToken });
  if (!res.data?.auditChainVerification) throw new Error(JSON.stringify(res.errors));
  return res.data.auditChainVerification;
};
const login = (user: SeededUser, password = user.password, userAgent = 'AuditTest/1.0') =>
  stack.request(LoginDocument, { input: { email: user.email, password } }, { headers: { 'user-agent': userAgent } });
/** Runs SQL as someone with DDL rights who switched the append-only trigger off. */
const asIntruder = async (sql: string, params: unknown[]) => {
  await stack.database.query('alter table identity.audit_events disable trigger audit_events_append_only');
  try {
    await stack.database.query(sql, params);
  } finally {
    await stack.database.query('alter table identity.audit_events enable trigger audit_events_append_only');
  }
};

describe('the audit trail of a user', () => {
  it('records each auth event with IP, user agent and time, newest first', async () => {
    const user = await seed(stack).user();
    await login(user, 'not the right passphrase');
    const session = (await login(user)).data!.login;
    await stack.request(ChangePasswordDocument, { currentPassword: user.password, newPassword: 'the audited new passphrase' }, { token: session.accessToken });
    const third = (await login({ ...user, password: 'the audited new passphrase' })).data!.login;
    await stack.request(RevokeOtherSessionsDocument, {}, { token: third.accessToken });

    const res = await stack.request(MyAuditEventsDocument, { first: 20 }, { token: third.accessToken });
    expect(res.errors).toBeUndefined();
    const events = res.data!.myAuditEvents!.edges.map((e) => e.node);
    expect(events.map((e) => e.type)).toEqual([
      'SESSION_REVOKED',
      'LOGIN_SUCCEEDED',
      'PASSWORD_CHANGED',
      'LOGIN_SUCCEEDED',
      'LOGIN_FAILED',
      'USER_REGISTERED',
    ]);
    expect(events[4]!.reason).toBe('wrong_password');
    expect(events[1]!.userAgent).toBe('AuditTest/1.0');
    for (const event of events) {
      expect(event.ip).toMatch(/127\.0\.0\.1/);
      expect(stack.clock().getTime() - Date.parse(event.occurredAt)).toBeLessThan(60_000);
    }
    // Another user's trail is not in it.
    expect(events.every((e) => e.id)).toBe(true);
    const stranger = await seed(stack).user();
    const theirs = (await stack.request(MyAuditEventsDocument, {}, { token: stranger.accessToken })).data!.myAuditEvents!.edges;
    expect(theirs.map((e) => e.node.type)).toEqual(['USER_REGISTERED']);
  });

  it('records password reset, email verification and every MFA change with actor, IP and user agent', async () => {
    const user = await seed(stack).user();
    const agent = 'AuditFlows/2.0';
    const as = (token?: string) => ({ headers: { 'user-agent': agent }, ...(token ? { token } : {}) });
    const must = <T>(res: GraphQLResponse<T>): T => {
      if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };

    must(await stack.request(RequestEmailVerificationDocument, {}, as(user.accessToken)));
    must(await stack.request(VerifyEmailDocument, { token: (await latestMail(stack, user.email, /Confirm your email/)).token! }, as()));

    const enrolled = must(await stack.request(EnrollTotpDocument, {}, as(user.accessToken))).enrollTotp;
    const totp = OTPAuth.URI.parse(enrolled.otpauthUri) as OTPAuth.TOTP;
    const step = Math.floor(stack.clock().getTime() / 30_000);
    const codeAt = (at: number) => totp.generate({ timestamp: at * 30_000 + 1 });
    must(await stack.request(ConfirmTotpDocument, { code: codeAt(step) }, as(user.accessToken)));
    const codes = must(await stack.request(RegenerateBackupCodesDocument, { code: codeAt(step + 1) }, as(user.accessToken))).regenerateBackupCodes;
    must(await stack.request(LoginDocument, { input: { email: user.email, password: user.password, backupCode: codes[0] } }, as()));
    must(await stack.request(DisableTotpDocument, { password: user.password, code: codes[1]! }, as(user.accessToken)));

    must(await stack.request(RequestPasswordResetDocument, { email: user.email }, as()));
    const newPassword = 'a passphrase chosen after the reset';
    must(await stack.request(ResetPasswordDocument, { token: (await latestMail(stack, user.email, /Reset/)).token!, newPassword }, as()));
    const session = must(await stack.request(LoginDocument, { input: { email: user.email, password: newPassword } }, as())).login;

    const events = must(await stack.request(MyAuditEventsDocument, { first: 100 }, { token: session.accessToken })).myAuditEvents!.edges.map((e) => e.node);
    const expected: Record<string, 'user' | null> = {
      EMAIL_VERIFIED: 'user',
      MFA_ENABLED: 'user',
      BACKUP_CODES_REGENERATED: 'user',
      BACKUP_CODE_USED: 'user',
      MFA_DISABLED: 'user',
      // Asked for by whoever knows the address: nobody is signed in.
      PASSWORD_RESET_REQUESTED: null,
      PASSWORD_RESET: 'user',
    };
    for (const [type, actor] of Object.entries(expected)) {
      const event = events.find((e) => e.type === type);
      expect(event, type).toBeDefined();
      expect(event!.ip, type).toMatch(/127\.0\.0\.1/);
      expect(event!.userAgent, type).toBe(agent);
      expect(event!.actor?.id ?? null, type).toBe(actor === 'user' ? user.id : null);
    }
  });

  it('pages through the events with opaque cursors', async () => {
    const user = await seed(stack).user();
    for (let i = 0; i < 3; i += 1) await login(user);
    await stack.request(LogoutDocument, {}, { token: user.accessToken });
    const fresh = (await login(user)).data!.login;
    const all = (await stack.request(MyAuditEventsDocument, { first: 100 }, { token: fresh.accessToken })).data!.myAuditEvents!;
    expect(all.edges).toHaveLength(6);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const first = (await stack.request(MyAuditEventsDocument, { first: 4 }, { token: fresh.accessToken })).data!.myAuditEvents!;
    const rest = (await stack.request(MyAuditEventsDocument, { first: 4, after: first.pageInfo.endCursor }, { token: fresh.accessToken })).data!.myAuditEvents!;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
  });
});

describe('the hash chain', () => {
  it('stays one unbroken chain under parallel appends', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => seed(stack).user()));
    await Promise.all(users.flatMap((user) => [login(user), login(user, 'wrong passphrase here'), login(user)]));
    const result = await verify();
    expect(result).toMatchObject({ intact: true, firstBrokenSequence: null, problem: null });
    const [{ n, max }] = await stack.database.query<{ n: string; max: string }>('select count(*) as n, max(seq) as max from identity.audit_events') as [{ n: string; max: string }];
    expect(Number(n)).toBe(Number(max));
    expect(result.checkedEvents).toBe(Number(n));
  });

  it('refuses to update or delete events (append-only)', async () => {
    await expect(stack.database.query("update identity.audit_events set ip = '6.6.6.6' where seq = 1")).rejects.toThrow(/append-only/);
    await expect(stack.database.query('delete from identity.audit_events where seq = 1')).rejects.toThrow(/append-only/);
    await expect(stack.database.query('truncate identity.audit_events')).rejects.toThrow(/append-only/);
  });

  it('pins a tampered event, and is intact again once it is restored', async () => {
    const [target] = await stack.database.query<{ seq: string; ip: string }>('select seq, ip from identity.audit_events order by seq limit 1 offset 3');
    await asIntruder("update identity.audit_events set ip = '6.6.6.6' where seq = $1", [target!.seq]);
    const tampered = await verify();
    expect(tampered).toMatchObject({ intact: false, firstBrokenSequence: Number(target!.seq) });
    expect(tampered.problem).toMatch(/changed/);
    await asIntruder('update identity.audit_events set ip = $1 where seq = $2', [target!.ip, target!.seq]);
    expect((await verify()).intact).toBe(true);
  });

  it('notices a deleted event, and deleted events at the end', async () => {
    const [last] = await stack.database.query<{ seq: string }>('select max(seq) as seq from identity.audit_events');
    await asIntruder('delete from identity.audit_events where seq = $1', [last!.seq]);
    const tail = await verify();
    expect(tail).toMatchObject({ intact: false, firstBrokenSequence: Number(last!.seq) });
    expect(tail.problem).toMatch(/missing/);

    await asIntruder('delete from identity.audit_events where seq = 5', []);
    const middle = await verify();
    expect(middle).toMatchObject({ intact: false, firstBrokenSequence: 5 });
    expect(middle.problem).toMatch(/missing/);
  });

  it('shows the chain check to platform admins only', async () => {
    const user = await seed(stack).user();
    const res = await stack.request(AuditChainVerificationDocument, {}, { token: user.accessToken });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.auditChainVerification ?? null).toBeNull();
  });
});

const MAIL_LOG_LINE = 'Mail written to the log because SMTP_URL is unset';

describe('secrets never reach logs or error messages', () => {
  it('keeps passwords, tokens, TOTP secrets and codes out of every log line and error, across every flow', async () => {
    const responses: GraphQLResponse<unknown>[] = [];
    const track = async <T>(promise: Promise<GraphQLResponse<T>>) => {
      const res = await promise;
      responses.push(res as GraphQLResponse<unknown>);
      return res;
    };
    const email = uniqueEmail('secretive');
    const secrets: Record<string, string> = {
      password: 'first secret passphrase',
      wrongPassword: 'a wrong secret passphrase',
      newPassword: 'second secret passphrase',
      resetPassword: 'third secret passphrase',
    };

    const registered = await track(stack.request(RegisterDocument, { input: { email, password: secrets.password!, name: 'Secretive' } }));
    secrets.registerAccess = registered.data!.register.accessToken;
    secrets.registerRefresh = registered.data!.register.refreshToken;
    await track(stack.request(LoginDocument, { input: { email, password: secrets.wrongPassword! } }));
    await track(stack.request(LoginDocument, { input: { email: uniqueEmail('unknown'), password: secrets.wrongPassword! } }));
    const loggedIn = await track(stack.request(LoginDocument, { input: { email, password: secrets.password! } }));
    if (!loggedIn.data) throw new Error(JSON.stringify(loggedIn.errors));
    const session = loggedIn.data.login;
    secrets.access = session.accessToken;
    secrets.refresh = session.refreshToken;
    const refreshed = (await track(stack.request(RefreshSessionDocument, { refreshToken: session.refreshToken }))).data!.refreshSession;
    secrets.refreshed = refreshed.refreshToken;
    await track(stack.request(RefreshSessionDocument, { refreshToken: 'srt_not-a-real-token-but-secret-looking' }));

    await track(stack.request(ChangePasswordDocument, { currentPassword: secrets.wrongPassword!, newPassword: secrets.newPassword! }, { token: refreshed.accessToken }));
    await track(stack.request(ChangePasswordDocument, { currentPassword: secrets.password!, newPassword: secrets.newPassword! }, { token: refreshed.accessToken }));

    await track(stack.request(RequestEmailVerificationDocument, {}, { token: refreshed.accessToken }));
    secrets.verificationToken = (await latestMail(stack, email, /Confirm your email/)).token!;
    await track(stack.request(VerifyEmailDocument, { token: secrets.verificationToken }));
    await track(stack.request(VerifyEmailDocument, { token: secrets.verificationToken }));

    const enrolled = (await track(stack.request(EnrollTotpDocument, {}, { token: refreshed.accessToken }))).data!.enrollTotp;
    secrets.totpSecret = enrolled.secret;
    const totp = OTPAuth.URI.parse(enrolled.otpauthUri) as OTPAuth.TOTP;
    const step = Math.floor(stack.clock().getTime() / 30_000);
    secrets.totpCode = totp.generate({ timestamp: step * 30_000 + 1 });
    const backupCodes = (await track(stack.request(ConfirmTotpDocument, { code: secrets.totpCode }, { token: refreshed.accessToken }))).data!.confirmTotp;
    backupCodes.forEach((code, i) => (secrets[`backup${i}`] = code));
    secrets.nextTotpCode = totp.generate({ timestamp: (step + 1) * 30_000 + 1 });
    await track(stack.request(LoginDocument, { input: { email, password: secrets.newPassword!, totpCode: secrets.nextTotpCode } }));
    await track(stack.request(LoginDocument, { input: { email, password: secrets.newPassword!, totpCode: secrets.nextTotpCode } }));
    await track(stack.request(LoginDocument, { input: { email, password: secrets.newPassword!, backupCode: backupCodes[0] } }));
    await track(stack.request(DisableTotpDocument, { password: secrets.newPassword!, code: backupCodes[1]! }, { token: refreshed.accessToken }));

    await track(stack.request(RequestPasswordResetDocument, { email }));
    secrets.resetToken = (await latestMail(stack, email, /Reset/)).token!;
    await track(stack.request(ResetPasswordDocument, { token: secrets.resetToken, newPassword: secrets.resetPassword! }));
    await track(stack.request(ResetPasswordDocument, { token: secrets.resetToken, newPassword: secrets.resetPassword! }));

    // Wait until every mail went through the log transport.
    await deliveredOutboxRows(stack, 'identity', email);

    const errors = JSON.stringify(responses.flatMap((res) => res.errors ?? []));
    expect(responses.filter((res) => res.errors).length).toBeGreaterThanOrEqual(7);
    const mailed = new Set(['verificationToken', 'resetToken']);
    const mailLines = stack.logLines.filter((line) => line.includes(MAIL_LOG_LINE));
    const otherLines = stack.logLines.filter((line) => !line.includes(MAIL_LOG_LINE));
    expect(otherLines.length).toBeGreaterThan(20);
    for (const [name, secret] of Object.entries(secrets)) {
      // Bounded, so a 6-digit TOTP code does not "match" inside a timestamp by chance.
      const pattern = new RegExp(`(?<![0-9A-Za-z_-])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z_-])`);
      expect(errors, `${name} in an error`).not.toMatch(pattern);
      for (const line of otherLines) expect(line, `${name} in a log line`).not.toMatch(pattern);
      // A mailed link may appear in the log transport's lines (so a local user can finish the flow); nothing else may.
      const inMail = mailLines.some((line) => pattern.test(line));
      expect(inMail, `${name} in a logged mail`).toBe(mailed.has(name));
    }
  });
});
