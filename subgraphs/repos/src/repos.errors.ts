import { AppError } from '@steward/kernel';

/** Error codes the repos subgraph adds to the kernel's stable set (declared in its descriptor). */
export const ReposErrorCode = {
  /** The organization has connected this repository already (disconnect it first, or update it). */
  REPOSITORY_ALREADY_CONNECTED: 'REPOSITORY_ALREADY_CONNECTED',
  /** The repository is disconnected: nothing about it may change until it is connected again. */
  REPOSITORY_DISCONNECTED: 'REPOSITORY_DISCONNECTED',
  /** The delivery cannot be processed again (it failed its signature check, so no payload was kept). */
  DELIVERY_NOT_REDELIVERABLE: 'DELIVERY_NOT_REDELIVERABLE',
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

/** Reprocessing a delivery that kept no payload. */
export class DeliveryNotRedeliverableError extends AppError {
  constructor() {
    super(ReposErrorCode.DELIVERY_NOT_REDELIVERABLE, 'This delivery failed its signature check, so its payload was not kept and it cannot be processed again.');
  }
}
