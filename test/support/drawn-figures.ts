/*
 * A drawn scenario's figures read by name, for the key tests that work a draw a second way: one
 * call unpacks as many figures as the working needs, typed as a tuple of the names given, and a
 * name the draw does not carry (a figure renamed in the family, a typo in the test) fails with
 * that name instead of flowing on as NaN.
 */

type Figures = Readonly<Record<string, unknown>>

const missing = (figures: Figures, key: string, why: string) =>
  new Error(
    `figure '${key}' ${why}; the draw has ${Object.keys(figures).join(', ') || 'no figures'}`,
  )

/**
 * The figures named, in order, as `Number` reads them (a figure drawn as text, `'12.5'`, is
 * parsed): `const [p, v] = figuresOf(f, 'p', 'v')`. Throws, naming the key, when a figure is
 * missing or does not read as a finite number.
 */
export function figuresOf<const K extends readonly string[]>(
  figures: Figures,
  ...keys: K
): { -readonly [I in keyof K]: number } {
  return keys.map((k) => {
    const v = figures[k]
    if (v === undefined) throw missing(figures, k, 'is missing')
    const x = Number(v)
    if (!Number.isFinite(x))
      throw missing(figures, k, `is not a finite number (${JSON.stringify(v)})`)
    return x
  }) as { -readonly [I in keyof K]: number }
}

/**
 * The figures named, in order, as `BigInt` reads them (whole numbers, drawn as numbers or text):
 * `const [p, v] = bigFiguresOf(f, 'p', 'v')`. Throws, naming the key, when a figure is missing or
 * is not a whole number.
 */
export function bigFiguresOf<const K extends readonly string[]>(
  figures: Figures,
  ...keys: K
): { -readonly [I in keyof K]: bigint } {
  return keys.map((k) => {
    const v = figures[k]
    if (v === undefined) throw missing(figures, k, 'is missing')
    if (typeof v !== 'number' && typeof v !== 'string') {
      throw missing(figures, k, `is not a whole number (${typeof v})`)
    }
    try {
      return BigInt(v)
    } catch {
      throw missing(figures, k, `is not a whole number (${JSON.stringify(v)})`)
    }
  }) as { -readonly [I in keyof K]: bigint }
}

/**
 * The figures named, in order, as exact rationals `[numerator, denominator]` (the denominator
 * positive), for draws that record each figure as `n/d` text so no decimal is rounded on its way
 * to the second working: `const [p, v] = rationalFiguresOf(f, 'p', 'v')`. A whole number may leave
 * out `/d`. Throws, naming the key, when a figure is missing or is not such a fraction.
 */
export function rationalFiguresOf<const K extends readonly string[]>(
  figures: Figures,
  ...keys: K
): { -readonly [I in keyof K]: readonly [bigint, bigint] } {
  return keys.map((k) => {
    const v = figures[k]
    if (v === undefined) throw missing(figures, k, 'is missing')
    const parts = /^(-?\d+)(?:\/(\d+))?$/.exec(String(v))
    if (!parts || parts[2] === '0' || /^0+$/.test(parts[2] ?? '1')) {
      throw missing(figures, k, `is not a fraction n/d (${JSON.stringify(v)})`)
    }
    return [BigInt(parts[1]!), BigInt(parts[2] ?? '1')] as const
  }) as { -readonly [I in keyof K]: readonly [bigint, bigint] }
}
