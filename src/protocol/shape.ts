// A wire shape written once. Each field names its kind (which gives both its JSON Schema, for the sync
// server's request validation, and a test, for the device-side gate), the sentence said when a value is not
// of that kind, and rules a JSON Schema cannot say (fields that must agree, a time not in the future), each
// with its own sentence. TypeScript reads the row's type from the same table (Static).
import { wholeNumber } from './words';

/** A JSON Schema fragment. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** What a field holds: its JSON Schema and the same test in code. `T` is the value's type. */
export interface Kind<T> {
  readonly schema: JsonSchema;
  readonly is: (value: unknown) => value is T;
}

/** A row as far as the gate has read it: the fields before the one being checked have passed. */
export type Seen = Readonly<Record<string, unknown>>;

/** A check beyond the field's kind; `schema` holds the part of it JSON Schema can say (the server's first filter). */
export interface Rule<T> {
  readonly schema?: JsonSchema;
  // Method syntax on purpose: it lets a table of fields of different types share one record type.
  ok(value: T, row: Seen, now: number): boolean;
  says(value: T, row: Seen): string;
}

/** One field of a shape. `keep: false` admits the field but leaves it out of the admitted row (a legacy mark). */
export interface Field<T, Optional extends boolean = boolean> {
  readonly kind: Kind<T>;
  readonly says: (value: unknown, row: Seen) => string;
  readonly rules: readonly Rule<T>[];
  readonly optional: Optional;
  readonly keep: boolean;
}

/** The type a kind or a field stands for. */
export type Of<K> = K extends Kind<infer T> ? T : K extends Field<infer T> ? T : never;

type Fields = Readonly<Record<string, Field<unknown>>>;
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K]['optional'] extends false ? K : never }[keyof F];
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>;
type Flat<T> = { [K in keyof T]: T[K] };

/** The value a table of fields describes: required fields as they are, optional ones with `?`. */
export type Static<F extends Fields> = Flat<
  { -readonly [K in RequiredKeys<F>]: Of<F[K]> } & { -readonly [K in OptionalKeys<F>]?: Of<F[K]> }
>;

/** A whole number from lo to hi (never -0, NaN or Infinity, so JSON writes it back exactly). */
export function whole(lo: number, hi: number): Kind<number> {
  return { schema: { type: 'integer', minimum: lo, maximum: hi }, is: (v): v is number => wholeNumber(v, lo, hi) };
}

/** Any whole number JSON writes back exactly (a safe integer). */
export const anyWhole: Kind<number> = {
  schema: { type: 'integer' },
  is: (v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0),
};

/** A number from lo to hi. */
export function num(lo: number, hi: number): Kind<number> {
  return { schema: { type: 'number', minimum: lo, maximum: hi }, is: (v): v is number => typeof v === 'number' && v >= lo && v <= hi };
}

/** A string of at most `maxLength` characters matching `pattern` (when given). */
export function text(maxLength: number, pattern?: RegExp, minLength = 0): Kind<string> {
  return {
    schema: { type: 'string', maxLength, ...(minLength > 0 && { minLength }), ...(pattern && { pattern: pattern.source }) },
    is: (v): v is string => typeof v === 'string' && v.length <= maxLength && v.length >= minLength && (!pattern || pattern.test(v)),
  };
}

/** One of a few fixed strings. */
export function oneOf<const T extends string>(values: readonly T[]): Kind<T> {
  return { schema: { enum: values }, is: (v): v is T => values.includes(v as T) };
}

/** True or false. */
export const flag: Kind<boolean> = { schema: { type: 'boolean' }, is: (v): v is boolean => typeof v === 'boolean' };

/** A list of at most `maxItems` values of one kind (distinct when `unique`). */
export function listOf<T>(item: Kind<T>, maxItems: number, unique = false): Kind<T[]> {
  return {
    schema: { type: 'array', maxItems, ...(unique && { uniqueItems: true }), items: item.schema },
    is: (v): v is T[] => Array.isArray(v) && v.length <= maxItems && v.every(item.is) && (!unique || new Set(v).size === v.length),
  };
}

/** A required field: its kind and the sentence said when a value is not of it, then any rules. */
export function field<T>(kind: Kind<T>, says: (value: unknown, row: Seen) => string, ...rules: Rule<NoInfer<T>>[]): Field<T, false> {
  return { kind, says, rules, optional: false, keep: true };
}

/** The same field, allowed to be missing. */
export function optional<T>(f: Field<T>, keep = true): Field<T, true> {
  return { ...f, optional: true, keep };
}

