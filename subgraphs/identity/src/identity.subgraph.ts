import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWK } from 'jose';
import {
  MailDispatcher,
  allow,
  encryptionKeyOrDevelopment,
  assembleResolvers,
  createMailTransport,
  createSubgraphOrm,
  loadTypeDefs,
  mergeRules,
  isId,
  revokedSessionsRoute,
  serve,
  systemClock,
  type BaseRequestContext,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type JobQueue,
  type Logger,
  type QueryCounter,
  type SubgraphDefinition,
} from '@steward/kernel';
import type { IdentityContext, ServiceScope } from './identity.context.js';
import { identityConfig, type IdentityDeps } from './identity.deps.js';
import type { IdentityEnv } from './identity.env.js';
import { userEmailRoute } from './identity.routes.js';
import { SessionRevocations } from './modules/sessions/session-revocations.js';
import { identityMigrations } from './migrations/index.js';
import { AuditTrail } from './modules/audit/audit-trail.js';
import { auditResolvers } from './modules/audit/audit.resolvers.js';
import { auditRules } from './modules/audit/audit.rules.js';
import { AuditService } from './modules/audit/audit.service.js';
import { authResolvers } from './modules/auth/auth.resolvers.js';
import { authRules } from './modules/auth/auth.rules.js';
import { AuthService } from './modules/auth/auth.service.js';
import { RegistrationRequestService } from './modules/auth/registration-request.service.js';
import { AdmissionQueues } from './modules/auth/admission-queues.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { PasswordHasher, type Argon2Params } from './modules/auth/password-hasher.js';
import { StepUpVerifier } from './modules/auth/step-up.js';
import { emailVerificationResolvers } from './modules/email-verification/email-verification.resolvers.js';
import { emailVerificationRules } from './modules/email-verification/email-verification.rules.js';
import { EmailVerificationService } from './modules/email-verification/email-verification.service.js';
import { invitationsResolvers } from './modules/invitations/invitations.resolvers.js';
import { invitationsRules } from './modules/invitations/invitations.rules.js';
import { InvitationService } from './modules/invitations/invitation.service.js';
import { SigningKeySchema } from './modules/keys/signing-key.entity.js';
import { SigningKeys } from './modules/keys/signing-keys.js';
import { mfaResolvers } from './modules/mfa/mfa.resolvers.js';
import { mfaRules } from './modules/mfa/mfa.rules.js';
import { MfaSecrets } from './modules/mfa/mfa-secrets.js';
import { MfaRepository } from './modules/mfa/mfa.repository.js';
import { MfaService } from './modules/mfa/mfa.service.js';
import { PasswordPolicy } from './modules/passwords/password-policy.js';
import { definePasswordResetJob } from './modules/passwords/password-reset.job.js';
import { PasswordService } from './modules/passwords/password.service.js';
import { passwordsResolvers } from './modules/passwords/passwords.resolvers.js';
import { passwordsRules } from './modules/passwords/passwords.rules.js';
import { CallerGuard } from './modules/sessions/caller-guard.js';
import { SessionSchema } from './modules/sessions/session.entity.js';
import { SessionService } from './modules/sessions/session.service.js';
import { sessionsResolvers } from './modules/sessions/sessions.resolvers.js';
import { sessionsRules } from './modules/sessions/sessions.rules.js';
import { UserSchema } from './modules/users/user.entity.js';
import { createUserLoaders } from './modules/users/user.loaders.js';
import { UserRepository } from './modules/users/user.repository.js';
import { usersResolvers } from './modules/users/users.resolvers.js';
import { usersRules } from './modules/users/users.rules.js';

/** The folder whose `*.graphql` files make identity's SDL (read by the compose script too). */
export const IDENTITY_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Housekeeping (expired throttle rows) runs this often. */
const HOUSEKEEPING_INTERVAL_MS = 10 * 60_000;

/** argon2id parameters: production strength unless NODE_ENV=test, each overridable. */
export function argon2Params(env: IdentityEnv): Argon2Params {
  const test = env.NODE_ENV === 'test';
  return {
    memoryKiB: env.ARGON2_MEMORY_KIB ?? (test ? 1024 : 65_536),
    timeCost: env.ARGON2_TIME_COST ?? (test ? 1 : 3),
    parallelism: env.ARGON2_PARALLELISM ?? (test ? 1 : 4),
  };
}

/**
 * The key that protects second factors at rest. Production refuses to start without one; elsewhere
 * a fixed development key keeps `npm start` working, with a warning, since anyone can derive it.
 */
export function identityEncryptionKey(env: Pick<IdentityEnv, 'NODE_ENV' | 'IDENTITY_ENCRYPTION_KEY'>, logger: Logger): Buffer {
  return encryptionKeyOrDevelopment({ variable: 'IDENTITY_ENCRYPTION_KEY', key: env.IDENTITY_ENCRYPTION_KEY, owner: 'identity', nodeEnv: env.NODE_ENV, logger, protects: 'TOTP secrets and backup codes' });
}

