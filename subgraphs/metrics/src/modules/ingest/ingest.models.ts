import { isId } from '@steward/kernel';
import { z } from 'zod';

/** Most records one `recordLlmUsage` call accepts. */
export const MAX_RECORDS_PER_CALL = 1000;
/** Largest `attributes` object, in bytes of its JSON form. */
export const MAX_ATTRIBUTES_BYTES = 2048;
/** How far in the future `occurredAt` may be (clock skew between clients and Steward). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const count = (what: string) => z.number().int(`${what} must be a whole number`).min(0, `${what} must be zero or more`);
const optionalMillis = z.number().int().min(0, 'must be zero or more').max(86_400_000, 'must be at most one day').nullish();
/** Another subgraph's id, or nothing (whether it is the organization's is asked of its owner later, `assertReferencesExist`). */
const optionalId = (what: string) => z.string().refine(isId, `must be the id of a ${what}`).nullish();
const name = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/, 'must be printable ASCII');

const AttributesModel = z
  .record(z.string(), z.unknown(), 'must be a JSON object')
  .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_ATTRIBUTES_BYTES, `must be at most ${MAX_ATTRIBUTES_BYTES} bytes of JSON`)
  .nullish();

/**
 * One LLM request as `recordLlmUsage` receives it, normalised. Absent fields become null (or 0) in
 * one transform per record rather than one per field: a call holds 1,000 records, and per-field
 * transforms made up most of its validation time.
 */
export const LlmUsageRecordModel = z
  .object({
    requestId: name(200),
    occurredAt: z.date('must be a date-time'),
    projectId: optionalId('project'),
    versionId: optionalId('project version'),
    teamId: optionalId('team'),
    userId: optionalId('user'),
    provider: name(50),
    model: name(200),
    inputTokens: count('inputTokens'),
    outputTokens: count('outputTokens'),
    cacheReadTokens: count('cacheReadTokens').nullish(),
    cacheWriteTokens: count('cacheWriteTokens').nullish(),
    latencyMs: optionalMillis,
    timeToFirstTokenMs: optionalMillis,
    status: z.enum(['SUCCESS', 'ERROR']),
    errorType: name(100).nullish(),
    costUsd: z
      .bigint()
      .min(0n, 'must be zero or more')
      .max(1_000_000_000_000n, 'must be at most 1,000,000 USD')
      .nullish(),
    attributes: AttributesModel,
  })
  .superRefine((record, ctx) => {
    if (record.errorType != null && record.status !== 'ERROR') {
      ctx.addIssue({ code: 'custom', path: ['errorType'], message: 'is only allowed when status is ERROR' });
    }
    if (record.occurredAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'must not be more than five minutes in the future' });
    }
    // A version is checked against its project, and rollups keyed by version must also count for the project.
    if (record.versionId != null && record.projectId == null) {
      ctx.addIssue({ code: 'custom', path: ['projectId'], message: 'is required when versionId is given' });
    }
    if (record.timeToFirstTokenMs != null && record.latencyMs != null && record.timeToFirstTokenMs > record.latencyMs) {
      ctx.addIssue({ code: 'custom', path: ['timeToFirstTokenMs'], message: 'must not exceed latencyMs' });
    }
  })
  .transform((record) => ({
    requestId: record.requestId,
    occurredAt: record.occurredAt,
    projectId: record.projectId ?? null,
    versionId: record.versionId ?? null,
    teamId: record.teamId ?? null,
    userId: record.userId ?? null,
    provider: record.provider.toLowerCase(),
    model: record.model,
    inputTokens: record.inputTokens,
    outputTokens: record.outputTokens,
    cacheReadTokens: record.cacheReadTokens ?? 0,
    cacheWriteTokens: record.cacheWriteTokens ?? 0,
    latencyMs: record.latencyMs ?? null,
    timeToFirstTokenMs: record.timeToFirstTokenMs ?? null,
    status: record.status,
    errorType: record.errorType ?? null,
    costUsd: record.costUsd ?? null,
    attributes: record.attributes ?? null,
  }));
export type LlmUsageRecord = z.infer<typeof LlmUsageRecordModel>;

/** The records of one call: 1 to 1,000. */
export const LlmUsageRecordsModel = z
  .array(LlmUsageRecordModel)
  .min(1, 'must hold at least one record')
  .max(MAX_RECORDS_PER_CALL, `must hold at most ${MAX_RECORDS_PER_CALL} records per call`);
