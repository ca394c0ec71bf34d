import { AppError, type Caller, type RouteClient } from '@steward/kernel';
import { policyDecisionRoute } from '@steward/policy/routes';
import { ProjectsErrorCode } from '../../projects.errors.js';
import type { FindingCounts } from '../gates/live-measurements.source.js';

/** What a promotion asks policy about: who promotes what, with the gate, cost and findings the promotion sees. */
export interface PromotionRequest {
  organizationId: string;
  userId: string | null;
  apiKeyId: string | null;
  requestedBy: string;
  project: { id: string; slug: string };
  version: { id: string; number: number; name: string; modelConfig: Record<string, unknown> };
  gate: { status: string; failedConditions: number };
  costPerRequestUsd: number | null;
  /** The findings of the version's latest finished analysis (null: none finished). */
  findings: FindingCounts | null;
  baselines: string[];
  /** Whether the caller forces the promotion past a blocking gate (a policy may allow that with a rule on `forced`). */
  forced: boolean;
}

/** The request for promoting `version`: who promotes, the gate as it stands, the live cost per request, the findings and the project's baselines. */
export function promotionRequestOf(facts: {
  version: { id: string; organizationId: string; number: number; name: string; modelConfig: unknown };
  project: { id: string; slug: string };
  gate: { status: string; conditions: { status: string }[] };
  baselines: { metric: string }[];
  live: ReadonlyMap<string, number>;
  findings: FindingCounts | null;
  caller: Caller;
  principal: string;
  forced: boolean;
}): PromotionRequest {
  const { version, project, gate, caller } = facts;
  return {
    organizationId: version.organizationId,
    userId: caller.kind === 'user' ? caller.userId : null,
    apiKeyId: caller.kind === 'apiKey' ? caller.apiKeyId : null,
    requestedBy: facts.principal,
    project: { id: project.id, slug: project.slug },
    version: { id: version.id, number: version.number, name: version.name, modelConfig: version.modelConfig as Record<string, unknown> },
    gate: { status: gate.status, failedConditions: gate.conditions.filter((condition) => condition.status === 'FAILED').length },
    costPerRequestUsd: facts.live.get('cost_per_request') ?? null,
    findings: facts.findings,
    baselines: [...new Set(facts.baselines.map((baseline) => baseline.metric))],
    forced: facts.forced,
  };
}

/** Policy's answer: the decision's id (null when no policy service is wired), the outcome and, for WARN or DENY, why. */
export interface PromotionDecision {
  decisionId: string | null;
  outcome: 'ALLOW' | 'WARN' | 'DENY';
  reasons: { rule: string; explanation: string }[];
}

/** Asks the organization's policies whether a promotion may go ahead (PROMOTE_VERSION). */
export interface PromotionPolicy {
  decide(request: PromotionRequest): Promise<PromotionDecision>;
}

/** No policy service (a development setup without it): every promotion is allowed by policy. */
export const NO_PROMOTION_POLICY: PromotionPolicy = { decide: async () => ({ decisionId: null, outcome: 'ALLOW', reasons: [] }) };

/** A STRICT policy denied the promotion; `decisionId` names the logged decision. */
export class PolicyDeniedError extends AppError {
  constructor(decision: PromotionDecision) {
    const why = decision.reasons.map((reason) => `${reason.rule}: ${reason.explanation}`).join(' ');
    super(ProjectsErrorCode.POLICY_DENIED, `A policy denies this promotion. ${why}`.trim(), { decisionId: decision.decisionId });
  }
}

/** Policy could not be asked: promotions fail closed rather than skip the organization's policies. */
export class PolicyUnavailableError extends AppError {
  constructor() {
    super(ProjectsErrorCode.POLICY_UNAVAILABLE, 'The policy service did not answer, so the promotion was not made. Try again in a moment.');
  }
}

/** Asks the policy subgraph over {@link policyDecisionRoute}; any failure to get an answer is {@link PolicyUnavailableError}. */
export class HttpPromotionPolicy implements PromotionPolicy {
  constructor(private readonly routes: RouteClient) {}

  async decide(request: PromotionRequest): Promise<PromotionDecision> {
    const context = {
      project: request.project,
      version: request.version,
      gate: request.gate,
      baselines: request.baselines,
      forced: request.forced,
      ...(request.costPerRequestUsd === null ? {} : { cost: { costPerRequestUsd: request.costPerRequestUsd } }),
      // Left out without a finished analysis, as `cost` is without usage: policy's declared defaults apply.
      ...(request.findings === null ? {} : { findings: request.findings }),
    };
    try {
      return await this.routes.call(policyDecisionRoute, {
        organizationId: request.organizationId,
        action: 'PROMOTE_VERSION',
        subject: { userId: request.userId, teamIds: [], apiKeyId: request.apiKeyId, projectId: request.project.id, versionId: request.version.id },
        context,
        requestedBy: request.requestedBy,
      });
    } catch {
      throw new PolicyUnavailableError();
    }
  }
}
