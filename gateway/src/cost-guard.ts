import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { principalOf, type Caller, type ClientInfo } from '@steward/kernel';
import type { GatewayContext } from './create-gateway.js';
import { costLimitError, operationCost, type CostModel } from './operation-cost.js';
import { RateLimiter } from './rate-limiter.js';

/** MAX_QUERY_COST and QUERY_COST_BUDGET_PER_MINUTE; 0 turns either off. */
export interface CostLimits {
  maxCost: number;
  budgetPerMinute: number;
}

/** Who a cost budget belongs to: the user or API key, else the client address (like the rate limit). */
export const budgetKey = (caller: Caller, client: ClientInfo) => principalOf(caller) ?? `ip:${client.ip}`;

/**
 * Prices each operation before it runs (operation-cost.ts) and refuses it when it costs more than
 * MAX_QUERY_COST (COST_LIMIT_EXCEEDED, stating both figures) or more than what is left of its
 * caller's budget for the minute (RATE_LIMITED with the seconds to wait). HTTP and WebSocket
 * operations go through the same guard and the same budgets.
 */
export class CostGuard {
  private readonly budgets: RateLimiter;

  constructor(
    private readonly model: CostModel,
    private readonly limits: CostLimits,
  ) {
    this.budgets = new RateLimiter(limits.budgetPerMinute, Math.max(1, limits.budgetPerMinute));
  }

  check(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Readonly<Record<string, unknown>>, key: string): GraphQLError | null {
    if (this.limits.maxCost <= 0 && this.limits.budgetPerMinute <= 0) return null;
    const cost = operationCost(schema, document, operationName, variables, this.model);
    if (this.limits.maxCost > 0 && cost > this.limits.maxCost) return costLimitError(cost, this.limits.maxCost);
    const wait = this.budgets.take(key, Date.now(), Math.max(1, Math.ceil(cost)));
    if (wait === 0) return null;
    return new GraphQLError(
      `This operation (cost ${Math.round(cost)}) exceeds what is left of your query cost budget of ${this.limits.budgetPerMinute} a minute (QUERY_COST_BUDGET_PER_MINUTE). Try again in ${wait} s.`,
      { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait, http: { status: 429 } } },
    );
  }
}

/** The guard on HTTP: checked once the operation is resolved, with its variables, before any subgraph is asked. */
export function costGuardPlugin(guard: CostGuard): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema, contextValue }) {
          if (contextValue.costCharged) return;
          const refusal = guard.check(schema, document, operationName, request.variables ?? {}, budgetKey(contextValue.caller, contextValue.client));
          if (refusal) throw refusal;
        },
      };
    },
  };
}
