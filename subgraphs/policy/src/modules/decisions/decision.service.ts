import { BadUserInputError, NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../policy.context.js';
import type { Decision } from './decision.entity.js';
import { DecisionFilterModel, EvaluatePoliciesInputModel, subjectOf } from './decision.models.js';
import { DecisionRepository } from './decision.repository.js';
import type { DecisionView } from './policy-decider.js';

/** The decision API (`evaluatePolicies`) and the decision log, for one request's caller. */
export class DecisionService {
  constructor(private readonly scope: ServiceScope) {}

  /** `evaluatePolicies`: needs `policy:evaluate` in the organization. */
  async evaluate(rawInput: { organizationId: string }): Promise<DecisionView> {
    const tenant = await this.scope.access.scopeOf(String(rawInput.organizationId), 'policy:evaluate');
    const input = parseInput(EvaluatePoliciesInputModel, rawInput, 'input');
    if ('subject' in input.context) throw new BadUserInputError('input.context.subject', 'input.context.subject: give the subject in input.subject, not in the context');
    return this.scope.decider.decide(this.scope.em, tenant, {
      organizationId: input.organizationId,
      action: input.action,
      subject: subjectOf(input.subject),
      context: input.context,
      dryRun: input.dryRun ?? false,
      // The key metrics judges the recorded request by: one decision and one violation per request, whoever asks first.
      ...(input.requestId && input.action === 'LLM_REQUEST' ? { sourceKey: `llm:${input.requestId}` } : {}),
      requestedBy: this.scope.access.principal(),
    });
  }

  /** A logged decision when the caller may read policies in its organization, else null. */
  byId(id: string): Promise<Decision | null> {
    return this.scope.loaders.decisionById.load(id);
  }

  async require(rawId: unknown): Promise<Decision> {
    const decision = await this.byId(parseId(rawId, 'id'));
    if (!decision) throw new NotFoundError('Decision');
    return decision;
  }

  /** The organization's decision log, newest first. */
  async list(organizationId: string, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Decision>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'policy:read');
    const page = parsePage(rawArgs, keys.timeId);
    const { filter } = parseInput(DecisionFilterModel, rawArgs);
    return new DecisionRepository(this.scope.em, tenant).pageForOrganization(organizationId, filter ?? {}, page);
  }
}
