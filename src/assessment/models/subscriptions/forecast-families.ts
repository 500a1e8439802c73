import {
  Company,
  company,
  count,
  family,
  figures,
  months,
  purse,
  rate,
  rate1,
  ratio,
} from './subs-text.js'

// Reporting and forecasting: the MRR bridge solved for a missing movement, the quick ratio,
// compounded monthly growth, forecasts under a stated churn and growth, run-rate, the rule of
// 40 and the burn multiple. Forecast stems state the order of the month's steps (churn on the
// opening balance, then additions), since the answer depends on it.

/** Customers after `k` months when the month's joiners are churned with the opening count. */
function sameMonthCount(start: number, adds: number, c: number, k: number): number {
  let n = start
  for (let i = 0; i < k; i++) n = (n + adds) * (1 - c)
  return n
}

/** Whole months: `14 months`. */
const wholeMonths = (v: number): string => `${count(v)} months`

export const FORECAST_FAMILIES = [
  family('quick-ratio', (rng) => {
    const m = purse(rng)
    const [n, r, e, c, ch] = [
      rng.int(40, 200),
      rng.int(4, 30),
      rng.int(10, 90),
      rng.int(5, 40),
      rng.int(20, 100),
    ].map((x) => x * 50) as [number, number, number, number, number]
    return figures(rng, ratio, {
      stem: `${Company(rng)}'s month: new MRR ${m(n)}, reactivation ${m(r)}, expansion ${m(e)}, contraction ${m(c)}, churned ${m(ch)}. The SaaS quick ratio is (new + reactivation + expansion) ÷ (churned + contraction). What is it?`,
      in: { n, r, e, c, ch },
      key: (n + r + e) / (ch + c),
      wrong: [
        ['omits-reactivation', (n + e) / (ch + c), 'leaves reactivation out'],
        ['inverted', (ch + c) / (n + r + e), 'divides losses by gains'],
        ['ignores-contraction', (n + r + e) / ch, 'leaves contraction out of the losses'],
        ['new-over-churn', n / ch, 'takes new over churned MRR only'],
        ['contraction-as-gain', (n + r + e + c) / ch, 'counts contraction as a gain'],
      ],
    })
  }),
  family('mrr-forecast-churn-and-adds', (rng) => {
    const m = purse(rng)
    const start = rng.int(200, 1000) * 100
    const adds = rng.int(20, 120) * 50
    const c = rng.int(15, 50) / 1000
    const k = rng.int(3, 9)
    let mrr = start
    for (let i = 0; i < k; i++) mrr = mrr * (1 - c) + adds
    let sameMonth = start
    for (let i = 0; i < k; i++) sameMonth = (sameMonth + adds) * (1 - c)
    return figures(rng, m, {
      stem: `${Company(rng)} has ${m(start)} MRR today. Each month it loses ${rate1(c)} of the MRR it opened the month with, then adds ${m(adds)} of new MRR. What MRR does that forecast give after ${k} months?`,
      in: { start, adds, c, k },
      key: mrr,
      wrong: [
        ['ignores-churn', start + k * adds, 'leaves churn out'],
        ['churn-on-start-only', start * (1 - c) ** k + k * adds, 'churns only the opening MRR'],
        [
          'linear-churn',
          start * (1 - k * c) + k * adds,
          'takes the same churn from the starting MRR each month',
        ],
        ['churns-new-same-month', sameMonth, 'churns the new MRR in the month it is added'],
        ['churn-on-adds-only', start + k * adds * (1 - c), 'churns only the new MRR'],
        ['no-adds', start * (1 - c) ** k, 'leaves the new MRR out'],
      ],
    })
  }),
  family('compound-monthly-growth-rate', (rng) => {
    const m = purse(rng)
    const start = rng.int(100, 600) * 100
    const n = rng.pick([6, 9, 12])
    const end = Math.round((start * (1 + rng.int(15, 60) / 1000) ** n) / 100) * 100
    return figures(rng, rate, {
      stem: `${Company(rng)}'s MRR was ${m(start)} at the end of January and ${m(end)} ${n} months later. What is its compound monthly growth rate (CMGR) over those ${n} months?`,
      in: { start, end, n },
      key: (end / start) ** (1 / n) - 1,
      wrong: [
        ['simple-average', (end / start - 1) / n, 'divides total growth by the months'],
        [
          'one-period-more',
          (end / start) ** (1 / (n + 1)) - 1,
          'counts the starting month as a period',
        ],
        ['total-growth', end / start - 1, 'gives total growth'],
        ['log-growth', Math.log(end / start) / n, 'takes the log growth per month'],
        ['one-period-less', (end / start) ** (1 / (n - 1)) - 1, 'counts one period too few'],
      ],
    })
  }),
  family('months-to-mrr-target', (rng) => {
    const m = purse(rng)
    const start = rng.int(100, 500) * 100
    const g = rng.int(20, 80) / 1000
    const target = Math.round((start * rng.int(15, 40)) / 10 / 1000) * 1000
    const exact = Math.log(target / start) / Math.log(1 + g)
    return figures(rng, wholeMonths, {
      stem: `${Company(rng)} has ${m(start)} MRR growing ${rate1(g)} a month, compounding. After how many whole months will MRR first reach ${m(target)}?`,
      in: { start, g, target },
      key: Math.ceil(exact),
      wrong: [
        [
          'linear',
          Math.ceil((target - start) / (start * g)),
          'adds the first month’s growth each month',
        ],
        ['rounds-down', Math.floor(exact), 'rounds down, leaving MRR short of the target'],
        [
          'rate-as-annual',
          Math.ceil(exact * 12),
          'treats the rate as annual and converts years to months',
        ],
        ['years-as-months', Math.ceil(exact / 12), 'gives the answer in years'],
        [
          'share-of-target',
          Math.ceil((target - start) / (target * g)),
          'grows by a share of the target each month',
        ],
      ],
    })
  }),
  family('steady-state-customers', (rng) => {
    const adds = rng.int(20, 300)
    const c = rng.int(15, 60) / 1000
    return figures(rng, count, {
      stem: `${Company(rng)} adds ${adds} new customers every month and loses ${rate1(c)} of its customers each month. If both stay constant, at what customer count does it level off (where losses equal additions), to the nearest customer?`,
      in: { adds, c },
      key: adds / c,
      wrong: [
        ['annual-churn', adds / (12 * c), 'divides by 12 times the monthly churn'],
        ['annual-adds', (12 * adds) / c, 'uses a year of additions'],
        ['one-year', 12 * adds * (1 - c), 'gives one year of additions after churn'],
        ['retention-base', adds / (1 - c), 'divides by retention, not churn'],
        [
          'annual-compounded',
          (12 * adds) / (1 - (1 - c) ** 12),
          'works in years: a year’s additions over the compounded annual churn',
        ],
      ],
    })
  }),
  family('arr-year-on-year-growth', (rng) => {
    const m = purse(rng)
    const then = rng.int(500, 3000) * 1000
    const now = Math.round((then * rng.int(110, 220)) / 100 / 1000) * 1000
    return figures(rng, rate, {
      stem: `${Company(rng)}'s ARR was ${m(then)} a year ago and is ${m(now)} today. What is year-on-year ARR growth?`,
      in: { then, now },
      key: (now - then) / then,
      wrong: [
        ['current-base', (now - then) / now, 'divides by today’s ARR'],
        ['ratio', now / then, 'gives the ratio, not the growth'],
        ['monthly', (now / then) ** (1 / 12) - 1, 'gives the monthly compound rate'],
        ['over-twelve', (now - then) / then / 12, 'divides the growth by 12'],
        ['share-of-now', then / now, 'divides last year’s ARR by today’s'],
      ],
    })
  }),
  family('arr-run-rate', (rng) => {
    const m = purse(rng)
    const mrr = rng.int(200, 1500) * 100
    const ytdMonths = rng.int(4, 10)
    const ytd = Math.round((mrr * ytdMonths * rng.int(70, 90)) / 100 / 100) * 100
    const services = rng.int(5, 40) * 1000
    return figures(rng, m, {
      stem: `${Company(rng)}'s MRR at the end of its ${ytdMonths}th month of the year is ${m(mrr)}. Subscription revenue recognised so far this year is ${m(ytd)}, and it also earned ${m(services)} from one-off consulting. ARR run-rate is the latest month-end MRR × 12, subscriptions only. What is the ARR run-rate?`,
      in: { mrr, ytdMonths, ytd, services },
      key: mrr * 12,
      wrong: [
        ['average-month', (ytd / ytdMonths) * 12, 'annualises the average month so far'],
        ['ytd', ytd, 'gives revenue recognised so far'],
        ['adds-services', mrr * 12 + services, 'adds the consulting revenue'],
        [
          'ytd-plus-rest',
          ytd + mrr * (12 - ytdMonths),
          'adds the rest of the year at today’s MRR to revenue so far',
        ],
        ['thirteen-months', mrr * 12 + ytd / ytdMonths, 'adds the average month on top'],
      ],
    })
  }),
  family('rule-of-40', (rng) => {
    const m = purse(rng)
    const prev = rng.int(200, 2000) * 1000
    const now = Math.round((prev * rng.int(105, 180)) / 100 / 1000) * 1000
    const margin = rng.int(-30, 25) / 100
    const ebitda = Math.round((now * margin) / 1000) * 1000
    return figures(rng, rate, {
      stem: `${Company(rng)}'s revenue grew from ${m(prev)} to ${m(now)} this year, with EBITDA of ${ebitda < 0 ? `${m(-ebitda)} loss` : m(ebitda)}. Its Rule of 40 score is revenue growth plus EBITDA margin (EBITDA over this year's revenue), both in percent. What is the score?`,
      in: { prev, now, ebitda },
      key: (now - prev) / prev + ebitda / now,
      signed: true,
      wrong: [
        ['growth-only', (now - prev) / prev, 'leaves the margin out'],
        [
          'margin-on-last-year',
          (now - prev) / prev + ebitda / prev,
          'takes the margin over last year’s revenue',
        ],
        [
          'growth-on-current',
          (now - prev) / now + ebitda / now,
          'takes growth over this year’s revenue',
        ],
        ['margin-subtracted', (now - prev) / prev - ebitda / now, 'subtracts the margin'],
        ['margin-only', ebitda / now, 'leaves growth out'],
      ],
    })
  }),
  family('burn-multiple', (rng) => {
    const m = purse(rng)
    const burn = rng.int(200, 2000) * 1000
    const gross = burn + rng.int(200, 1500) * 1000
    const newArr = rng.int(300, 2500) * 1000
    const lostArr = Math.round((newArr * rng.int(10, 40)) / 100 / 1000) * 1000
    const endArr = rng.int(3, 12) * newArr
    return figures(rng, ratio, {
      stem: `Over the year ${company(rng)} spent ${m(gross)} in total (gross burn) and its cash fell by ${m(burn)} (net burn). It booked ${m(newArr)} of new and expansion ARR and lost ${m(lostArr)} to churn and contraction, ending on ${m(endArr)} ARR. The burn multiple is net burn ÷ net new ARR. What is it?`,
      in: { burn, gross, newArr, lostArr, endArr },
      key: burn / (newArr - lostArr),
      wrong: [
        ['inverted', (newArr - lostArr) / burn, 'divides net new ARR by burn'],
        ['gross-burn', gross / (newArr - lostArr), 'uses gross burn'],
        ['gross-arr', burn / newArr, 'ignores the ARR lost'],
        ['ending-arr', burn / endArr, 'divides by ending ARR'],
        ['gross-both', gross / newArr, 'uses gross burn and gross new ARR'],
      ],
    })
  }),
  family('expansion-needed-for-nrr', (rng) => {
    const m = purse(rng)
    const start = rng.int(200, 1500) * 100
    const ch = Math.round((start * rng.int(40, 120)) / 1000 / 100) * 100
    const c = Math.round((start * rng.int(10, 50)) / 1000 / 100) * 100
    const target = rng.pick([100, 105, 110, 115, 120])
    return figures(rng, m, {
      stem: `${Company(rng)}'s customers at the start of the year pay ${m(start)} MRR. The plan expects ${m(ch)} of their MRR to churn and ${m(c)} to contract during the year. How much expansion MRR from those customers is needed for net revenue retention of ${target}%?`,
      in: { start, ch, c, target },
      key: (start * target) / 100 - start + ch + c,
      wrong: [
        ['ignores-losses', (start * (target - 100)) / 100, 'ignores churn and contraction'],
        ['ignores-contraction', (start * target) / 100 - start + ch, 'leaves contraction out'],
        ['ignores-churn', (start * target) / 100 - start + c, 'leaves churn out'],
        ['target-level', (start * target) / 100, 'gives the target MRR, not the expansion'],
        ['losses-only', ch + c, 'gives only the losses to make good'],
        [
          'scales-losses',
          (start * (target - 100)) / 100 + ((ch + c) * target) / 100,
          'scales the losses by the target too',
        ],
      ],
    })
  }),
  family('required-monthly-growth', (rng) => {
    const m = purse(rng)
    const start = rng.int(100, 800) * 1000
    const mult = rng.pick([1.5, 2, 2.5, 3])
    const target = start * mult
    return figures(rng, rate, {
      stem: `${Company(rng)} has ${m(start)} ARR and the board wants ${m(target)} in 12 months. What constant monthly growth rate, compounding, gets there exactly?`,
      in: { start, target },
      key: (target / start) ** (1 / 12) - 1,
      wrong: [
        ['simple', (target / start - 1) / 12, 'divides the growth needed by 12'],
        ['total', target / start - 1, 'gives the growth needed over the year'],
        ['eleven-periods', (target / start) ** (1 / 11) - 1, 'compounds over 11 periods'],
        ['thirteen-periods', (target / start) ** (1 / 13) - 1, 'compounds over 13 periods'],
        ['ratio-over-twelve', target / start / 12, 'divides the ratio by 12'],
        ['log-rate', Math.log(target / start) / 12, 'takes the log growth per month'],
      ],
    })
  }),
  family('customers-forecast', (rng) => {
    const start = rng.int(300, 3000)
    const adds = rng.int(30, 200)
    const c = rng.int(15, 60) / 1000
    const k = rng.int(3, 9)
    let n = start
    for (let i = 0; i < k; i++) n = n * (1 - c) + adds
    return figures(rng, count, {
      stem: `${Company(rng)} has ${count(start)} customers. Each month ${rate1(c)} of the customers it opened the month with cancel, then ${adds} new customers join. How many customers does it have after ${k} months (to the nearest customer)?`,
      in: { start, adds, c, k },
      key: n,
      wrong: [
        ['ignores-churn', start + k * adds, 'leaves churn out'],
        [
          'churn-on-start-only',
          start * (1 - c) ** k + k * adds,
          'churns only the opening customers',
        ],
        [
          'linear-churn',
          start * (1 - k * c) + k * adds,
          'takes the same number of cancellations each month',
        ],
        ['no-adds', start * (1 - c) ** k, 'leaves the new customers out'],
        [
          'churns-new-same-month',
          sameMonthCount(start, adds, c, k),
          'churns new customers in the month they join',
        ],
      ],
    })
  }),

  family('arr-forecast-with-nrr', (rng) => {
    const m = purse(rng)
    const arr = rng.int(1000, 8000) * 1000
    const nrr = rng.int(90, 125) / 100
    const newArr = rng.int(200, 3000) * 1000
    return figures(rng, m, {
      stem: `${Company(rng)} has ${m(arr)} ARR. The plan assumes net revenue retention of ${rate1(nrr)} on today's customers and ${m(newArr)} of ARR from customers won during the year (already net of their own churn). What ARR does the plan give for a year from now?`,
      in: { arr, nrr, newArr },
      key: arr * nrr + newArr,
      wrong: [
        ['one-plus-nrr', arr * (1 + nrr) + newArr, 'multiplies by 1 plus NRR'],
        ['ignores-nrr', arr + newArr, 'ignores retention'],
        ['nrr-on-new', (arr + newArr) * nrr, 'applies NRR to new ARR too'],
        ['existing-only', arr * nrr, 'leaves out new ARR'],
        ['nrr-as-growth-only', arr * (nrr - 1) + newArr, 'gives only the year’s change'],
      ],
    })
  }),
  family('cash-runway-months', (rng) => {
    const m = purse(rng)
    const cash = rng.int(500, 5000) * 1000
    const spend = rng.int(100, 600) * 1000
    const receipts = Math.round((spend * rng.int(30, 80)) / 100 / 1000) * 1000
    const burn = spend - receipts
    return figures(rng, months, {
      stem: `${Company(rng)} has ${m(cash)} in the bank, spends ${m(spend)} a month and collects ${m(receipts)} a month from customers. With both flat, how many months of runway does it have (cash over net burn)?`,
      in: { cash, spend, receipts },
      key: cash / burn,
      wrong: [
        ['gross-burn', cash / spend, 'divides by gross spend'],
        ['receipts', cash / receipts, 'divides by collections'],
        ['spend-plus-receipts', cash / (spend + receipts), 'adds collections to spend'],
        ['years', cash / burn / 12, 'gives years'],
        [
          'cash-plus-year',
          (cash + 12 * receipts) / spend,
          'adds a year of collections to cash over gross spend',
        ],
      ],
    })
  }),
  family('cohort-revenue-next-year', (rng) => {
    const m = purse(rng)
    const n = rng.int(100, 800)
    const p = rng.int(4, 30) * 5
    const c = rng.int(15, 50) / 1000
    let total = 0
    let alive = n
    for (let i = 0; i < 12; i++) {
      total += alive * p
      alive *= 1 - c
    }
    return figures(rng, m, {
      stem: `${Company(rng)}'s ${count(n)} customers each pay ${m(p)} a month. All pay this coming month; after that ${rate1(c)} of those remaining leave at the end of each month. What revenue does this group bring over the next 12 months?`,
      in: { n, p, c },
      key: total,
      wrong: [
        ['no-churn', 12 * n * p, 'ignores churn'],
        ['end-level', 12 * n * p * (1 - c) ** 11, 'uses the final month’s level for all 12'],
        [
          'linear-churn',
          12 * n * p * (1 - (11 * c) / 2),
          'takes the same number of leavers each month',
        ],
        ['churn-first-month', total * (1 - c), 'lets customers leave before the first payment'],
        ['one-month-churned', 12 * n * p * (1 - c), 'takes one month’s churn off the whole year'],
      ],
    })
  }),
  family('mom-mrr-growth', (rng) => {
    const m = purse(rng)
    const prev = rng.int(200, 1500) * 100
    const now = Math.round((prev * rng.int(1030, 1220)) / 1000 / 10) * 10
    return figures(rng, rate, {
      stem: `${Company(rng)}'s MRR was ${m(prev)} at the end of May and ${m(now)} at the end of June. What was month-on-month MRR growth in June?`,
      in: { prev, now },
      key: now / prev - 1,
      wrong: [
        ['current-base', (now - prev) / now, 'divides by June’s MRR'],
        ['annualised', 12 * (now / prev - 1), 'annualises the rate'],
        ['compounded-year', (now / prev) ** 12 - 1, 'compounds the month over a year'],
        ['ratio', now / prev, 'gives the ratio'],
        [
          'average-base',
          (now - prev) / ((now + prev) / 2),
          'divides by the average of the two months',
        ],
        ['daily', (now / prev - 1) / 30, 'gives a daily rate'],
        ['over-sum', (now - prev) / (now + prev), 'divides by the sum of both months'],
      ],
    })
  }),

  family('net-new-arr', (rng) => {
    const m = purse(rng)
    const [n, e, c, ch] = [rng.int(40, 200), rng.int(10, 90), rng.int(5, 40), rng.int(20, 120)].map(
      (x) => x * 50,
    ) as [number, number, number, number]
    const key = 12 * (n + e - c - ch)
    return figures(rng, m, {
      stem: `${Company(rng)}'s monthly plans had these movements in March: new MRR ${m(n)}, expansion ${m(e)}, contraction ${m(c)}, churned ${m(ch)}. Its board pack shows net new ARR as 12 × net new MRR. What net new ARR does it show for March?`,
      in: { n, e, c, ch },
      key,
      signed: true,
      wrong: [
        ['not-annualised', n + e - c - ch, 'leaves the figure monthly'],
        ['gross-new', 12 * (n + e), 'annualises gains without losses'],
        ['ignores-contraction', 12 * (n + e - ch), 'leaves contraction out'],
        ['new-only', 12 * n, 'annualises new MRR only'],
        ['adds-contraction', 12 * (n + e + c - ch), 'adds contraction as growth'],
      ],
    })
  }),
]
