import { z } from 'zod'

/** The error body, for the OpenAPI document. */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
})

/** Error responses most routes can give. */
export const commonErrors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
}

/**
 * A whole number in a path or query string, written in plain decimal digits. `z.coerce.number()`
 * would also take `0x1`, `1e0`, ` 1` and `1.0`, so one item would have many addresses.
 */
export function decimalInteger(min: number, max: number) {
  return z
    .string()
    .max(String(max).length)
    .regex(/^(0|[1-9][0-9]*)$/, 'must be a whole number in plain decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
}
