import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { fr, num, type Spelling, s, type Term } from './fr-engine.js'

// Numbers and dates in French copy for a client in France. Spelled-out numbers follow Le Bon
// Usage (Grevisse and Goosse, 16th ed., 2016) §§ 593-597: vingt and cent take s when multiplied
// and nothing follows (quatre-vingts, deux cents, but quatre-vingt-trois, deux cent trois, and
// deux cent mille, quatre-vingt mille before mille, an adjective); mille never takes s; et joins
// 21, 31, 41, 51, 61 and 71 but not 81 and 91; hyphens join the elements below one hundred
// except around et; the 1990 Rectifications (Journal officiel, 6 December 1990, rule 1) join every
// element of a compound numeral by hyphens. Figures, percentages, money and dates follow the
// fr-FR locale (CLDR, as Intl gives it: a comma for decimals, a narrow no-break space between
// thousands, a space before % and after the amount for €, weekday and month in lower case) and
// the Lexique des règles typographiques en usage à l'Imprimerie nationale (2002): 1er, 1re, 2e
// for ordinals, centuries in roman numerals (XXIe siècle), 14 h 30 for times, unit symbols
// without a period or a plural, le 1er for the first day of a month. Milliard is 10⁹ and billion
// 10¹² (Le Bon Usage § 597), so an English billion is a milliard.

const SPACE_NOTE = '(a space shown stands for the no-break space)'

/** A number-writing item: a drawn number, its spelling by the stated rules and named slips. */
function spelled(
  id: string,
  draw: (rng: Rng) => number,
  style: 'trad' | 'rect',
  slips: readonly (readonly [Spelling, string])[],
): ScenarioFamily {
  return fr(id, (rng) => {
    const n = draw(rng)
    const what = rng.pick(['a cheque', 'a contract', 'a quotation', 'an invoice'])
    return {
      stem:
        style === 'trad'
          ? `Write ${n} in words in ${what} for a client in France, in the traditional spelling (the client’s style guide does not follow the 1990 rectifications).`
          : `Write ${n} in words in ${what} for a client whose style guide follows the 1990 rectifications.`,
      key: num(n, style),
      wrong: slips.map(([sp, m]) => [num(n, sp), m] as [Term, string]),
      facts: { n, style },
    }
  })
}
const hundreds = (rng: Rng) => rng.int(2, 9) * 100
const RECT_SLIP = [
  'rect',
  'hyphenates every element as the 1990 rectifications do, against the style guide',
] as const
const SWISS_SLIP = [
  'swiss',
  'uses septante, huitante and nonante, which are Swiss, not used in France',
] as const

