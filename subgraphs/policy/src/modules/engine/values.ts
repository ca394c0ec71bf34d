/** A JSON value, as rules are stored and conditions are reported. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Converts an engine value to JSON: CEL integers (BigInt) become numbers, `undefined` object
 * members are dropped, anything else without a JSON form becomes its string.
 */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toJson(v)]));
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, member] of Object.entries(value)) if (member !== undefined) out[key] = toJson(member);
    return out;
  }
  return String(value);
}

/** Rounds away binary noise (0.1 + 0.2) so sums read as a person would write them. */
export function roundNumber(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** A value as it appears in an explanation sentence: strings quoted, numbers without binary noise. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(roundNumber(value));
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'absent';
  return JSON.stringify(toJson(value));
}

/** Whether a value is a plain JSON-like object (not null, an array, a Map or a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
