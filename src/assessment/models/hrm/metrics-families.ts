import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  addDays,
  cap,
  day,
  daysBetween,
  drawn,
  employer,
  family,
  figure,
  long,
  money,
  pct,
  plain,
  symbol,
  unit,
} from './hrm-text.js'
import { METRIC_PRACTICES } from './metrics-practices.js'

// Workforce metrics by their standard definitions. Turnover rate = separations in the period ÷
// average headcount × 100, the average being (start + end) ÷ 2 or the mean of month-end counts
// (SHRM, “How to calculate turnover”; US BLS JOLTS separations rate = separations ÷ employment);
// retention rate = employees at the start still employed at the end ÷ employees at the start;
// time to fill = calendar days from requisition approval to offer acceptance (SHRM
// talent-acquisition benchmarking); cost per hire = (external + internal recruiting costs) ÷
// total hires (ANSI/SHRM 06001.2012, Cost-Per-Hire standard); absence rate = work days lost to
// unscheduled absence ÷ scheduled work days (US BLS, Current Population Survey absence rate);
// the Bradford factor = S² × D (S spells, D days of absence); FTE = paid hours ÷ the full-time
// week; headcount counts employees on the payroll, those on leave included, not contractors.

const avg2 = (a: number, b: number) => (a + b) / 2