export const SPELLED_NUMBER_FAMILIES: readonly ScenarioFamily[] = [
  spelled(
    'french-quatre-vingts-takes-s-when-final',
    (rng) =>
      80 +
      rng
        .pick([
          [hundreds(rng), 0],
          [0, rng.int(2, 9) * 1000],
          [hundreds(rng), rng.int(2, 9) * 1000],
        ] as const)
        .reduce((a, b) => a + b, 0),
    'trad',
    [
      ['noS', 'leaves quatre-vingt without s though nothing follows it'],
      ['allS', 'gives cent an s though quatre-vingts follows it'],
      ['milles', 'makes mille plural'],
      ['swiss', SWISS_SLIP[1]],
      ['spaced', 'writes the elements below one hundred without hyphens'],
      ['rect', RECT_SLIP[1]],
      ['noS spaced', 'leaves quatre-vingt without s and drops the hyphen'],
    ],
  ),
  spelled(
    'french-quatre-vingt-loses-s-when-followed',
    (rng) => rng.int(82, 99) + rng.int(0, 1) * hundreds(rng),
    'trad',
    [
      ['allS', 'keeps the s of quatre-vingts though a numeral follows'],
      ['swiss', SWISS_SLIP[1]],
      ['spaced', 'writes the elements below one hundred without hyphens'],
      ['rect', RECT_SLIP[1]],
      ['allS spaced', 'keeps the s of quatre-vingts and drops the hyphens'],
    ],
  ),
  spelled(
    'french-cents-takes-s-when-final',
    (rng) => hundreds(rng) + rng.pick([0, rng.int(2, 9)]) * 1000,
    'trad',
    [
      ['noS', 'leaves cent without s though it is multiplied and nothing follows'],
      ['rect', RECT_SLIP[1]],
      ['milles noS', 'leaves cent without s and makes mille plural'],
      ['milles', 'makes mille plural'],
      ['noS rect', 'hyphenates every element and leaves cent without s'],
    ],
  ),
  spelled(
    'french-cent-loses-s-when-followed',
    (rng) =>
      hundreds(rng) +
      rng.pick([rng.int(2, 16), rng.int(22, 29), rng.int(32, 69), 80, rng.int(82, 99)]),
    'trad',
    [
      ['allS', 'keeps the s of cents though a numeral follows'],
      ['noS', 'leaves quatre-vingt without s though nothing follows it'],
      ['swiss', SWISS_SLIP[1]],
      ['rect', RECT_SLIP[1]],
      ['spaced', 'writes the elements below one hundred without hyphens'],
      ['allS spaced', 'keeps the s of cents and drops the hyphens'],
      ['allS rect', 'keeps the s of cents and hyphenates every element'],
    ],
  ),
  spelled(
    'french-mille-never-takes-s',
    (rng) =>
      rng.int(2, 9) * 1000 + rng.pick([0, rng.int(2, 16), hundreds(rng), 80, rng.int(82, 99)]),
    'trad',
    [
      ['milles', 'makes mille plural, as English thousands'],
      ['noS', 'leaves cent or quatre-vingt without s though nothing follows it'],
      ['swiss', SWISS_SLIP[1]],
      ['rect', RECT_SLIP[1]],
      ['milles rect', 'makes mille plural and hyphenates every element'],
      ['milles noS', 'makes mille plural and leaves cent without s'],
    ],
  ),
  spelled(
    'french-cent-and-vingt-stay-singular-before-mille',
    (rng) => rng.pick([80, hundreds(rng) + 80, hundreds(rng) + rng.int(82, 99)]) * 1000,
    'trad',
    [
      ['swiss', SWISS_SLIP[1]],
      ['allS', 'makes cent or vingt plural before mille, which is not a noun'],
      ['rect', RECT_SLIP[1]],
      ['milles', 'makes mille plural'],
      ['allS milles', 'makes cent or vingt and mille plural'],
    ],
  ),
  spelled(
    'french-et-joins-21-to-71',
    (rng) =>
      rng.pick([21, 31, 41, 51, 61, 71]) +
      rng.pick([hundreds(rng), rng.int(2, 9) * 1000, hundreds(rng) + rng.int(2, 9) * 1000]),
    'trad',
    [
      ['allS', 'gives cent an s though a numeral follows it'],
      ['milles', 'makes mille plural'],
      ['noEt', 'joins un or onze by a hyphen without et, as in 81'],
      ['rect', RECT_SLIP[1]],
      ['swiss', SWISS_SLIP[1]],
      ['noEt spaced', 'drops et and the hyphen'],
    ],
  ),
  spelled(
    'french-no-et-in-81-and-91',
    (rng) => rng.pick([81, 91]) + rng.int(0, 1) * hundreds(rng),
    'trad',
    [
      ['et', 'adds et to 81 or 91, as in 21 and 71'],
      ['allS', 'keeps the s of quatre-vingts though a numeral follows'],
      ['swiss', SWISS_SLIP[1]],
      ['rect', RECT_SLIP[1]],
    ],
  ),
  spelled(
    'french-1990-numerals-hyphenate-every-element',
    (rng) => rng.int(2, 9) * 1000 + hundreds(rng) + rng.pick([rng.int(21, 29), rng.int(81, 99)]),
    'rect',
    [
      ['trad', 'keeps the traditional spaces the 1990 rectifications replace by hyphens'],
      [
        'rect allS',
        'hyphenates but keeps the s of cents or quatre-vingts though a numeral follows',
      ],
      ['rect milles', 'hyphenates but makes mille plural'],
      ['spaced', 'leaves out every hyphen'],
    ],
  ),
]

const nbsp = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ')
const FR_2 = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const FR_EUR = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
const FR_PCT = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
})
const EN_2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]
const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
const capFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)
const ROMAN: readonly (readonly [number, string])[] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]
function roman(n: number): string {
  let out = ''
  let r = n
  for (const [v, sym] of ROMAN) {
    while (r >= v) {
      out += sym
      r -= v
    }
  }
  return out
}

