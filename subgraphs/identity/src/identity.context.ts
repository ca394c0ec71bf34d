import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseRequestContext, Caller, ClientInfo, Clock, Logger } from '@steward/kernel';
import type { IdentityDeps } from './identity.deps.js';
import type { AuditTrail } from './modules/audit/audit-trail.js';
import type { AuditService } from './modules/audit/audit.service.js';
import type { AuthService } from './modules/auth/auth.service.js';
import type { RegistrationRequestService } from './modules/auth/registration-request.service.js';
import type { StepUpVerifier } from './modules/auth/step-up.js';
import type { EmailVerificationService } from './modules/email-verification/email-verification.service.js';
import type { InvitationService } from './modules/invitations/invitation.service.js';
import type { MfaService } from './modules/mfa/mfa.service.js';
import type { PasswordService } from './modules/passwords/password.service.js';
import type { CallerGuard } from './modules/sessions/caller-guard.js';
import type { SessionService } from './modules/sessions/session.service.js';
import type { UserLoaders } from './modules/users/user.loaders.js';

/**
 * The user a request acts for: the caller, or the user a `register`/`login`/`refreshSession` in
 * this request just signed in, so their own fields in the payload are visible.
 */
export interface Viewer {
  userId: string | null;
}

/**
 * What every identity service of one request shares, built once by the context factory: one
 * argument instead of a positional list that grew with each concern (AuthService took seven).
 */
export interface ServiceScope {
  /** The request's ORM fork; services open transactions on it and build repositories on the transaction. */
  em: EntityManager;
  /** What lives as long as the process: settings, hasher, signing keys, mail, job queue. */
  deps: IdentityDeps;
  caller: Caller;
  /** The client's IP address and user agent, stamped on sessions and audit events. */
  client: ClientInfo;
  logger: Logger;
  /** The system clock unless the host injects another (tests that must not sleep). */
  clock: Clock;
  viewer: Viewer;
  /** The caller's live session and platform-admin checks, looked up once per request. */
  guard: CallerGuard;
  /** Re-checks a password or second factor before a sensitive change, under the account lockout. */
  stepUp: StepUpVerifier;
  /** Appends this request's audit events. */
  audit: AuditTrail;
}

/** Per-request context of the identity subgraph. */
export interface IdentityContext extends BaseRequestContext {
  auth: AuthService;
  registrationRequests: RegistrationRequestService;
  sessions: SessionService;
  passwords: PasswordService;
  emailVerification: EmailVerificationService;
  mfa: MfaService;
  invitations: InvitationService;
  audit: AuditService;
  loaders: UserLoaders;
  viewer: Viewer;
}
