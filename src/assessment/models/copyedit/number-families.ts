import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type CeScenario, client, family, q, type Slip, worked } from './copyedit-text.js'
import { type NumberSheet, numberWords, type Part, renderNumbers } from './number-style.js'

// Numbers as words or figures by the style sheet the client states in the stem: a threshold
// (ten, as in AP and most British house styles, or one hundred, as in Chicago), with the
// usual exceptions the sheet spells out. No item relies on remembering a guide: the rule is quoted.

const sheetText = (T: number, consistent = false): string =>
  `spell out whole numbers below ${T === 10 ? 'ten' : 'one hundred'} and use figures for ${T} and above; use figures with units of measurement and with ${consistent ? '“per cent” (in words) for percentages' : 'the % sign for percentages'}, whatever the number; spell out a number that opens a sentence; hyphenate compound numbers (twenty-one to ninety-nine)${consistent ? '; where counts of the same kind in one sentence fall on both sides of the threshold, use figures for all of them' : ''}`

const MISTAKES: Record<NonNullable<NumberSheet['slip']> | 'asWritten', (T: number) => string> = {
  otherThreshold: (T) =>
    `applies the spell-out-below-${T === 10 ? 'one-hundred' : 'ten'} rule of another style, not the sheet’s`,
  inclusive: () => 'spells out the threshold number itself, reading “below” as “up to”',
  allFigures: () => 'puts every number in figures, as news and technical styles do',
  unitWords: () => 'spells out a small measurement, forgetting that units always take figures',
  pctWords: () => 'spells out a small percentage as if it were a count',
  noHyphen: () => 'writes a compound number without its hyphen',
  startFigure: () => 'leaves a figure at the start of the sentence',
  ignoreConsistency: () => 'applies the threshold number by number, ignoring the same-kind rule',
  allWords: () => 'spells out every small number, measurements and percentages included',
  pctSign: () => 'uses the % sign where the sheet writes “per cent”',
  asWritten: () => 'leaves the author’s mix of words and figures as it stands',
}

/** The author's draft: each number written one way or the other, as drafts mix them. */
function draft(rng: Rng, parts: readonly Part[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p
      const w = rng.next() < 0.5
      if (p.kind === 'unit') return `${w && p.n < 100 ? numberWords(p.n) : p.n} ${p.unit}`
      if (p.kind === 'pct') return w && p.n < 100 ? `${numberWords(p.n)} per cent` : `${p.n}%`
      if (p.kind === 'ord') return renderNumbers([p], { T: w ? 100 : 0 })
      const s = w && p.n < 100 ? numberWords(p.n) : String(p.n)
      return p.start ? s.replace(/^./, (c) => c.toUpperCase()) : s
    })
    .join('')
}

function numberItem(
  rng: Rng,
  parts: readonly Part[],
  T: number,
  slips: readonly NonNullable<NumberSheet['slip']>[],
  consistent = false,
  extra: readonly Slip[] = [],
): CeScenario {
  const key = renderNumbers(parts, { T, consistent, perCent: consistent })
  const raw = draft(rng, parts)
  if (raw === key) throw new VariantError('the draft already follows the sheet')
  const wrong: Slip[] = slips.map((s) => [
    s,
    renderNumbers(parts, { T, consistent, perCent: consistent, slip: s }),
    MISTAKES[s](T),
  ])
  return worked(rng, {
    stem: `The style sheet from ${client(rng)} says: ${sheetText(T, consistent)}. The manuscript reads ${q(raw)} Which version follows the sheet?`,
    in: { parts, T, consistent, raw },
    key,
    wrong: [...wrong, ...extra, ['asWritten', raw, MISTAKES.asWritten(T)]],
  })
}

const COUNTED = ['villages', 'interviews', 'letters', 'schools', 'farms', 'chapels', 'ships']
const UNITS = ['km', 'kg', 'm', 'litres', 'hours']
const twoNouns = (rng: Rng): [string, string] => {
  const [a, b] = rng.shuffle(COUNTED)
  return [a!, b!]
}