/** A shape: a table of fields, the sentence for a field not in it, and everything derived from both. */
export interface Shape<F extends Fields> {
  readonly fields: F;
  /** The JSON Schema of one such object: exactly these fields, no others, each within its bounds. */
  readonly schema: JsonSchema;
  /** The first thing wrong with an object, as a sentence, or null when it passes. */
  problem(r: Seen, now: number): string | null;
  /** A fresh object with only the kept fields that are present (no __proto__, no extra keys). */
  pick(r: Static<F>): Static<F>;
  /** True when two objects hold the same value in every kept field but those in `except` (lists element by element). */
  same(a: Static<F>, b: Static<F>, except?: readonly string[]): boolean;
}

/** Builds a shape from its table of fields; `unknownSays` names a field the table does not have. */
export function shape<F extends Fields>(fields: F, unknownSays: (key: string) => string): Shape<F> {
  const keys = Object.keys(fields);
  const known = new Set(keys);
  const properties = Object.fromEntries(
    keys.map((k) => [k, Object.assign({}, fields[k]!.kind.schema, ...fields[k]!.rules.map((r) => r.schema ?? {})) as JsonSchema]),
  );
  const kept = keys.filter((k) => fields[k]!.keep);
  return {
    fields,
    schema: { type: 'object', additionalProperties: false, required: keys.filter((k) => !fields[k]!.optional), properties },
    problem(r, now) {
      const unknown = Object.keys(r).find((k) => !known.has(k));
      if (unknown !== undefined) return unknownSays(unknown);
      for (const k of keys) {
        const f = fields[k]!;
        const v = r[k];
        if (v === undefined && f.optional) continue;
        if (!f.kind.is(v)) return f.says(v, r);
        for (const x of f.rules) if (!x.ok(v, r, now)) return x.says(v, r);
      }
      return null;
    },
    pick(r) {
      const out: Record<string, unknown> = {};
      for (const k of kept) {
        const v = (r as Record<string, unknown>)[k];
        if (v !== undefined) out[k] = Array.isArray(v) ? [...v] : v;
      }
      return out as Static<F>;
    },
    same(a, b, except = []) {
      return kept.every((k) => {
        if (except.includes(k)) return true;
        const x = (a as Record<string, unknown>)[k];
        const y = (b as Record<string, unknown>)[k];
        return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
      });
    },
  };
}

/** An object of exactly these fields, each of its kind (for nested shapes that need no sentence per field). */
export function record<const P extends Readonly<Record<string, Kind<unknown>>>>(props: P): Kind<{ -readonly [K in keyof P]: Of<P[K]> }> {
  const keys = Object.keys(props);
  return {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: keys,
      properties: Object.fromEntries(keys.map((k) => [k, props[k]!.schema])),
    },
    is: (v): v is { -readonly [K in keyof P]: Of<P[K]> } =>
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      Object.keys(v).every((k) => k in props) &&
      keys.every((k) => props[k]!.is((v as Record<string, unknown>)[k])),
  };
}

/** An object of the `required` fields and any of the `optional` ones, nothing else, each of its kind. */
export function recordWith<
  const P extends Readonly<Record<string, Kind<unknown>>>,
  const O extends Readonly<Record<string, Kind<unknown>>>,
>(required: P, optional: O): Kind<{ -readonly [K in keyof P]: Of<P[K]> } & { -readonly [K in keyof O]?: Of<O[K]> }> {
  const keys = Object.keys(required);
  const all: Readonly<Record<string, Kind<unknown>>> = { ...required, ...optional };
  return {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: keys,
      properties: Object.fromEntries(Object.keys(all).map((k) => [k, all[k]!.schema])),
    },
    is: (v): v is { -readonly [K in keyof P]: Of<P[K]> } & { -readonly [K in keyof O]?: Of<O[K]> } =>
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      Object.keys(v).every((k) => k in all) &&
      keys.every((k) => required[k]!.is((v as Record<string, unknown>)[k])) &&
      Object.keys(optional).every((k) => !(k in v) || optional[k]!.is((v as Record<string, unknown>)[k])),
  };
}

/** A value of one kind, or null. */
export function nullOr<T>(kind: Kind<T>): Kind<T | null> {
  return { schema: { anyOf: [{ type: 'null' }, kind.schema] }, is: (v): v is T | null => v === null || kind.is(v) };
}

/** True when A and B are the same type (for compile-time checks that a wire shape matches a type defined elsewhere). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
