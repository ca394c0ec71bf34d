import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseRequestContext } from '@steward/kernel';
import type { AuditService } from './modules/audit/audit.service.js';
import type { AuthService } from './modules/auth/auth.service.js';
import type { EmailVerificationService } from './modules/email-verification/email-verification.service.js';
import type { InvitationService } from './modules/invitations/invitation.service.js';
import type { MfaService } from './modules/mfa/mfa.service.js';
import type { PasswordService } from './modules/passwords/password.service.js';
import type { SessionService } from './modules/sessions/session.service.js';
import type { UserLoaders } from './modules/users/user.loaders.js';

/** Per-request context of the identity subgraph. */
export interface IdentityContext extends BaseRequestContext {
  em: EntityManager;
  auth: AuthService;
  sessions: SessionService;
  passwords: PasswordService;
  emailVerification: EmailVerificationService;
  mfa: MfaService;
  invitations: InvitationService;
  audit: AuditService;
  loaders: UserLoaders;
  /**
   * The user this request acts for: the caller, or the user a `register`/`login`/`refreshSession`
   * in this request just signed in, so their own fields in the payload are visible.
   */
  viewer: { userId: string | null };
}
