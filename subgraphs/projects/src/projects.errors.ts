import { AppError } from '@steward/kernel';

/** Error codes the projects subgraph adds to the kernel's stable set (declared in its descriptor). */
export const ProjectsErrorCode = {
  /** A promotion was refused because the version's quality gate does not allow it. */
  GATE_FAILED: 'GATE_FAILED',
  /** The version's stage does not allow the requested move (e.g. promoting a V3). */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The project is archived, so nothing in it may change. */
  PROJECT_ARCHIVED: 'PROJECT_ARCHIVED',
  /** A STRICT policy of the organization denies the promotion (`decisionId` names the logged decision). */
  POLICY_DENIED: 'POLICY_DENIED',
  /** The policy service could not be asked, so the promotion was not made (promotions fail closed). */
  POLICY_UNAVAILABLE: 'POLICY_UNAVAILABLE',
} as const;

/** The codes as a list (the descriptor declares them, so every error mask lets them through). */
export const PROJECTS_ERROR_CODES = Object.values(ProjectsErrorCode);

/** The quality gate refuses the promotion. */
export class GateFailedError extends AppError {
  constructor(message: string) {
    super(ProjectsErrorCode.GATE_FAILED, message);
  }
}

/** The stage change is not allowed from the version's current stage. */
export class InvalidTransitionError extends AppError {
  constructor(message: string) {
    super(ProjectsErrorCode.INVALID_TRANSITION, message);
  }
}

/** The project is archived and therefore read-only. */
export class ProjectArchivedError extends AppError {
  constructor() {
    super(ProjectsErrorCode.PROJECT_ARCHIVED, 'This project is archived and cannot change. Unarchive it first.');
  }
}