export const NUMBER_FAMILIES: readonly ScenarioFamily[] = [
  family('numbers-below-ten-in-words', (rng) => {
    const [a, b] = twoNouns(rng)
    const small = rng.int(2, 9)
    const big = rng.pick([10, 10, rng.int(11, 40)])
    const parts: Part[] = [
      'The survey covered ',
      { kind: 'count', n: small },
      ` ${a} and `,
      { kind: 'count', n: big },
      ` ${b} along `,
      { kind: 'unit', n: rng.int(3, 9), unit: 'km' },
      ' of coast.',
    ]
    return numberItem(
      rng,
      parts,
      10,
      ['otherThreshold', 'inclusive', 'allFigures', 'unitWords'],
      false,
      [
        [
          'otherThresholdUnits',
          renderNumbers(parts, { T: 100, slip: 'unitWords' }),
          'applies the below-one-hundred rule of another style and spells out the measurement too',
        ],
        [
          'allWords',
          renderNumbers(parts, { T: 10, slip: 'allWords' }),
          'spells out every number, whatever its size or unit',
        ],
      ],
    )
  }),
  family('numbers-below-one-hundred-in-words', (rng) => {
    const [a, b] = twoNouns(rng)
    const mid = rng.pick([21, 34, 45, 57, 68, 73, 86, 92].filter((n) => n % 10 !== 0))
    const big = rng.pick([100, 100, rng.int(120, 900)])
    const parts: Part[] = [
      'By 1900 the parish had ',
      { kind: 'count', n: mid },
      ` ${a} and `,
      { kind: 'count', n: big },
      ` ${b}, and its share of the county fell to `,
      { kind: 'pct', n: rng.int(3, 9) },
      '.',
    ]
    return numberItem(
      rng,
      parts,
      100,
      ['otherThreshold', 'inclusive', 'noHyphen', 'pctWords', 'allFigures'],
      false,
      [
        [
          'otherThresholdPct',
          renderNumbers(parts, { T: 10, slip: 'pctWords' }),
          'applies the below-ten rule of another style and spells out the percentage too',
        ],
        [
          'noHyphenPct',
          renderNumbers(parts, { T: 100, slip: 'noHyphen' }).replace(
            /(\d+)%/,
            (_, d: string) => `${numberWords(Number(d))} per cent`,
          ),
          'drops the compound’s hyphen and spells out the percentage as a count',
        ],
      ],
    )
  }),
  family('number-opening-a-sentence', (rng) => {
    const T = rng.pick([10, 100])
    const start = rng.pick([23, 36, 41, 58, 64, 77, 82, 95])
    const [a, b] = twoNouns(rng)
    const later = T === 10 ? rng.int(2, 9) : rng.int(11, 19)
    const parts: Part[] = [
      { kind: 'count', n: start, start: true },
      ` ${a} replied, and `,
      { kind: 'count', n: later },
      ` ${b} sent records.`,
    ]
    return numberItem(rng, parts, T, ['startFigure', 'noHyphen', 'allFigures', 'otherThreshold'])
  }),
  family('measurements-always-in-figures', (rng) => {
    const [u1, u2] = rng.shuffle(UNITS)
    const T = rng.pick([10, 100])
    const parts: Part[] = [
      'Each of the ',
      { kind: 'count', n: rng.int(3, 9) },
      ' crates weighed ',
      { kind: 'unit', n: rng.int(2, 9), unit: u1! },
      ' and took ',
      { kind: 'unit', n: rng.int(2, 9), unit: u2! },
      ' to load.',
    ]
    return numberItem(rng, parts, T, ['unitWords', 'allFigures', 'allWords', 'noHyphen'])
  }),
  family('counts-of-one-kind-all-in-figures', (rng) => {
    const T = rng.pick([10, 100])
    const n1 = T === 10 ? rng.int(3, 9) : rng.int(21, 99)
    const n2 = T === 10 ? rng.int(11, 60) : rng.int(110, 600)
    if (n1 % 10 === 0) throw new VariantError('a round number')
    const noun = rng.pick(['chapters', 'essays', 'maps', 'case studies'])
    const parts: Part[] = [
      'Of the ',
      { kind: 'count', n: n2 },
      ` ${noun} submitted, `,
      { kind: 'count', n: n1 },
      ' were accepted, and entry fees rose by ',
      { kind: 'pct', n: rng.int(3, 9) },
      '.',
    ]
    return numberItem(
      rng,
      parts,
      T,
      ['ignoreConsistency', 'allWords', 'otherThreshold', 'pctWords', 'pctSign', 'noHyphen'],
      true,
    )
  }),
  family('percentages-in-figures-with-the-sign', (rng) => {
    const T = rng.pick([10, 100])
    const parts: Part[] = [
      'Turnout rose from ',
      { kind: 'pct', n: rng.int(3, 9) },
      ' to ',
      { kind: 'pct', n: rng.int(21, 49) },
      ' across ',
      { kind: 'count', n: rng.int(3, 9) },
      ' wards.',
    ]
    return numberItem(rng, parts, T, ['pctWords', 'allWords', 'allFigures', 'noHyphen'])
  }),
  family('ordinals-follow-the-number-rule', (rng) => {
    const T = rng.pick([10, 100])
    const o1 = rng.int(2, 9)
    const o2 = T === 10 ? rng.int(11, 40) : rng.pick([21, 32, 43, 54])
    const parts: Part[] = [
      'The ',
      { kind: 'ord', n: o1 },
      ' edition corrected the map; the ',
      { kind: 'ord', n: o2 },
      ' added ',
      { kind: 'count', n: rng.int(3, 9) },
      ' plates.',
    ]
    return numberItem(rng, parts, T, ['allFigures', 'otherThreshold', 'noHyphen', 'allWords'])
  }),
]
