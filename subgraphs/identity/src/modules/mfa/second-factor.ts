import type { EntityManager } from '@mikro-orm/postgresql';
import type { MfaSecrets } from './mfa-secrets.js';
import { MfaRepository } from './mfa.repository.js';
import { matchTotp } from './totp.js';

/** A second factor as presented with a sign-in or a sensitive change. */
export interface SecondFactorInput {
  totpCode?: string | null;
  backupCode?: string | null;
}

/** Which factor was accepted. */
export type SecondFactorResult = { kind: 'totp' } | { kind: 'backup'; codesLeft: number };

/** Checks and uses up TOTP and backup codes. */
export class SecondFactor {
  private readonly mfa: MfaRepository;

  constructor(em: EntityManager, secrets: MfaSecrets) {
    this.mfa = new MfaRepository(em, secrets);
  }

  async isEnabled(userId: string): Promise<boolean> {
    const totp = await this.mfa.findTotp(userId);
    return Boolean(totp?.confirmedAt);
  }

  /**
   * Accepts a TOTP code whose step is later than the last one used (no replay within the window),
   * or an unused backup code; either is used up atomically. Null when neither is valid. `now`
   * picks the TOTP step.
   */
  async use(userId: string, input: SecondFactorInput, now: Date): Promise<SecondFactorResult | null> {
    if (input.totpCode) {
      const totp = await this.mfa.findTotp(userId);
      if (!totp?.confirmedAt) return null;
      const step = matchTotp(totp.secret, input.totpCode, now);
      if (step !== null && (await this.mfa.useStep(userId, step))) return { kind: 'totp' };
      return null;
    }
    if (input.backupCode) {
      const codesLeft = await this.mfa.useBackupCode(userId, input.backupCode, now);
      return codesLeft === null ? null : { kind: 'backup', codesLeft };
    }
    return null;
  }
}
