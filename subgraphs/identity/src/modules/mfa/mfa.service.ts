import { ConflictError, parseInput } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../identity.context.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { BACKUP_CODE_COUNT, newBackupCode } from './backup-codes.js';
import { MfaRepository } from './mfa.repository.js';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.js';

/** What `enrollTotp` returns (mirrors the `TotpEnrollment` type). */
export interface TotpEnrollment {
  secret: string;
  otpauthUri: string;
}

const ISSUER = 'Steward';
const CodeModel = z.string().trim().max(32, 'must be at most 32 characters');
const DisableModel = z.object({ password: z.string().max(256, 'must be at most 256 characters'), code: CodeModel });

/** Turning two-step sign-in (TOTP plus backup codes) on and off for the signed-in user. */
export class MfaService {
  private readonly mfa: MfaRepository;

  constructor(private readonly scope: ServiceScope) {
    this.mfa = new MfaRepository(scope.em, scope.deps.mfaSecrets);
  }

  /**
   * Starts enrolment with a new secret (replacing an unconfirmed one). Nothing changes for sign-in
   * until `confirmTotp` proves the authenticator app produces matching codes.
   */
  async enroll(): Promise<TotpEnrollment> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    const secret = newTotpSecret();
    const started = await this.scope.em.transactional(async (tx) => {
      const ok = await new MfaRepository(tx, this.scope.deps.mfaSecrets).startEnrolment(user.id, secret, this.scope.clock());
      if (ok) await this.scope.audit.record(tx, { type: AuditEventType.MFA_ENROLLMENT_STARTED, userId: user.id, actorId: user.id, sessionId });
      return ok;
    });
    if (!started) throw new ConflictError('Two-step sign-in is already on. Turn it off first to use another authenticator.');
    return { secret, otpauthUri: otpauthUri(secret, user.email, ISSUER) };
  }

  /** Confirms enrolment with a first code and returns the backup codes, shown this once. */
  async confirm(rawCode: unknown): Promise<string[]> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    const code = parseInput(CodeModel, rawCode, 'code');
    const pending = await this.mfa.findTotp(user.id);
    if (!pending || pending.confirmedAt) throw new ConflictError('There is no enrolment to confirm. Start with enrollTotp.');
    // Wrong codes count towards the account lockout like failed sign-ins.
    const matched = { step: null as number | null };
    await this.scope.stepUp.verify(user, sessionId, {
      code: {
        field: 'code',
        message: 'does not match; check the authenticator app and the device clock.',
        matches: () => (matched.step = matchTotp(pending.secret, code, this.scope.clock())) !== null,
      },
    });
    const step = matched.step;
    if (step === null) throw new Error('The step-up check passed without a matching code.');
    const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode);
    await this.scope.em.transactional(async (tx) => {
      const repo = new MfaRepository(tx, this.scope.deps.mfaSecrets);
      const now = this.scope.clock();
      if (!(await repo.confirm(user.id, step, now))) throw new ConflictError('There is no enrolment to confirm. Start with enrollTotp.');
      await repo.replaceBackupCodes(user.id, codes, now);
      await this.scope.audit.record(tx, { type: AuditEventType.MFA_ENABLED, userId: user.id, actorId: user.id, sessionId });
    });
    this.scope.logger.info('Two-step sign-in enabled (userId=%s)', user.id);
    return codes;
  }

  /** Turns two-step sign-in off; needs the password and a current TOTP code or a backup code. */
  async disable(args: unknown): Promise<boolean> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    const { password, code } = parseInput(DisableModel, args, 'args');
    const totp = await this.mfa.findTotp(user.id);
    if (!totp?.confirmedAt) throw new ConflictError('Two-step sign-in is not on.');
    const looksLikeTotp = /^\d{6}$/.test(code.replace(/\s+/g, ''));
    await this.scope.stepUp.verify(user, sessionId, {
      password: { value: password, field: 'password' },
      secondFactor: { input: looksLikeTotp ? { totpCode: code } : { backupCode: code }, field: 'code' },
    });
    await this.scope.em.transactional(async (tx) => {
      const repo = new MfaRepository(tx, this.scope.deps.mfaSecrets);
      await repo.removeTotp(user.id);
      await repo.removeBackupCodes(user.id);
      await this.scope.audit.record(tx, { type: AuditEventType.MFA_DISABLED, userId: user.id, actorId: user.id, sessionId });
    });
    this.scope.logger.info('Two-step sign-in disabled (userId=%s)', user.id);
    return true;
  }

  /**
   * Replaces the backup codes. Asks for a current TOTP code: with only an access token, someone
   * could otherwise mint codes that bypass the second factor for good.
   */
  async regenerateBackupCodes(rawCode: unknown): Promise<string[]> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    const code = parseInput(CodeModel, rawCode, 'code');
    const totp = await this.mfa.findTotp(user.id);
    if (!totp?.confirmedAt) throw new ConflictError('Two-step sign-in is not on.');
    await this.scope.stepUp.verify(user, sessionId, { secondFactor: { input: { totpCode: code }, field: 'code' } });
    const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode);
    await this.scope.em.transactional(async (tx) => {
      await new MfaRepository(tx, this.scope.deps.mfaSecrets).replaceBackupCodes(user.id, codes, this.scope.clock());
      await this.scope.audit.record(tx, { type: AuditEventType.BACKUP_CODES_REGENERATED, userId: user.id, actorId: user.id, sessionId });
    });
    this.scope.logger.info('Backup codes regenerated (userId=%s)', user.id);
    return codes;
  }
}
