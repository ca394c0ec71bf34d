import { describe, expect, it } from 'vitest';
import { divideRounded, formatUsd, parseUsd, roundMicros, toMicros } from './money.js';

describe('money as integer micro-dollars', () => {
  it('parses decimal strings exactly, up to six decimals', () => {
    expect(parseUsd('30')).toBe(30_000_000n);
    expect(parseUsd('0.25')).toBe(250_000n);
    expect(parseUsd('0.000001')).toBe(1n);
    expect(parseUsd('-1.5')).toBe(-1_500_000n);
    expect(parseUsd(' 12.345678 ')).toBe(12_345_678n);
  });

  it('refuses floats in exponent form, seven decimals and garbage', () => {
    expect(parseUsd('1e-7')).toBeNull();
    expect(parseUsd('0.0000001')).toBeNull();
    expect(parseUsd('abc')).toBeNull();
    expect(parseUsd('')).toBeNull();
    expect(parseUsd('1.')).toBeNull();
  });

  it('formats with six decimals and keeps the sign', () => {
    expect(formatUsd(0n)).toBe('0.000000');
    expect(formatUsd(1n)).toBe('0.000001');
    expect(formatUsd(12_500_000n)).toBe('12.500000');
    expect(formatUsd(-250_000n)).toBe('-0.250000');
    expect(formatUsd(123_456_789_012_345_678n)).toBe('123456789012.345678');
  });

  it('reads database integers in every form drivers return them', () => {
    expect(toMicros('42')).toBe(42n);
    expect(toMicros(42)).toBe(42n);
    expect(toMicros(42n)).toBe(42n);
    expect(toMicros(null)).toBe(0n);
    expect(() => toMicros('4.2')).toThrow();
  });

  it('rounds halves away from zero', () => {
    expect(roundMicros(2.5)).toBe(3n);
    expect(roundMicros(-2.5)).toBe(-3n);
    expect(roundMicros(2.49)).toBe(2n);
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(0n, 3n)).toBe(0n);
  });
});
