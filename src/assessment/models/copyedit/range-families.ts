import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, worked } from './copyedit-text.js'

// Number and order conventions a copy-editor checks by rule: page and year ranges elided as the
// sheet says (the page rule is the Chicago Manual of Style’s, quoted in the stem), roman
// folios for the prelims, spans across the BCE/CE boundary, shares that must total
// 100, ranks stated in the text, steps renumbered after a move, and index order.

/** The sheet's page-range rule: full below 100 or from a multiple of 100; 01–09 changed part only; else two digits at least. */
export function elidePages(a: number, b: number, slip?: 'full' | 'minimal' | 'twoDigits'): string {
  const A = String(a)
  const B = String(b)
  if (slip === 'full' || a < 100 || a % 100 === 0 || A.length !== B.length) return `${A}–${B}`
  let same = 0
  while (same < A.length && A[same] === B[same]) same++
  const changed = B.slice(same)
  if (slip === 'minimal') return `${A}–${changed}`
  if (slip === 'twoDigits') return `${A}–${B.slice(-2)}`
  if (a % 100 < 10) return `${A}–${changed}`
  return `${A}–${changed.length >= 2 ? changed : B.slice(-2)}`
}

const ROMAN: readonly [number, string][] = [
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
]
export function roman(n: number, additive = false): string {
  let out = ''
  let v = n
  for (const [k, s] of ROMAN) {
    if (additive && s.length === 2) continue
    while (v >= k) {
      out += s
      v -= k
    }
  }
  return out
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const weekday = (y: number, m: number, d: number) =>
  WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!

const INDEX_TERMS = [
  ['New York', 'Newark', 'New Zealand', 'Newcastle', 'news agencies', 'newspapers'],
  ['sea level', 'seabirds', 'sea lions', 'Seaford', 'seashells', 'sea trade'],
  ['North Sea', 'Northampton', 'north wind', 'Northumberland', 'northern lights', 'North Pole'],
]
// With only letters and spaces, comparing lower-cased code units puts a space before any letter
// (word by word); dropping the spaces first gives letter by letter.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const wordByWord = (xs: readonly string[]) =>
  [...xs].sort((a, b) => byCodeUnits(a.toLowerCase(), b.toLowerCase()))
const letterByLetter = (xs: readonly string[]) =>
  [...xs].sort((a, b) =>
    byCodeUnits(a.toLowerCase().replaceAll(' ', ''), b.toLowerCase().replaceAll(' ', '')),
  )
const codePoint = (xs: readonly string[]) => [...xs].sort(byCodeUnits)

function indexItem(rng: Rng, rule: 'word' | 'letter') {
  const terms = rng.shuffle(rng.pick(INDEX_TERMS)).slice(0, 5)
  const by = rule === 'word' ? wordByWord(terms) : letterByLetter(terms)
  const other = rule === 'word' ? letterByLetter(terms) : wordByWord(terms)
  const show = (xs: readonly string[]) => xs.join('; ')
  return worked(rng, {
    stem: `The index of a book for ${client(rng)} is alphabetised ${rule === 'word' ? 'word by word (a space comes before any letter, so “sea lions” precedes “seabirds”)' : 'letter by letter (spaces are ignored, so “seabirds” precedes “sea lions”)'}, ignoring capitals. In what order do these entries go? ${terms.map((t) => `“${t}”`).join(', ')}`,
    in: { terms, rule },
    key: show(by),
    wrong: [
      [
        'otherRule',
        show(other),
        `alphabetises ${rule === 'word' ? 'letter by letter' : 'word by word'}, not by the stated rule`,
      ],
      ['codePoint', show(codePoint(terms)), 'sorts as a computer does, capitals before lower case'],
      ['asListed', show(terms), 'keeps the author’s order'],
      ['reversed', show([...by].reverse()), 'runs the order from Z to A'],
    ],
  })
}

export const ORDER_FAMILIES: readonly ScenarioFamily[] = [
  family('page-range-elided-by-the-stated-rule', (rng) => {
    // Ranges within one run of ten, where each clause of the rule gives a different result.
    const h = rng.pick([1, 2, 3, 4, 11, 12])
    const kind = rng.pick(['zeroTens', 'tens', 'hundred'] as const)
    const a =
      kind === 'hundred'
        ? h * 100
        : kind === 'zeroTens'
          ? h * 100 + rng.int(1, 6)
          : h * 100 + rng.int(2, 8) * 10 + rng.int(0, 5)
    const b = kind === 'hundred' ? a + rng.int(2, 9) : a + rng.int(1, 9 - (a % 10))
    return worked(rng, {
      stem: `The style sheet of ${client(rng)} elides page ranges this way: give the second number in full below 100 and when the first is a multiple of 100; when the first ends in 01 to 09, give only the changed digits (107–8); otherwise give at least the last two digits, and more if more change (321–28, 498–532). How should the range ${a}–${b} be set?`,
      in: { a, b },
      key: elidePages(a, b),
      wrong: [
        [
          'full',
          elidePages(a, b, 'full'),
          'gives the second number in full, which the sheet elides',
        ],
        ['minimal', elidePages(a, b, 'minimal'), 'keeps only the changed digits in every case'],
        [
          'twoDigits',
          elidePages(a, b, 'twoDigits'),
          'keeps exactly two digits even where more change',
        ],
        [
          'hyphen',
          elidePages(a, b).replace('–', '-'),
          'joins the pages with a hyphen, not the en dash of a range',
        ],
      ],
    })
  }),
  family('year-range-elided-within-a-century', (rng) => {
    const cross = rng.next() < 0.5
    const a = cross ? rng.int(1890, 1898) : rng.int(1901, 1990)
    const b = cross ? rng.int(1901, 1909) : a + rng.int(2, 8)
    const two = `${a}–${String(b).slice(-2)}`
    return worked(rng, {
      stem: `The style sheet of ${client(rng)} says: for a span of years within one century give the last two digits of the second year (1914–18); across centuries give both years in full (1898–1902). How should the span ${a} to ${b} be set?`,
      in: { a, b },
      key: cross ? `${a}–${b}` : two,
      wrong: [
        [
          cross ? 'twoAcross' : 'full',
          cross ? two : `${a}–${b}`,
          cross
            ? 'elides across a century boundary'
            : 'writes the second year in full within one century',
        ],
        ['oneDigit', `${a}–${String(b).slice(-1)}`, 'keeps only the last digit'],
        ['threeDigits', `${a}–${String(b).slice(-3)}`, 'keeps three digits of the second year'],
        [
          'hyphen',
          `${a}-${cross ? b : String(b).slice(-2)}`,
          'joins the years with a hyphen, not the en dash of a range',
        ],
      ],
    })
  }),
  family('roman-folio-for-a-prelims-page', (rng) => {
    const n = rng.pick([14, 19, 24, 29, 39, 40, 44, 45, 49, 90, 94, 99])
    const r = roman(n)
    const shortcut = n === 49 ? 'il' : n === 99 ? 'ic' : n === 45 ? 'vl' : n === 95 ? 'vc' : ''
    const swapped = r
      .replace('iv', 'vi')
      .replace('ix', 'xi')
      .replace('xl', 'lx')
      .replace('xc', 'cx')
    return worked(rng, {
      stem: `The prelims of a book for ${client(rng)} are numbered in lower-case roman numerals. The contents list must give the folio of ${n}th page. What is it?`,
      in: { n },
      key: r,
      wrong: [
        [
          'additive',
          roman(n, true),
          'writes four repeated strokes instead of the subtractive form',
        ],
        [
          'swapped',
          swapped,
          'puts the smaller numeral after the larger, which adds instead of subtracting',
        ],
        ...(shortcut
          ? ([['shortcut', shortcut, 'subtracts a numeral more than one step smaller']] as const)
          : []),
        ...(n >= 40 && n % 10 !== 0
          ? ([
              [
                'additiveTens',
                `${roman(Math.floor(n / 10) * 10, true)}${roman(n % 10)}`,
                'writes the tens additively and only the units by subtraction',
              ],
            ] as const)
          : []),
      ],
    })
  }),
  family('step-number-after-a-step-moves', (rng) => {
    const n = 8
    const from = rng.int(2, 7)
    let to = rng.int(1, 8)
    if (to === from) to = from === 1 ? 2 : from - 1
    const order = Array.from({ length: n }, (_, i) => i + 1)
    const moved = order.filter((x) => x !== from)
    moved.splice(to - 1, 0, from)
    const ks = order.filter((k) => k !== from && moved.indexOf(k) + 1 !== k)
    if (ks.length === 0) throw new VariantError('nothing shifts')
    const k = rng.pick(ks)
    const now = moved.indexOf(k) + 1
    return worked(rng, {
      stem: `A procedure in a manual for ${client(rng)} has steps 1 to ${n}. The author moves step ${from} so that it becomes step ${to}, and the steps are renumbered in their new order. What does a cross-reference to the old step ${k} become?`,
      in: { n, from, to, k },
      key: `step ${now}`,
      wrong: [
        ['unchanged', `step ${k}`, 'renumbers only the step that moved'],
        ['wrongWay', `step ${now === k + 1 ? k - 1 : k + 1}`, 'shifts the step the wrong way'],
        ['movedNumber', `step ${to}`, 'gives it the moved step’s new number'],
        ['oldPlace', `step ${from}`, 'gives it the number the moved step left'],
      ].filter(([, t]) => t !== 'step 0' && t !== `step ${n + 1}`) as [string, string, string][],
    })
  }),
  family('index-order-word-by-word', (rng) => indexItem(rng, 'word')),
  family('index-order-letter-by-letter', (rng) => indexItem(rng, 'letter')),
]

/** Figures and dates in the text checked by arithmetic and the calendar before any query. */
export const CHECK_FAMILIES: readonly ScenarioFamily[] = [
  family('span-across-bce-and-ce', (rng) => {
    const a = rng.int(20, 90)
    const b = rng.int(5, 60)
    if (Math.abs(a - b) < 3) throw new VariantError('birth and death years too close')
    return worked(rng, {
      stem: `A biography for ${client(rng)} says its subject was born in ${a} BCE and died in ${b} CE, and states the age. There is no year zero: 1 BCE is followed directly by 1 CE. How many years lay between birth and death (counting birthday to birthday, assuming the birthday had passed)?`,
      in: { a, b },
      key: `${a + b - 1} years`,
      wrong: [
        ['yearZero', `${a + b} years`, 'counts a year zero that does not exist'],
        [
          'subtract',
          `${Math.abs(a - b)} years`,
          'subtracts the two year numbers as if both were CE',
        ],
        ['twiceOff', `${a + b - 2} years`, 'takes a year off for each era instead of one in all'],
        [
          'subtractNoZero',
          `${Math.abs(a - b) - 1} years`,
          'subtracts the year numbers as if both were CE, then takes off the missing year zero',
        ],
      ],
    })
  }),
  family('rounded-shares-that-should-total-100', (rng) => {
    const k = rng.int(4, 5)
    const head = Array.from({ length: k - 1 }, () => rng.int(8, 26))
    const rest = 100 - head.reduce((a, b) => a + b, 0) + rng.int(-3, 3)
    if (rest < 3) throw new VariantError('no room for the last share')
    const shares = [...head, rest]
    const total = shares.reduce((a, b) => a + b, 0)
    const ok = total >= 99 && total <= 101
    const misadd = total - shares.at(-1)!
    return worked(rng, {
      stem: `A report for ${client(rng)} gives the shares of a budget, each rounded to a whole per cent: ${shares.map((s) => `${s}%`).join(', ')}. The style sheet says rounded shares may total 99% to 101%; query only a total outside that range. What should the editor do?`,
      in: { shares },
      key: `${ok ? 'No query' : 'Query'}: the shares total ${total}%`,
      wrong: [
        [
          ok ? 'strict' : 'lenient',
          `${ok ? 'Query' : 'No query'}: the shares total ${total}%`,
          ok
            ? 'queries a total that rounding explains'
            : 'lets a total outside the stated range pass',
        ],
        ['misadd', `Query: the shares total ${misadd}%`, 'leaves the last share out of the sum'],
        [
          'recalc',
          `Change the last share to ${shares.at(-1)! + 100 - total}%`,
          'alters a figure instead of querying or accepting it',
        ],
        [
          'recalcFirst',
          `Change the first share to ${shares[0]! + 100 - total}%`,
          'alters a figure instead of querying or accepting it',
        ],
      ],
    })
  }),
  family('rank-stated-in-the-text', (rng) => {
    const sites = rng.shuffle(['Ashby', 'Brough', 'Carlton', 'Denby', 'Elton', 'Frome'])
    const vals = sites.map(() => rng.int(100, 999))
    if (new Set(vals).size < vals.length) throw new VariantError('a tie')
    const rank = rng.int(2, 4)
    const by = sites.map((s, i) => [s, vals[i]!] as const).sort((a, b) => b[1] - a[1])
    return worked(rng, {
      stem: `A table in a study for ${client(rng)} gives visitor numbers: ${sites.map((s, i) => `${s} ${vals[i]}`).join(', ')}. The text names the site with the ${['', '', 'second', 'third', 'fourth'][rank]}-highest number. Which should it be?`,
      in: { sites, vals, rank },
      key: by[rank - 1]![0],
      wrong: [
        ['lowest', by[by.length - rank]![0], 'counts from the lowest'],
        ['tableOrder', sites[rank - 1]!, 'takes the site in that place in the table'],
        ['zeroBased', by[rank]![0], 'counts the highest as place zero'],
        ['alphabet', [...sites].sort()[rank - 1]!, 'takes that place in alphabetical order'],
      ],
    })
  }),
  family('letter-date-and-its-weekday', (rng) => {
    const y = rng.int(1850, 1990)
    const m = rng.int(1, 12)
    const d = rng.int(1, 28)
    const real = weekday(y, m, d)
    const right = rng.next() < 0.5
    const said = right ? real : weekday(y + 1, m, d)
    const date = `${d} ${MONTHS[m - 1]} ${y}`
    return worked(rng, {
      stem: `A collection of letters for ${client(rng)} heads one letter “${said}, ${date}”. The brief says to check every weekday against its date and query any that disagree. What should the editor do?`,
      in: { y, m, d, said },
      key: right
        ? `No query: ${date} was a ${real}`
        : `Query: ${date} was a ${real}, not a ${said}`,
      wrong: right
        ? [
            [
              'yearBefore',
              `Query: ${date} was a ${weekday(y - 1, m, d)}, not a ${said}`,
              'checks the weekday of the same date a year earlier',
            ],
            [
              'yearAfter',
              `Query: ${date} was a ${weekday(y + 1, m, d)}, not a ${said}`,
              'checks the weekday of the same date a year later',
            ],
            [
              'silent',
              `Change the weekday to ${weekday(y - 1, m, d)} without a query`,
              'changes a dated document on a miscount, without asking',
            ],
          ]
        : [
            [
              'trust',
              `No query: ${date} was a ${said}`,
              'trusts the heading without checking a calendar',
            ],
            [
              'yearBefore',
              `Query: ${date} was a ${weekday(y - 1, m, d)}, not a ${said}`,
              'checks the weekday of the same date a year earlier',
            ],
            [
              'silent',
              `Change the weekday to ${real} without a query`,
              'changes the weekday of a quoted letter heading instead of querying',
            ],
            [
              'moveDate',
              `Change the date to the nearest ${said} without a query`,
              'changes the date to fit the weekday instead of querying',
            ],
          ],
    })
  }),
]
