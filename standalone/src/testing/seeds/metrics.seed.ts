import { SeedRecordUsageDocument, type LlmUsageInput } from '@steward/client';
import type { SeedTarget } from '../stack.js';
import { seedRequest } from './seed-request.js';

let usageSequence = 0;

/** What `recordUsage` returns. */
export interface RecordedUsage {
  /** How many records were accepted (not skipped as duplicates). */
  accepted: number;
  batches: { id: string; projectId: string | null }[];
  alertIds: string[];
}

/**
 * Records LLM usage in an organization through the gateway, as `token` (an access token or an API
 * key secret holding `metrics:write`). Each record gets defaults (a unique request id, now, gpt-4,
 * 1,000 input and 500 output tokens = 0.06 USD) under what it sets. Returns how many were accepted
 * (not skipped as duplicates), the batches and the alerts raised.
 */
export async function recordUsage(stack: SeedTarget, organizationId: string, token: string, records: Partial<LlmUsageInput>[] | Record<string, unknown>[]): Promise<RecordedUsage> {
  const filled = records.map((record) => {
    const defaults: LlmUsageInput = {
      requestId: `seed-${Date.now().toString(36)}-${(usageSequence += 1)}-${Math.random().toString(36).slice(2, 8)}`,
      occurredAt: new Date().toISOString(),
      provider: 'openai',
      model: 'gpt-4',
      inputTokens: 1000,
      outputTokens: 500,
      latencyMs: 800,
      status: 'SUCCESS',
    };
    // Callers may set fields loosely (a test of refused input does on purpose): the API checks them.
    return { ...defaults, ...record } as LlmUsageInput;
  });
  const { recordLlmUsage } = await seedRequest(stack, 'LLM usage', SeedRecordUsageDocument, { organizationId, records: filled }, token);
  return { accepted: recordLlmUsage.accepted, batches: recordLlmUsage.batches, alertIds: recordLlmUsage.alertsRaised.map((alert) => alert.id) };
}
