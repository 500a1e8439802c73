import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Other readability formulas clients name in a brief, computed from the counts the stem gives
 * and rounded to one decimal place. Gunning fog (Gunning 1952): 0.4 × (words ÷ sentences + 100 ×
 * complex words ÷ words). SMOG (McLaughlin 1969, as in the 1.0430 regression form): 1.0430 ×
 * √(polysyllables × 30 ÷ sentences) + 3.1291. Coleman–Liau (1975): 0.0588 × L − 0.296 × S −
 * 15.8, with L letters and S sentences per 100 words. Flesch reading ease as in the readability
 * families.
 */
const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1)
const ease = (w: number, s: number, y: number) => 206.835 - 1.015 * (w / s) - 84.6 * (y / w)
const grade = (w: number, s: number, y: number) => 0.39 * (w / s) + 11.8 * (y / w) - 15.59

function text(rng: Rng) {
  const sentences = rng.int(10, 30)
  const words = sentences * rng.int(12, 22) + rng.int(0, sentences - 1)
  return { words, sentences }
}

export const FORMULA_FAMILIES: readonly TwFamily[] = [
  family('gunning-fog-index', (rng) => {
    const { words: w, sentences: s } = text(rng)
    const complex = Math.round(w * (rng.int(8, 18) / 100))
    const app = screen(rng).app
    const fog = (x: number) => 0.4 * (w / s + x)
    return choose(rng, {
      stem: `A ${app} admin guide chapter has ${w} words, ${s} sentences and ${complex} complex words (three or more syllables). What is its Gunning fog index, rounded to one decimal place?`,
      key: one(fog((100 * complex) / w)),
      wrong: [
        [one(fog(complex / w)), 'uses the share of complex words as a fraction, not a percentage'],
        [one(fog(complex / s)), 'counts complex words per sentence instead of per 100 words'],
        [one(fog(complex)), 'adds the count of complex words instead of their percentage'],
        [
          one(0.4 * (w / s) + (100 * complex) / w),
          'multiplies only the sentence-length term by 0.4',
        ],
        [one(w / s + (100 * complex) / w), 'leaves out the 0.4 factor'],
        [one(0.4 * ((100 * complex) / w)), 'leaves out the sentence-length term'],
        [
          one(0.4 * (w / s + (100 * complex) / s)),
          'divides complex words by sentences instead of by words',
        ],
      ] as Wrong[],
      facts: { check: 'fog', words: w, sentences: s, complex },
    })
  }),
  family('smog-grade', (rng) => {
    const s = rng.int(30, 60)
    const poly = rng.int(20, 90)
    const app = screen(rng).app
    const smog = (p: number, per: number) => 1.043 * Math.sqrt((p * per) / s) + 3.1291
    return choose(rng, {
      stem: `A ${app} safety leaflet has ${s} sentences with ${poly} words of three or more syllables in them. What is its SMOG grade (1.0430 × √(polysyllables × 30 ÷ sentences) + 3.1291), rounded to one decimal place?`,
      key: one(smog(poly, 30)),
      wrong: [
        [
          one(1.043 * Math.sqrt(poly) + 3.1291),
          'uses the raw count without scaling it to 30 sentences',
        ],
        [one(smog(poly, 30) - 3.1291), 'leaves out the 3.1291 constant'],
        [one(smog(poly, 100)), 'scales to 100 sentences instead of 30'],
      ] as Wrong[],
      facts: { check: 'smog', sentences: s, polysyllables: poly },
    })
  }),
  family('coleman-liau-index', (rng) => {
    const { words: w, sentences: s } = text(rng)
    const letters = Math.round(w * (rng.int(430, 560) / 100))
    const app = screen(rng).app
    const L = (letters / w) * 100
    const S = (s / w) * 100
    return choose(rng, {
      stem: `A ${app} API overview has ${w} words, ${letters} letters and ${s} sentences. What is its Coleman–Liau index, rounded to one decimal place?`,
      key: one(0.0588 * L - 0.296 * S - 15.8),
      wrong: [
        [
          one(0.0588 * L - 0.296 * (w / s) - 15.8),
          'uses words per sentence where the formula takes sentences per 100 words',
        ],
        [one(0.0588 * L + 0.296 * S - 15.8), 'adds the sentence term instead of subtracting it'],
        [
          one(4.71 * (letters / w) + 0.5 * (w / s) - 21.43),
          'applies the Automated Readability Index instead',
        ],
        [one(0.0588 * L - 0.296 * S), 'leaves out the −15.8 constant'],
      ] as Wrong[],
      facts: { check: 'coleman-liau', words: w, sentences: s, letters },
    })
  }),
  family('ease-after-shorter-words', (rng) => {
    const s = rng.int(10, 24)
    const w = s * rng.int(13, 22)
    const y = Math.round(w * (rng.int(150, 175) / 100))
    const cut = rng.int(25, 60)
    const app = screen(rng).app
    return choose(rng, {
      stem: `A ${app} FAQ has ${w} words, ${s} sentences and ${y} syllables. An editor swaps long words for short ones, cutting ${cut} syllables and keeping every word and sentence count. What is the new Flesch reading ease, rounded to one decimal place?`,
      key: one(ease(w, s, y - cut)),
      wrong: [
        [one(ease(w, s, y)), 'keeps the old syllable count'],
        [one(grade(w, s, y - cut)), 'applies the Flesch–Kincaid grade formula instead'],
        [one(ease(w - cut, s, y - cut)), 'also takes the cut syllables off the word count'],
      ] as Wrong[],
      facts: { check: 'flesch', measure: 'ease', words: w, sentences: s, syllables: y - cut },
    })
  }),
]