export const METRIC_FAMILIES: readonly ScenarioFamily[] = [
  family('turnover-rate-on-average-headcount', (rng) => {
    const s = drawn(rng, 30, 140)
    const e = s + rng.pick([-1, 1]) * drawn(rng, 4, 20)
    const x = drawn(rng, 4, Math.floor(Math.min(s, e) / 3))
    const h = e - s + x
    if (h <= 0) throw new VariantError('no hires')
    return figure(rng, pct(1), {
      stem: `${cap(employer(rng))} had ${s} employees on January 1 and ${e} on December 31. During the year ${x} employees left and ${h} were hired. What was the annual turnover rate on the average headcount?`,
      in: { s, e, x, h },
      key: x / avg2(s, e),
      wrong: [
        ['byStart', x / s, 'divides the leavers by the opening headcount only'],
        ['byEnd', x / e, 'divides the leavers by the closing headcount only'],
        ['hiresToo', (x + h) / avg2(s, e), 'counts hires as well as leavers'],
        ['hiresOnly', h / avg2(s, e), 'counts the hires instead of the leavers'],
      ],
    })
  }),
  family('annualised-turnover-from-a-quarter', (rng) => {
    const a = drawn(rng, 40, 200)
    const x = drawn(rng, 2, Math.floor(a / 10))
    const q = rng.pick(['first', 'second', 'third'])
    return figure(rng, pct(1), {
      stem: `In the ${q} quarter, ${x} employees left ${employer(rng)} whose average headcount was ${a}. Assuming the pace holds, what annualised turnover rate do you report?`,
      in: { a, x },
      key: (4 * x) / a,
      wrong: [
        ['quarterOnly', x / a, 'reports the quarter’s rate without annualising it'],
        ['monthly', (12 * x) / a, 'multiplies by twelve, as for a monthly rate'],
        ['divided', x / (4 * a), 'divides by four instead of multiplying'],
        ['byThree', (3 * x) / a, 'multiplies by the three months of the quarter'],
        ['weekly', (52 * x) / a, 'treats the quarter’s leavers as one week’s'],
        ['thirteen', (13 * x) / a, 'multiplies by the 13 weeks of the quarter'],
      ],
    })
  }),
  family('retention-rate-of-starting-staff', (rng) => {
    const s = drawn(rng, 30, 120)
    const l = drawn(rng, 3, Math.floor(s / 4))
    const h = drawn(rng, 4, 25)
    const hl = drawn(rng, 1, Math.floor(h / 2))
    const e = s - l + h - hl
    return figure(rng, pct(1), {
      stem: `${cap(employer(rng))} began the year with ${s} employees, of whom ${l} left during the year. It hired ${h} people, ${hl} of whom also left before year end, and closed with ${e}. What was its retention rate for the year?`,
      in: { s, l, h, hl },
      key: (s - l) / s,
      wrong: [
        [
          'endOverStart',
          e / s,
          'divides the closing headcount, new hires included, by the opening one',
        ],
        ['retainedOverEnd', (s - l) / e, 'divides the retained staff by the closing headcount'],
        ['allLeavers', (s - l - hl) / s, 'takes the new hires who left off the starting staff too'],
        [
          'oneMinusTurnover',
          1 - (l + hl) / avg2(s, e),
          'takes one minus the turnover rate on average headcount',
        ],
        ['turnover', l / s, 'gives the starting staff’s turnover instead'],
        ['hiresRetained', (s - l + h) / (s + h), 'counts every hire as retained'],
      ],
    })
  }),
  family('voluntary-turnover-rate', (rng) => {
    const s = drawn(rng, 40, 160)
    const e = s + rng.pick([-1, 1]) * drawn(rng, 4, 16)
    const v = drawn(rng, 3, Math.floor(Math.min(s, e) / 5))
    const d = drawn(rng, 1, 6)
    return figure(rng, pct(1), {
      stem: `At ${employer(rng)} headcount went from ${s} to ${e} over the year. ${v} employees resigned and ${d} were dismissed. What was the voluntary turnover rate on average headcount?`,
      in: { s, e, v, d },
      key: v / avg2(s, e),
      wrong: [
        ['allSeparations', (v + d) / avg2(s, e), 'counts dismissals as voluntary too'],
        ['byStart', v / s, 'divides by the opening headcount only'],
        ['byEnd', v / e, 'divides by the closing headcount only'],
        ['involuntary', d / avg2(s, e), 'gives the involuntary rate instead'],
        ['notHalved', v / (s + e), 'adds the two headcounts without halving them'],
        ['shareOfLeavers', v / (v + d), 'gives resignations as a share of all leavers'],
      ],
    })
  }),
  family('first-year-turnover-of-new-hires', (rng) => {
    const a = drawn(rng, 60, 200)
    const h = drawn(rng, 10, 40)
    const q = drawn(rng, 2, Math.floor(h / 2) - 1)
    return figure(rng, pct(1), {
      stem: `${cap(employer(rng))} (average headcount ${a}) hired ${h} people last year; ${q} of them left within their first twelve months. What is its first-year (new-hire) turnover rate?`,
      in: { a, h, q },
      key: q / h,
      wrong: [
        ['byHeadcount', q / a, 'divides by the whole average headcount'],
        ['byStayers', q / (h - q), 'divides by the new hires who stayed'],
        ['stayed', (h - q) / h, 'gives the share of new hires who stayed'],
        ['hiresRate', h / a, 'gives the hiring rate instead'],
      ],
    })
  }),
  family('time-to-fill-in-days', (rng) => {
    const approved = day(2026, rng.int(0, 8), drawn(rng, 1, 28))
    const posted = addDays(approved, drawn(rng, 2, 9))
    const accepted = addDays(posted, drawn(rng, 20, 55))
    let start = addDays(accepted, drawn(rng, 14, 35))
    while (new Date(start).getUTCDay() !== 1) start = addDays(start, 1)
    const wk = (a: number, b: number) => {
      let k = 0
      for (let t = addDays(a, 1); t <= b; t = addDays(t, 1)) {
        const w = new Date(t).getUTCDay()
        if (w !== 0 && w !== 6) k++
      }
      return k
    }
    return figure(rng, unit('days'), {
      stem: `A requisition at ${employer(rng)} was approved on ${long(approved)} and posted on ${long(posted)}. The chosen candidate accepted the offer on ${long(accepted)} and started on ${long(start)}. Measured in calendar days as SHRM benchmarks it, what was the time to fill?`,
      in: { approved, posted, accepted, start },
      key: daysBetween(approved, accepted),
      wrong: [
        ['toStart', daysBetween(approved, start), 'stops the clock at the start date'],
        ['fromPosting', daysBetween(posted, accepted), 'starts the clock when the job was posted'],
        ['postingToStart', daysBetween(posted, start), 'counts from posting to the start date'],
        ['workdays', wk(approved, accepted), 'counts working days only'],
        ['workdaysFromPosting', wk(posted, accepted), 'counts working days from the posting date'],
        ['workdaysToStart', wk(approved, start), 'counts working days up to the start date'],
      ],
    })
  }),
  family('cost-per-hire-by-the-ansi-standard', (rng) => {
    const $ = symbol(rng)
    const ads = drawn(rng, 100000, 900000, 500)
    const agency = drawn(rng, 500000, 2500000, 1000)
    const travel = drawn(rng, 50000, 400000, 500)
    const checks = drawn(rng, 20000, 150000, 500)
    const recruiter = drawn(rng, 800000, 3000000, 1000)
    const referral = drawn(rng, 50000, 300000, 5000)
    const hires = drawn(rng, 6, 20)
    const openings = hires + drawn(rng, 2, 6)
    const stayed = hires - drawn(rng, 1, 3)
    const ext = ads + agency + travel + checks
    const int = recruiter + referral
    return figure(rng, money($), {
      stem: `Over the year ${employer(rng)} spent ${money($)(ads)} on job ads, ${money($)(agency)} on agency fees, ${money($)(travel)} on candidate travel and ${money($)(checks)} on background checks; the internal recruiter’s pay and benefits for the recruiting time came to ${money($)(recruiter)} and employee referral bonuses to ${money($)(referral)}. It had ${openings} openings and made ${hires} hires, all from outside; ${stayed} of them were still employed at year end. What is the cost per hire under the ANSI/SHRM cost-per-hire standard?`,
      in: { ads, agency, travel, checks, recruiter, referral, hires, openings, stayed },
      key: Math.round((ext + int) / hires),
      wrong: [
        ['externalOnly', Math.round(ext / hires), 'leaves out the internal costs'],
        [
          'byOpenings',
          Math.round((ext + int) / openings),
          'divides by the openings, not the hires',
        ],
        ['byStayers', Math.round((ext + int) / stayed), 'divides by the hires still employed'],
        [
          'noReferral',
          Math.round((ext + recruiter) / hires),
          'treats referral bonuses as a payroll cost, not a recruiting one',
        ],
      ],
    })
  }),
  family('absence-rate-of-scheduled-days', (rng) => {
    const n = drawn(rng, 20, 90)
    const t = n * drawn(rng, 58, 64)
    const u = Math.round((t * drawn(rng, 15, 60)) / 1000)
    const v = n * drawn(rng, 2, 6)
    return figure(rng, pct(2), {
      stem: `In the quarter ${employer(rng)}’s ${n} employees were scheduled to work ${t.toLocaleString('en-US')} days in total (approved vacation and public holidays already taken out). They lost ${u} days to unscheduled absence and took ${v} days of approved vacation. What was the absence rate?`,
      in: { n, t, u, v },
      key: u / t,
      wrong: [
        ['vacationToo', (u + v) / t, 'counts approved vacation as absence'],
        ['vacationBack', u / (t + v), 'adds the vacation days back into the scheduled days'],
        [
          'vacationBoth',
          (u + v) / (t + v),
          'counts vacation both as absence and as scheduled time',
        ],
        ['calendar', u / (n * 91), 'divides by calendar days in the quarter'],
        [
          'weekdays',
          u / (n * 65),
          'divides by 65 weekdays per employee, holidays and vacation not taken out',
        ],
        ['vacationTwice', u / (t - v), 'takes the vacation off the scheduled days again'],
      ],
    })
  }),
  family('bradford-factor-score', (rng) => {
    const s = drawn(rng, 2, 7)
    const d = s + drawn(rng, 2, 12)
    return figure(rng, unit('points'), {
      stem: `Under the absence policy of ${employer(rng)}, triggers are set on the Bradford factor. Over the last 52 weeks an employee had ${s} separate spells of sickness absence totalling ${d} days. What is their Bradford factor score?`,
      in: { s, d },
      key: s * s * d,
      wrong: [
        ['product', s * d, 'multiplies spells by days without squaring the spells'],
        ['daysSquared', s * d * d, 'squares the days instead of the spells'],
        ['bothSquared', s * s * d * d, 'squares both spells and days'],
        ['squareOnly', s * s, 'squares the spells and leaves out the days'],
        ['sum', s + d, 'adds spells and days'],
        ['squarePlusDays', s * s + d, 'adds the days to the squared spells'],
        ['spellsCubed', s * s * s * d, 'cubes the spells instead of squaring them'],
      ],
    })
  }),
  family('fte-from-weekly-hours', (rng) => {
    const full = rng.pick([40, 37.5, 35])
    const ft = drawn(rng, 3, 9)
    const pts = Array.from({ length: drawn(rng, 3, 5) }, () => drawn(rng, 8, full - 5))
    const hours = ft * full + pts.reduce((a, b) => a + b, 0)
    return figure(rng, plain(2), {
      stem: `${cap(employer(rng))} has ${ft} full-time employees on its ${full}-hour week and part-timers contracted for ${pts.join(', ')} hours a week. How many full-time equivalents (FTE) does it employ?`,
      in: { full, ft, pts: pts.length, hours },
      key: hours / full,
      wrong: [
        ['headcount', ft + pts.length, 'counts heads, not hours'],
        ['fullOnly', ft, 'counts only the full-timers'],
        ['halves', ft + pts.length / 2, 'counts each part-timer as half an FTE'],
        [
          'fortyWeek',
          hours / (full === 40 ? 37.5 : 40),
          full === 40
            ? 'divides by a 37.5-hour week instead of the firm’s 40'
            : 'divides by a standard 40-hour week instead of the firm’s',
        ],
      ],
    })
  }),
  family('headcount-on-a-date', (rng) => {
    const f = drawn(rng, 12, 60)
    const p = drawn(rng, 3, 20)
    const l = drawn(rng, 1, 4)
    const c = drawn(rng, 2, 8)
    const a = drawn(rng, 1, 6)
    return figure(rng, unit('employees'), {
      stem: `On March 31 the payroll of ${employer(rng)} lists ${f} full-time and ${p} part-time employees at work and ${l} more on parental or long-term sick leave. It also uses ${c} independent contractors and ${a} agency temps. What headcount do you report for March 31?`,
      in: { f, p, l, c, a },
      key: f + p + l,
      wrong: [
        ['everyone', f + p + l + c + a, 'counts contractors and agency temps as employees'],
        ['noLeave', f + p, 'leaves out the employees on leave'],
        ['contractors', f + p + l + c, 'counts the contractors as employees'],
        ['fullTimeOnly', f + l, 'counts only full-time employees'],
        ['partAsHalf', f + l + Math.floor(p / 2), 'counts each part-timer as half a head'],
        ['agency', f + p + l + a, 'counts the agency temps as employees'],
      ],
    })
  }),
  family('turnover-on-monthly-average-headcount', (rng) => {
    const base = drawn(rng, 40, 150)
    const hs = Array.from({ length: 12 }, () => base + drawn(rng, -8, 8))
    if (new Set(hs).size < 4) throw new VariantError('flat headcount')
    const x = drawn(rng, 5, Math.floor(base / 3))
    const mean = hs.reduce((s, v) => s + v, 0) / 12
    return figure(rng, pct(1), {
      stem: `The month-end headcounts of ${employer(rng)} for January to December were ${hs.join(', ')}, and ${x} employees left during the year. Using the average of the monthly headcounts, what was the annual turnover rate?`,
      in: {
        x,
        sum: Math.round(mean * 12),
        first: hs[0]!,
        last: hs[11]!,
        max: Math.max(...hs),
        min: Math.min(...hs),
      },
      key: x / mean,
      wrong: [
        ['firstLast', x / avg2(hs[0]!, hs[11]!), 'averages only January’s and December’s counts'],
        ['byMax', x / Math.max(...hs), 'divides by the highest month'],
        ['byMin', x / Math.min(...hs), 'divides by the lowest month'],
        ['byDecember', x / hs[11]!, 'divides by December’s headcount alone'],
        ['bySum', x / (mean * 12), 'divides by the sum of the monthly counts'],
        ['netOfLeavers', x / (mean - x), 'takes the leavers off the average first'],
      ],
    })
  }),
  family('revenue-per-fte', (rng) => {
    const $ = symbol(rng)
    const f = drawn(rng, 15, 70)
    const p = drawn(rng, 4, 16)
    const pf = Math.round(p * rng.pick([4, 5, 6]))
    const fte10 = f * 10 + pf
    const contractors = drawn(rng, 2, 8)
    const rev = drawn(rng, 200000000, 1200000000, 100000)
    return figure(rng, money($), {
      stem: `${cap(employer(rng))} earned revenue of ${money($)(rev)} last year with ${f} full-time and ${p} part-time employees, making ${(fte10 / 10).toFixed(1)} FTE, plus ${contractors} contractors. What was its revenue per FTE?`,
      in: { rev, fte10, f, p, contractors },
      key: Math.round((rev * 10) / fte10),
      wrong: [
        ['perHead', Math.round(rev / (f + p)), 'divides by headcount instead of FTE'],
        [
          'withContractors',
          Math.round((rev * 10) / (fte10 + 10 * contractors)),
          'adds the contractors to the FTE',
        ],
        ['fullTimers', Math.round(rev / f), 'divides by the full-time employees alone'],
        [
          'halfEach',
          Math.round((rev * 2) / (2 * f + p)),
          'counts each part-timer as half an FTE whatever their hours',
        ],
        [
          'lessContractors',
          Math.round((rev * 10) / (fte10 - 10 * contractors)),
          'subtracts the contractors from the FTE',
        ],
        [
          'perHeadAll',
          Math.round(rev / (f + p + contractors)),
          'divides by every worker, employees and contractors',
        ],
      ],
    })
  }),
  family('average-time-to-fill-leaving-out-a-cancelled-req', (rng) => {
    const ds = Array.from({ length: 4 }, () => drawn(rng, 18, 70))
    const c = drawn(rng, 10, 90)
    if (new Set(ds).size < 4) throw new VariantError('repeated days')
    const sorted = [...ds].sort((a, b) => a - b)
    return figure(rng, unit('days', 1), {
      stem: `Last quarter ${employer(rng)} filled four roles in ${ds.join(', ')} days from approval to offer acceptance; a fifth requisition was cancelled after ${c} days unfilled. What is the average time to fill for the quarter?`,
      in: { c, d0: sorted[0]!, d1: sorted[1]!, d2: sorted[2]!, d3: sorted[3]! },
      key: ds.reduce((s, v) => s + v, 0) / 4,
      wrong: [
        [
          'withCancelled',
          (ds.reduce((s, v) => s + v, 0) + c) / 5,
          'counts the cancelled requisition',
        ],
        ['byFive', ds.reduce((s, v) => s + v, 0) / 5, 'divides by all five requisitions'],
        ['median', (sorted[1]! + sorted[2]!) / 2, 'gives the median instead of the mean'],
        ['range', (sorted[0]! + sorted[3]!) / 2, 'averages only the fastest and the slowest'],
      ],
    })
  }),
  ...METRIC_PRACTICES,
]
