import { MONTH_NAMES } from '../month-names.js'
import { client, family, redrawn, type WordFamily, worked } from './msword-text.js'
import { datePicture } from './pictures.js'

// Mail merge as documented in Microsoft Support (Word): "Use rules to personalize a mail merge"
// (Skip Record If leaves out records meeting the condition; Next Record merges the next record
// into the same document, as on a label sheet); "Edit recipients" / "Filter and sort" (Filter
// Records joins conditions with And or Or); "Create and print labels using mail merge" (Update
// Labels copies the first label's layout, with «Next Record» before each later label); "Format
// field results" for \@ and \# switches on MERGEFIELD; Microsoft Support, "Excel data does not
// retain its formatting in mail merge operations in Word" (currency, percentages and dates come
// through as stored values over the default OLE DB link; DDE was the old workaround).

const CITIES = ['Leeds', 'York', 'Bristol', 'Bath', 'Derby', 'Hull'] as const

interface Rec {
  readonly city: string
  readonly amount: number
}
const table = (rs: readonly Rec[]) =>
  rs.map((r, i) => `${i + 1}: ${r.city}, ${r.amount}`).join('; ')

export const MERGE_FAMILIES: readonly WordFamily[] = [
  redrawn('merge-filter-and-or', (rng) => {
    const rs = Array.from({ length: rng.int(10, 14) }, () => ({
      city: rng.pick(CITIES.slice(0, 3)),
      amount: rng.int(1, 40) * 50,
    }))
    const city = rng.pick(CITIES.slice(0, 3))
    const min = rng.pick([400, 500, 600, 800, 1000])
    // And or Or: the key is the smaller set in one and the larger in the other.
    const join = rng.pick(['And', 'Or'] as const)
    const inCity = (r: Rec) => r.city === city
    const over = (r: Rec) => r.amount > min
    const n = (test: (r: Rec) => boolean) => String(rs.filter(test).length)
    const and = (r: Rec) => inCity(r) && over(r)
    const or = (r: Rec) => inCity(r) || over(r)
    const [right, other] = join === 'And' ? [and, or] : [or, and]
    return worked(rng, {
      stem: `In Edit Recipient List > Filter, the assistant for ${client(rng)} sets: City Equal to ${city}, ${join} Amount Greater than ${min}. The list (City, Amount) is ${table(rs)}. How many records are merged?`,
      kind: 'merge-count',
      in: { rs, city, min, rule: join },
      key: n(right),
      wrong: [
        ['otherJoin', n(other), `joins the conditions with ${join === 'And' ? 'Or' : 'And'}`],
        ['cityOnly', n(inCity), 'applies only the first condition'],
        ['amountOnly', n(over), 'applies only the second condition'],
        [
          'atLeast',
          n((r) => (join === 'And' ? inCity(r) && r.amount >= min : inCity(r) || r.amount >= min)),
          'reads Greater than as greater than or equal',
        ],
        ['excluded', n((r) => !right(r)), 'counts the records the filter leaves out'],
        [
          'countedTwice',
          String(rs.filter(inCity).length + rs.filter(over).length),
          'adds the two conditions’ counts, so records meeting both count twice',
        ],
      ],
    })
  }),
  family('merge-date-switch-code', (rng) => {
    const t = { y: rng.int(2025, 2028), mo: rng.int(1, 12), d: rng.int(13, 28), h: 0, mi: 0 }
    const target = datePicture('d MMMM yyyy', t)
    const code = (p: string) => `{ MERGEFIELD Due \\@ "${p}" }`
    return worked(rng, {
      stem: `The Due column in ${client(rng)}’s Excel list holds the date ${t.d} ${MONTH_NAMES[t.mo - 1]} ${t.y}, but the merge does not carry the cell’s date format. The reminder letters must show “${target}”. Which field does that?`,
      kind: 'date-code',
      in: { t, target },
      key: code('d MMMM yyyy'),
      wrong: [
        [
          'lowerMonth',
          code('d mmmm yyyy'),
          'writes the month in lower case, which Word reads as minutes',
        ],
        ...(datePicture('d MMM yyyy', t) === target
          ? []
          : [
              ['abbrev', code('d MMM yyyy'), 'uses three Ms, which abbreviates the month'] as const,
            ]),
        ['weekday', code('dddd MMMM yyyy'), 'uses four ds, which give the weekday name'],
        [
          'numSwitch',
          `{ MERGEFIELD Due \\# "d MMMM yyyy" }`,
          'uses the numeric picture switch for a date',
        ],
        ['noSwitch', '{ MERGEFIELD Due }', 'expects the Excel cell’s date format to come through'],
      ],
      code: true,
    })
  }),
]