export const FORMAT_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-decimal-comma-and-space-grouping', (rng) => {
    const v = rng.int(1_000_00, 99_999_99) / 100
    const en = EN_2.format(v)
    const [int, dec] = en.split('.') as [string, string]
    return {
      stem: `Write the amount ${en} (as an English report prints it) in French copy for a client in France. ${SPACE_NOTE}`,
      key: s(nbsp(FR_2.format(v))),
      wrong: [
        [s(en), 'keeps the English comma for thousands and point for decimals'],
        [
          s(`${int.replace(/,/g, '.')},${dec}`),
          'groups thousands with points, as German and Spanish do',
        ],
        [s(`${int.replace(/,/g, ' ')}.${dec}`), 'groups with spaces but keeps the decimal point'],
        [
          s(`${int.replace(/,/g, '’')},${dec}`),
          'groups thousands with an apostrophe, as Swiss usage does',
        ],
      ],
      facts: { kind: 'number', v },
    }
  }),
  fr('french-percent-sign-after-a-space', (rng) => {
    const v = rng.int(11, 999) / 10
    const fr1 = v.toFixed(1).replace('.', ',')
    return {
      stem: `Write a rate of ${v.toFixed(1)}% in French copy for a client in France. ${SPACE_NOTE}`,
      key: s(nbsp(FR_PCT.format(v / 100))),
      wrong: [
        [s(`${fr1}%`), 'sets the percent sign against the figure, as English does'],
        [s(`${v.toFixed(1)} %`), 'spaces the sign but keeps the decimal point'],
        [s(`${v.toFixed(1)}%`), 'keeps the English format'],
        [s(`% ${fr1}`), 'puts the sign before the figure'],
      ],
      facts: { kind: 'percent', v },
    }
  }),
  fr('french-euro-sign-after-the-amount', (rng) => {
    const v = rng.int(1_000_00, 9_999_99) / 100
    const en = EN_2.format(v)
    const frv = nbsp(FR_2.format(v))
    return {
      stem: `Write €${en} in French copy for a client in France. ${SPACE_NOTE}`,
      key: s(nbsp(FR_EUR.format(v))),
      wrong: [
        [s(`€${frv}`), 'puts the euro sign before the amount, as English does'],
        [s(`${frv}€`), 'sets the euro sign against the amount'],
        [s(`${en} €`), 'keeps the English separators'],
        [s(`€ ${frv}`), 'puts the euro sign before the amount with a space'],
      ],
      facts: { kind: 'euro', v },
    }
  }),
  fr('french-long-date-in-lower-case', (rng) => {
    const y = rng.int(2025, 2028)
    const m = rng.int(0, 11)
    const d = rng.int(2, 28)
    const date = new Date(Date.UTC(y, m, d))
    const wd = DAYS[date.getUTCDay()]!
    const mo = MONTHS[m]!
    return {
      stem: `Write ${date.toISOString().slice(0, 10)} with its weekday, in full, in a letter to a client in France.`,
      key: s(`${wd} ${d} ${mo} ${y}`),
      wrong: [
        [
          s(`${capFirst(wd)} ${d} ${capFirst(mo)} ${y}`),
          'capitalises the weekday and the month, as English does',
        ],
        [s(`${wd}, ${d} ${mo} ${y}`), 'puts a comma after the weekday, as English does'],
        [s(`${wd} ${d} ${capFirst(mo)} ${y}`), 'capitalises the month, as English does'],
        [s(`${wd} ${mo} ${d}, ${y}`), 'keeps the English order, month before day'],
      ],
      facts: { kind: 'date', y, m, d },
    }
  }),
  fr('french-first-of-the-month-is-1er', (rng) => {
    const y = rng.int(2025, 2028)
    const mo = rng.pick(MONTHS)
    return {
      stem: `Write the first day of ${mo} ${y} in a letter to a client in France, with the day in figures.`,
      key: s(`le 1er ${mo} ${y}`),
      wrong: [
        [s(`le 1 ${mo} ${y}`), 'writes a bare 1, as date software prints it'],
        [s(`le 1e ${mo} ${y}`), 'gives 1 the ending e of the other ordinals'],
        [s(`le 1ème ${mo} ${y}`), 'writes the ordinal ending as ème'],
        [s(`le 1st ${mo} ${y}`), 'keeps the English ordinal ending'],
        [s(`le 1er ${capFirst(mo)} ${y}`), 'capitalises the month, as English does'],
      ],
      facts: { kind: 'first', mo },
    }
  }),
  fr('french-premier-premiere-abbreviated', (rng) => {
    const [noun, fem] = rng.pick([
      ['édition', true],
      ['version', true],
      ['prix', false],
      ['trimestre', false],
      ['relance', true],
      ['chapitre', false],
    ] as const)
    return {
      stem: `Abbreviate «${fem ? 'première' : 'premier'}» in «${fem ? 'la' : 'le'} ___ ${noun}» as French typography does (write the superscript letters on the line).`,
      key: s(fem ? '1re' : '1er'),
      wrong: [
        [
          s(fem ? '1ère' : '1re'),
          fem
            ? 'writes 1ère, which the typographic rules shorten to 1re'
            : 'uses the feminine 1re with a masculine noun',
        ],
        [
          s(fem ? '1er' : '1ère'),
          fem
            ? 'uses the masculine 1er with a feminine noun'
            : 'uses the feminine 1ère with a masculine noun',
        ],
        [s('1e'), 'gives 1 the ending e of the other ordinals'],
        [s('1st'), 'keeps the English ordinal ending'],
        [s('1ème'), 'writes the ordinal ending as ème'],
      ],
      facts: { kind: 'premier', fem },
    }
  }),
  fr('french-centuries-in-roman-numerals', (rng) => {
    const n = rng.int(12, 21)
    const r = roman(n)
    return {
      stem: `Write “the ${n}th century” in French copy, following French typography (write the superscript letter on the line).`,
      key: s(`${r}e siècle`),
      wrong: [
        [s(`${r}ème siècle`), 'abbreviates the ordinal with ème'],
        [
          s(`${n}e siècle`),
          'writes the century in arabic figures, where French uses roman numerals',
        ],
        [s(`${r} siècle`), 'drops the ordinal ending'],
        [s(`${r}è siècle`), 'abbreviates the ordinal with è'],
        [s(`${n}ème siècle`), 'writes the century in arabic figures with ème'],
      ],
      facts: { kind: 'century', n },
    }
  }),
  fr('french-time-of-day-with-h', (rng) => {
    const h = rng.int(13, 19)
    const mm = rng.pick([15, 30, 45, 10, 20, 40, 50])
    return {
      stem: `Write the time ${h - 12}:${mm} p.m. in a French letter, as the Imprimerie nationale’s rules do. ${SPACE_NOTE}`,
      key: s(`${h} h ${mm}`),
      wrong: [
        [s(`${h - 12} h ${mm} PM`), 'keeps the twelve-hour clock with PM'],
        [s(`${h} H ${mm}`), 'writes the hour symbol as a capital H'],
        [s(`${h} h. ${mm}`), 'puts a period after the symbol h'],
        [s(`${h} hr ${mm}`), 'abbreviates heure as hr, as English does'],
        [s(`${h - 12} h ${mm}`), 'keeps the twelve-hour figure without saying it is afternoon'],
        [s(`${h}:${mm}`), 'writes the time with a colon, as English and digital clocks do'],
        [s(`${h}h${mm}`), 'sets the symbol h against the figures'],
      ],
      facts: { kind: 'time', h, mm },
    }
  }),
  fr('french-unit-symbols-invariable', (rng) => {
    const n = rng.int(2, 950)
    const [sym, english, caps] = rng.pick([
      ['Mo', 'MB', 'mo'],
      ['Go', 'GB', 'go'],
      ['km', 'kms', 'Km'],
      ['kg', 'kgs', 'Kg'],
      ['min', 'mn', 'Min'],
    ] as const)
    return {
      stem: `Write ${n} with its unit symbol in French copy (${{ Mo: 'mégaoctets', Go: 'gigaoctets', km: 'kilomètres', kg: 'kilogrammes', min: 'minutes' }[sym]}). ${SPACE_NOTE}`,
      key: s(`${n} ${sym}`),
      wrong: [
        [
          s(`${n} ${english}`),
          sym === 'Mo' || sym === 'Go'
            ? 'uses the English symbol (byte), not octet'
            : english === 'mn'
              ? 'uses mn, an old abbreviation, for the symbol min'
              : 'gives the symbol a plural s',
        ],
        [s(`${n} ${caps}`), 'writes the symbol in the wrong case'],
        [s(`${n} ${sym}.`), 'puts a period after a symbol'],
        [s(`${n}${sym}`), 'sets the symbol against the figure'],
        [s(`${n} ${sym}s`), 'gives the symbol a plural s'],
        [s(`${n}${english}`), 'uses the English or old symbol and sets it against the figure'],
        [s(`${n} ${caps}.`), 'writes the symbol in the wrong case and adds a period'],
      ],
      facts: { kind: 'unit', sym },
    }
  }),
  fr('french-billion-is-milliard', (rng) => {
    const whole = rng.int(2, 9)
    const dec = rng.int(1, 9)
    const unit = rng.pick(['d’euros', 'de visiteurs', 'de pages vues', 'd’utilisateurs'])
    const v = `${whole},${dec}`
    return {
      stem: `Translate “${whole}.${dec} billion” (an English billion, a thousand million) for a French report: «___ ${unit}».`,
      key: s(`${v} milliards`),
      wrong: [
        [
          s(`${v} billions`),
          'translates billion as billion, which in French is a million millions',
        ],
        [s(`${v} milliard`), 'leaves milliard, a noun, in the singular'],
        [s(`${whole}.${dec} milliards`), 'keeps the English decimal point'],
        [s(`${v} millions`), 'takes a billion for a million'],
        [s(`${v} billion`), 'keeps the English word billion'],
        [
          s(`${whole} ${dec}00 milliards`),
          'reads the billion as a French billion (a million millions) and writes it in milliards',
        ],
      ],
      facts: { kind: 'billion', whole, dec },
    }
  }),
]

export const NUMBER_FAMILIES: readonly ScenarioFamily[] = [
  ...SPELLED_NUMBER_FAMILIES,
  ...FORMAT_FAMILIES,
]
