import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, worked } from './copyedit-text.js'

// Consistency and fact queries a copy-editor raises: a date and its weekday, spans between
// dates, ages, a table's totals, percentages and changes stated in the text. The editor checks
// the arithmetic and the calendar before querying; a wrong figure is queried, never guessed.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const dayNo = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000
const weekday = (y: number, m: number, d: number) =>
  WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!
const longDate = (n: number) => {
  const t = new Date(n * 86_400_000)
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`
}
/** The day `k` working days (Monday to Friday) after day `s`. */
const workingDaysAfter = (s: number, k: number) => {
  let d = s
  for (let left = k; left > 0; ) {
    d++
    const w = new Date(d * 86_400_000).getUTCDay()
    if (w !== 0 && w !== 6) left--
  }
  return d
}
const fmt = (v: number, dp = 0) =>
  v.toLocaleString('en-GB', { minimumFractionDigits: dp, maximumFractionDigits: dp })

export const CONSISTENCY_FAMILIES: readonly ScenarioFamily[] = [
  family('weekday-of-a-numeric-date', (rng) => {
    const y = rng.int(1950, 2025)
    const d = rng.int(1, 12)
    const m = rng.int(1, 12)
    if (d === m) throw new VariantError('a date that reads the same both ways')
    return worked(rng, {
      stem: `A memoir for ${client(rng)} writes dates day/month/year, as its style sheet says. It mentions “the storm of ${d}/${m}/${y}” and later calls that day a weekday the editor must check. Which weekday was it?`,
      in: { y, m, d },
      key: weekday(y, m, d),
      wrong: [
        ['usOrder', weekday(y, d, m), 'reads the date month/day, the American order'],
        ['yearBefore', weekday(y - 1, m, d), 'takes the weekday of the same date a year earlier'],
        ['yearAfter', weekday(y + 1, m, d), 'takes the weekday of the same date a year later'],
        ['usOrderBefore', weekday(y - 1, d, m), 'reads the date month/day and a year early'],
      ],
    })
  }),
  family('date-of-the-following-weekday', (rng) => {
    const y = rng.int(1990, 2026)
    const m = rng.int(1, 12)
    const d = rng.int(1, 28)
    const target = rng.int(0, 6)
    const start = dayNo(y, m, d)
    const w = new Date(start * 86_400_000).getUTCDay()
    const ahead = (target - w + 7) % 7 || 7
    return worked(rng, {
      stem: `A history for ${client(rng)} says the council met on ${longDate(start)} and adjourned “to the following ${WEEKDAYS[target]}”, which the author dates in a footnote. On what date was that, counting the following ${WEEKDAYS[target]} as the first one after the meeting day?`,
      in: { y, m, d, target },
      key: longDate(start + ahead),
      wrong: [
        [
          'weekAfter',
          longDate(start + ahead + 7),
          'skips to the next week’s day, reading “following” as “next week’s”',
        ],
        [
          'sevenDays',
          longDate(start + 7),
          'adds seven days to the meeting date whatever its weekday',
        ],
        [
          'backwards',
          longDate(start - ((w - target + 7) % 7 || 7)),
          'counts back to the previous one',
        ],
        [
          'dayCount',
          longDate(start + target),
          'adds the weekday’s position in the week as a number of days',
        ],
      ],
    })
  }),
  family('days-between-two-dates-inclusive', (rng) => {
    const y = rng.pick([2019, 2020, 2023, 2024])
    const m1 = rng.int(1, 3)
    const d1 = rng.int(1, 28)
    const m2 = m1 + rng.int(1, 3)
    const d2 = rng.int(1, 28)
    const n = dayNo(y, m2, d2) - dayNo(y, m1, d1)
    const leap = y % 4 === 0 && m1 <= 2 && m2 > 2 ? 1 : 0
    return worked(rng, {
      stem: `A report for ${client(rng)} says the strike lasted “from ${d1} ${MONTHS[m1 - 1]} to ${d2} ${MONTHS[m2 - 1]} ${y}, both days included” and gives its length in days. What length should the editor check it against?`,
      in: { y, m1, d1, m2, d2 },
      key: `${n + 1} days`,
      wrong: [
        ['exclusive', `${n} days`, 'subtracts the dates, leaving out one of the two days included'],
        ['thirty', `${(m2 - m1) * 30 + d2 - d1 + 1} days`, 'counts every month as 30 days'],
        ['noLeap', `${n + 1 - leap} days`, 'forgets 29 February in a leap year'],
        ['bothOut', `${n - 1} days`, 'leaves out both end days'],
        [
          'wholeMonths',
          `${dayNo(y, m2 + 1, 1) - dayNo(y, m1, 1)} days`,
          'counts the whole calendar months, from the first of the first to the end of the last',
        ],
        ['thirtyOne', `${(m2 - m1) * 31 + d2 - d1 + 1} days`, 'counts every month as 31 days'],
      ],
    })
  }),
  family('date-a-stated-number-of-days-later', (rng) => {
    const y = rng.pick([2020, 2024, 2021, 2023])
    const m = rng.int(1, 2)
    const d = rng.int(1, 28)
    const k = rng.pick([30, 60, 90])
    const s = dayNo(y, m, d)
    return worked(rng, {
      stem: `In a legal history for ${client(rng)}, a notice served on ${d} ${MONTHS[m - 1]} ${y} gave “${k} days” to reply, counted from the day after service. The author gives the last day to reply. What should it be?`,
      in: { y, m, d, k },
      key: longDate(s + k),
      wrong: [
        ['countFirst', longDate(s + k - 1), 'counts the day of service as the first day'],
        ['months', longDate(dayNo(y, m + k / 30, d)), 'counts 30 days as a calendar month'],
        ['addDay', longDate(s + k + 1), 'adds a day for the day after service on top of the count'],
        [
          'workingDays',
          longDate(workingDaysAfter(s, k)),
          'counts only working days, Monday to Friday',
        ],
      ],
    })
  }),
  family('table-column-total-to-query', (rng) => {
    const n = rng.int(4, 6)
    const rows = Array.from({ length: n }, () => rng.int(120, 980))
    const sub = rows.slice(0, 2).reduce((a, b) => a + b, 0)
    const sum = rows.reduce((a, b) => a + b, 0)
    const stated = sum + rng.pick([-100, 90, -9, 180, 1000])
    return worked(rng, {
      stem: `A table in a report for ${client(rng)} lists visitors by site: ${rows.map((r, i) => `site ${String.fromCharCode(65 + i)} ${fmt(r)}`).join(', ')}, with a subtotal of ${fmt(sub)} for sites A and B printed beneath them, and a Total row of ${fmt(stated)}. What does the column actually add to, the figure the editor puts in the query?`,
      in: { rows, stated },
      key: fmt(sum),
      wrong: [
        ['stated', fmt(stated), 'accepts the author’s total without adding the column'],
        ['withSub', fmt(sum + sub), 'adds the subtotal row in as if it were another site'],
        ['dropLast', fmt(sum - rows.at(-1)!), 'stops adding before the last site'],
        ['subOnly', fmt(sum - sub), 'adds only the sites below the subtotal'],
      ],
    })
  }),
  family('percentage-of-respondents-in-text', (rng) => {
    const total = rng.int(300, 1200)
    const none = rng.int(20, 80)
    const yes = rng.int(60, total - none - 60)
    const p = (v: number) => `${fmt(v * 100, 1)}%`
    return worked(rng, {
      stem: `A survey report for ${client(rng)} says ${fmt(total)} people were sent the survey, ${fmt(total - none)} replied and ${fmt(yes)} of those who replied said yes. The text gives the yes share “of those who replied” to one decimal place. What is it?`,
      in: { total, none, yes },
      key: p(yes / (total - none)),
      wrong: [
        ['allSent', p(yes / total), 'divides by everyone sent the survey, not those who replied'],
        [
          'noShare',
          p((total - none - yes) / (total - none)),
          'gives the share who did not say yes',
        ],
        ['replyRate', p((total - none) / total), 'gives the response rate instead'],
      ],
    })
  }),
  family('percentage-change-stated-in-text', (rng) => {
    const a = rng.int(200, 900)
    const b = a + rng.pick([-1, 1]) * rng.int(30, 180)
    const p = (v: number) => `${v < 0 ? '−' : ''}${fmt(Math.abs(v) * 100, 1)}%`
    return worked(rng, {
      stem: `The text of a report for ${client(rng)} says membership “changed by …%” between the two years its table shows: ${fmt(a)} in the first, ${fmt(b)} in the second. What change, to one decimal place, should the editor check the text against?`,
      in: { a, b },
      key: p((b - a) / a),
      wrong: [
        ['newBase', p((b - a) / b), 'divides the change by the later year instead of the earlier'],
        [
          'ratio',
          p(b / a),
          'gives the later figure as a percentage of the earlier, not the change',
        ],
        ['reversed', p((a - b) / a), 'subtracts the later year from the earlier'],
        [
          'rawChange',
          `${b < a ? '−' : ''}${fmt(Math.abs(b - a), 1)}%`,
          'gives the change in members as if it were a percentage',
        ],
      ],
    })
  }),
  family('percentage-points-or-per-cent', (rng) => {
    const r1 = rng.int(12, 40)
    const r2 = r1 + rng.int(3, 15)
    const pp = r2 - r1
    const pc = fmt(((r2 - r1) / r1) * 100, 1)
    return worked(rng, {
      stem: `A briefing for ${client(rng)} says an unemployment rate “rose from ${r1}% to ${r2}%” and then states the rise a second way. Which wording of the rise is right?`,
      in: { r1, r2 },
      key: rng.pick([`a rise of ${pp} percentage points`, `${pp} percentage points higher`]),
      wrong: [
        ['ppAsPc', `a rise of ${pp}%`, 'calls a difference of two rates a percentage rise'],
        [
          'pcAsPp',
          `a rise of ${pc} percentage points`,
          'calls the relative change percentage points',
        ],
        [
          'ratio',
          `a rise of ${fmt((r2 / r1) * 100, 1)}%`,
          'gives the later rate as a percentage of the earlier',
        ],
        [
          'newBase',
          `a rise of ${fmt(((r2 - r1) / r2) * 100, 1)}%`,
          'measures the change against the later rate',
        ],
      ],
    })
  }),
  family('mean-stated-in-text', (rng) => {
    const xs = Array.from({ length: rng.int(5, 7) }, () => rng.int(10, 90))
    const sum = xs.reduce((a, b) => a + b, 0)
    const sorted = [...xs].sort((a, b) => a - b)
    const mid =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
    return worked(rng, {
      stem: `A table in a study for ${client(rng)} gives class sizes of ${xs.join(', ')}, and the text says “the mean class size was …”. What mean, to one decimal place, should the editor check?`,
      in: { xs },
      key: fmt(sum / xs.length, 1),
      wrong: [
        ['median', fmt(mid, 1), 'gives the median, the middle value'],
        [
          'nMinus',
          fmt(sum / (xs.length - 1), 1),
          'divides by one fewer than the number of classes',
        ],
        [
          'midrange',
          fmt((sorted[0]! + sorted.at(-1)!) / 2, 1),
          'averages only the smallest and largest',
        ],
        ['dropLast', fmt((sum - xs.at(-1)!) / (xs.length - 1), 1), 'leaves the last class out'],
      ],
    })
  }),
  family('unit-conversion-in-parentheses', (rng) => {
    const miles = rng.int(3, 60)
    const km = (v: number) => `${fmt(Math.round(v))} km`
    return worked(rng, {
      stem: `A travel guide for ${client(rng)} gives distances in miles with kilometres in parentheses, converted at 1 mile = 1.609 km and rounded to the nearest kilometre. The author wrote “${miles} miles (… km)”. What goes in the parentheses?`,
      in: { miles },
      key: km(miles * 1.609),
      wrong: [
        ['divide', km(miles / 1.609), 'divides by the factor instead of multiplying'],
        ['nauticalFactor', km(miles * 1.852), 'uses the factor for nautical miles'],
        ['truncate', km(Math.floor(miles * 1.609)), 'cuts the decimals off instead of rounding'],
        [
          'fiveEighths',
          km(miles * 1.6),
          'uses the rule of thumb of 8 km to 5 miles, not the stated factor',
        ],
      ],
    })
  }),
  family('name-spellings-to-change-after-the-author-answers', (rng) => {
    const [good, ...bad] = rng.pick([
      ['Kowalczyk', 'Kowalczik', 'Kowalcyk'],
      ['Szymański', 'Szymanski', 'Symanski'],
      ['Ó Súilleabháin', 'O Súilleabháin', 'Ó Suilleabhain'],
      ['Nguyễn', 'Nguyen', 'Ngyuen'],
    ]) as [string, string, string]
    const g = rng.int(3, 9)
    const b1 = rng.int(2, 8)
    const b2 = rng.int(1, 4)
    if (b1 === b2 || g === b1 || g === b2) throw new VariantError('counts that coincide')
    return worked(rng, {
      stem: `In a manuscript for ${client(rng)} a surname appears as “${good}” ${g} times, “${bad[0]}” ${b1} times and “${bad[1]}” ${b2} times. The editor queried it, and the author confirms “${good}”. How many occurrences does the editor change?`,
      in: { g, b1, b2 },
      key: `${b1 + b2}`,
      wrong: [
        ['oneVariant', `${b1}`, 'changes only the commoner of the two wrong spellings'],
        ['all', `${g + b1 + b2}`, 'counts every occurrence, the confirmed ones too'],
        ['confirmed', `${g}`, 'counts the occurrences already spelled as confirmed'],
        ['rarer', `${b2}`, 'changes only the rarer wrong spelling'],
      ],
    })
  }),
  family('quoted-sum-of-money-in-text', (rng) => {
    const items = Array.from({ length: 3 }, () => rng.int(12, 95) * 1000)
    const sum = items.reduce((a, b) => a + b, 0)
    const vat = rng.pick([0.2, 0.15, 0.1])
    const m = (v: number) => `£${fmt(v)}`
    return worked(rng, {
      stem: `A grant report for ${client(rng)} lists three costs before VAT: ${items.map(m).join(', ')}, and says “the total, including VAT at ${vat * 100}%, was …”. What total should the editor check?`,
      in: { items, vat },
      key: m(sum * (1 + vat)),
      wrong: [
        ['noVat', m(sum), 'leaves the VAT out of a total that says it includes it'],
        ['vatOnly', m(sum * vat), 'gives the VAT alone'],
        ['vatOnOne', m(sum + items[0]! * vat), 'adds VAT to the first cost only'],
        ['dropLast', m((sum - items[2]!) * (1 + vat)), 'leaves the last cost out'],
      ],
    })
  }),
]
