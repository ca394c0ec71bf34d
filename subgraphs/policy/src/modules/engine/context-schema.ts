import { BadUserInputError } from '@steward/kernel';
import { isPlainObject, type JsonValue } from './values.js';

interface FieldBase {
  /** One sentence for the schema's description and CEL authors. */
  readonly description: string;
}
/** A string; required unless it has a default. `sensitive` values are never echoed in explanations. */
export interface StringSpec extends FieldBase {
  readonly kind: 'string';
  readonly default?: string;
  readonly sensitive?: boolean;
}
/** An optional identifier: a string, or null when absent. CEL sees it as `dyn` so `x == null` type-checks. */
export interface NullableStringSpec extends FieldBase {
  readonly kind: 'nullableString';
}
/** A string from a fixed list. */
export interface EnumSpec<V extends string = string> extends FieldBase {
  readonly kind: 'enum';
  readonly values: readonly V[];
  readonly default?: V;
}
/** A whole number: a BigInt in the normalised context, as cel-js wants for CEL `int`. */
export interface IntSpec extends FieldBase {
  readonly kind: 'int';
  readonly default?: number;
}
/** A floating-point number (CEL `double`). */
export interface DoubleSpec extends FieldBase {
  readonly kind: 'double';
  readonly default?: number;
}
/** A boolean. */
export interface BoolSpec extends FieldBase {
  readonly kind: 'bool';
  readonly default?: boolean;
}
/** A list of strings, empty when absent. */
export interface StringListSpec extends FieldBase {
  readonly kind: 'stringList';
}
/** A free-form JSON object (CEL `map<string, dyn>`; its numbers are doubles), empty when absent. */
export interface JsonMapSpec extends FieldBase {
  readonly kind: 'jsonMap';
}
/** A group of named fields (a CEL message type). */
export interface GroupSpec<F extends FieldMap = FieldMap> extends FieldBase {
  readonly kind: 'group';
  readonly fields: F;
}
/** Any declared field. */
export type FieldSpec = StringSpec | NullableStringSpec | EnumSpec | IntSpec | DoubleSpec | BoolSpec | StringListSpec | JsonMapSpec | GroupSpec;
/** The fields of a group, by name. */
export type FieldMap = { readonly [name: string]: FieldSpec };

/** The TypeScript type of a field's value in a normalised context. */
export type ValueOf<S> = S extends GroupSpec<infer F>
  ? { readonly [K in keyof F]: ValueOf<F[K]> }
  : S extends EnumSpec<infer V>
    ? V
    : S extends StringSpec
      ? string
      : S extends NullableStringSpec
        ? string | null
        : S extends IntSpec
          ? bigint
          : S extends DoubleSpec
            ? number
            : S extends BoolSpec
              ? boolean
              : S extends StringListSpec
                ? readonly string[]
                : S extends JsonMapSpec
                  ? { readonly [key: string]: JsonValue }
                  : never;

/** Builders for declarations, so each reads as one line. */
export const field = {
  string: (description: string, options: { default?: string; sensitive?: boolean } = {}): StringSpec => ({ kind: 'string', description, ...options }),
  nullableString: (description: string): NullableStringSpec => ({ kind: 'nullableString', description }),
  oneOf: <const V extends string>(values: readonly V[], description: string, options: { default?: V } = {}): EnumSpec<V> => ({
    kind: 'enum',
    values,
    description,
    ...options,
  }),
  int: (description: string, options: { default?: number } = {}): IntSpec => ({ kind: 'int', description, ...options }),
  double: (description: string, options: { default?: number } = {}): DoubleSpec => ({ kind: 'double', description, ...options }),
  bool: (description: string, options: { default?: boolean } = {}): BoolSpec => ({ kind: 'bool', description, ...options }),
  stringList: (description: string): StringListSpec => ({ kind: 'stringList', description }),
  jsonMap: (description: string): JsonMapSpec => ({ kind: 'jsonMap', description }),
  group: <const F extends FieldMap>(description: string, fields: F): GroupSpec<F> => ({ kind: 'group', description, fields }),
};

/** Where a normalisation error is reported: the argument's name (`input.context`) and the group's label. */
interface Place {
  readonly root: string;
  readonly label: string;
}

function refuse(place: Place, path: string, message: string): BadUserInputError {
  const name = path ? `${place.root}.${path}` : place.root;
  return new BadUserInputError(name, `${name}: ${message}`);
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Checks a raw value against a group and returns it with declared types (ints as BigInt) and
 * defaults filled in. Unknown keys, wrong types and missing required values are refused with
 * BAD_USER_INPUT naming `<root>.<path>`. `label` names the top-level group in messages.
 */
export function normaliseGroup<F extends FieldMap>(spec: GroupSpec<F>, raw: unknown, root: string, label: string): ValueOf<GroupSpec<F>> {
  return normaliseFields(spec, raw, { root, label }, '') as ValueOf<GroupSpec<F>>;
}

function normaliseFields(spec: GroupSpec, raw: unknown, place: Place, path: string): Record<string, unknown> {
  // JSON clients send null for "not given"; a missing group still gets its defaults.
  const source = raw === undefined || raw === null ? {} : raw;
  if (!isPlainObject(source)) throw refuse(place, path, 'must be an object');
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(spec.fields, key)) {
      const owner = path || place.label;
      throw refuse(place, join(path, key), `unknown field; ${owner} has ${Object.keys(spec.fields).join(', ')}`);
    }
  }
  const out: Record<string, unknown> = {};
  // A field's path is only spelled out for a nested group or a refusal: every decision passes here.
  for (const key in spec.fields) out[key] = normaliseValue(spec.fields[key]!, source[key], place, path, key);
  return out;
}

