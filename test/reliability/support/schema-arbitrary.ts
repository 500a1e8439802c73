import fc from 'fast-check'

/** The part of JSON Schema the API's OpenAPI document uses. */
export interface JsonSchema {
  readonly type?: string | readonly string[]
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly items?: JsonSchema
  readonly minItems?: number
  readonly maxItems?: number
  readonly minLength?: number
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly pattern?: string
  readonly enum?: readonly unknown[]
  readonly oneOf?: readonly JsonSchema[]
  readonly anyOf?: readonly JsonSchema[]
  readonly additionalProperties?: boolean | JsonSchema
}

/**
 * Values a schema accepts, as a fast-check arbitrary: what json-schema-faker does, for the few
 * keywords the API's document has (a handful of lines, where the package would be a dependency
 * of its own). Strings with a pattern come from the patterns the API uses (decimal digits).
 */
export function arbitraryOf(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 })
  const union = schema.oneOf ?? schema.anyOf
  if (union) return fc.oneof(...union.map((s) => arbitraryOf(s, depth + 1)))
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'string':
      if (schema.pattern === '^(0|[1-9][0-9]*)$') return fc.nat({ max: 999 }).map(String)
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 40, 40),
      })
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 })
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1000,
        max: schema.maximum ?? 1000,
        noNaN: true,
      })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(arbitraryOf(schema.items, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      })
    case 'object': {
      const properties = schema.properties ?? {}
      const required = new Set(schema.required ?? [])
      const fields = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, arbitraryOf(value, depth + 1)]),
      )
      return fc.record(fields, {
        requiredKeys: Object.keys(properties).filter((key) => required.has(key)),
      })
    }
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** Values that PostgreSQL refuses or rewrites, sizes past every limit, and shapes of the wrong kind. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    'a\u0000b',
    'a\ud800b',
    '\udfff',
    'x'.repeat(200_000),
    2 ** 63,
    -(2 ** 63),
    2 ** 31,
    1e308,
    -0,
    0.5,
    null,
    {},
    [],
    true,
    '',
    ' ',
    '0x1',
    '1e0',
  ),
  fc.integer({ min: 65, max: 200 }).map(nested),
)

/** Arrays nested `levels` deep: beyond the API's depth limit from 65 on. */
function nested(levels: number): unknown {
  let value: unknown = 'deep'
  for (let i = 0; i < levels; i++) value = [value]
  return value
}

/** `value` with the thing at one of its paths (chosen by `pick`) replaced by `replacement`. */
export function mutateAt(value: unknown, pick: number, replacement: unknown): unknown {
  const paths = pathsOf(value)
  const path = paths[pick % paths.length] ?? []
  if (path.length === 0) return replacement
  const copy = structuredClone(value) as Record<string | number, unknown>
  let at = copy
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>
  at[path.at(-1)!] = replacement
  return copy
}

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix]
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))]
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))]
  }
  return here
}
