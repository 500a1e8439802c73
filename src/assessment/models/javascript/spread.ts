import { snippetModel } from './snippet-model.js'

/*
 * Each distractor is what the code logs when spread, defaults or rest behave as a named
 * misconception says (the first spread winning, a default ignoring undefined or replacing null,
 * spread skipping undefined properties, rest collecting everything or an array), never the
 * snippet with its default swapped for another of its numbers.
 */

/** Object spread order, defaults in destructuring and rest properties. */
export const spreadModel = snippetModel({
  id: 'js-spread-destructuring',
  title: 'JavaScript spread, destructuring and defaults',
  language: 'javascript',
  build: (rng) => {
    const a = rng.int(1, 9)
    const b = rng.int(10, 19)
    const c = rng.int(20, 29)
    const bOverride = rng.pick(['undefined', 'null', String(rng.int(30, 39))])
    const fallback = rng.int(40, 49)
    const objects = `const defaults = { a: ${a}, b: ${b}, c: ${c} }\nconst options = { b: ${bOverride}, d: 0 }`
    const src = (
      first: string,
      second: string,
      opts: { def?: string; after?: string; log?: string } = {},
    ) =>
      `${objects}\nconst merged = { ...${first}, ...${second} }\nconst { a, ${opts.def ?? `b = ${fallback}`}, ...rest } = merged\n${opts.after ?? ''}console.log(${opts.log ?? 'a, b, rest'})`
    const order = rng.pick([
      ['defaults', 'options'],
      ['options', 'defaults'],
    ])
    const [first, second] = order as [string, string]
    // Spread with the properties holding undefined left out, as the mistaken reader expects.
    const defined = (name: string) =>
      `Object.fromEntries(Object.entries(${name}).filter(([, v]) => v !== undefined))`
    // One change to the program per misconception: which object spreads last, how b's default
    // applies, and what rest holds; a reading may combine one of the first with one of the last.
    interface Reading {
      readonly mistake: string
      readonly swap?: boolean
      readonly defined?: boolean
      readonly def?: string
      readonly after?: string
      readonly log?: string
    }
    const merging: readonly Reading[] = [
      {
        mistake: 'thinks the first spread wins when two spread objects share a property',
        swap: true,
      },
      {
        mistake:
          'thinks a destructuring default is used only when the property is missing, not when it holds undefined',
        def: 'b',
      },
      {
        mistake: 'thinks a destructuring default also replaces null',
        def: 'b: given',
        after: `const b = given ?? ${fallback}\n`,
      },
      {
        mistake: 'thinks spreading an object skips its properties that hold undefined',
        defined: true,
      },
    ]
    const resting: readonly Reading[] = [
      {
        mistake: 'thinks ...rest also collects the properties already destructured',
        log: 'a, b, { ...merged }',
      },
      {
        mistake: 'thinks a rest property collects the remaining values into an array',
        log: 'a, b, Object.values(rest)',
      },
    ]
    const program = (r: Omit<Reading, 'mistake'>) => {
      const [x, y] = r.swap ? [second, first] : [first, second]
      const spread = (name: string) => (r.defined ? `(${defined(name)})` : name)
      return src(spread(x), spread(y), {
        ...(r.def === undefined ? {} : { def: r.def }),
        ...(r.after === undefined ? {} : { after: r.after }),
        ...(r.log === undefined ? {} : { log: r.log }),
      })
    }
    const readings: Reading[] = [
      ...merging,
      ...resting,
      ...merging.flatMap((m) =>
        resting.map((r) => ({ ...m, ...r, mistake: `${m.mistake} + ${r.mistake}` })),
      ),
    ]
    return {
      source: src(first, second),
      mistakes: readings.map(({ mistake, ...r }) => ({ source: program(r), mistake })),
    }
  },
})