/** Builds one request's scope and services on its own ORM fork. */
function createRequestContext(base: BaseRequestContext, em: EntityManager, deps: IdentityDeps, clock: Clock): IdentityContext {
  const viewer = { userId: base.caller.kind === 'user' ? base.caller.userId : null };
  const audit = new AuditTrail(em, base.client, clock);
  const scope: ServiceScope = {
    em,
    deps,
    caller: base.caller,
    client: base.client,
    logger: base.logger,
    clock,
    viewer,
    guard: new CallerGuard(em, base.caller, deps.config.platformAdminEmails, clock),
    stepUp: new StepUpVerifier(em, deps, audit, clock),
    audit,
  };
  return {
    ...base,
    viewer,
    auth: new AuthService(scope),
    registrationRequests: new RegistrationRequestService(scope),
    sessions: new SessionService(scope),
    passwords: new PasswordService(scope),
    emailVerification: new EmailVerificationService(scope),
    mfa: new MfaService(scope),
    invitations: new InvitationService(scope),
    audit: new AuditService(scope),
    loaders: createUserLoaders(em),
  };
}

/** Builds the identity subgraph on a database: migrates, loads signing keys, wires modules, starts the job queue (mail, reset requests). */
export async function createIdentitySubgraph(options: {
  env: IdentityEnv;
  database: DatabaseTarget;
  logger: Logger;
  /** What expiries, lockouts and TOTP steps are measured against (each request's ServiceScope carries it); the system clock when omitted. */
  clock?: Clock;
  /** Identity's queues on its process's job queue (mail delivery, password-reset requests). */
  jobs: () => Promise<JobQueue>;
  /** Where ended sessions are announced to the gateways. */
  bus: EventBus;
}): Promise<SubgraphDefinition<IdentityContext> & { queries: QueryCounter }> {
  const { env, logger } = options;
  const clock = options.clock ?? systemClock;
  // Before the database: a missing production key should stop the start, not the first enrolment.
  const mfaSecrets = new MfaSecrets(identityEncryptionKey(env, logger));
  const { orm, queries } = await createSubgraphOrm({
    name: 'identity',
    entities: [UserSchema, SessionSchema, SigningKeySchema],
    migrations: identityMigrations,
    database: options.database,
    logger,
  });
  const fork = () => orm.em.fork() as EntityManager;
  const keys = await SigningKeys.load(fork(), env.IDENTITY_SIGNING_KEY as JWK | undefined);
  // Secrets written before sealing existed are sealed now; a migration cannot, it has no key.
  const sealed = await new MfaRepository(fork(), mfaSecrets).sealPlaintextSecrets();
  if (sealed > 0) logger.info('Sealed plaintext TOTP secrets (count=%d)', sealed);
  const production = env.NODE_ENV === 'production';
  // After the key checks above: a process refused for configuration opens no connection first.
  const jobs = await options.jobs();
  const mail = new MailDispatcher({
    schema: 'identity',
    jobs,
    fork,
    transport: createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger, production }),
    logger,
    // A week: long past the lifetime of every reset or verification link.
    keepSentMs: 7 * 86_400_000,
  });
  const deps: IdentityDeps = {
    config: identityConfig(env),
    hasher: await PasswordHasher.create(argon2Params(env)),
    keys,
    passwordPolicy: PasswordPolicy.load(),
    mfaSecrets,
    mail,
    jobs,
    admissionQueues: new AdmissionQueues(),
    revocations: new SessionRevocations(options.bus, env.ACCESS_TOKEN_TTL_SECONDS, logger),
    fork,
  };
  definePasswordResetJob(jobs, deps, clock, logger);
  await mail.start();
  await jobs.start();
  if (env.REGISTRATION === 'invite' && env.PLATFORM_ADMIN_EMAILS.length === 0) {
    logger.warn('REGISTRATION=invite but PLATFORM_ADMIN_EMAILS is empty: nobody can create invitation codes, so nobody can register');
  }
  const housekeeping = setInterval(() => {
    new LoginThrottle(fork(), clock)
      .prune(new Date(clock().getTime() - 86_400_000 * 31))
      .catch((error: unknown) => logger.warn({ err: error }, 'Pruning login throttles failed'));
  }, HOUSEKEEPING_INTERVAL_MS);
  housekeeping.unref();

  return {
    name: 'identity',
    queries,
    typeDefs: loadTypeDefs(IDENTITY_SDL_DIR),
    resolvers: assembleResolvers([
      usersResolvers,
      authResolvers,
      sessionsResolvers,
      passwordsResolvers,
      emailVerificationResolvers,
      mfaResolvers,
      invitationsResolvers,
      auditResolvers,
    ]),
    rules: mergeRules([
      { PageInfo: allow },
      usersRules,
      authRules,
      sessionsRules,
      passwordsRules,
      emailVerificationRules,
      mfaRules,
      invitationsRules,
      auditRules,
    ]),
    createContext: (base) => createRequestContext(base, fork(), deps, clock),
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    routes(app) {
      app.get('/.well-known/jwks.json', (_req, res) => {
        res.set('cache-control', 'public, max-age=300').json(keys.jwks());
      });
    },
    internalRoutes: [
      serve(userEmailRoute, async ({ id }) => {
        const user = isId(id) ? await new UserRepository(fork()).findById(id) : null;
        return user ? { email: user.email, emailVerified: user.emailVerified } : null;
      }),
      serve(revokedSessionsRoute, async () => {
        const sessions = await deps.revocations.recent(fork(), clock);
        return { sessions: sessions.map(({ id, until }) => ({ id, until: until.toISOString() })) };
      }),
    ],
    async close() {
      clearInterval(housekeeping);
      await jobs.stop();
      await mail.stop();
      await orm.close();
    },
  };
}
