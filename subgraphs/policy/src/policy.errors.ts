import { AppError } from '@steward/kernel';

/** Error codes the policy subgraph adds to the kernel's stable set (declared in its descriptor). */
export const PolicyErrorCode = {
  /** The policy is retired: it can no longer change, be assigned or be activated. */
  POLICY_RETIRED: 'POLICY_RETIRED',
  /** The OPA server did not answer (or is not configured any more) for a policy of engine OPA; try again later. */
  OPA_UNAVAILABLE: 'OPA_UNAVAILABLE',
} as const;

/** The codes as a list (the descriptor declares them, so every error mask lets them through). */
export const POLICY_ERROR_CODES = Object.values(PolicyErrorCode);

/** Changing, assigning or activating a retired policy. */
export class PolicyRetiredError extends AppError {
  constructor() {
    super(PolicyErrorCode.POLICY_RETIRED, 'This policy is retired: it can no longer change or be assigned. Create a new policy instead.');
  }
}

/** An OPA policy was saved or evaluated while its OPA server could not answer. */
export class OpaUnavailableAppError extends AppError {
  constructor(what = 'The OPA server did not answer') {
    super(PolicyErrorCode.OPA_UNAVAILABLE, `${what}, so nothing was decided. Try again in a moment.`);
  }
}
