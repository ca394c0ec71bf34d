import { z } from 'zod';

// What both providers' payload readers share: timestamps, SHAs, ref names, actions and one error path.

/** Thrown for a handled event whose payload lacks what the event needs; the message names the missing field. */
export class WebhookPayloadError extends Error {
  override readonly name = 'WebhookPayloadError';
}

const ACTION_MAX = 100;
const MAX_LISTED_PROBLEMS = 4;
export const ZERO_SHA = /^0+$/;

// ISO 8601 (GitHub, newer GitLab: `2013-12-03T17:23:34Z`) and GitLab's older `2013-12-03 17:23:34 UTC`.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?\s*(Z|UTC|[+-]\d{2}:?\d{2})$/;

/** Reads a provider timestamp as an instant, refusing impossible calendar dates such as February 30. */
function parseTimestamp(value: string): Date | null {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = m;
  // The pattern guarantees all six groups, which the indexed type cannot know.
  const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = fields;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(Number(`0${fraction || '.0'}`) * 1000));
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const offsetMinutes = zone === 'Z' || zone === 'UTC' ? 0 : zoneOffsetMinutes(zone);
  return new Date(utc - offsetMinutes * 60_000);
}

function zoneOffsetMinutes(zone: string): number {
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone.startsWith('-') ? -minutes : minutes;
}

export const TimestampModel = z.string().transform((value, ctx) => {
  const date = parseTimestamp(value);
  if (date) return date;
  ctx.issues.push({ code: 'custom', input: value, message: 'is not a timestamp like 2013-12-03T17:23:34Z or 2013-12-03 17:23:34 UTC' });
  return z.NEVER;
});

// Git object names: 40 hex digits (SHA-1) or 64 (SHA-256 repositories).
export const ShaModel = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, { message: 'is not a 40- or 64-digit lower-case hex commit SHA' });
export const NonEmptyModel = z.string().min(1, { message: 'is empty' });

export function describeRef(ref: string): { ref: string; branch: string | null } {
  const prefix = 'refs/heads/';
  return { ref, branch: ref.startsWith(prefix) && ref.length > prefix.length ? ref.slice(prefix.length) : null };
}

/** The action as stored (the delivery table keeps 100 characters), or null. */
export function boundedAction(action: string | undefined): string | null {
  if (!action) return null;
  return action.length <= ACTION_MAX ? action : action.slice(0, ACTION_MAX);
}

/** Parses a handled event's payload, or throws a WebhookPayloadError naming each offending field. */
export function parsePayload<T extends z.ZodType>(model: T, payload: unknown): z.output<T> {
  const result = model.safeParse(payload, { error: describeIssue });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)} ${issue.message}`);
  // The message is stored with the delivery (500 characters), so a payload of the wrong kind altogether is summarized.
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`and ${problems.length - listed.length} more`);
  throw new WebhookPayloadError(listed.join('; '));
}

const EXPECTED_TYPE: Partial<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'a JSON object',
  array: 'an array',
};

/** Words a person can act on, written after the field's path: `pull_request.head.sha is missing`. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined) return 'is missing';
  if (issue.input === null) return 'is null';
  if (issue.code === 'invalid_type') return `must be ${EXPECTED_TYPE[issue.expected] ?? `of type ${issue.expected}`}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return 'must be positive';
  return undefined;
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'payload';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}
