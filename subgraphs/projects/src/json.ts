import { z } from 'zod';

/** A JSON value as stored in jsonb columns. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Whether a value nests deeper than `max` levels (`{}` is one level); iterative, so hostile input cannot overflow the stack. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Size in bytes of the value's JSON text. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/**
 * A JSON object bounded in size and depth, checked before its contents so a huge or deeply nested
 * document is refused without walking it through zod.
 */
export function boundedJsonObject(options: { maxBytes: number; maxDepth: number }) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      } else if (nestsDeeperThan(value, options.maxDepth)) {
        ctx.addIssue({ code: 'custom', message: `must be nested at most ${options.maxDepth} levels deep` });
      } else if (jsonBytes(value) > options.maxBytes) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${Math.round(options.maxBytes / 1024)} KiB as JSON` });
      }
    })
    .pipe(z.record(z.string(), jsonValue)) as z.ZodType<JsonObject>;
}
