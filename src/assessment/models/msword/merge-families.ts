import type { Rng } from '../../rng.js'
import { client, family, redrawn, type WordFamily, worked } from './msword-text.js'
import { datePicture, MONTHS } from './pictures.js'

// Mail merge as documented in Microsoft Support (Word): "Use rules to personalize a mail merge"
// (Skip Record If leaves out records meeting the condition; Next Record merges the next record
// into the same document, as on a label sheet); "Edit recipients" / "Filter and sort" (Filter
// Records joins conditions with And or Or); "Create and print labels using mail merge" (Update
// Labels copies the first label's layout, with «Next Record» before each later label); "Format
// field results" for \@ and \# switches on MERGEFIELD.

const CITIES = ['Leeds', 'York', 'Bristol', 'Bath', 'Derby', 'Hull'] as const

interface Rec {
  readonly city: string
  readonly amount: number
}
const records = (rng: Rng, n: number): Rec[] =>
  Array.from({ length: n }, () => ({
    city: rng.pick(CITIES.slice(0, 3)),
    amount: rng.int(1, 40) * 50,
  }))
const table = (rs: readonly Rec[]) =>
  rs.map((r, i) => `${i + 1}: ${r.city}, ${r.amount}`).join('; ')

export const MERGE_FAMILIES: readonly WordFamily[] = [
  redrawn('merge-skip-record-if-count', (rng) => {
    const rs = records(rng, rng.int(8, 12))
    const city = rng.pick(rs).city
    const skipped = rs.filter((r) => r.city === city).length
    return worked(rng, {
      stem: `${client(rng).replace(/^./, (c) => c.toUpperCase())}’s recipient list (record: City, Amount) is ${table(rs)}. The letter starts with a Skip Record If rule: City Equal to ${city}. How many letters does Finish & Merge produce?`,
      kind: 'merge-count',
      in: { rs, city, rule: 'skip' },
      key: String(rs.length - skipped),
      wrong: [
        ['inverse', String(skipped), 'merges only the records the rule names, as a filter to keep'],
        [
          'ignored',
          String(rs.length),
          'thinks the rule only hides text, still producing every letter',
        ],
        [
          'stops',
          String(rs.findIndex((r) => r.city === city)),
          'thinks the merge stops at the first record the rule skips',
        ],
      ],
    })
  }),
  redrawn('merge-filter-and-or', (rng) => {
    const rs = records(rng, rng.int(9, 13))
    const city = rng.pick(CITIES.slice(0, 3))
    const min = rng.pick([400, 500, 600, 800, 1000])
    const and = rs.filter((r) => r.city === city && r.amount > min).length
    const or = rs.filter((r) => r.city === city || r.amount > min).length
    return worked(rng, {
      stem: `In Edit Recipient List > Filter, the assistant for ${client(rng)} sets: City Equal to ${city}, And Amount Greater than ${min}. The list (City, Amount) is ${table(rs)}. How many records are merged?`,
      kind: 'merge-count',
      in: { rs, city, min, rule: 'and' },
      key: String(and),
      wrong: [
        ['or', String(or), 'joins the conditions with Or instead of And'],
        [
          'cityOnly',
          String(rs.filter((r) => r.city === city).length),
          'applies only the first condition',
        ],
        [
          'amountOnly',
          String(rs.filter((r) => r.amount > min).length),
          'applies only the second condition',
        ],
        [
          'atLeast',
          String(rs.filter((r) => r.city === city && r.amount >= min).length),
          'reads Greater than as greater than or equal',
        ],
        ['excluded', String(rs.length - and), 'counts the records the filter leaves out'],
      ],
    })
  }),
  family('merge-label-sheets', (rng) => {
    const [cols, rows] = rng.pick([
      [3, 7],
      [2, 7],
      [3, 8],
      [2, 5],
      [3, 10],
    ] as const)
    const per = cols * rows
    let r = rng.int(per + 3, per * 6)
    while (r % per === 0 || r % (per - 1) === 0) r++
    return worked(rng, {
      stem: `A label sheet has ${cols} columns and ${rows} rows of labels. The assistant sets up a label merge for ${client(rng)}, clicks Update Labels so each label after the first begins with «Next Record», and merges ${r} records. How many sheets are produced?`,
      kind: 'labels',
      in: { per, r },
      key: String(Math.ceil(r / per)),
      wrong: [
        ['noNext', String(r), 'thinks each sheet holds one record, as when Next Record is missing'],
        ['floor', String(Math.floor(r / per)), 'drops the part-filled last sheet'],
        [
          'firstBlank',
          String(Math.ceil(r / (per - 1))),
          'thinks the first label of each sheet is left for the layout',
        ],
        ['rowsOnly', String(Math.ceil(r / rows)), 'counts one record per row instead of per label'],
      ],
    })
  }),
  family('merge-date-switch-code', (rng) => {
    const t = { y: rng.int(2025, 2028), mo: rng.int(1, 12), d: rng.int(13, 28), h: 0, mi: 0 }
    const target = datePicture('d MMMM yyyy', t)
    const code = (p: string) => `{ MERGEFIELD Due \\@ "${p}" }`
    return worked(rng, {
      stem: `The Due column in ${client(rng)}’s Excel list holds the date ${t.d} ${MONTHS[t.mo - 1]} ${t.y}, but the merge does not carry the cell’s date format. The reminder letters must show “${target}”. Which field does that?`,
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
