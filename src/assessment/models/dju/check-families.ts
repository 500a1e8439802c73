import { VariantError } from '../assemble-variant.js'
import {
  change,
  DP2,
  div,
  frac,
  mul,
  n,
  onePlus,
  PCT1,
  pct,
  place,
  plain,
  power,
  sub,
  tenthPct,
  tenths,
  total,
  worked,
} from './dju-text.js'

// Checking claims and charts. Each stem gives the figures behind a published claim or chart and
// asks for the number a fact-checker needs; the slips are the ones in the claims themselves:
// bar heights read from a cut axis, "times more" for "times as many", cumulative totals read as
// a year's, rounded figures taken as exact, a share of the wrong total, an icon scaled twice.

const times2 = plain(2, 'times')

export const CHECK_FAMILIES = [
  worked('bar-height-ratio-on-a-truncated-axis', (rng) => {
    const s = rng.int(40, 90) * 10
    const a = s + rng.int(20, 200)
    const b = a + rng.int(20, 200)
    return {
      stem: `A bar chart of average rents starts its vertical axis at $${n(s)}, not zero. The bars show $${n(a)} for 2020 and $${n(b)} for 2025. How many times the 2020 bar’s height is the 2025 bar’s, as drawn, ${DP2}?`,
      show: times2,
      figures: { s, a, b },
      key: div(b - s, a - s),
      wrong: [
        [div(b, a), 'gives the ratio of the rents, not the bars'],
        [div(b - s, a), 'takes the axis start off one bar only'],
        [div(b - a, a - s), 'gives the 2025 bar’s excess over the 2020 bar'],
        [div(a - s, b - s), 'divides the 2020 bar by the 2025 bar'],
      ],
    }
  }),
  worked('lie-factor-of-a-truncated-chart', (rng) => {
    const s = rng.int(40, 90) * 10
    const a = s + rng.int(20, 200)
    const b = a + rng.int(20, 200)
    const shown = change(b - s, a - s)
    const real = change(b, a)
    return {
      stem: `A chart of a city’s rough sleepers starts its axis at ${n(s)}; its bars show ${n(a)} last year and ${n(b)} this year. Tufte’s lie factor is the change the bars show (as a share of the first bar) over the change in the data (as a share of the first value). What is it, ${DP2}?`,
      show: plain(2),
      figures: { s, a, b },
      key: div(shown, real),
      wrong: [
        [div(b - s, a - s), 'gives the ratio of the bar heights'],
        [div(real, shown), 'divides the data change by the drawn change'],
        [div(div(b - s, a - s), div(b, a)), 'divides the height ratio by the data ratio'],
        [shown, 'gives the change the bars show, not its ratio to the data’s'],
      ],
    }
  }),
  worked('one-in-n-from-a-count', (rng) => {
    const adults = rng.int(200, 900) * 1000 + rng.int(0, 999)
    const all = Math.round((adults * rng.int(118, 135)) / 100)
    const hh = Math.round((all * rng.int(38, 46)) / 100)
    const c = Math.round((adults * rng.int(30, 90)) / 1000)
    const e = Math.round((c * rng.int(20, 60)) / 100)
    return {
      stem: `${place(rng)} has ${n(all)} residents, ${n(adults)} of them adults, in ${n(hh)} households. ${n(c)} adults are diagnosed with diabetes and health officials estimate ${n(e)} more have it undiagnosed. A story wants “one in every N adults has diabetes”. What is N, ${'to the nearest whole number (a half rounded up)'}?`,
      show: plain(0),
      figures: { adults, all, hh, c, e },
      key: div(adults, c + e),
      wrong: [
        [div(adults, c), 'counts the diagnosed adults only'],
        [div(all, c + e), 'divides all residents by the count'],
        [div(hh, c + e), 'divides households by the count'],
        [div(all - adults, c + e), 'divides the number of children by the count'],
        [div(adults, e), 'counts the undiagnosed estimate only'],
      ],
    }
  }),
  worked('pie-slice-angle-from-counts', (rng) => {
    const c = [rng.int(200, 3000), rng.int(200, 3000), rng.int(200, 3000), rng.int(100, 1500)]
    const labels = ['buses', 'cars', 'bicycles', 'walking']
    const t = total(c)
    const i = rng.int(0, 3)
    return {
      stem: `A graphics desk draws a pie chart of how ${n(t)} commuters travel: ${labels.map((l, j) => `${l} ${n(c[j]!)}`).join(', ')}. What angle should the ${labels[i]} slice have, in degrees to one decimal place (a half rounded up)?`,
      show: plain(1, 'degrees'),
      figures: { c0: c[0]!, c1: c[1]!, c2: c[2]!, c3: c[3]!, i },
      key: div(mul(c[i]!, 360), t),
      wrong: [
        [div(mul(c[i]!, 100), t), 'draws the percentage as degrees'],
        [div(mul(c[i]!, 360), t - c[i]!), 'divides by the other commuters only'],
        [div(mul(c[i]!, 180), t), 'spreads the shares over a half circle'],
        [div(mul(c[i]!, 360), Math.max(...c)), 'sizes the slice against the largest group'],
        [div(mul(t - c[i]!, 360), t), 'gives the angle of the rest of the pie'],
      ],
    }
  }),
  worked('annual-figures-from-cumulative-totals', (rng) => {
    const y1 = rng.int(200, 900)
    const y2 = y1 + rng.int(-150, 300)
    const y3 = y2 + rng.int(15, 300)
    const [t1, t2, t3] = [y1, y1 + y2, y1 + y2 + y3]
    return {
      stem: `A report gives the cumulative number of electric buses a council has bought: ${n(t1)} by the end of 2022, ${n(t2)} by the end of 2023 and ${n(t3)} by the end of 2024. By what percent did the number bought in 2024 rise from the number bought in 2023, ${PCT1}?`,
      show: pct(),
      figures: { t1, t2, t3 },
      key: change(y3, y2),
      wrong: [
        [change(t3, t2), 'compares the cumulative totals'],
        [div(y3 - y2, t2), 'divides by the cumulative total to 2023'],
        [change(t3, y2), 'takes the cumulative total as 2024’s figure'],
        [div(y3 - y2, y3), 'divides by 2024’s figure'],
        [div(y3 - y2, t3), 'divides by the cumulative total to 2024'],
      ],
    }
  }),
  worked('change-over-five-years-not-from-a-low-year', (rng) => {
    const y = [rng.int(2000, 9000)]
    for (let i = 1; i < 5; i++) y.push(Math.round((y[i - 1]! * rng.int(800, 1150)) / 1000))
    // The latest year tops the series, so every reading of the change is a rise.
    y.push(Math.round((Math.max(...y) * rng.int(1030, 1250)) / 1000))
    const start = y[0]!
    const last = y[5]!
    const low = Math.min(...y.slice(0, 5))
    if (low === start) {
      throw new VariantError('the series gives no rise to check or no low year to pick')
    }
    const earlier = div(total(y.slice(0, 5)), 5)
    return {
      stem: `A campaign says burglaries in ${place(rng)} are up sharply. Police figures for 2019 to 2024 are ${y.map(n).join(', ')}. The desk reports the change over the five years from 2019 to 2024. What is it, ${PCT1}?`,
      show: pct(),
      figures: Object.fromEntries(y.map((x, i) => [`y${i}`, x])),
      key: change(last, start),
      wrong: [
        [change(last, low), 'measures from the lowest year, as the campaign did'],
        [change(last, y[4]!), 'gives the change on the previous year'],
        [change(last, earlier), 'measures from the average of the earlier years'],
        [change(last, y[1]!), 'starts a year late, from 2020'],
        [div(last - start, last), 'divides the rise by the 2024 figure'],
      ],
    }
  }),
  worked('share-left-unreported-in-a-table', (rng) => {
    const rows = [rng.int(800, 4000), rng.int(600, 3000), rng.int(300, 2000)]
    const missing = rng.int(100, 1500)
    const t = total(rows) + missing
    return {
      stem: `A council table of ${n(t)} planning applications lists ${n(rows[0]!)} approved, ${n(rows[1]!)} refused and ${n(rows[2]!)} withdrawn; the rest are not accounted for. What share of all applications is unaccounted for, ${PCT1}?`,
      show: pct(),
      figures: { r0: rows[0]!, r1: rows[1]!, r2: rows[2]!, t },
      key: div(missing, t),
      wrong: [
        [div(missing, total(rows)), 'divides by the listed rows’ sum'],
        [div(missing, rows[0]!), 'divides by the approvals'],
        [div(total(rows), t), 'gives the share that is accounted for'],
        [div(missing, rows[0]! + rows[1]!), 'divides by the decided (approved and refused) only'],
      ],
    }
  }),
  worked('largest-change-behind-rounded-figures', (rng) => {
    const a = rng.int(11, 40)
    const b = a + rng.int(1, 8)
    return {
      stem: `A story says visitors rose “from ${(a / 10).toFixed(1)} million to ${(b / 10).toFixed(1)} million”, both figures rounded to the nearest 0.1 million. What is the largest percent rise the true figures could show (take the bounds ± 0.05 million as reachable), ${PCT1}?`,
      show: pct(),
      figures: { a, b },
      key: change(2 * b + 1, 2 * a - 1),
      wrong: [
        [change(b, a), 'takes the rounded figures as exact'],
        [change(2 * b - 1, 2 * a + 1), 'gives the smallest possible rise'],
        [change(2 * b + 1, 2 * a + 1), 'takes both figures at their upper bounds'],
        [change(2 * b, 2 * a - 1), 'widens only the earlier figure'],
      ],
    }
  }),
  worked('icon-scaled-in-two-dimensions', (rng) => {
    const a = rng.int(30, 90)
    const b = a + rng.int(5, a - 5)
    return {
      stem: `An infographic shows ${a} thousand homes sold in 2014 and ${b} thousand in 2024 as house icons, scaling the 2024 icon’s height and width by ${b} ÷ ${a}. How many times the 2014 icon’s area is the 2024 icon’s, ${DP2}?`,
      show: times2,
      figures: { a, b },
      key: mul(div(b, a), div(b, a)),
      wrong: [
        [div(b, a), 'gives the data ratio, not the area'],
        [mul(div(b, a), 2), 'doubles the ratio for two dimensions'],
        [mul(div(b, a), div(b, a), div(b, a)), 'cubes the ratio as for a solid'],
        [sub(mul(div(b, a), div(b, a)), 1), 'gives how many times more, less one'],
        [sub(div(b, a), 1), 'gives the data ratio less one'],
      ],
    }
  }),
  worked('daily-average-between-two-cumulative-totals', (rng) => {
    const start = rng.int(1, 10)
    const days = rng.int(7, 20)
    const c1 = rng.int(2000, 60000)
    const c2 = c1 + rng.int(300, 6000)
    return {
      stem: `A dashboard shows ${n(c1)} cumulative cases at the end of ${start} March and ${n(c2)} at the end of ${start + days} March. What was the average number of new cases a day from ${start + 1} March to ${start + days} March inclusive, ${'to one decimal place (a half rounded up)'}?`,
      show: plain(1, 'a day'),
      figures: { c1, c2, days, start },
      key: div(c2 - c1, days),
      wrong: [
        [div(c2, days), 'divides the cumulative total by the days'],
        [div(c2 - c1, days + 1), 'counts both end days'],
        [div(c2 - c1, days - 1), 'counts the days as the last date less the first'],
        [div(c2, start + days), 'averages the cumulative total over the month to date'],
      ],
    }
  }),
  worked('annualised-monthly-change', (rng) => {
    const m = rng.int(2, 15)
    return {
      stem: `Consumer prices rose ${tenthPct(m)} in a single month. If that monthly rise continued for a year, compounding, what annual rate would it give, ${PCT1}?`,
      show: pct(),
      figures: { m },
      key: sub(power(onePlus(tenths(m)), 12), 1),
      wrong: [
        [mul(tenths(m), 12), 'multiplies the monthly rate by 12'],
        [tenths(m), 'gives the monthly rate'],
        [sub(power(onePlus(tenths(m)), 11), 1), 'compounds over 11 months'],
        [
          sub(power(onePlus(tenths(m)), 13), 1),
          'compounds over 13 months, counting both Januaries',
        ],
        [power(onePlus(tenths(m)), 12), 'gives the year’s growth factor, not the rate'],
      ],
    }
  }),
  worked('year-on-year-not-month-on-month', (rng) => {
    const last = [rng.int(3000, 9000)]
    for (let i = 1; i < 3; i++) last.push(last[i - 1]! + rng.int(50, 600))
    const now = [Math.round((last[0]! * rng.int(1020, 1250)) / 1000)]
    for (let i = 1; i < 3; i++) now.push(now[i - 1]! + rng.int(50, 600))
    if (now[2]! <= last[2]!) throw new VariantError('no annual rise')
    const months = ['January', 'February', 'March']
    return {
      stem: `Home sales were ${months.map((m, i) => `${n(last[i]!)} in ${m}`).join(', ')} last year and ${months.map((m, i) => `${n(now[i]!)} in ${m}`).join(', ')} this year, not seasonally adjusted. What is the annual (year-on-year) change in March’s sales, ${PCT1}?`,
      show: pct(),
      figures: { l0: last[0]!, l1: last[1]!, l2: last[2]!, n0: now[0]!, n1: now[1]!, n2: now[2]! },
      key: change(now[2]!, last[2]!),
      wrong: [
        [change(now[2]!, now[1]!), 'compares March with February'],
        [change(total(now), total(last)), 'compares the whole quarter'],
        [change(now[2]!, last[0]!), 'compares with last January'],
        [change(now[2]!, now[0]!), 'compares March with January this year'],
      ],
    }
  }),
  worked('crosstab-row-percentage', (rng) => {
    const wy = rng.int(150, 700)
    const wn = rng.int(150, 700)
    const my = rng.int(150, 700)
    const mn = rng.int(150, 700)
    return {
      stem: `A survey crosstab shows: women — ${n(wy)} support, ${n(wn)} oppose; men — ${n(my)} support, ${n(mn)} oppose. What percentage of women support the policy, ${PCT1}?`,
      show: pct(),
      figures: { wy, wn, my, mn },
      key: div(wy, wy + wn),
      wrong: [
        [div(wy, wy + my), 'gives women’s share of supporters'],
        [div(wy, wy + wn + my + mn), 'divides by all respondents'],
        [div(wy, wn), 'divides supporters by opponents'],
        [div(my, my + mn), 'reads the men’s row'],
        [div(wn, wy + wn), 'gives the share of women who oppose'],
      ],
    }
  }),
  worked('percent-fall-behind-a-times-lower-claim', (rng) => {
    const x = rng.int(400, 9000)
    const y = Math.round(x / (rng.int(15, 60) / 10))
    return {
      stem: `A campaign says air pollution alerts are now “several times lower”: ${n(x)} a decade ago and ${n(y)} last year. By what percent did alerts fall, ${PCT1}?`,
      show: pct(),
      figures: { x, y },
      key: div(x - y, x),
      wrong: [
        [div(x - y, y), 'divides the fall by the new figure'],
        [div(y, x), 'gives last year as a share of the decade-ago figure'],
        [div(x, y), 'gives the times-lower ratio as a percent'],
        [div(mul(2, x - y), x + y), 'divides the fall by the mean of the two years'],
        [div(x - y, mul(x, 10)), 'spreads the decade’s fall evenly over ten years'],
        [sub(1, div(1, Math.round(x / y))), 'rounds the times-lower ratio to a whole number first'],
      ],
    }
  }),
  worked('share-using-either-of-two-overlapping-services', (rng) => {
    const a = rng.int(20, 60)
    const b = rng.int(15, 50)
    const both = rng.int(5, Math.min(a, b) - 2)
    return {
      stem: `A survey finds ${a}% of adults read the local paper in print, ${b}% read it online and ${both}% do both. A press release says “${a + b}% of adults read the paper”. What share reads it in at least one form, as a whole percentage (a half rounded up)?`,
      show: (x) => `${plain(0)(x)}%`,
      figures: { a, b, both },
      key: frac(a + b - both),
      wrong: [
        [frac(a + b), 'adds the two shares and counts the overlap twice'],
        [frac(a + b - 2 * both), 'gives those using exactly one'],
        [frac(Math.max(a, b)), 'takes the larger share alone'],
        [frac(100 - (a + b - both)), 'gives the share using neither'],
        [
          sub(a + b, div(a * b, 100)),
          'assumes the two are independent and ignores the stated overlap',
        ],
      ],
    }
  }),
  worked('implied-base-of-a-share-claim', (rng) => {
    const x = rng.int(1200, 90000)
    const p = rng.int(30, 450)
    return {
      stem: `A minister says ${n(x)} apprentices, “${tenthPct(p)} of all trainees”, finished their course last year. How many trainees does that imply, ${'to the nearest whole trainee (a half rounded up)'}?`,
      show: plain(0, 'trainees'),
      figures: { x, p },
      key: div(x, tenths(p)),
      wrong: [
        [mul(x, tenths(p)), 'multiplies by the share instead of dividing'],
        [div(x, tenths(1000 - p)), 'divides by the share that are not apprentices'],
        [div(x, frac(p, 100)), 'reads the share a place of ten too high'],
        [div(x, frac(p, 10000)), 'reads the share a place of ten too low'],
      ],
    }
  }),
]
