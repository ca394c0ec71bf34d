import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, type Clock } from '@steward/kernel';
import type { IdentityDeps } from '../../identity.deps.js';
import { AccountLockedError, SIGN_IN_BUSY_MESSAGE, LoginRateLimitedError } from '../../identity.errors.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { SecondFactor, type SecondFactorInput, type SecondFactorResult } from '../mfa/second-factor.js';
import type { User } from '../users/user.entity.js';
import { LoginThrottle, accountKey } from './login-throttle.js';

/** What a sensitive change asks the signed-in user to prove again, with the argument names to blame. */
export interface StepUpProof {
  password?: { value: string; field: string };
  secondFactor?: { input: SecondFactorInput; field: string };
  /**
   * Another code to check under the same throttle, such as the first code of a TOTP enrolment.
   * Passing it forgives no earlier failures: whoever holds an access token can enrol an
   * authenticator of their own and would otherwise reset the lockout between password guesses.
   */
  code?: { field: string; matches: () => boolean; message: string };
}

/**
 * Re-checks a signed-in user's password and/or second factor before a sensitive change. Wrong
 * answers count towards the account lockout exactly like failed sign-ins, so a stolen access token
 * does not become an unthrottled way to guess the password or a TOTP code.
 */
export class StepUpVerifier {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: Pick<IdentityDeps, 'hasher' | 'config' | 'admissionQueues' | 'mfaSecrets'>,
    private readonly audit: AuditTrail,
    /** Times the lockout and picks the TOTP step a code must match. */
    private readonly clock: Clock,
  ) {}

  async verify(user: User, sessionId: string, proof: StepUpProof): Promise<SecondFactorResult | null> {
    const throttle = new LoginThrottle(this.em, this.clock, this.deps.admissionQueues);
    const admitted = await throttle.admit(accountKey(user.email), this.deps.config.accountLockout);
    if (admitted.state === 'locked') throw new AccountLockedError(admitted.lockedUntil);
    if (admitted.state === 'busy') throw new LoginRateLimitedError(5, SIGN_IN_BUSY_MESSAGE);
    let outcome: 'failed' | 'succeeded' | 'neutral' = 'neutral';
    try {
      let failedField: string | null = null;
      if (proof.password && !(await this.deps.hasher.verify(user.passwordHash, proof.password.value))) failedField = proof.password.field;
      let factor: SecondFactorResult | null = null;
      if (!failedField && proof.secondFactor) {
        factor = await new SecondFactor(this.em, this.deps.mfaSecrets).use(user.id, proof.secondFactor.input, this.clock());
        if (!factor) failedField = proof.secondFactor.field;
      }
      if (!failedField && proof.code && !proof.code.matches()) failedField = proof.code.field;
      if (!failedField) {
        outcome = proof.password || proof.secondFactor ? 'succeeded' : 'neutral';
        return factor;
      }
      outcome = 'failed';
      const { lockedUntil } = await throttle.settle(admitted.admission, outcome);
      await this.audit.recordNow({ type: AuditEventType.LOGIN_FAILED, userId: user.id, actorId: user.id, sessionId, details: { reason: 'step_up', field: failedField } });
      if (lockedUntil) {
        await this.audit.recordNow({ type: AuditEventType.ACCOUNT_LOCKED, userId: user.id, details: { until: lockedUntil.toISOString() } });
        throw new AccountLockedError(lockedUntil);
      }
      throw new BadUserInputError(failedField, failedField === proof.code?.field ? `${failedField}: ${proof.code.message}` : `${failedField}: is incorrect.`);
    } finally {
      // Every admitted check is settled exactly once, whatever happened (a failure was settled above).
      if (outcome !== 'failed') await throttle.settle(admitted.admission, outcome);
    }
  }
}
