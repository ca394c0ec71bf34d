import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, parseInput } from '@steward/kernel';
import type { ServiceScope } from '../../identity.context.js';
import type { IdentityConfig } from '../../identity.deps.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { InvitationRepository } from '../invitations/invitation.repository.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { OneTimeLink, mailOneTimeLink } from '../tokens/one-time-link.js';
import { hashToken } from '../tokens/secret-tokens.js';
import { UserRepository } from '../users/user.repository.js';
import { RegisterInputModel, type RegisterInput } from './auth.models.js';
import { LoginThrottle } from './login-throttle.js';

/**
 * Whether registering `input.email` needs an invitation code (REGISTRATION=invite, except a
 * PLATFORM_ADMIN_EMAILS address while none of those has a verified account), refusing a missing
 * code. Depends on the configuration and the admins' accounts only, never on `input.email`'s own.
 */
export async function requireInvitationCode(users: UserRepository, config: IdentityConfig, input: RegisterInput): Promise<boolean> {
  const bootstrapAdmin = config.platformAdminEmails.has(input.email) && !(await users.anyVerifiedAmong([...config.platformAdminEmails]));
  const needsCode = config.registration === 'invite' && !bootstrapAdmin;
  if (needsCode && !input.invitationCode) {
    throw new BadUserInputError('input.invitationCode', 'input.invitationCode: registration is by invitation only; enter your invitation code.');
  }
  return needsCode;
}

/**
 * Registration that never tells whether an address has an account (`requestRegistration`): the
 * answer is always true, and the address's inbox learns the rest. A new address gets an unverified
 * account and a verification link; a taken one gets a notice and nothing is created.
 */
export class RegistrationRequestService {
  constructor(private readonly scope: ServiceScope) {}

  /**
   * Validates the input exactly like `register` (nothing there depends on the address's account),
   * then in one transaction: takes an invitation code's use if one is needed (for a taken address
   * too, so the code's count does not tell), inserts the account unless the address is taken (one
   * statement either way), and queues the matching mail.
   */
  async request(rawInput: unknown): Promise<boolean> {
    const input = parseInput(RegisterInputModel, rawInput, 'input');
    const { config, passwordPolicy, hasher } = this.scope.deps;
    passwordPolicy.check(input.password, input.email, 'input.password');
    const needsCode = await requireInvitationCode(new UserRepository(this.scope.em), config, input);
    const passwordHash = await hasher.hash(input.password);
    const created = await this.scope.em.transactional(async (tx) => {
      const now = this.scope.clock();
      const invitationCodeId = needsCode ? await new InvitationRepository(tx).consume(hashToken(input.invitationCode!), now) : null;
      if (needsCode && !invitationCodeId) throw new BadUserInputError('input.invitationCode', 'input.invitationCode: is invalid, expired, revoked or used up.');
      const userId = await new UserRepository(tx).addUnlessTaken({ id: randomUUID(), email: input.email, name: input.name, passwordHash }, now);
      if (!userId) {
        await this.mailNotice(tx, input.email);
        return null;
      }
      const user = { id: userId, email: input.email };
      await mailOneTimeLink(tx, this.scope.deps.mail.outbox(tx), OneTimeLink.emailVerification, user, { publicAppUrl: config.publicAppUrl, ttlSeconds: config.emailVerificationTtlSeconds, now });
      await this.scope.audit.record(tx, { type: AuditEventType.USER_REGISTERED, userId, actorId: userId, details: { pendingVerification: true, ...(invitationCodeId ? { invitationCodeId } : {}) } });
      return userId;
    });
    if (created) this.scope.logger.info('Registered user pending verification (userId=%s)', created);
    else this.scope.logger.info('Registration requested for a taken address: notice queued');
    return true;
  }

  /** "Someone tried to register with your address", at most a few an hour per address: the form must not mail-bomb an inbox. */
  private async mailNotice(tx: EntityManager, email: string): Promise<void> {
    if (!(await new LoginThrottle(tx, this.scope.clock).take(`register-notice:${hashToken(email)}`, this.scope.deps.config.resetMailLimit)).taken) return;
    await this.scope.deps.mail.outbox(tx).enqueue(MailTemplates.registrationAttempt(email, this.scope.deps.config.publicAppUrl), new Date());
  }
}
