import { AppError } from '@steward/kernel';

/** Codes identity adds to the kernel's (declared in its descriptor, so every error mask lets them through). */
export const IdentityErrorCode = {
  /** The password was right but a second factor is needed. */
  MFA_REQUIRED: 'MFA_REQUIRED',
  /** Too many failed sign-ins; `unlocksAt` says when it opens. */
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** The password was right, but with REGISTRATION_ENUMERATION_SAFE=true an account signs in only once its address is verified. */
  EMAIL_NOT_VERIFIED: 'EMAIL_NOT_VERIFIED',
} as const;

/** The codes as a list, for the descriptor. */
export const IDENTITY_ERROR_CODES = Object.values(IdentityErrorCode);

/** The answer when checks under way use up the failure budget and did not settle in time. */
export const SIGN_IN_BUSY_MESSAGE = 'Too many sign-ins are being checked for this account or address right now. Try again in a few seconds.';

/** The password was right, but the account has a second factor and no valid code came with it. */
export class MfaRequiredError extends AppError {
  constructor(message = 'Enter the code from your authenticator app, or one of your backup codes.') {
    super(IdentityErrorCode.MFA_REQUIRED, message);
  }
}

/** The password was right, but the account's address is not verified yet (REGISTRATION_ENUMERATION_SAFE=true). */
export class EmailNotVerifiedError extends AppError {
  constructor() {
    super(IdentityErrorCode.EMAIL_NOT_VERIFIED, 'Confirm your email address first: follow the link mailed to you, or reset your password to get a new one.');
  }
}

/** Too many failed sign-ins on the account; `unlocksAt` says when it opens again. */
export class AccountLockedError extends AppError {
  constructor(unlocksAt: Date) {
    super(IdentityErrorCode.ACCOUNT_LOCKED, 'This account is locked after too many failed sign-ins. Try again later or reset the password.', {
      unlocksAt: unlocksAt.toISOString(),
    });
  }
}

/**
 * RATE_LIMITED for sign-ins from one address. Unlike the kernel's RateLimitedError it sets no HTTP
 * status: a subgraph answering 429 makes @apollo/gateway replace the error (code, message and
 * `retryAfterSeconds`) with a generic internal error, so the status is the gateway's to set.
 */
export class LoginRateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, message = 'Too many failed sign-ins from this address. Try again later.') {
    super('RATE_LIMITED', message, { retryAfterSeconds });
  }
}
