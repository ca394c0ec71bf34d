import { AppError } from '@steward/kernel';

/**
 * Codes organizations adds to the kernel's, one per way an invitation or a join can fail, so a
 * dashboard can say exactly what went wrong. The descriptor declares them, so every error mask lets them through.
 */
export const ORGANIZATIONS_ERROR_CODES = [
  'INVITATION_EXPIRED',
  'INVITATION_REVOKED',
  'INVITATION_ALREADY_USED',
  'INVITATION_EMAIL_MISMATCH',
  'EMAIL_NOT_VERIFIED',
  'SEAT_LIMIT_REACHED',
] as const;

/** Why an invitation token cannot be used any more. */
export class InvitationUnusableError extends AppError {
  constructor(reason: 'expired' | 'revoked' | 'used') {
    const byReason = {
      expired: ['INVITATION_EXPIRED', 'This invitation has expired. Ask for a new one.'],
      revoked: ['INVITATION_REVOKED', 'This invitation was withdrawn.'],
      used: ['INVITATION_ALREADY_USED', 'This invitation has already been accepted.'],
    } as const;
    const [code, message] = byReason[reason];
    super(code, message);
  }
}

/** The invitation was sent to another address than the signed-in account's. */
export class InvitationEmailMismatchError extends AppError {
  constructor() {
    super('INVITATION_EMAIL_MISMATCH', 'This invitation was sent to another email address. Sign in with that address to accept it.');
  }
}

/** The account's email address is right but unproven; an invitation is only as safe as the mailbox it went to. */
export class EmailNotVerifiedError extends AppError {
  constructor() {
    super('EMAIL_NOT_VERIFIED', 'Verify your email address before accepting this invitation.');
  }
}

/** The organization has as many members as its seat limit allows. */
export class SeatLimitReachedError extends AppError {
  constructor(maxMembers: number) {
    super('SEAT_LIMIT_REACHED', `The organization has reached its limit of ${maxMembers} members.`);
  }
}