function normaliseValue(spec: FieldSpec, raw: unknown, place: Place, parent: string, key: string): unknown {
  if (spec.kind === 'group') return normaliseFields(spec, raw, place, join(parent, key));
  if (raw === undefined || raw === null) return defaultOf(spec, place, parent, key);
  switch (spec.kind) {
    case 'string':
    case 'nullableString':
      if (typeof raw !== 'string') throw refuse(place, join(parent, key), 'must be a string');
      return raw;
    case 'enum':
      if (typeof raw !== 'string' || !spec.values.includes(raw)) throw refuse(place, join(parent, key), `must be one of ${spec.values.join(', ')}`);
      return raw;
    case 'int':
      if (typeof raw === 'bigint') return raw;
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) throw refuse(place, join(parent, key), `must be a whole number (got ${describeRaw(raw)})`);
      return BigInt(raw);
    case 'double':
      if (typeof raw === 'bigint') return Number(raw);
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw refuse(place, join(parent, key), `must be a finite number (got ${describeRaw(raw)})`);
      return raw;
    case 'bool':
      if (typeof raw !== 'boolean') throw refuse(place, join(parent, key), `must be true or false (got ${describeRaw(raw)})`);
      return raw;
    case 'stringList':
      if (!Array.isArray(raw)) throw refuse(place, join(parent, key), 'must be a list of strings');
      raw.forEach((item, index) => {
        if (typeof item !== 'string') throw refuse(place, join(join(parent, key), String(index)), 'must be a string');
      });
      return raw;
    case 'jsonMap':
      if (!isPlainObject(raw)) throw refuse(place, join(parent, key), 'must be a JSON object');
      return raw;
  }
}

function defaultOf(spec: Exclude<FieldSpec, GroupSpec>, place: Place, parent: string, key: string): unknown {
  switch (spec.kind) {
    case 'nullableString':
      return null;
    case 'stringList':
      return [];
    case 'jsonMap':
      return {};
    case 'int':
      if (spec.default !== undefined) return BigInt(spec.default);
      break;
    default:
      if (spec.default !== undefined) return spec.default;
  }
  throw refuse(place, join(parent, key), 'is required');
}

function describeRaw(raw: unknown): string {
  if (typeof raw === 'string') return 'a string';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object') return 'an object';
  return String(raw);
}

/** A declared leaf field with its dotted path. */
export interface DeclaredLeaf {
  readonly path: string;
  readonly spec: Exclude<FieldSpec, GroupSpec>;
}

/** Every leaf of a group, depth first in declaration order (`request.costUsd`, …). */
export function leavesOf(spec: GroupSpec, prefix = ''): DeclaredLeaf[] {
  return Object.entries(spec.fields).flatMap(([key, member]) =>
    member.kind === 'group' ? leavesOf(member, join(prefix, key)) : [{ path: join(prefix, key), spec: member }],
  );
}

/** The declaration at a path (`['request', 'costUsd']`); undefined when nothing is declared there. */
export function specAt(spec: GroupSpec, segments: readonly string[]): FieldSpec | undefined {
  let current: FieldSpec = spec;
  for (const segment of segments) {
    if (current.kind !== 'group' || !Object.hasOwn(current.fields, segment)) return undefined;
    current = current.fields[segment]!;
  }
  return current;
}

/** The CEL type cel-js is given for a leaf. */
export function celTypeOf(spec: Exclude<FieldSpec, GroupSpec>): string {
  const types: Record<typeof spec.kind, string> = {
    string: 'string',
    nullableString: 'dyn',
    enum: 'string',
    int: 'int',
    double: 'double',
    bool: 'bool',
    stringList: 'list<string>',
    jsonMap: 'map<string, dyn>',
  };
  return types[spec.kind];
}

/** A nested cel-js schema (`{ field: type | schema }`) for a group. */
export interface CelSchema {
  [field: string]: string | CelSchema;
}

/** The cel-js schema of a group. */
export function celSchemaOf(spec: GroupSpec): CelSchema {
  const schema: CelSchema = {};
  for (const [key, member] of Object.entries(spec.fields)) schema[key] = member.kind === 'group' ? celSchemaOf(member) : celTypeOf(member);
  return schema;
}

function typeLabel(spec: Exclude<FieldSpec, GroupSpec>): string {
  switch (spec.kind) {
    case 'nullableString':
      return 'string or null, null when absent';
    case 'enum':
      return `string, one of ${spec.values.join(' | ')}${spec.default !== undefined ? `, default ${spec.default}` : ', required'}`;
    case 'stringList':
      return 'list<string>, empty when absent';
    case 'jsonMap':
      return 'map<string, dyn>, empty when absent; its numbers are doubles';
    default:
      return `${celTypeOf(spec)}, ${spec.default === undefined ? 'required' : `default ${JSON.stringify(spec.default)}`}`;
  }
}

/** The declaration as a Markdown list, one line per field (`- \`request.costUsd\` (double, default 0): …`). */
export function describeGroup(spec: GroupSpec, prefix = ''): string[] {
  return Object.entries(spec.fields).flatMap(([key, member]) => {
    const path = join(prefix, key);
    if (member.kind === 'group') return [`- \`${path}\`: ${member.description}`, ...describeGroup(member, path)];
    const note = member.kind === 'string' && member.sensitive ? ' Never shown in explanations.' : '';
    return [`- \`${path}\` (${typeLabel(member)}): ${member.description}${note}`];
  });
}
