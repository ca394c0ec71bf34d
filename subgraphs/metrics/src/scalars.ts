import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { formatUsd, parseUsd, toMicros } from './money.js';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function usdFromInput(value: unknown): bigint {
  // A JSON number is accepted only when its shortest decimal form has no exponent.
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
  const micros = text === null ? null : parseUsd(text);
  if (micros === null) throw badInput('Usd must be a decimal string with at most six decimals, e.g. "12.50".');
  return micros;
}

/** USD amounts: integer micro-dollars inside Steward, six-decimal strings on the wire. */
export const UsdScalar = new GraphQLScalarType({
  name: 'Usd',
  description: 'An amount of US dollars as a decimal string with six decimals (exact; stored as integer micro-dollars).',
  serialize: (value) => formatUsd(toMicros(value)),
  parseValue: usdFromInput,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return usdFromInput(ast.value);
    throw badInput('Usd must be a decimal string.');
  },
});

/** Counts above 2^31: bigint or numeric strings from the database, JSON numbers on the wire. */
export const LongScalar = new GraphQLScalarType({
  name: 'Long',
  description: 'A whole number that may exceed 32 bits, sent as a JSON number (exact up to 2^53).',
  serialize: (value) => {
    const number = typeof value === 'bigint' ? Number(value) : Number(value);
    if (!Number.isSafeInteger(number)) throw new GraphQLError('Long value is not a safe integer.');
    return number;
  },
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw badInput('Long must be a whole number.');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT || !Number.isSafeInteger(Number(ast.value))) throw badInput('Long must be a whole number.');
    return Number(ast.value);
  },
});
