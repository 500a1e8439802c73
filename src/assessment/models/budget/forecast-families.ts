import { cap, family, firm, money, month, share, whole } from './budget-text.js'

// Rolling forecasts and reforecasting: outturn from year-to-date actuals, run rates and trends,
// rolling twelve-month totals, incremental and zero-based lines, and headcount costing.

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

export const FORECAST_FAMILIES = [
  family('outturn-ytd-plus-remaining-budget', (rng) => {
    const m = money(rng)
    const k = rng.int(4, 9)
    const phased = Array.from({ length: 12 }, () => whole(rng, 30, 90) * 100)
    const budget = sum(phased)
    const ytdB = sum(phased.slice(0, k))
    const ytdA = ytdB + whole(rng, -40, 60) * 100 + 1700
    const rest = budget - ytdB
    return {
      stem: `${cap(firm(rng))}'s annual revenue budget is ${m(budget)}, phased by month. After ${k} months actual revenue is ${m(ytdA)} against a year-to-date budget of ${m(ytdB)}. The forecast policy is year-to-date actual plus the budget for the remaining months. What is the full-year outturn?`,
      key: m(ytdA + rest),
      wrong: [
        [m(share(ytdA, 12, k)), 'annualises the year-to-date actual (run rate)'],
        [m(ytdA + share(budget, 12 - k, 12)), 'spreads the remaining budget evenly'],
        [m(ytdA + budget), 'adds the full-year budget to actuals'],
        [m(budget), 'keeps the original budget'],
        [
          m(share(rest, ytdA, ytdB) + ytdA),
          'scales the remaining budget by year-to-date performance',
        ],
      ],
      figures: { k, budget, ytdB, ytdA },
    }
  }),
  family('run-rate-from-last-quarter', (rng) => {
    const m = money(rng)
    const k = rng.int(6, 9)
    const act = Array.from(
      { length: k },
      (_, i) => whole(rng, 40, 60) * 100 + i * whole(rng, 1, 5) * 100,
    )
    const ytd = sum(act)
    const last3 = sum(act.slice(-3))
    return {
      stem: `${cap(firm(rng))}'s monthly costs for the first ${k} months were ${act.map(m).join(', ')}. The forecast for each remaining month is the average of the last three months (rounded to the cent). What is the full-year forecast?`,
      key: m(ytd + (12 - k) * share(last3, 1, 3)),
      wrong: [
        [m(share(ytd, 12, k)), 'uses the year-to-date average as the run rate'],
        [m(ytd + (12 - k) * act[k - 1]!), 'uses the last month alone as the run rate'],
        [m(12 * share(last3, 1, 3)), 'applies the run rate to all twelve months'],
        [m(ytd + (12 - k - 1) * share(last3, 1, 3)), 'leaves one remaining month out'],
        [m(ytd + (12 - k + 1) * share(last3, 1, 3)), 'counts one remaining month too many'],
        [m(ytd + (12 - k) * share(sum(act.slice(0, 3)), 1, 3)), 'averages the first three months'],
      ],
      figures: { k, ...Object.fromEntries(act.map((a, i) => [`a${i}`, a])) },
    }
  }),
  family('trend-forecast-average-change', (rng) => {
    const m = money(rng)
    const base = whole(rng, 200, 500) * 100
    const steps = [0, 1, 2, 3].map(() => whole(rng, 2, 30) * 100)
    const vals = [base]
    for (const s of steps) vals.push(vals[vals.length - 1]! + s)
    const last = vals[4]!
    const avg = share(last - base, 1, 4)
    const ahead = rng.int(2, 4)
    return {
      stem: `${cap(firm(rng))}'s sales for the last five months were ${vals.map(m).join(', ')}. Forecast by trend: the average monthly change over the period (rounded to the cent) added to the latest month once for each month ahead. What is the forecast ${ahead} months after the latest month?`,
      key: m(last + ahead * avg),
      wrong: [
        [
          m(last + ahead * share(last - base, 1, 5)),
          'divides the change by five months, not four gaps',
        ],
        [m(last + avg), 'adds the trend for one month only'],
        [m(share(sum(vals), 1, 5)), 'uses the five-month average'],
        [m(last + ahead * steps[3]!), 'projects the latest single change'],
        [m(last), 'holds the latest month flat'],
      ],
      figures: { base, s0: steps[0]!, s1: steps[1]!, s2: steps[2]!, s3: steps[3]!, ahead },
    }
  }),
  family('rolling-twelve-month-total', (rng) => {
    const m = money(rng)
    const total = whole(rng, 3000, 9000) * 100
    const dropped = whole(rng, 150, 800) * 100
    const added = whole(rng, 150, 800) * 100
    const prev = whole(rng, 150, 800) * 100
    const mo = rng.int(1, 12)
    return {
      stem: `${cap(firm(rng))}'s rolling twelve-month revenue to the end of ${month(mo - 1)} was ${m(total)}. ${month(mo)} this year brought ${m(added)}; ${month(mo)} last year brought ${m(dropped)} and ${month(mo - 1)} last year ${m(prev)}. What is the rolling twelve-month total to the end of ${month(mo)}?`,
      key: m(total + added - dropped),
      wrong: [
        [m(total + added), 'adds the new month without dropping the old one'],
        [m(total + added - prev), 'drops the wrong month of last year'],
        [m(total - added + dropped), 'drops the new month and adds the old one'],
        [
          m(share(total, 1, 12) * 12 + added - dropped - share(total, 1, 12)),
          'drops an average month instead',
        ],
      ],
      figures: { total, dropped, added, prev },
    }
  }),
  family('new-hire-cost-from-start-month', (rng) => {
    const m = money(rng)
    const sal = whole(rng, 24, 70) * 1000
    const start = rng.int(3, 11)
    const on = rng.pick([15, 18, 20, 22, 25])
    const monthly = share(sal, 1, 12)
    const months = 13 - start
    return {
      stem: `${cap(firm(rng))}'s financial year runs January to December. A new hire on ${m(sal)} a year starts on 1 ${month(start)}. Employer on-costs (social security and pension) are budgeted at ${on}% of salary. Monthly salary is rounded to the cent and on-costs to the cent each month. What should this year's budget show for the hire?`,
      key: m(months * (monthly + share(monthly, on, 100))),
      wrong: [
        [m(months * monthly), 'leaves the on-costs out'],
        [m(12 * (monthly + share(monthly, on, 100))), 'costs a full year'],
        [
          m((months - 1) * (monthly + share(monthly, on, 100))),
          'counts months after the start month only',
        ],
        [m((months + 1) * (monthly + share(monthly, on, 100))), 'counts one month too many'],
        [m(months * monthly + share(sal, on, 100)), 'adds a full year of on-costs'],
      ],
      figures: { sal, start, on },
    }
  }),
  family('salary-cost-with-pay-rise', (rng) => {
    const m = money(rng)
    const sal = whole(rng, 24, 70) * 1000
    const r = rng.pick([3, 4, 5, 6])
    const from = rng.int(3, 10)
    const mo = share(sal, 1, 12)
    const up = mo + share(mo, r, 100)
    const cost = (f: number) => (f - 1) * mo + (13 - f) * up
    return {
      stem: `${cap(firm(rng))} budgets a salary of ${m(sal)} a year (monthly pay rounded to the cent) for a January-December year, with a ${r}% rise on that monthly pay (the new monthly pay rounded to the cent) from 1 ${month(from)}. What is the year's salary budget?`,
      key: m(cost(from)),
      wrong: [
        [m(12 * up), 'applies the rise all year'],
        [m(12 * mo), 'leaves the rise out'],
        [m(cost(from + 1)), 'starts the rise a month late'],
        [m(cost(from - 1)), 'starts the rise a month early'],
        [m(12 * mo + share(sal, r, 100)), 'adds a full year of the rise'],
      ],
      figures: { sal, r, from },
    }
  }),
  family('incremental-budget-line', (rng) => {
    const m = money(rng)
    const prevBudget = whole(rng, 40, 200) * 100
    const prevActual = prevBudget + whole(rng, -30, 30) * 100 + 500
    const inf = rng.pick([2, 3, 4, 5])
    const add = whole(rng, 5, 40) * 100
    const drop = whole(rng, 3, 20) * 100
    const base = prevBudget + share(prevBudget, inf, 100)
    return {
      stem: `${cap(firm(rng))} sets its IT budget incrementally: last year's budget (${m(prevBudget)}; actual spend was ${m(prevActual)}) plus ${inf}% inflation (rounded to the cent), plus a new licence at ${m(add)} and less a contract ending at ${m(drop)}, both at this year's prices. What is this year's IT budget?`,
      key: m(base + add - drop),
      wrong: [
        [
          m(prevActual + share(prevActual, inf, 100) + add - drop),
          'uplifts last year’s actual, not its budget',
        ],
        [m(base + add), 'keeps the contract that ends'],
        [
          m(prevBudget + share(prevBudget + add - drop, inf, 100) + add - drop),
          'applies inflation to the changes again',
        ],
        [m(prevBudget + add - drop), 'leaves inflation out'],
        [m(prevActual + add - drop), 'starts from last year’s actual with no inflation'],
        [m(base - add + drop), 'subtracts the new licence and adds the ended contract'],
      ],
      figures: { prevBudget, prevActual, inf, add, drop },
    }
  }),
  family('zero-based-line-build', (rng) => {
    const m = money(rng)
    const trips = rng.int(6, 30)
    const trip = whole(rng, 150, 600)
    const seats = rng.int(3, 15)
    const seat = whole(rng, 10, 60)
    const events = rng.int(1, 4)
    const ev = whole(rng, 800, 3000)
    const lastYear = whole(rng, 150, 400) * 100
    return {
      stem: `${cap(firm(rng))} builds its sales-support budget from zero: ${trips} client trips at ${m(trip)} each, ${seats} CRM seats at ${m(seat)} a month for twelve months, and ${events} trade show${events > 1 ? 's' : ''} at ${m(ev)} each. Last year's spend was ${m(lastYear)}. What is the zero-based budget?`,
      key: m(trips * trip + seats * seat * 12 + events * ev),
      wrong: [
        [m(trips * trip + seats * seat + events * ev), 'budgets the CRM seats for one month'],
        [m(lastYear), 'keeps last year’s spend'],
        [
          m(lastYear + trips * trip + seats * seat * 12 + events * ev),
          'adds the build to last year’s spend',
        ],
        [m(trips * trip + seat * 12 + events * ev), 'budgets one CRM seat'],
        [m(trips * trip + seats * seat * 12), 'leaves the trade shows out'],
      ],
      figures: { trips, trip, seats, seat, events, ev, lastYear },
    }
  }),
  family('reforecast-remaining-by-ytd-ratio', (rng) => {
    const m = money(rng)
    const k = rng.int(3, 9)
    const budget = whole(rng, 120, 600) * 1000
    const ytdB = share(budget, k, 12)
    const pct = rng.pick([80, 85, 88, 90, 92, 95, 97, 103, 105, 108, 110, 112, 115, 120])
    const ytdA = share(ytdB, pct, 100)
    const rest = budget - ytdB
    return {
      stem: `${cap(firm(rng))} budgeted ${m(budget)} of sales for the year, ${m(ytdB)} of it in the first ${k} months, when actual sales were ${m(ytdA)}. It reforecasts by scaling the remaining months' budget by year-to-date actual ÷ year-to-date budget (the ratio unrounded, the scaled amount rounded to the cent) and adding the year-to-date actual. What is the reforecast for the year?`,
      key: m(ytdA + share(rest, ytdA, ytdB)),
      wrong: [
        [m(ytdA + rest), 'leaves the remaining budget unscaled'],
        [m(ytdA + share(rest, ytdB, ytdA)), 'scales by budget over actual, upside down'],
        [m(share(budget, ytdA, ytdB)), 'scales the whole-year budget'],
        [m(ytdA + share(budget, ytdA, ytdB)), 'adds the scaled whole-year budget to actuals'],
      ],
      figures: { k, budget, ytdB, ytdA },
    }
  }),
  family('compound-monthly-growth-forecast', (rng) => {
    const m = money(rng)
    const base = whole(rng, 100, 900) * 100
    const g = rng.pick([2, 3, 4, 5, 6])
    const k = rng.int(3, 6)
    const grow = (n: number) => share(base * (100 + g) ** n, 1, 100 ** n)
    return {
      stem: `${cap(firm(rng))}'s subscription revenue is ${m(base)} this month and is forecast to grow ${g}% a month, compounding. What is the forecast for ${k} months from now, computed exactly and rounded to the cent once at the end?`,
      key: m(grow(k)),
      wrong: [
        [m(base + share(base, g * k, 100)), 'adds simple, not compound, growth'],
        [m(grow(k - 1)), 'compounds one month too few'],
        [m(grow(k + 1)), 'compounds one month too many'],
        [m(base + share(base, g, 100)), 'applies one month’s growth only'],
      ],
      figures: { base, g, k },
    }
  }),
  family('full-year-from-seasonal-share', (rng) => {
    const m = money(rng)
    const k = rng.int(3, 8)
    const s = rng.int(15, 60)
    const ytd = whole(rng, 100, 800) * 100
    return {
      stem: `${cap(firm(rng))}'s first ${k} months usually bring ${s}% of a year's sales. This year those months brought ${m(ytd)}. Forecast the full year on that seasonal pattern (rounded to the cent).`,
      key: m(share(ytd, 100, s)),
      wrong: [
        [m(share(ytd, 12, k)), 'annualises by months, ignoring seasonality'],
        [m(ytd + share(ytd, 100 - s, 100)), 'adds the remaining share of the year-to-date figure'],
        [m(share(ytd, 100, 100 - s)), 'divides by the share still to come'],
        [m(share(ytd, 100 + s, 100)), 'adds the seasonal percentage to actuals'],
        [m(share(ytd, 100, s) - ytd), 'gives the rest of the year only'],
      ],
      figures: { k, s, ytd },
    }
  }),
  family('part-time-fte-cost', (rng) => {
    const m = money(rng)
    const full = rng.pick([35, 37, 40])
    const hrs = [0, 1, 2].map(() => rng.int(10, full - 5))
    const sal = whole(rng, 22, 40) * 1000
    const fte = sum(hrs)
    return {
      stem: `${cap(firm(rng))}'s full-time week is ${full} hours, paid ${m(sal)} a year. It budgets three part-time administrators working ${hrs.join(', ')} hours a week, paid pro rata. What is their combined annual salary budget (rounded to the cent)?`,
      key: m(share(sal, fte, full)),
      wrong: [
        [m(3 * sal), 'budgets each part-timer as full-time'],
        [m(share(sal, fte, 40)), 'prorates on a 40-hour week'],
        [m(share(sal, fte, 3 * full)), 'prorates the three together as one post'],
        [m(share(sal, 3 * full - fte, full)), 'budgets the hours not worked'],
        [m(share(sal, full, fte) * 3), 'divides the other way'],
      ],
      figures: { full, h1: hrs[0]!, h2: hrs[1]!, h3: hrs[2]!, sal },
    }
  }),
  family('employer-ni-above-threshold', (rng) => {
    const m = money(rng)
    const sal = whole(rng, 24, 90) * 1000
    const th = whole(rng, 750, 800)
    const rate = rng.pick([138, 150])
    const pen = rng.pick([3, 5, 6])
    const mo = share(sal, 1, 12)
    const ni = share(mo - th, rate, 1000)
    return {
      stem: `${cap(firm(rng))} budgets an employee on ${m(sal)} a year (monthly pay rounded to the cent). As stated by the client, employer's NI is ${(rate / 10).toFixed(1)}% of monthly pay above ${m(th)} a month and employer pension is ${pen}% of monthly pay, each rounded to the cent. What is the total monthly employment cost?`,
      key: m(mo + ni + share(mo, pen, 100)),
      wrong: [
        [m(mo + share(mo, rate, 1000) + share(mo, pen, 100)), 'charges NI on the whole salary'],
        [m(mo + share(mo, pen, 100)), 'leaves employer’s NI out'],
        [m(mo + ni), 'leaves the pension out'],
        [m(mo + share(th, rate, 1000) + share(mo, pen, 100)), 'charges NI on the threshold amount'],
        [m(mo + ni + share(mo - th, pen, 100)), 'applies the NI threshold to pension too'],
      ],
      figures: { sal, th, rate, pen },
    }
  }),
  family('three-month-moving-average', (rng) => {
    const m = money(rng)
    const v = Array.from({ length: 6 }, () => whole(rng, 100, 400) * 100)
    return {
      stem: `${cap(firm(rng))}'s orders for January to June were ${v.map(m).join(', ')}. July is forecast as the average of the latest three months (rounded to the cent). What is the July forecast?`,
      key: m(share(v[3]! + v[4]! + v[5]!, 1, 3)),
      wrong: [
        [m(share(sum(v), 1, 6)), 'averages all six months'],
        [m(share(v[0]! + v[1]! + v[2]!, 1, 3)), 'averages the first three months'],
        [m(share(v[2]! + v[3]! + v[4]!, 1, 3)), 'takes the window a month early'],
        [m(share(v[3]! + 2 * v[4]! + 3 * v[5]!, 1, 6)), 'weights the latest months more'],
        [m(v[5]!), 'repeats June'],
      ],
      figures: Object.fromEntries(v.map((x, i) => [`v${i}`, x])),
    }
  }),
  family('exponential-smoothing-update', (rng) => {
    const m = money(rng)
    const f = whole(rng, 100, 600) * 100
    const a = f + whole(rng, -150, 150) * 100 + 1300
    const al = rng.pick([10, 20, 25, 30, 40])
    return {
      stem: `${cap(firm(rng))} forecast ${m(f)} of sales for May; actual May sales were ${m(a)}. It uses exponential smoothing with α = ${(al / 100).toFixed(2)}: the new forecast is the old forecast plus α times the forecast error (rounded to the cent). What is the June forecast?`,
      key: m(f + share(a - f, al, 100)),
      wrong: [
        [m(f + share(f - a, al, 100)), 'takes the error as forecast less actual'],
        [m(f), 'keeps the old forecast'],
        [m(f + share(a - f, 100 - al, 100)), 'uses 1 − α as the smoothing weight'],
        [m(a), 'repeats the actual'],
        [m(a + share(a - f, al, 100)), 'adds α times the error to the actual'],
        [m(f - share(a - f, 100 - al, 100)), 'uses 1 − α and takes the error the wrong way'],
      ],
      figures: { f, a, al },
    }
  }),
  family('outturn-with-known-one-off', (rng) => {
    const m = money(rng)
    const k = rng.int(6, 9)
    const oneOff = whole(rng, 50, 200) * 100
    const underlying = whole(rng, 300, 700) * 100
    const ytd = underlying * k + oneOff + whole(rng, 1, 9) * 12 * k
    return {
      stem: `${cap(firm(rng))}'s costs for the first ${k} months were ${m(ytd)}, including a one-off legal fee of ${m(oneOff)} that will not recur. Forecast the full year as the year-to-date total plus the underlying monthly run rate (year-to-date less the one-off, divided by ${k}, rounded to the cent) for each remaining month.`,
      key: m(ytd + (12 - k) * share(ytd - oneOff, 1, k)),
      wrong: [
        [m(share(ytd, 12, k)), 'annualises including the one-off'],
        [m(share(ytd - oneOff, 12, k)), 'leaves the one-off out of the year'],
        [m(ytd + (12 - k) * share(ytd - oneOff, 1, k) + oneOff), 'counts the one-off twice'],
        [m((12 - k) * share(ytd - oneOff, 1, k)), 'gives the remaining months only'],
        [
          m(ytd + 12 * share(ytd - oneOff, 1, k)),
          'adds a full year at the run rate to year-to-date',
        ],
      ],
      figures: { k, oneOff, ytd },
    }
  }),
  family('forecast-error-percent', (rng) => {
    const f = whole(rng, 200, 900) * 100
    const a = f + whole(rng, -120, 120) * 100 + 700
    const m = money(rng)
    const pct = (n: number, d: number) => `${(share(n, 10000, d) / 100).toFixed(2)}%`
    return {
      stem: `${cap(firm(rng))} forecast quarterly revenue of ${m(f)}; actual was ${m(a)}. The FP&A pack reports forecast error as (actual − forecast) ÷ actual, to two decimal places, negative when the forecast was too high. What error should it report?`,
      key: pct(a - f, a),
      wrong: [
        [pct(a - f, f), 'divides by the forecast, not the actual'],
        [pct(f - a, a), 'reverses the sign'],
        [pct(f - a, f), 'divides by the forecast and reverses the sign'],
        [pct(2 * (a - f), a + f), 'divides by the average of actual and forecast'],
      ],
      figures: { f, a },
    }
  }),
]
