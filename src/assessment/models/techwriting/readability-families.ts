import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Readability figures a client asks a technical writer to report, computed from the counts the
 * stem states. Flesch (1948) reading ease: 206.835 − 1.015 × (words ÷ sentences) − 84.6 ×
 * (syllables ÷ words). Flesch–Kincaid grade (Kincaid et al. 1975): 0.39 × (words ÷ sentences) +
 * 11.8 × (syllables ÷ words) − 15.59. Both rounded to one decimal place, as the stems say.
 */
const ease = (w: number, s: number, y: number) => 206.835 - 1.015 * (w / s) - 84.6 * (y / w)
const grade = (w: number, s: number, y: number) => 0.39 * (w / s) + 11.8 * (y / w) - 15.59
const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1)
const r1 = (x: number) => Math.round(x * 10) / 10

/** Counts of a help topic whose averages fall where real documentation falls. */
function counts(rng: Rng) {
  const sentences = rng.int(8, 24)
  const words = sentences * rng.int(11, 24) + rng.int(0, sentences - 1)
  const syllables = Math.round(words * (rng.int(130, 175) / 100))
  return { words, sentences, syllables }
}

/** Flesch's own bands of reading ease (Flesch 1948, Table 5 as reprinted in "The Art of Readable Writing"). */
const BANDS: readonly [min: number, name: string][] = [
  [90, 'Very easy (90–100)'],
  [80, 'Easy (80–89)'],
  [70, 'Fairly easy (70–79)'],
  [60, 'Standard (60–69)'],
  [50, 'Fairly difficult (50–59)'],
  [30, 'Difficult (30–49)'],
  [Number.NEGATIVE_INFINITY, 'Very confusing (0–29)'],
]
const band = (score: number) => BANDS.find(([min]) => Math.round(score) >= min)![1]

export const READABILITY_FAMILIES: readonly TwFamily[] = [
  family('flesch-reading-ease', (rng) => {
    const { words: w, sentences: s, syllables: y } = counts(rng)
    const app = screen(rng).app
    const wrong: Wrong[] = [
      [one(grade(w, s, y)), 'applies the Flesch–Kincaid grade formula instead'],
      [one(206.835 - 84.6 * (y / w)), 'leaves out the sentence-length term'],
      [
        one(206.835 - 1.015 * r1(w / s) - 84.6 * r1(y / w)),
        'rounds both averages to one decimal place before using them',
      ],
      [
        one(206.835 + 1.015 * (w / s) - 84.6 * (y / w)),
        'adds the sentence-length term instead of subtracting it',
      ],
      [
        one(206.835 - 1.015 * Math.round(w / s) - 84.6 * Math.round(y / w)),
        'rounds both averages to whole numbers before using them',
      ],
      [
        one(206.835 - 1.015 * s - 84.6 * (y / w)),
        'weights the number of sentences instead of the average sentence length',
      ],
    ]
    return choose(rng, {
      stem: `A ${app} help topic has ${w} words, ${s} sentences and ${y} syllables. What is its Flesch reading ease, rounded to one decimal place?`,
      key: one(ease(w, s, y)),
      wrong: wrong.filter(([t]) => Number(t) <= 120 && Number(t) >= 0),
      facts: { check: 'flesch', measure: 'ease', words: w, sentences: s, syllables: y },
    })
  }),
  family('flesch-kincaid-grade', (rng) => {
    const { words: w, sentences: s, syllables: y } = counts(rng)
    const app = screen(rng).app
    return choose(rng, {
      stem: `A ${app} quick-start guide has ${w} words, ${s} sentences and ${y} syllables. What is its Flesch–Kincaid grade level, rounded to one decimal place?`,
      key: one(grade(w, s, y)),
      wrong: (
        [
          [one(ease(w, s, y)), 'applies the Flesch reading ease formula instead'],
          [one(grade(w, s, y) + 15.59), 'leaves out the −15.59 constant'],
          [
            one(0.39 * r1(w / s) + 11.8 * r1(y / w) - 15.59),
            'rounds both averages to one decimal place before using them',
          ],
          [
            one(0.39 * (w / s) + 11.8 * (w / y) - 15.59),
            'divides words by syllables instead of syllables by words',
          ],
        ] as Wrong[]
      ).filter(([t]) => Number(t) >= 0),
      facts: { check: 'flesch', measure: 'grade', words: w, sentences: s, syllables: y },
    })
  }),
  family('flesch-ease-band', (rng) => {
    const { words: w, sentences: s, syllables: y } = counts(rng)
    const app = screen(rng).app
    const key = band(ease(w, s, y))
    return choose(rng, {
      stem: `A client wants the ${app} FAQ to score at least “Standard” on Flesch’s reading-ease table. The FAQ has ${w} words, ${s} sentences and ${y} syllables. In which of Flesch’s bands does its score, rounded to a whole number, fall?`,
      key,
      wrong: [
        [
          band(206.835 - 84.6 * (y / w)),
          'leaves out the sentence-length term before reading the table',
        ],
        [band(100 - ease(w, s, y)), 'reads the scale backwards, as if higher scores were harder'],
        [band(grade(w, s, y)), 'looks up the Flesch–Kincaid grade on the reading-ease table'],
        [
          band(206.835 + 1.015 * (w / s) - 84.6 * (y / w)),
          'adds the sentence-length term instead of subtracting it',
        ],
      ],
      facts: { check: 'flesch', measure: 'band', words: w, sentences: s, syllables: y },
    })
  }),
  family('sentences-for-average-length', (rng) => {
    const s0 = rng.int(6, 14)
    const w = s0 * rng.int(26, 34) + rng.int(1, 9)
    const app = screen(rng).app
    const need = Math.ceil(w / 20)
    return choose(rng, {
      stem: `A ${app} release announcement has ${w} words in ${s0} sentences. The client’s plain-language rule is an average of at most 20 words per sentence, without cutting words. Into how many sentences in total must the text be split, at least?`,
      key: String(need),
      wrong: [
        [String(Math.floor(w / 20)), 'rounds down, which leaves the average above 20'],
        [String(need - s0), 'gives the number of sentences to add, not the total'],
        [String(Math.ceil(w / 25)), 'uses the 25-word limit for STE descriptive sentences'],
        [String(s0 * 2), 'splits every sentence in two without checking the average'],
      ],
      facts: { check: 'average', words: w, sentences: s0, limit: 20 },
    })
  }),
  family('split-sentences-grade-change', (rng) => {
    const { words: w, sentences: s, syllables: y } = counts(rng)
    const s2 = s * 2
    const app = screen(rng).app
    return choose(rng, {
      stem: `A ${app} install guide has ${w} words, ${s} sentences and ${y} syllables. An editor splits every sentence in two without changing a word. What is the new Flesch–Kincaid grade, rounded to one decimal place?`,
      key: one(grade(w, s2, y)),
      wrong: [
        [one(grade(w, s, y)), 'keeps the old sentence count'],
        [one(grade(w, s, y) / 2), 'halves the grade instead of the sentence length'],
        [one(grade(w, s / 2, y)), 'halves the sentence count instead of doubling it'],
        [one(ease(w, s2, y)), 'applies the Flesch reading ease formula instead'],
        [
          one(
            0.39 * (Math.round((w / s2) * 10) / 10) +
              11.8 * (Math.round((y / w) * 10) / 10) -
              15.59,
          ),
          'rounds the new averages to one decimal place before using them',
        ],
      ],
      facts: { check: 'flesch', measure: 'grade', words: w, sentences: s2, syllables: y },
    })
  }),
]
