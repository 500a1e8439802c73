import type { Rng } from '../../rng.js'
import {
  addDays,
  cap,
  ceilDiv,
  employer,
  family,
  floorDiv,
  hund,
  num,
  share,
  showDate,
  tenth,
} from './ohs-text.js'

// Incident statistics as a safety adviser keeps them for a small employer's insurer or client:
// every rate's base (200,000 or 1,000,000 hours, per 1,000 workers) and rounding is in the stem,
// as are the recordability and day-counting rules the key depends on.

const hours = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 100
const h = (n: number): string => num(n, 0, 'hours')
const days = (n: number): string => num(n, 0, 'days')
const cases = (n: number): string => num(n, 0, 'cases')
const usd = (c: number): string => `$${num(c / 100, 2)}`

export const STATS_FAMILIES = [
  family('trir-on-200000-hours', (rng) => {
    const H = hours(rng, 400, 9000)
    const e = Math.max(5, Math.round(H / rng.int(1700, 2300)))
    const c = rng.int(1, 12)
    const fa = rng.int(2, 20)
    return {
      stem: `${cap(employer(rng))} had ${e} employees who worked ${h(H)} last year. Its log shows ${c} recordable injuries and ${fa} first-aid-only cases, which are not recordable. What is its total recordable incident rate (recordable cases × 200,000 ÷ hours worked), to two decimal places?`,
      key: hund(share(c, 20_000_000, H)),
      wrong: [
        [hund(share(c, 10_000_000, H)), 'uses a 100,000-hour base'],
        [hund(share(c, 100_000_000, H)), 'uses the 1,000,000-hour LTIFR base'],
        [hund(share(c + fa, 20_000_000, H)), 'counts the first-aid-only cases as recordable'],
        [hund(share(c, 10_000, e)), 'gives cases per 100 employees instead of per hours'],
        [hund(share(fa, 20_000_000, H)), 'rates the first-aid cases instead of the recordables'],
      ],
      figures: { H, e, c, fa },
    }
  }),
  family('dart-rate-counts-cases', (rng) => {
    const H = hours(rng, 500, 9000)
    const [da, rc, tc, o] = [rng.int(1, 5), rng.int(0, 4), rng.int(1, 3), rng.int(1, 8)]
    const dd = da * rng.int(3, 25)
    return {
      stem: `A client's log for the year shows ${da} cases with days away from work (${dd} days in total), ${rc} restricted-work cases, ${tc} job-transfer cases and ${o} other recordable cases (medical treatment only); ${h(H)} were worked. The DART rate counts cases with days away, restriction or transfer × 200,000 ÷ hours worked. What is it, to two decimal places?`,
      key: hund(share(da + rc + tc, 20_000_000, H)),
      wrong: [
        [hund(share(da, 20_000_000, H)), 'counts only the days-away cases'],
        [hund(share(da + rc + tc + o, 20_000_000, H)), 'counts every recordable case (the TRIR)'],
        [hund(share(dd, 20_000_000, H)), 'counts the days away instead of the cases'],
        [hund(share(da + rc + tc, 100_000_000, H)), 'uses the 1,000,000-hour base'],
        [hund(share(da + rc + tc, 10_000_000, H)), 'uses a 100,000-hour base'],
        [hund(share(da + rc, 20_000_000, H)), 'leaves out the job-transfer cases'],
      ],
      figures: { H, da, rc, tc, o, dd },
    }
  }),
  family('ltifr-per-million-hours', (rng) => {
    const H = hours(rng, 800, 12000)
    const [lti, rc, fa] = [rng.int(1, 9), rng.int(1, 6), rng.int(3, 25)]
    return {
      stem: `A contractor's client asks for its lost-time injury frequency rate: lost-time injuries × 1,000,000 ÷ hours worked, where a lost-time injury is one that kept the worker off at least one full shift after the day of injury. This year ${h(H)} were worked, with ${lti} lost-time injuries, ${rc} restricted-duty injuries and ${fa} first-aid cases. What is the LTIFR, to two decimal places?`,
      key: hund(share(lti, 100_000_000, H)),
      wrong: [
        [hund(share(lti, 20_000_000, H)), 'uses the OSHA 200,000-hour base'],
        [hund(share(lti, 10_000_000, H)), 'uses a 100,000-hour base'],
        [hund(share(lti + rc, 100_000_000, H)), 'counts restricted-duty injuries as lost time'],
        [
          hund(share(lti + rc + fa, 100_000_000, H)),
          'counts every injury, first aid included, as lost time',
        ],
        [hund(share(lti + fa, 100_000_000, H)), 'counts the first-aid cases as lost time'],
        [hund(share(lti + rc, 20_000_000, H)), 'counts restricted duty and uses the 200,000 base'],
      ],
      figures: { H, lti, rc, fa },
    }
  }),
  family('severity-rate-counts-days', (rng) => {
    const H = hours(rng, 500, 9000)
    const n = rng.int(2, 6)
    const ld = n * rng.int(4, 30)
    const rd = rng.int(5, 60)
    return {
      stem: `A client's ${n} lost-time cases this year cost ${days(ld)} away from work, and other cases added ${days(rd)} on restricted duty; ${h(H)} were worked. Its insurer's severity rate is days away from work × 200,000 ÷ hours worked (restricted days not counted). What is the severity rate, to two decimal places?`,
      key: hund(share(ld, 20_000_000, H)),
      wrong: [
        [hund(share(n, 20_000_000, H)), 'counts the cases instead of the days'],
        [hund(share(ld, 100_000_000, H)), 'uses the 1,000,000-hour base'],
        [hund(share(ld + rd, 20_000_000, H)), 'adds the restricted days'],
        [hund(share(ld, 10_000_000, H)), 'uses a 100,000-hour base'],
        [hund(share(ld, 100, n)), 'gives the average days per case'],
      ],
      figures: { H, n, ld, rd },
    }
  }),
  family('trir-hours-from-headcount', (rng) => {
    const e = rng.int(12, 120)
    const wh = rng.int(36, 45)
    const hol = rng.int(4, 7)
    const c = rng.int(1, 8)
    const H = e * wh * (52 - hol)
    return {
      stem: `A client has no hours records. It has ${e} employees, each working ${wh} hours a week for 52 weeks less ${hol} weeks of holiday, and ${c} recordable cases this year. Taking hours worked as employees × weekly hours × weeks actually worked, what is its total recordable incident rate (cases × 200,000 ÷ hours), to two decimal places?`,
      key: hund(share(c, 20_000_000, H)),
      wrong: [
        [hund(share(c, 20_000_000, e * wh * 52)), 'counts the holiday weeks as worked'],
        [hund(share(c, 20_000_000, e * 2000)), 'takes 2,000 hours per employee'],
        [hund(share(c, 10_000_000, H)), 'uses a 100,000-hour base'],
        [hund(share(c, 100_000_000, H)), 'uses the 1,000,000-hour base'],
        [hund(share(c, 20_000_000, e * 40 * (52 - hol))), 'assumes a 40-hour week'],
      ],
      figures: { e, wh, hol, c },
    }
  }),
  family('days-away-calendar-count', (rng) => {
    const inj = addDays('2026-01-05', rng.int(0, 600))
    const k = rng.int(4, 45)
    const ret = addDays(inj, k)
    return {
      stem: `An employee was hurt on ${showDate(inj)} and came back to work on ${showDate(ret)}. The log rule the client follows: count calendar days the employee could not work because of the injury, including weekends and holidays, not counting the day of the injury or the day they returned. How many days away go in the log?`,
      key: days(k - 1),
      wrong: [
        [days(k), 'counts the day of the injury'],
        [days(k + 1), 'counts both the injury day and the return day'],
        [
          days(workdays(addDays(inj, 1), k - 1)),
          'counts only the scheduled working days (Monday to Friday)',
        ],
        [days(Math.floor((k - 1) / 7) * 5), 'counts five days for each full week only'],
        [days(Math.floor((k - 1) / 7) * 7), 'counts whole weeks away only'],
      ],
      figures: { inj, ret },
    }
  }),
  family('days-away-cap-per-case', (rng) => {
    const long = rng.int(200, 320)
    const [d1, d2] = [rng.int(5, 60), rng.int(5, 90)]
    const r = rng.int(5, 40)
    return {
      stem: `A client's log has three days-away cases this year: ${days(long)}, ${days(d1)} and ${days(d2)} off work, plus another case with ${days(r)} of restricted work. The rule: the days-away count of each case is capped at 180 days, and restricted days are recorded in their own column. What is the total of the days-away column?`,
      key: days(180 + d1 + d2),
      wrong: [
        [days(long + d1 + d2), 'does not cap the long case'],
        [days(Math.min(180, long + d1 + d2)), 'caps the column total at 180'],
        [days(d1 + d2), 'leaves the capped case out'],
        [days(180 + d1 + d2 + r), 'adds the restricted days to days away'],
        [days(long + d1 + d2 + r), 'neither caps the long case nor separates restricted days'],
        [days(d1 + d2 + r), 'leaves out the capped case and adds restricted days'],
      ],
      figures: { long, d1, d2, r },
    }
  }),
  family('recordable-cases-from-log', (rng) => {
    const [n1, n2, n3, n4, n5] = [
      rng.int(4, 20),
      rng.int(1, 6),
      rng.int(1, 5),
      rng.int(1, 4),
      rng.int(3, 15),
    ]
    return {
      stem: `A client's incident book for the year lists ${n1} injuries treated with first aid only, ${n2} given medical treatment beyond first aid, ${n3} with days away from work, ${n4} with restricted work and ${n5} near misses. Under the rule stated in its policy, an injury is recordable when it needs medical treatment beyond first aid, days away or restricted work; first aid only and near misses are not. How many recordable cases are there?`,
      key: cases(n2 + n3 + n4),
      wrong: [
        [cases(n1 + n2 + n3 + n4), 'counts every injury, first aid included'],
        [cases(n1 + n2 + n3 + n4 + n5), 'counts every entry in the book'],
        [cases(n3 + n4), 'counts only cases with days away or restriction'],
        [cases(n3), 'counts only the lost-time cases'],
        [cases(n2 + n3), 'leaves out the restricted-work cases'],
      ],
      figures: { n1, n2, n3, n4, n5 },
    }
  }),
  family('most-recordables-for-a-target-rate', (rng) => {
    const H = hours(rng, 7000, 30000)
    const T = rng.int(60, 350)
    return {
      stem: `A principal contractor requires its subcontractors to keep a total recordable incident rate (cases × 200,000 ÷ hours) of at most ${hund(T)}. A client expects ${h(H)} on that contract this year. What is the largest number of recordable cases it can have and still meet the requirement?`,
      key: cases(floorDiv(T * H, 20_000_000)),
      wrong: [
        [cases(ceilDiv(T * H, 20_000_000)), 'rounds up, going over the limit'],
        [cases(floorDiv(T * H, 10_000_000)), 'uses a 100,000-hour base'],
        [cases(floorDiv(T * H, 100_000_000)), 'uses the 1,000,000-hour base'],
        [cases(floorDiv(T * H, 2_000_000)), 'reads the rate as per 20,000 hours'],
        [cases(floorDiv(T * H, 40_000_000)), 'halves the allowance for safety'],
      ],
      figures: { H, T },
    }
  }),
  family('rate-change-percent', (rng) => {
    const [H1, H2] = [hours(rng, 800, 6000), hours(rng, 800, 6000)]
    const [c1, c2] = [rng.int(2, 12), rng.int(1, 12)]
    const pc = (a: number, b: number, den: number) => tenth(share(a - b, 1000, den), '%')
    return {
      stem: `A client had ${cases(c1)} recordable cases in ${h(H1)} last year and ${cases(c2)} in ${h(H2)} this year. By what percentage did its total recordable incident rate (cases × 200,000 ÷ hours) change, to one decimal place (a fall shows a minus)?`,
      key: pc(c2 * H1, c1 * H2, c1 * H2),
      wrong: [
        [pc(c2, c1, c1), 'compares case counts, ignoring the hours'],
        [pc(c2 * H1, c1 * H2, c2 * H1), 'divides by this year’s rate'],
        [
          tenth(share(c2 * H1 - c1 * H2, 2_000_000, H1 * H2), '%'),
          'gives the change in rate points as a percentage',
        ],
        [
          tenth(share(c2 * H1, 1000, c1 * H2), '%'),
          'gives this year’s rate as a percentage of last year’s',
        ],
      ],
      figures: { H1, H2, c1, c2 },
    }
  }),
  family('average-days-per-lost-time-case', (rng) => {
    const lti = rng.int(2, 8)
    const ld = lti * rng.int(3, 40) + rng.int(0, lti - 1)
    const [o, rd, e] = [rng.int(2, 9), rng.int(4, 50), rng.int(15, 150)]
    return {
      stem: `A client's ${lti} lost-time cases this year cost ${days(ld)} away from work; ${o} other recordable cases lost no time but cost ${days(rd)} of restricted work. The client employs ${e} people. What is the average number of days away per lost-time case, to one decimal place?`,
      key: tenth(share(ld, 10, lti)),
      wrong: [
        [tenth(share(ld, 10, lti + o)), 'divides by every recordable case'],
        [tenth(share(ld + rd, 10, lti)), 'adds the restricted days'],
        [tenth(share(ld, 10, e)), 'divides by the number of employees'],
        [tenth(share(ld + rd, 10, lti + o)), 'averages all days over all cases'],
      ],
      figures: { lti, ld, o, rd, e },
    }
  }),
  family('incidence-per-1000-average-workers', (rng) => {
    const s = rng.int(20, 300)
    const shift = rng.int(3, Math.floor(s / 2))
    const e = rng.next() < 0.5 ? s + shift : s - shift
    const c = rng.int(1, 15)
    return {
      stem: `A client's trade association compares members by injuries per 1,000 workers, using the average headcount ((start of year + end of year) ÷ 2). The client had ${s} workers at the start of the year, ${e} at the end and ${cases(c)} reportable injuries. What is its incidence rate per 1,000 workers, to one decimal place?`,
      key: tenth(share(c, 20_000, s + e)),
      wrong: [
        [tenth(share(c, 10_000, e)), 'uses the year-end headcount'],
        [tenth(share(c, 10_000, s)), 'uses the start-of-year headcount'],
        [tenth(share(c, 10_000, s + e)), 'divides by the two headcounts added'],
        [tenth(share(c, 2_000, s + e)), 'gives the rate per 100 workers'],
        [tenth(share(c, 200_000, s + e)), 'gives the rate per 10,000 workers'],
      ],
      figures: { s, e, c },
    }
  }),
  family('combined-rate-of-two-sites', (rng) => {
    const [H1, H2] = [hours(rng, 300, 8000), hours(rng, 300, 8000)]
    const [c1, c2] = [rng.int(1, 10), rng.int(1, 10)]
    const r = (c: number, H: number) => share(c, 20_000_000, H)
    return {
      stem: `A client runs two sites: the workshop had ${cases(c1)} recordable cases in ${h(H1)}, the yard ${cases(c2)} in ${h(H2)}. What is the client's combined total recordable incident rate (cases × 200,000 ÷ hours), to two decimal places?`,
      key: hund(share(c1 + c2, 20_000_000, H1 + H2)),
      wrong: [
        [hund(share(r(c1, H1) + r(c2, H2), 1, 2)), 'averages the two sites’ rates'],
        [hund(r(c1, H1) + r(c2, H2)), 'adds the two sites’ rates'],
        [hund(Math.max(r(c1, H1), r(c2, H2))), 'reports the worse site’s rate'],
        [hund(share(c1 + c2, 20_000_000, Math.max(H1, H2))), 'divides by the larger site’s hours'],
      ],
      figures: { H1, H2, c1, c2 },
    }
  }),
  family('premium-with-experience-modifier', (rng) => {
    const P = rng.int(20, 250) * 10_000
    const rate = rng.int(150, 950)
    // A modifier of exactly 1.00 would make the leave-it-out mistake the key.
    const emr = rng.pick([rng.int(65, 95), rng.int(105, 160)])
    const manual = share(P, rate, 100)
    return {
      stem: `A US client's workers' compensation premium is payroll ÷ 100 × the class rate × the experience modification rate. Its payroll is ${usd(P * 100)}, the class rate is ${usd(rate)} per $100 of payroll and its modifier is ${hund(emr)}. What is the premium, to the cent?`,
      key: usd(share(manual, emr, 100)),
      wrong: [
        [usd(manual), 'leaves the modifier out'],
        [usd(share(manual, 100, emr)), 'divides by the modifier'],
        [usd(share(P * 100, emr, 100)), 'applies the modifier to payroll without the class rate'],
        [usd(manual * 100), 'applies the class rate per dollar, not per $100'],
        [usd(share(manual, 200 - emr, 100)), 'reads a modifier above 1 as a credit'],
      ],
      figures: { P, rate, emr },
    }
  }),
  family('osha-300a-average-employees', (rng) => {
    const base = rng.int(15, 140)
    const months = Array.from({ length: 12 }, () => Math.max(5, base + rng.int(-12, 18)))
    // A whole average would make rounding up and down agree.
    if (months.reduce((a, b) => a + b, 0) % 12 === 0) months[0] = months[0]! + 1
    const sum = months.reduce((a, b) => a + b, 0)
    return {
      stem: `For the annual summary, a client's average number of employees is the total of the employees paid in each pay period divided by the number of pay periods, rounded up to the next whole number. It pays monthly and paid ${months.join(', ')} employees in the twelve months. What average goes on the summary?`,
      key: num(ceilDiv(sum, 12), 0, 'employees'),
      wrong: [
        [num(floorDiv(sum, 12), 0, 'employees'), 'rounds the average down'],
        [num(months[11]!, 0, 'employees'), 'uses the last month’s headcount'],
        [num(Math.max(...months), 0, 'employees'), 'uses the peak headcount'],
        [
          num(ceilDiv(months[0]! + months[11]!, 2), 0, 'employees'),
          'averages the first and last months',
        ],
        [num(Math.min(...months), 0, 'employees'), 'uses the lowest headcount'],
      ],
      figures: {
        months: months.join(','),
        first: months[0]!,
        last: months[11]!,
        max: Math.max(...months),
        min: Math.min(...months),
      },
    }
  }),
]

/** Monday-to-Friday days among the `n` days from `from`. */
function workdays(from: string, n: number): number {
  let count = 0
  for (let i = 0; i < n; i++) {
    const d = new Date(`${addDays(from, i)}T00:00:00Z`).getUTCDay()
    if (d > 0 && d < 6) count++
  }
  return count
}
