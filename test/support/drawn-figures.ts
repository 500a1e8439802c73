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
