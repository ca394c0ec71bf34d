import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue, MailDispatcher } from '@steward/kernel';
import type { IdentityEnv } from './identity.env.js';
import type { AdmissionQueues } from './modules/auth/admission-queues.js';
import type { ThrottlePolicy } from './modules/auth/login-throttle.js';
import type { PasswordHasher } from './modules/auth/password-hasher.js';
import type { MfaSecrets } from './modules/mfa/mfa-secrets.js';
import type { SigningKeys } from './modules/keys/signing-keys.js';
import type { PasswordPolicy } from './modules/passwords/password-policy.js';
import type { SessionRevocations } from './modules/sessions/session-revocations.js';

/** Identity's settings, derived once from the environment. */
export interface IdentityConfig {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  refreshReuseGraceSeconds: number;
  accountLockout: ThrottlePolicy;
  ipLimit: ThrottlePolicy;
  resetMailLimit: ThrottlePolicy;
  passwordResetTtlSeconds: number;
  emailVerificationTtlSeconds: number;
  registration: 'open' | 'invite';
  /** `register` is refused and `requestRegistration` accounts sign in only once their address is verified. */
  registrationEnumerationSafe: boolean;
  platformAdminEmails: ReadonlySet<string>;
  publicAppUrl: string;
}

/** Everything that lives as long as the process; request services get it from the context factory. */
export interface IdentityDeps {
  config: IdentityConfig;
  hasher: PasswordHasher;
  keys: SigningKeys;
  passwordPolicy: PasswordPolicy;
  /** Seals TOTP secrets and keys backup-code hashes (from IDENTITY_ENCRYPTION_KEY). */
  mfaSecrets: MfaSecrets;
  mail: MailDispatcher;
  /** Identity's queues (mail delivery, password-reset requests); enqueue through a request's transaction. */
  jobs: JobQueue;
  /** Orders sign-ins waiting on one throttle key inside this process. */
  admissionQueues: AdmissionQueues;
  /** Announces ended sessions to every gateway; call after the revoking transaction commits. */
  revocations: SessionRevocations;
  /** A fresh EntityManager for work outside a request (jobs). */
  fork(): EntityManager;
}

/** Reads the settings out of the parsed environment. */
export function identityConfig(env: IdentityEnv): IdentityConfig {
  return {
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_DAYS * 86_400,
    refreshReuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
    accountLockout: {
      maxFailures: env.ACCOUNT_LOCKOUT_THRESHOLD,
      windowSeconds: env.ACCOUNT_LOCKOUT_WINDOW_SECONDS,
      lockSeconds: env.ACCOUNT_LOCKOUT_SECONDS,
      successClears: true,
    },
    // Locked for a whole window from the failure that reached the limit, so a retry-after is never a second or two.
    ipLimit: { maxFailures: env.LOGIN_IP_MAX_FAILURES, windowSeconds: env.LOGIN_IP_WINDOW_SECONDS, lockSeconds: env.LOGIN_IP_WINDOW_SECONDS, successClears: false },
    // Mails to one address: a few an hour is plenty for a person and useless for mail-bombing.
    resetMailLimit: { maxFailures: 5, windowSeconds: 3600, lockSeconds: 'window', successClears: false },
    passwordResetTtlSeconds: env.PASSWORD_RESET_TOKEN_TTL_SECONDS,
    emailVerificationTtlSeconds: env.EMAIL_VERIFICATION_TOKEN_TTL_SECONDS,
    registration: env.REGISTRATION,
    registrationEnumerationSafe: env.REGISTRATION_ENUMERATION_SAFE,
    platformAdminEmails: new Set(env.PLATFORM_ADMIN_EMAILS),
    publicAppUrl: env.PUBLIC_APP_URL,
  };
}
