import type { RouteClient } from '@steward/kernel';
import { usagePolicyRoute, type RecordedRequest } from '@steward/policy/routes';

/** Judges recorded requests against the organization's COST and USAGE policies (the policy subgraph). */
export interface UsagePolicy {
  judge(organizationId: string, requests: readonly RecordedRequest[]): Promise<{ evaluated: number; denied: number; warned: number }>;
}

/** Over policy's internal route; a failure throws, so the job that asked retries later. */
export class HttpUsagePolicy implements UsagePolicy {
  constructor(private readonly routes: RouteClient) {}

  judge(organizationId: string, requests: readonly RecordedRequest[]) {
    return this.routes.call(usagePolicyRoute, { organizationId, requests: [...requests] });
  }
}
