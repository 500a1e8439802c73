import type { Rng } from '../../rng.js'
import { an } from './spot.js'
import { type SheetRule, sheetFamilies } from './style-sheet.js'

const WORD = ['final', 'clean', 'revised', 'second']
const decade = (rng: Rng) => rng.pick(['60', '70', '80', '90'])
const span = (rng: Rng) => {
  const a = rng.int(12, 480)
  return [a, a + rng.int(3, 19)] as const
}

/**
 * An American book's typesetting spec (Chicago conventions): the marks a proofreader checks
 * character by character, where the typescript's keyboard forms (straight quotes, hyphens, x)
 * and smart-quote software leave the wrong glyph.
 */
const TYPE_RULES: readonly SheetRule[] = [
  {
    id: 'curly-quotation-marks',
    statement: 'Quotation marks and apostrophes: curly marks (“ ” ’), never straight ones.',
    follow: (rng) => ({
      text: `the author’s “${rng.pick(WORD)}” version`,
      mistake: 'expected the straight marks of the typescript',
    }),
    breach: (rng) => ({
      text: `the author's "${rng.pick(WORD)}" version`,
      mistake: 'straight marks left from the typescript',
    }),
  },
  {
    id: 'apostrophe-for-elision',
    statement: 'A word that begins with an elision takes an apostrophe (’90s, rock ’n’ roll).',
    follow: (rng) =>
      rng.next() < 0.5
        ? {
            text: `music of the ’${decade(rng)}s`,
            mistake: 'took the apostrophe for a closing quotation mark facing the wrong way',
          }
        : {
            text: 'a rock ’n’ roll band',
            mistake: 'took the first apostrophe for a closing quotation mark facing the wrong way',
          },
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `music of the ‘${decade(rng)}s`,
            mistake: 'an opening quotation mark for the apostrophe, as smart quotes set it',
          }
        : {
            text: 'a rock ‘n’ roll band',
            mistake: 'an opening quotation mark for the apostrophe, as smart quotes set it',
          },
  },
  {
    id: 'spaced-period-ellipsis',
    statement: 'Ellipses: three spaced periods (. . .).',
    follow: () => ({
      text: 'we waited . . . and waited',
      mistake: 'expected the single ellipsis character of web style',
    }),
    breach: (rng) =>
      rng.next() < 0.5
        ? { text: 'we waited … and waited', mistake: 'the single ellipsis character' }
        : {
            text: 'we waited ... and waited',
            mistake: 'three unspaced periods from the typescript',
          },
  },
  {
    id: 'multiplication-sign',
    statement: 'Dimensions: the multiplication sign (24 × 36 cm), not the letter x.',
    follow: (rng) => ({
      text: `${an(rng.int(12, 40))} × ${rng.int(41, 90)} cm print`,
      mistake: 'took the multiplication sign for a stray symbol and wanted the letter x',
    }),
    breach: (rng) => ({
      text: `${an(rng.int(12, 40))} x ${rng.int(41, 90)} cm print`,
      mistake: 'the letter x for the multiplication sign',
    }),
  },
  {
    id: 'primes-for-feet-and-inches',
    statement: 'Feet and inches: primes (6′ 2″), not quotation marks.',
    follow: (rng) => ({
      text: `a shelf ${rng.int(3, 7)}′ ${rng.int(1, 11)}″ high`,
      mistake: 'took the primes for misset quotation marks',
    }),
    breach: (rng) => ({
      text: `a shelf ${rng.int(3, 7)}’ ${rng.int(1, 11)}” high`,
      mistake: 'curly quotation marks for primes, as smart quotes set them',
    }),
  },
  {
    id: 'space-before-degree-celsius',
    statement: 'Temperatures: a space between the number and °C (20 °C).',
    follow: (rng) => ({
      text: `the samples are stored at ${rng.int(4, 30)} °C`,
      mistake: 'closed up the degree sign as for an angle',
    }),
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `the samples are stored at ${rng.int(4, 30)}°C`,
            mistake: '°C closed up to the number',
          }
        : {
            text: `the samples are stored at ${rng.int(4, 30)}° C`,
            mistake: 'the space after the degree sign, not before it',
          },
  },
  {
    id: 'closed-em-dashes',
    statement: 'Parenthetical dashes: em dashes, closed up (word—word).',
    follow: (rng) => ({
      text: `the index—all ${rng.int(20, 60)} pages—is late`,
      mistake: 'expected the spaced en dash of British style',
    }),
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `the index – all ${rng.int(20, 60)} pages – is late`,
            mistake: 'a spaced en dash for an em dash',
          }
        : {
            text: `the index -- all ${rng.int(20, 60)} pages -- is late`,
            mistake: 'a doubled hyphen left from the typescript',
          },
  },
  {
    id: 'en-dash-in-ranges',
    statement: 'Ranges of numbers: an en dash, closed up (pages 45–52).',
    follow: (rng) => {
      const [a, b] = span(rng)
      return { text: `see pages ${a}–${b}`, mistake: 'wanted a hyphen in a range of numbers' }
    },
    breach: (rng) => {
      const [a, b] = span(rng)
      return rng.next() < 0.5
        ? { text: `see pages ${a}-${b}`, mistake: 'a hyphen for the en dash of a range' }
        : { text: `see pages ${a} – ${b}`, mistake: 'a spaced en dash in a range' }
    },
  },
  {
    id: 'en-dash-with-open-compounds',
    statement:
      'An en dash joins a prefix or word to an open compound (post–World War II, New York–Chicago flights).',
    follow: (rng) =>
      rng.pick([
        { text: 'the post–World War II economy', mistake: 'expected a hyphen in every compound' },
        { text: 'the New York–Chicago flights', mistake: 'expected a hyphen in every compound' },
        { text: 'a Nobel Prize–winning author', mistake: 'expected a hyphen in every compound' },
      ]),
    breach: (rng) =>
      rng.pick([
        { text: 'the post-World War II economy', mistake: 'a hyphen before an open compound' },
        { text: 'the New York-Chicago flights', mistake: 'a hyphen between open compounds' },
        { text: 'a Nobel Prize-winning author', mistake: 'a hyphen after an open compound' },
      ]),
  },
  {
    id: 'periods-inside-quotation-marks',
    statement: 'Periods and commas: inside the closing quotation mark, as American style has it.',
    follow: (rng) => ({
      text: `the box was labeled “${rng.pick(['fragile', 'urgent', 'proofs'])}.”`,
      mistake: 'applied the British logical placement of punctuation',
    }),
    breach: (rng) => ({
      text: `the box was labeled “${rng.pick(['fragile', 'urgent', 'proofs'])}”.`,
      mistake: 'a period outside the closing quotation mark',
    }),
  },
  {
    id: 'single-marks-inside-double',
    statement: 'A quotation within a quotation: single marks inside double.',
    follow: (rng) => ({
      text: `“She wrote ‘${rng.pick(['urgent', 'final', 'stet'])}’ on it”`,
      mistake: 'expected double marks at every level',
    }),
    breach: (rng) => ({
      text: `“She wrote “${rng.pick(['urgent', 'final', 'stet'])}” on it”`,
      mistake: 'double marks for a quotation within a quotation',
    }),
  },
  {
    id: 'en-dash-in-scores-and-votes',
    statement: 'Scores and votes: an en dash, closed up (a 6–3 vote).',
    follow: (rng) => ({
      text: `${an(rng.int(5, 9))}–${rng.int(1, 4)} ${rng.pick(['vote', 'win'])}`,
      mistake: 'wanted a hyphen between the figures of a score',
    }),
    breach: (rng) => ({
      text: `${an(rng.int(5, 9))}-${rng.int(1, 4)} ${rng.pick(['vote', 'win'])}`,
      mistake: 'a hyphen for the en dash of a score',
    }),
  },
  {
    id: 'apostrophe-not-prime',
    statement: 'Apostrophes are curly (’), never a prime (′) from a symbol font.',
    follow: (rng) => ({
      text: `the ${rng.pick(['artist', 'printer', 'binder'])}’s studio`,
      mistake: 'took the apostrophe for a prime',
    }),
    breach: (rng) => ({
      text: `the ${rng.pick(['artist', 'printer', 'binder'])}′s studio`,
      mistake: 'a prime for an apostrophe',
    }),
  },
  {
    id: 'copyright-sign',
    statement: 'The copyright line: the © sign, not (c).',
    follow: (rng) => ({
      text: `© ${rng.int(2019, 2027)} the author`,
      mistake: 'expected the keyboard (c) of the typescript',
    }),
    breach: (rng) => ({
      text: `(c) ${rng.int(2019, 2027)} the author`,
      mistake: '(c) left for the © sign',
    }),
  },
  {
    id: 'plus-minus-sign',
    statement: 'Tolerances: the ± sign (±2 mm), not +/-.',
    follow: (rng) => ({
      text: `accurate to ±${rng.int(1, 5)} mm`,
      mistake: 'expected the keyboard +/- of the typescript',
    }),
    breach: (rng) => ({
      text: `accurate to +/- ${rng.int(1, 5)} mm`,
      mistake: '+/- left for the ± sign',
    }),
  },
  {
    id: 'degree-sign-on-angles',
    statement: 'Angles: the degree sign closed up to the figure (a 45° angle).',
    follow: (rng) => ({
      text: `a ${rng.pick([30, 45, 60, 90])}° angle`,
      mistake: 'spaced the degree sign as for °C',
    }),
    breach: (rng) => ({
      text: `a ${rng.pick([30, 45, 60, 90])} ° angle`,
      mistake: 'a space before the degree sign of an angle',
    }),
  },
  {
    id: 'closed-up-slash',
    statement: 'A slash between single words is closed up (and/or).',
    follow: (rng) => ({
      text: `${rng.pick(['and/or', 'either/or', 'his/her'])} in the contract`,
      mistake: 'expected spaces around every slash',
    }),
    breach: (rng) => ({
      text: `${rng.pick(['and / or', 'either / or', 'his / her'])} in the contract`,
      mistake: 'spaces around a slash between single words',
    }),
  },
  {
    id: 'fraction-glyphs',
    statement: 'Simple fractions in text: the fraction character (½ inch).',
    follow: (rng) => ({
      text: `a margin of ${rng.pick(['½', '¼', '¾'])} inch`,
      mistake: 'expected the keyboard 1/2 of the typescript',
    }),
    breach: (rng) => ({
      text: `a margin of ${rng.pick(['1/2', '1/4', '3/4'])} inch`,
      mistake: 'a keyboard fraction left for the fraction character',
    }),
  },
  {
    id: 'trademark-sign',
    statement: 'Trademarks: the ™ sign, closed up (Acme™), not (TM).',
    follow: (rng) => ({
      text: `printed on ${rng.pick(['Acme', 'Lumo', 'Vellio'])}™ paper`,
      mistake: 'expected the keyboard (TM) of the typescript',
    }),
    breach: (rng) => ({
      text: `printed on ${rng.pick(['Acme', 'Lumo', 'Vellio'])}(TM) paper`,
      mistake: '(TM) left for the ™ sign',
    }),
  },
  {
    id: 'section-sign-spaced',
    statement: 'Section references: the § sign and a space (§ 12).',
    follow: (rng) => ({
      text: `as required by § ${rng.int(2, 40)}`,
      mistake: 'closed up the section sign to its number',
    }),
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `as required by §${rng.int(2, 40)}`,
            mistake: 'a section sign closed up to its number',
          }
        : {
            text: `as required by Sec. ${rng.int(2, 40)}`,
            mistake: 'an abbreviation for the § sign',
          },
  },
  {
    id: 'opening-quotation-marks-face-the-word',
    statement: 'An opening quotation mark faces the word it opens (“yes”).',
    follow: (rng) => ({
      text: `she wrote “${rng.pick(['yes', 'agreed', 'approved'])}” in the margin`,
      mistake: 'took the opening mark for a closing one',
    }),
    breach: (rng) => ({
      text: `she wrote ”${rng.pick(['yes', 'agreed', 'approved'])}” in the margin`,
      mistake: 'a closing mark at the start of a quotation',
    }),
  },
  {
    id: 'percent-sign-closed-up',
    statement: 'In tables and figures: the % sign closed up to the figure (5%).',
    follow: (rng) => ({
      text: `${an(rng.int(2, 40))}% rise in the table`,
      mistake: 'spaced the % sign as SI style does',
    }),
    breach: (rng) => ({
      text: `${an(rng.int(2, 40))} % rise in the table`,
      mistake: 'a space before the % sign',
    }),
  },
]

/** Typographic conventions checked against a stated spec, one family per convention. */
export const PROOF_TYPOGRAPHY_FAMILIES = sheetFamilies(
  'You are proofreading pages of an American book. The typesetting spec includes:',
  TYPE_RULES,
)
