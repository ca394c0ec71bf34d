import { createServer, type AddressInfo, type Socket } from 'node:net';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { z } from 'zod';
import { parseEnv, type Logger } from '@steward/kernel';
import { createCapturingLogger, createTestDatabase, type TestDatabase } from '@steward/kernel/testing';
import type { SubgraphDescriptor } from '@steward/kernel';
import { descriptors, stackEnvShape, startSteward, type RunningSteward } from './start-steward.js';

/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Options of one request. */
export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** The whole stack on a fresh database, on free ports, for one test file. */
export interface TestStack extends RunningSteward {
  database: TestDatabase;
  logger: Logger;
  /** Every log line the stack wrote (JSON), for assertions about what must never be logged. */
  logLines: string[];
  /** The fake SMTP server the stack delivers mail to, when it was started with one. */
  smtp?: FakeSmtpServer;
  /** Sends a typed operation to the gateway. */
  request<T, V>(document: TypedDocumentNode<T, V> | DocumentNode, variables?: V, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** Sends raw GraphQL to any URL (the gateway by default). */
  post<T = Record<string, unknown>>(body: unknown, options?: RequestOptions & { url?: string }): Promise<GraphQLResponse<T>>;
}

/**
 * The configuration of a stack run inside a test or benchmark process: `NODE_ENV=test` (cheap
 * argon2), every part on a free port of 127.0.0.1, and no per-client rate limit (one address sends
 * bursts; the limiter has its own tests); then `overrides`.
 */
export function localStackEnv(overrides: Record<string, string> = {}, subgraphs: readonly SubgraphDescriptor[] = descriptors) {
  return parseEnv(z.object(stackEnvShape(subgraphs)), {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    ...Object.fromEntries(subgraphs.map((descriptor) => [descriptor.port.variable, '0'])),
    RATE_LIMIT_PER_MINUTE: '0',
    ...overrides,
  });
}

/**
 * Starts every subgraph and the gateway on port 0 against a database of the test file's own
 * (PostgreSQL when DATABASE_URL is set, else in-memory PGlite). Call `stop()` in afterAll.
 */
export async function startTestStack(
  envOverrides: Record<string, string> = {},
  options: { smtp?: FakeSmtpServer; subgraphs?: readonly SubgraphDescriptor[] } = {},
): Promise<TestStack> {
  const database = await createTestDatabase();
  const { logger, lines } = createCapturingLogger('debug');
  const env = localStackEnv({ ...(options.smtp ? { SMTP_URL: options.smtp.url } : {}), ...envOverrides }, options.subgraphs);
  const steward = await startSteward({ env, database: database.target, logger, subgraphs: options.subgraphs });

  const post = async <T>(body: unknown, options: RequestOptions & { url?: string } = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(options.url ?? steward.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...json };
  };

  return {
    ...steward,
    database,
    logger,
    logLines: lines,
    smtp: options.smtp,
    post,
    request: (document, variables, options) => post({ query: print(document), variables }, options),
    async stop() {
      await steward.stop();
      await database.drop();
    },
  };
}

/** Unique email per call, so tests never collide. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** A mail as it was delivered: by the log transport (the captured log) or to the stack's fake SMTP server. */
export interface SentMail {
  to: string;
  subject: string;
  text: string;
  /** When it was delivered. */
  sentAt: Date;
  /** The `token` query parameter of the first link in the mail, if any. */
  token: string | null;
}

const tokenOf = (text: string) => /[?&]token=([^\s&]+)/.exec(text)?.[1] ?? null;

/** Every mail any subgraph of the stack delivered so far, oldest first. */
function deliveredMails(stack: TestStack): SentMail[] {
  const mails: SentMail[] = [];
  for (const line of stack.logLines) {
    if (!line.includes('"mail":')) continue;
    const entry = JSON.parse(line) as { time: number; mail?: { to?: string; subject?: string; text?: string } };
    const { to, subject, text } = entry.mail ?? {};
    if (to === undefined || subject === undefined || text === undefined) continue;
    mails.push({ to, subject, text, sentAt: new Date(entry.time), token: tokenOf(text) });
  }
  for (const delivery of stack.smtp?.deliveries ?? []) {
    const { subject, text } = parseSmtpMessage(delivery.data);
    for (const to of delivery.to) mails.push({ to, subject, text, sentAt: delivery.receivedAt, token: tokenOf(text) });
  }
  return mails.sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
}

/** The subject and decoded plain-text body of a raw single-part message as nodemailer writes it. */
function parseSmtpMessage(data: string): { subject: string; text: string } {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = data.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:[ \t]*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
        : body;
  return { subject: header('Subject'), text: text.replace(/\r\n/g, '\n') };
}

/**
 * Mails delivered to `to`, oldest first, as they left the stack (the outbox keeps no body after
 * delivery, and there is no public API for mail). Waits up to `timeoutMs` for at least `atLeast` of
 * them, since mail is delivered after the request that wrote it answered.
 */
export async function readMails(stack: TestStack, to: string, options: { atLeast?: number; timeoutMs?: number } = {}): Promise<SentMail[]> {
  const atLeast = options.atLeast ?? 1;
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  for (;;) {
    const mails = deliveredMails(stack).filter((mail) => mail.to.toLowerCase() === to.toLowerCase());
    if (mails.length >= atLeast || Date.now() > deadline) return mails;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** What a subgraph's outbox still holds about mail to `to`. */
export interface OutboxRow {
  subject: string;
  body: string;
  sent_at: Date | string | null;
}

/** The outbox rows of `schema` for `to`, once every one of them is marked delivered (or after `timeoutMs`). */
export async function deliveredOutboxRows(stack: TestStack, schema: 'identity' | 'organizations', to: string, timeoutMs = 5000): Promise<OutboxRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await stack.database.query<OutboxRow>(`select subject, body, sent_at from ${schema}.mail_outbox where recipient = $1 order by created_at, id`, [to.toLowerCase()]);
    if ((rows.length > 0 && rows.every((row) => row.sent_at)) || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The newest mail to `to` whose subject matches, waiting for it to be written. */
export async function latestMail(stack: TestStack, to: string, subject: RegExp, timeoutMs = 5000): Promise<SentMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await readMails(stack, to, { atLeast: 0 })).filter((m) => subject.test(m.subject)).at(-1);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} with a subject matching ${subject}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A registered user with live tokens. */
export interface SeededUser {
  id: string;
  email: string;
  password: string;
  name: string;
  accessToken: string;
  refreshToken: string;
}

const REGISTER = /* GraphQL */ `
  mutation SeedRegister($input: RegisterInput!) {
    register(input: $input) { accessToken refreshToken user { id } }
  }
`;
const REQUEST_VERIFICATION = /* GraphQL */ `mutation SeedRequestVerification { requestEmailVerification }`;
const VERIFY = /* GraphQL */ `mutation SeedVerify($token: String!) { verifyEmail(token: $token) }`;

/** Fixture builder: `await seed(stack).user()`, `await seed(stack).org()` and its `.member()`, `.role()`, `.apiKey()`. */
export function seed(stack: TestStack) {
  const user = async (overrides: Partial<Pick<SeededUser, 'email' | 'password' | 'name'>> & { invitationCode?: string } = {}): Promise<SeededUser> => {
    const input = {
      email: overrides.email ?? uniqueEmail(),
      password: overrides.password ?? 'a long enough passphrase',
      name: overrides.name ?? 'Test User',
      ...(overrides.invitationCode ? { invitationCode: overrides.invitationCode } : {}),
    };
    const res = await stack.post<{ register: { accessToken: string; refreshToken: string; user: { id: string } } }>({
      query: REGISTER,
      variables: { input },
    });
    if (!res.data?.register) throw new Error(`Seeding a user failed: ${JSON.stringify(res.errors)}`);
    const { accessToken, refreshToken, user: created } = res.data.register;
    return { id: created.id, email: input.email, password: input.password, name: input.name, accessToken, refreshToken };
  };
  return {
    user,
    /**
     * An organization created by `owner` (a new user when omitted), with builders for members,
     * roles and API keys: `const org = await seed(stack).org(); const viewer = await org.member('viewer');`
     */
    async org(options: { owner?: SeededUser; name?: string; slug?: string; maxMembers?: number } = {}): Promise<SeededOrganization> {
      return seedOrganization(stack, options.owner ?? (await user()), () => seed(stack).verifiedUser(), options);
    },
    /**
     * A project of `org`, created by its owner (or `options.as`), with builders for versions and
     * baselines: `const project = await seed(stack).project(org); const v1 = await project.version();`
     */
    async project(org: Pick<SeededOrganization, 'id' | 'owner'>, options: SeedProjectOptions = {}): Promise<SeededProject> {
      return seedProject(stack, org, options);
    },
    /** A user who followed the mailed verification link (as a platform admin must have). */
    async verifiedUser(overrides: Parameters<typeof user>[0] = {}): Promise<SeededUser> {
      const seeded = await user(overrides);
      const requested = await stack.post({ query: REQUEST_VERIFICATION }, { token: seeded.accessToken });
      if (requested.errors) throw new Error(`Requesting verification failed: ${JSON.stringify(requested.errors)}`);
      const mail = await latestMail(stack, seeded.email, /Confirm your email/);
      const verified = await stack.post({ query: VERIFY, variables: { token: mail.token } });
      if (verified.errors) throw new Error(`Verifying the email failed: ${JSON.stringify(verified.errors)}`);
      return seeded;
    },
  };
}

/** A built-in role of every organization. */
export type BuiltInRole = 'owner' | 'admin' | 'member' | 'viewer';

/** A member who joined an organization by invitation. */
export interface SeededMember extends SeededUser {
  membershipId: string;
  roleId: string;
}

/** An API key (service account) of an organization; send `secret` as `Authorization: Bearer <secret>`. */
export interface SeededApiKey {
  id: string;
  secret: string;
  roleId: string;
}

/** An organization created through the API, with builders that add to it. */
export interface SeededOrganization {
  id: string;
  slug: string;
  name: string;
  /** The user who created it, its first owner. */
  owner: SeededUser;
  /** Ids of the built-in roles. */
  roles: Record<BuiltInRole, string>;
  /**
   * A new user with a verified email (or `user`, whose email must be verified) who joined by
   * accepting an invitation with `role`: a built-in role's name or a role id.
   */
  member(role?: BuiltInRole | string, user?: SeededUser): Promise<SeededMember>;
  /** A custom role with these permissions (and optionally a parent role); returns its id. */
  role(permissions: string[], options?: { name?: string; parentRoleId?: string }): Promise<string>;
  /** An API key acting with `role`: a built-in role's name or a role id. */
  apiKey(role?: BuiltInRole | string, options?: { name?: string; expiresAt?: string }): Promise<SeededApiKey>;
}

/** Unique organization slug per call, so tests never collide. */
export function uniqueSlug(label = 'org'): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`.toLowerCase();
}

/**
 * Runs `send`, which mails `to` a message whose subject matches `subject`, and returns that new
 * mail once delivered. Mail goes out after the answer, so the newest matching mail at that moment
 * may still be an earlier one to the same address; this waits for one more than there were before.
 */
export async function mailSentBy(stack: TestStack, to: string, subject: RegExp, send: () => Promise<unknown>, timeoutMs = 5000): Promise<SentMail> {
  const matching = async () => (await readMails(stack, to, { atLeast: 0 })).filter((mail) => subject.test(mail.subject));
  const before = (await matching()).length;
  await send();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await matching();
    if (mails.length > before) return mails.at(-1)!;
    if (Date.now() > deadline) throw new Error(`No new mail to ${to} with a subject matching ${subject}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const CREATE_ORGANIZATION = /* GraphQL */ `
  mutation SeedCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { id slug name roles { id builtIn } }
  }
`;
const INVITE = /* GraphQL */ `
  mutation SeedInvite($input: InviteMemberInput!) { inviteMember(input: $input) { id } }
`;
const ACCEPT = /* GraphQL */ `
  mutation SeedAccept($token: String!) { acceptInvitation(token: $token) { id role { id } } }
`;
const CREATE_ROLE = /* GraphQL */ `
  mutation SeedCreateRole($input: CreateRoleInput!) { createRole(input: $input) { id } }
`;
const CREATE_API_KEY = /* GraphQL */ `
  mutation SeedCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }
`;

async function seedRequest<T>(stack: TestStack, what: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await stack.post<T>({ query, variables }, { token });
  if (!res.data || res.errors) throw new Error(`Seeding ${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** Creates an organization owned by `owner` and returns its builder. */
async function seedOrganization(
  stack: TestStack,
  owner: SeededUser,
  createVerifiedUser: () => Promise<SeededUser>,
  options: { name?: string; slug?: string; maxMembers?: number },
): Promise<SeededOrganization> {
  const input = { name: options.name ?? 'Test Organization', slug: options.slug ?? uniqueSlug(), maxMembers: options.maxMembers ?? null };
  const { createOrganization: created } = await seedRequest<{
    createOrganization: { id: string; slug: string; name: string; roles: { id: string; builtIn: BuiltInRole | null }[] };
  }>(stack, 'an organization', CREATE_ORGANIZATION, { input }, owner.accessToken);
  const roles = Object.fromEntries(created.roles.filter((r) => r.builtIn).map((r) => [r.builtIn, r.id])) as Record<BuiltInRole, string>;
  const roleId = (role: BuiltInRole | string) => (role in roles ? roles[role as BuiltInRole] : role);
  return {
    id: created.id,
    slug: created.slug,
    name: created.name,
    owner,
    roles,
    async member(role = 'member', existing) {
      const user = existing ?? (await createVerifiedUser());
      // An existing user's earlier invitation must not be taken for this one.
      const mail = await mailSentBy(stack, user.email, /You are invited/, () =>
        seedRequest(stack, 'an invitation', INVITE, { input: { organizationId: created.id, email: user.email, roleId: roleId(role) } }, owner.accessToken),
      );
      const token = decodeURIComponent(mail.token ?? '');
      const { acceptInvitation } = await seedRequest<{ acceptInvitation: { id: string; role: { id: string } } }>(
        stack,
        'an acceptance',
        ACCEPT,
        { token },
        user.accessToken,
      );
      return { ...user, membershipId: acceptInvitation.id, roleId: acceptInvitation.role.id };
    },
    async role(permissions, roleOptions = {}) {
      const input = {
        organizationId: created.id,
        name: roleOptions.name ?? `Role ${Math.random().toString(36).slice(2, 8)}`,
        permissions,
        parentRoleId: roleOptions.parentRoleId ?? null,
      };
      return (await seedRequest<{ createRole: { id: string } }>(stack, 'a role', CREATE_ROLE, { input }, owner.accessToken)).createRole.id;
    },
    async apiKey(role = 'member', keyOptions = {}) {
      const input = { organizationId: created.id, name: keyOptions.name ?? 'Test key', roleId: roleId(role), expiresAt: keyOptions.expiresAt ?? null };
      const { createApiKey } = await seedRequest<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
        stack,
        'an API key',
        CREATE_API_KEY,
        { input },
        owner.accessToken,
      );
      return { id: createApiKey.apiKey.id, secret: createApiKey.secret, roleId: roleId(role) };
    },
  };
}

/** A message the fake SMTP server accepted. */
export interface SmtpDelivery {
  from: string;
  to: string[];
  receivedAt: Date;
  /** The raw message: headers, a blank line, the body. */
  data: string;
}

/** A local SMTP server that accepts every message and keeps it, for tests of mail delivery. */
export interface FakeSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  deliveries: SmtpDelivery[];
  close(): Promise<void>;
}

/**
 * Starts a minimal SMTP server on 127.0.0.1 (plain text, no AUTH or STARTTLS): enough of RFC 5321
 * for nodemailer to deliver to it, so tests exercise the real SMTP transport without a mail server.
 */
export async function startFakeSmtpServer(): Promise<FakeSmtpServer> {
  const deliveries: SmtpDelivery[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = '';
    let inData = false;
    let current: SmtpDelivery = { from: '', to: [], receivedAt: new Date(), data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake-smtp ready');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
          current.receivedAt = new Date();
          buffer = buffer.slice(end + 5);
          deliveries.push(current);
          current = { from: '', to: [], receivedAt: new Date(), data: '' };
          inData = false;
          reply('250 2.0.0 queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-fake-smtp\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO') reply('250 fake-smtp');
        else if (verb === 'MAIL') {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    deliveries,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Options of `seed(stack).project()`. */
export interface SeedProjectOptions {
  /** Who creates the project (and, by default, its versions and baselines); the organization's owner when omitted. */
  as?: SeededUser;
  name?: string;
  slug?: string;
  description?: string;
  settings?: Record<string, unknown>;
}

/** A version created through the API. */
export interface SeededVersion {
  id: string;
  number: number;
  name: string;
  /** Records measured values for the version (replacing earlier values of the same metrics). */
  measure(values: Record<string, number>, as?: SeededUser): Promise<void>;
}

/** A project created through the API, with builders that add to it. */
export interface SeededProject {
  id: string;
  slug: string;
  name: string;
  organizationId: string;
  /** The user who created it. */
  creator: SeededUser;
  /** A new V1 version; names are unique per call unless given. */
  version(options?: { name?: string; modelConfig?: Record<string, unknown>; changelog?: string; as?: SeededUser }): Promise<SeededVersion>;
  /** Sets a quality-gate baseline; returns its id. */
  baseline(input: { metric: string; operator: string; threshold: number; severity?: 'ERROR' | 'WARN' }, as?: SeededUser): Promise<string>;
}

const CREATE_PROJECT = /* GraphQL */ `
  mutation SeedCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id slug name } }
`;
const CREATE_VERSION = /* GraphQL */ `
  mutation SeedCreateVersion($input: CreateVersionInput!) { createVersion(input: $input) { id number name } }
`;
const RECORD_MEASUREMENTS = /* GraphQL */ `
  mutation SeedRecordMeasurements($input: RecordVersionMeasurementsInput!) { recordVersionMeasurements(input: $input) { id } }
`;
const SET_BASELINE = /* GraphQL */ `
  mutation SeedSetBaseline($input: SetBaselineInput!) { setBaseline(input: $input) { id } }
`;

/** Creates a project in `org` and returns its builder. */
async function seedProject(stack: TestStack, org: Pick<SeededOrganization, 'id' | 'owner'>, options: SeedProjectOptions): Promise<SeededProject> {
  const creator = options.as ?? org.owner;
  const input = {
    organizationId: org.id,
    name: options.name ?? 'Test Project',
    slug: options.slug ?? uniqueSlug('project'),
    description: options.description ?? null,
    settings: options.settings ?? null,
  };
  const { createProject: created } = await seedRequest<{ createProject: { id: string; slug: string; name: string } }>(
    stack,
    'a project',
    CREATE_PROJECT,
    { input },
    creator.accessToken,
  );
  let versions = 0;
  return {
    ...created,
    organizationId: org.id,
    creator,
    async version(versionOptions = {}) {
      versions += 1;
      const versionInput = {
        projectId: created.id,
        name: versionOptions.name ?? `v${versions}-${Math.random().toString(36).slice(2, 6)}`,
        modelConfig: versionOptions.modelConfig ?? { model: 'gpt-4o-mini', temperature: 0.2 },
        changelog: versionOptions.changelog ?? `Version ${versions}.`,
      };
      const { createVersion: version } = await seedRequest<{ createVersion: { id: string; number: number; name: string } }>(
        stack,
        'a version',
        CREATE_VERSION,
        { input: versionInput },
        (versionOptions.as ?? creator).accessToken,
      );
      return {
        ...version,
        async measure(values, as) {
          const measured = { versionId: version.id, values: Object.entries(values).map(([metric, value]) => ({ metric, value })) };
          await seedRequest(stack, 'measurements', RECORD_MEASUREMENTS, { input: measured }, (as ?? creator).accessToken);
        },
      };
    },
    async baseline(baselineInput, as) {
      const { setBaseline } = await seedRequest<{ setBaseline: { id: string } }>(
        stack,
        'a baseline',
        SET_BASELINE,
        { input: { projectId: created.id, severity: 'ERROR', ...baselineInput } },
        (as ?? creator).accessToken,
      );
      return setBaseline.id;
    },
  };
}

const RECORD_USAGE = /* GraphQL */ `
  mutation SeedRecordUsage($organizationId: ID!, $records: [LlmUsageInput!]!) {
    recordLlmUsage(organizationId: $organizationId, records: $records) { accepted batches { id projectId } alertsRaised { id } }
  }
`;
let usageSequence = 0;

/**
 * Records LLM usage in an organization through the gateway, as `token` (an access token or an API
 * key secret holding `metrics:write`). Each record gets defaults (a unique request id, now, gpt-4,
 * 1,000 input and 500 output tokens = 0.06 USD) under what it sets. Returns how many were accepted
 * (not skipped as duplicates), the batches and the alerts raised.
 */
export async function recordUsage(
  stack: TestStack,
  organizationId: string,
  token: string,
  records: Record<string, unknown>[],
): Promise<{ accepted: number; batches: { id: string; projectId: string | null }[]; alertIds: string[] }> {
  const filled = records.map((record) => ({
    requestId: `seed-${Date.now().toString(36)}-${(usageSequence += 1)}-${Math.random().toString(36).slice(2, 8)}`,
    occurredAt: new Date().toISOString(),
    provider: 'openai',
    model: 'gpt-4',
    inputTokens: 1000,
    outputTokens: 500,
    latencyMs: 800,
    status: 'SUCCESS',
    ...record,
  }));
  const { recordLlmUsage } = await seedRequest<{ recordLlmUsage: { accepted: number; batches: { id: string; projectId: string | null }[]; alertsRaised: { id: string }[] } }>(
    stack,
    'LLM usage',
    RECORD_USAGE,
    { organizationId, records: filled },
    token,
  );
  return { accepted: recordLlmUsage.accepted, batches: recordLlmUsage.batches, alertIds: recordLlmUsage.alertsRaised.map((alert) => alert.id) };
}
