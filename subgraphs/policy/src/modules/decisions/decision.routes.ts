import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, serve, type ServedRoute } from '@steward/kernel';
import { policyDecisionRoute, usagePolicyRoute } from '../../policy.routes.js';
import type { PolicyDecider } from './policy-decider.js';

/** Recorded usage is judged by these policy types only: it cannot be refused, and rate limits count requests before they are sent. */
const USAGE_TYPES = ['COST', 'USAGE'] as const;

/**
 * Serves Steward's own enforcement points: {@link policyDecisionRoute} (projects, before a
 * promotion) and {@link usagePolicyRoute} (metrics, after usage is recorded). Each decides in the
 * organization the request names, as the calling service.
 */
export function decisionRoutes(fork: () => EntityManager, decider: PolicyDecider): ServedRoute[] {
  return [
    serve(policyDecisionRoute, async (request) => {
      const decision = await decider.decide(fork(), TenantScope.of(request.organizationId), { ...request, dryRun: false });
      const determining = decision.outcome === 'ALLOW' ? [] : decision.results.filter((result) => result.outcome === decision.outcome);
      return {
        decisionId: decision.id,
        outcome: decision.outcome,
        reasons: determining.flatMap((result) =>
          result.rules
            .filter((rule) => rule.violated)
            .map((rule) => ({
              policyId: result.policyId,
              policyVersionId: result.policyVersionId,
              enforcement: result.enforcement,
              rule: rule.rule,
              explanation: [rule.message, ...rule.conditions.map((condition) => condition.explanation)].filter(Boolean).join(' '),
            })),
        ),
      };
    }),
    serve(usagePolicyRoute, async ({ organizationId, requests }) => {
      const judged = await decider.decideMany(
        fork(),
        TenantScope.of(organizationId),
        requests.map((request) => ({
          organizationId,
          action: 'LLM_REQUEST' as const,
          subject: { userId: request.userId, teamIds: request.teamId ? [request.teamId] : [], apiKeyId: null, projectId: request.projectId, versionId: request.versionId },
          context: {
            request: {
              model: request.model,
              provider: request.provider,
              promptTokens: request.promptTokens,
              completionTokens: request.completionTokens,
              totalTokens: request.promptTokens + request.completionTokens,
              costUsd: request.costUsd,
            },
          },
          dryRun: false,
          types: USAGE_TYPES,
          sourceKey: `llm:${request.requestId}`,
          requestedBy: 'service:metrics',
        })),
      );
      return {
        evaluated: judged.length,
        denied: judged.filter((decision) => decision.outcome === 'DENY').length,
        warned: judged.filter((decision) => decision.outcome === 'WARN').length,
      };
    }),
  ];
}
