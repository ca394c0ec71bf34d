/**
 * Money is never a float: amounts are integer micro-dollars (1 USD = 1,000,000 micros) held as
 * `bigint` in code and `bigint` columns in the database, and exchanged with clients as decimal strings.
 */
export const MICROS_PER_USD = 1_000_000n;

const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d{1,6}))?$/;

/** Parses a decimal USD amount (`"12.5"`, `"-0.000001"`, up to 6 decimals); null when malformed. */
export function parseUsd(text: string): bigint | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const micros = BigInt(whole!) * MICROS_PER_USD + BigInt(fraction.padEnd(6, '0'));
  return sign ? -micros : micros;
}

/** Formats micro-dollars as a decimal string with exactly six decimals, e.g. `12.500000`. */
export function formatUsd(micros: bigint): string {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const whole = abs / MICROS_PER_USD;
  const fraction = (abs % MICROS_PER_USD).toString().padStart(6, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Converts a database value (bigint, numeric string or safe integer) to micros. */
export function toMicros(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  if (value === null || value === undefined) return 0n;
  throw new TypeError(`Not an integer amount of micros: ${String(value)}`);
}

/** Rounds a real number of micros to the nearest micro (half away from zero). */
export function roundMicros(value: number): bigint {
  if (!Number.isFinite(value)) return 0n;
  return BigInt(Math.sign(value) * Math.round(Math.abs(value)));
}

/** Integer division rounding half up, for non-negative operands. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}
