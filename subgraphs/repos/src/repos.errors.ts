import { AppError } from '@steward/kernel';

/** Error codes the repos subgraph adds to the kernel's stable set (declared in its descriptor). */
export const ReposErrorCode = {
  /** The organization has connected this repository already (disconnect it first, or update it). */
  REPOSITORY_ALREADY_CONNECTED: 'REPOSITORY_ALREADY_CONNECTED',
  /** The repository is disconnected: nothing about it may change until it is connected again. */
  REPOSITORY_DISCONNECTED: 'REPOSITORY_DISCONNECTED',
  /** The provider refused the repository's access token: update the repository with a new one first. */
  REPOSITORY_NEEDS_REAUTH: 'REPOSITORY_NEEDS_REAUTH',
  /** The delivery cannot be processed again (it failed its signature check, so no payload was kept). */
  DELIVERY_NOT_REDELIVERABLE: 'DELIVERY_NOT_REDELIVERABLE',
  /** The provider (GitHub, GitLab) did not answer or answered 5xx / rate-limited; try again later (`retryAfterSeconds` when it said). */
  PROVIDER_UNAVAILABLE: 'PROVIDER_UNAVAILABLE',
} as const;

/** The codes as a list (the descriptor declares them, so every error mask lets them through). */
export const REPOS_ERROR_CODES = Object.values(ReposErrorCode);

/** Connecting a repository the organization has connected already. */
export class RepositoryAlreadyConnectedError extends AppError {
  constructor() {
    super(ReposErrorCode.REPOSITORY_ALREADY_CONNECTED, 'This organization has connected this repository already.', { field: 'fullName' });
  }
}

/** Changing a disconnected repository. */
export class RepositoryDisconnectedError extends AppError {
  constructor() {
    super(ReposErrorCode.REPOSITORY_DISCONNECTED, 'This repository is disconnected. Connect it again to change it.');
  }
}

/** Publishing to a repository whose provider refused its access token. */
export class RepositoryNeedsReauthError extends AppError {
  constructor() {
    super(ReposErrorCode.REPOSITORY_NEEDS_REAUTH, 'The provider refused this repository’s access token. Update the repository with a new token, then publish again.');
  }
}

/** Reprocessing a delivery that kept no payload. */
export class DeliveryNotRedeliverableError extends AppError {
  constructor() {
    super(ReposErrorCode.DELIVERY_NOT_REDELIVERABLE, 'This delivery failed its signature check, so its payload was not kept and it cannot be processed again.');
  }
}

/** The provider could not answer a read now. */
export class ProviderUnavailableError extends AppError {
  constructor(retryAt: Date | null, now: Date = new Date()) {
    const retryAfterSeconds = retryAt ? Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)) : null;
    super(ReposErrorCode.PROVIDER_UNAVAILABLE, 'The code host did not answer. Try again in a moment.', retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}
