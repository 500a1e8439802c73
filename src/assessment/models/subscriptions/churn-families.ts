import { VariantError } from '../assemble-variant.js'
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
} from './subs-text.js'

// Churn and retention: logo against revenue churn, gross and net revenue retention, monthly and
// annual churn compounded, cohort retention and customer lifetime. Every stem says which
// customers or MRR form the base (those present at the start of the period, unless it says
// otherwise), since the metrics differ only in that choice. Definitions follow the common SaaS
// usage (e.g. GRR caps at 100% and excludes expansion; NRR includes it; neither counts new
// customers acquired in the period).

export const CHURN_FAMILIES = [
  family('logo-churn-start-base', (rng) => {
    const start = rng.int(200, 1200)
    const lost = Math.round((start * rng.int(15, 70)) / 1000)
    const newJoined = rng.int(20, 150)
    const newLost = rng.int(2, 12)
    const end = start - lost + newJoined - newLost
    return figures(rng, rate, {
      stem: `${Company(rng)} had ${count(start)} paying customers on 1 May. During May ${count(lost)} of them cancelled; ${count(newJoined)} new customers joined, of whom ${count(newLost)} also cancelled before 31 May, leaving ${count(end)}. Logo churn is the share of customers present at the start of the month who cancelled during it. What is May's logo churn rate?`,
      in: { start, lost, newJoined, newLost, end },
      key: lost / start,
      wrong: [
        [
          'counts-new-cancels',
          (lost + newLost) / start,
          'counts cancellations by customers who joined in May',
        ],
        ['end-base', lost / end, 'divides by the customers at the end of the month'],
        ['start-plus-new', lost / (start + newJoined), 'divides by start plus new customers'],
        ['net-change', (start - end) / start, 'takes the net fall in customers as churn'],
        ['all-over-end', (lost + newLost) / end, 'divides all cancellations by the end count'],
        ['stayed-base', lost / (start - lost), 'divides by the customers who stayed'],
      ],
    })
  }),
  family('gross-mrr-churn-rate', (rng) => {
    const m = purse(rng)
    const start = rng.int(400, 2000) * 50
    const ch = Math.round((start * rng.int(10, 50)) / 1000 / 5) * 5
    const c = Math.round((start * rng.int(5, 25)) / 1000 / 5) * 5
    const e = Math.round((start * rng.int(4, 20)) / 1000 / 5) * 5
    const n = Math.round((start * rng.int(20, 80)) / 1000 / 5) * 5
    const end = start + n + e - c - ch
    return figures(rng, rate, {
      stem: `${Company(rng)} began the month with ${m(start)} MRR and ended it with ${m(end)}. Its movements: churned ${m(ch)}, contraction ${m(c)}, expansion ${m(e)}, new ${m(n)}. Gross MRR churn is churned plus contraction MRR over MRR at the start of the month. What is the gross MRR churn rate?`,
      in: { start, ch, c, e, n, end },
      key: (ch + c) / start,
      wrong: [
        ['churn-only', ch / start, 'leaves contraction out'],
        ['net-of-expansion', (ch + c - e) / start, 'nets expansion against the losses'],
        ['end-base', (ch + c) / end, 'divides by MRR at the end of the month'],
        ['adds-expansion', (ch + c + e) / start, 'adds expansion to the losses'],
        ['retained-base', (ch + c) / (start - ch - c), 'divides by the MRR that stayed'],
        ['includes-new-in-base', (ch + c) / (start + n), 'divides by start plus new MRR'],
      ],
    })
  }),
  family('logo-vs-revenue-churn', (rng) => {
    const m = purse(rng)
    const small = rng.int(150, 600)
    const big = rng.int(20, 80)
    const sp = rng.int(3, 8) * 5
    const bp = rng.int(20, 60) * 10
    const ls = rng.int(6, 40)
    const lb = rng.int(1, 4)
    const mrr = small * sp + big * bp
    return figures(rng, rate, {
      stem: `${Company(rng)} started June with ${small} customers on a ${m(sp)} plan and ${big} on a ${m(bp)} plan (MRR ${m(mrr)}). In June ${ls} of the ${m(sp)} customers and ${lb} of the ${m(bp)} customers cancelled; nobody changed plan. Revenue churn is churned MRR over start-of-month MRR. What is June's revenue churn rate?`,
      in: { small, big, sp, bp, ls, lb },
      key: (ls * sp + lb * bp) / mrr,
      wrong: [
        ['logo-churn', (ls + lb) / (small + big), 'gives logo churn, counting customers'],
        ['small-plan-only', (ls * sp) / mrr, 'counts only the small plan’s losses'],
        ['averages-plan-rates', (ls / small + lb / big) / 2, 'averages the two plans’ churn rates'],
        ['large-plan-only', (lb * bp) / mrr, 'counts only the large plan’s losses'],
        ['plan-prices', (sp + bp) / mrr, 'adds one price of each plan as the loss'],
      ],
    })
  }),
  family('gross-revenue-retention', (rng) => {
    const m = purse(rng)
    const start = rng.int(400, 2000) * 100
    const ch = Math.round((start * rng.int(30, 120)) / 1000 / 10) * 10
    const c = Math.round((start * rng.int(10, 50)) / 1000 / 10) * 10
    const e = Math.round((start * rng.int(40, 200)) / 1000 / 10) * 10
    const n = Math.round((start * rng.int(50, 250)) / 1000 / 10) * 10
    return figures(rng, rate, {
      stem: `Over the year, the customers ${company(rng)} had on 1 January (MRR ${m(start)} then) churned ${m(ch)} of MRR, contracted ${m(c)} and expanded ${m(e)}; new customers added ${m(n)}. Gross revenue retention (GRR) is start MRR less churn and contraction from those customers, over start MRR; it ignores expansion. What is GRR for the year?`,
      in: { start, ch, c, e, n },
      key: (start - ch - c) / start,
      wrong: [
        [
          'includes-expansion',
          (start - ch - c + e) / start,
          'adds expansion, giving net retention',
        ],
        ['ignores-contraction', (start - ch) / start, 'deducts churn but not contraction'],
        ['includes-new', (start - ch - c + n) / start, 'adds new customers’ MRR'],
        ['end-base', (start - ch - c) / (start + n + e - c - ch), 'divides by the year-end MRR'],
        ['gross-churn', (ch + c) / start, 'gives gross churn, not retention'],
      ],
    })
  }),
  family('net-revenue-retention', (rng) => {
    const m = purse(rng)
    const start = rng.int(400, 2000) * 100
    const ch = Math.round((start * rng.int(30, 120)) / 1000 / 10) * 10
    const c = Math.round((start * rng.int(10, 50)) / 1000 / 10) * 10
    const e = Math.round((start * rng.int(60, 300)) / 1000 / 10) * 10
    const n = Math.round((start * rng.int(50, 250)) / 1000 / 10) * 10
    return figures(rng, rate, {
      stem: `${Company(rng)}'s customers as of 1 January paid ${m(start)} MRR. By 31 December those same customers had churned ${m(ch)}, contracted ${m(c)} and expanded ${m(e)}; customers won during the year added ${m(n)}. Net revenue retention (NRR) is the start customers' MRR at year end over their MRR at the start. What is NRR?`,
      in: { start, ch, c, e, n },
      key: (start + e - c - ch) / start,
      wrong: [
        ['includes-new', (start + e - c - ch + n) / start, 'includes new customers’ MRR'],
        ['omits-expansion', (start - c - ch) / start, 'leaves expansion out, giving GRR'],
        ['omits-contraction', (start + e - ch) / start, 'leaves contraction out'],
        [
          'end-base',
          (start + e - c - ch) / (start + e - c - ch + n),
          'divides by total year-end MRR',
        ],
        ['adds-losses', (start + e + c + ch) / start, 'adds the losses instead of deducting them'],
        ['expansion-as-loss', (start - e - c - ch) / start, 'deducts expansion as a loss'],
      ],
    })
  }),
  family('monthly-churn-annualised', (rng) => {
    const mo = rng.int(8, 60) / 1000
    return figures(rng, rate, {
      stem: `${Company(rng)} loses a steady ${rate(mo)} of its remaining customers each month, with no new customers counted. What share of a starting group of customers is lost over twelve months (annual churn, compounded monthly)?`,
      in: { mo },
      key: 1 - (1 - mo) ** 12,
      wrong: [
        ['times-twelve', 12 * mo, 'multiplies the monthly rate by 12'],
        ['retention-not-churn', (1 - mo) ** 12, 'gives the share retained, not lost'],
        ['eleven-months', 1 - (1 - mo) ** 11, 'compounds over 11 months'],
        ['compounds-growth', (1 + mo) ** 12 - 1, 'compounds the rate upward like growth'],
        ['monthly-as-annual', mo, 'takes the monthly rate as the annual rate'],
      ],
    })
  }),
  family('annual-churn-to-monthly', (rng) => {
    const yr = rng.int(12, 55) / 100
    return figures(rng, rate, {
      stem: `A board pack says ${company(rng)} loses ${rate(yr)} of its customers a year. Assuming a constant monthly churn rate compounding over 12 months, what monthly churn rate gives that annual figure?`,
      in: { yr },
      key: 1 - (1 - yr) ** (1 / 12),
      wrong: [
        ['divides-by-twelve', yr / 12, 'divides the annual rate by 12'],
        [
          'root-of-churn',
          yr ** (1 / 12),
          'takes the 12th root of the churn rate, not the retention',
        ],
        ['growth-root', (1 + yr) ** (1 / 12) - 1, 'takes the 12th root of 1 plus the rate'],
        ['retained-root', (1 - yr) ** (1 / 12), 'gives the monthly retention, not churn'],
        ['eleven-root', 1 - (1 - yr) ** (1 / 11), 'takes the 11th root'],
      ],
    })
  }),
  family('customers-left-after-months', (rng) => {
    const start = rng.int(400, 3000)
    const mo = rng.int(15, 60) / 1000
    const n = rng.int(4, 18)
    return figures(rng, count, {
      stem: `A cohort of ${count(start)} customers joined ${company(rng)} in January. If ${rate(mo)} of those still subscribed cancel each month, how many of the cohort remain after ${n} months (to the nearest customer)?`,
      in: { start, mo, n },
      key: start * (1 - mo) ** n,
      wrong: [
        [
          'linear',
          start * (1 - n * mo),
          'deducts the same share of the original cohort each month',
        ],
        ['one-month-short', start * (1 - mo) ** (n - 1), 'compounds one month too few'],
        ['one-month-over', start * (1 - mo) ** (n + 1), 'compounds one month too many'],
        ['lost-not-left', start * (1 - (1 - mo) ** n), 'gives the customers lost, not left'],
        [
          'divides-by-growth',
          start / (1 + mo) ** n,
          'divides by growth instead of compounding churn',
        ],
      ],
    })
  }),
  family('cohort-retention-cell', (rng) => {
    const c0 = rng.int(200, 800)
    const r1 = Math.round((c0 * rng.int(70, 90)) / 100)
    const r2 = Math.round((r1 * rng.int(80, 95)) / 100)
    const r3 = Math.round((r2 * rng.int(85, 97)) / 100)
    const r4 = Math.round((r3 * rng.int(88, 98)) / 100)
    return figures(rng, rate, {
      stem: `${Company(rng)}'s January cohort started with ${count(c0)} customers; still paying at the end of months 1 to 4: ${r1}, ${r2}, ${r3}, ${r4}. The retention table shows, for each month, the share of the cohort's starting customers still paying. What does the table show for month 3?`,
      in: { c0, r1, r2, r3, r4 },
      key: r3 / c0,
      wrong: [
        ['month-on-month', r3 / r2, 'divides by the previous month'],
        ['month-one-base', r3 / r1, 'divides by the month-1 count'],
        ['churned-share', 1 - r3 / c0, 'gives the share lost by month 3'],
        ['wrong-column', r4 / c0, 'reads the month-4 column'],
        ['month-two', r2 / c0, 'reads the month-2 column'],
      ],
    })
  }),
  family('average-customer-lifetime', (rng) => {
    const mo = rng.int(15, 80) / 1000
    const net = (mo * rng.int(30, 80)) / 100
    return figures(rng, months, {
      stem: `${Company(rng)}'s monthly logo churn is a steady ${rate(mo)}; its net MRR churn, after expansion, is ${rate(net)}. Taking expected customer lifetime as 1 divided by the monthly logo churn rate, what is the average customer lifetime in months?`,
      in: { mo, net },
      key: 1 / mo,
      wrong: [
        ['net-mrr-churn', 1 / net, 'divides by the net MRR churn rate'],
        ['rate-as-annual', 12 / mo, 'treats the monthly rate as annual and converts to months'],
        ['half-life', Math.log(2) / -Math.log(1 - mo), 'gives the half-life of a cohort'],
        ['years-reading', 1 / mo / 12, 'converts the lifetime to years'],
        ['months-after-first', (1 - mo) / mo, 'counts only the months after the first'],
      ],
    })
  }),
  family('customer-retention-rate', (rng) => {
    const start = rng.int(300, 1500)
    const newc = rng.int(30, 200)
    const lost = Math.round((start * rng.int(3, 12)) / 100)
    const end = start + newc - lost
    return figures(rng, rate, {
      stem: `${Company(rng)} had ${count(start)} customers at the start of the quarter and ${count(end)} at the end, after winning ${count(newc)} new ones. Customer retention rate is (end customers less new customers) over start customers. What is the quarter's retention rate?`,
      in: { start, newc, end },
      key: (end - newc) / start,
      wrong: [
        ['end-over-start', end / start, 'divides end customers by start, keeping new ones'],
        ['end-base', (end - newc) / end, 'divides by the end count'],
        ['churn-rate', (start - end + newc) / start, 'gives the churn rate'],
        ['adds-new', (end + newc) / start, 'adds new customers instead of removing them'],
        ['start-plus-new', end / (start + newc), 'divides end by start plus new'],
      ],
    })
  }),
  family('net-mrr-churn-negative', (rng) => {
    const m = purse(rng)
    const start = rng.int(400, 2000) * 50
    const ch = Math.round((start * rng.int(15, 40)) / 1000 / 5) * 5
    const c = Math.round((start * rng.int(5, 15)) / 1000 / 5) * 5
    const e = Math.round((start * rng.int(10, 70)) / 1000 / 5) * 5
    return figures(rng, rate, {
      stem: `${Company(rng)} began the month with ${m(start)} MRR. Existing customers churned ${m(ch)}, contracted ${m(c)} and expanded ${m(e)}. Net MRR churn is churned plus contraction less expansion, over start MRR, and may be negative. What is net MRR churn?`,
      in: { start, ch, c, e },
      key: (ch + c - e) / start,
      signed: true,
      wrong: [
        ['gross', (ch + c) / start, 'ignores expansion, giving gross churn'],
        ['churn-only', ch / start, 'counts churned MRR only'],
        ['adds-expansion', (ch + c + e) / start, 'adds expansion to the losses'],
        ['expansion-less-churn', (e - ch - c) / start, 'takes expansion less the losses'],
        ['ignores-contraction', (ch - e) / start, 'leaves contraction out'],
      ],
    })
  }),
  family('average-customer-churn-base', (rng) => {
    const start = rng.int(300, 1500)
    const newc = rng.int(40, 300)
    const lost = Math.round((start * rng.int(2, 8)) / 100)
    const end = start + newc - lost
    return figures(rng, rate, {
      stem: `${Company(rng)}'s investors define monthly churn as customers lost in the month over the average of start and end customers. It began the month with ${count(start)}, gained ${count(newc)} and lost ${count(lost)}, ending with ${count(end)}. What is churn on that definition?`,
      in: { start, newc, lost, end },
      key: lost / ((start + end) / 2),
      wrong: [
        ['start-base', lost / start, 'divides by the start count'],
        ['end-base', lost / end, 'divides by the end count'],
        ['sum-base', lost / (start + end), 'divides by the sum, not the average'],
        ['start-plus-new', lost / (start + newc), 'divides by start plus new customers'],
        [
          'net-loss',
          Math.abs(start - end) / ((start + end) / 2),
          'takes the net change in customers as the loss',
        ],
      ],
    })
  }),
  family('cohort-net-revenue-retention', (rng) => {
    const m = purse(rng)
    const c0 = rng.int(100, 400) * 50
    const lostShare = rng.int(8, 25) / 100
    const lost = Math.round((c0 * lostShare) / 5) * 5
    const grew = Math.round((c0 * rng.int(10, 40)) / 100 / 5) * 5
    const shrank = Math.round((c0 * rng.int(2, 8)) / 100 / 5) * 5
    const now = c0 - lost + grew - shrank
    return figures(rng, rate, {
      stem: `The customers ${company(rng)} won in January paid ${m(c0)} MRR at the end of January. Twelve months later the survivors pay ${m(now)}; cancellations took ${m(lost)}, upgrades added ${m(grew)} and downgrades took ${m(shrank)}. What is the cohort's twelve-month net revenue retention (its MRR now over its starting MRR)?`,
      in: { c0, lost, grew, shrank, now },
      key: now / c0,
      wrong: [
        ['gross', (c0 - lost - shrank) / c0, 'leaves out expansion, giving GRR'],
        ['survivor-base', now / (c0 - lost), 'divides by the survivors’ starting MRR'],
        ['adds-losses', (c0 + grew) / c0, 'ignores losses and counts only upgrades'],
        ['double-cancels', (now - lost) / c0, 'deducts cancellations again from the current MRR'],
        ['ignores-downgrades', (c0 - lost + grew) / c0, 'leaves out downgrades'],
      ],
    })
  }),

  family('quarterly-churn-from-monthly', (rng) => {
    const mo = rng.int(10, 70) / 1000
    return figures(rng, rate, {
      stem: `${Company(rng)} loses a steady ${rate(mo)} of its remaining customers each month. What share of the customers it has at the start of a quarter will have cancelled by the quarter's end (three months, compounded)?`,
      in: { mo },
      key: 1 - (1 - mo) ** 3,
      wrong: [
        ['times-three', 3 * mo, 'multiplies the monthly rate by 3'],
        ['retained', (1 - mo) ** 3, 'gives the share retained'],
        ['two-months', 1 - (1 - mo) ** 2, 'compounds over two months'],
        ['monthly-rate', mo, 'gives the monthly rate'],
        ['four-months', 1 - (1 - mo) ** 4, 'compounds over four months'],
      ],
    })
  }),
  family('retention-over-months', (rng) => {
    const r = [rng.int(900, 985), rng.int(900, 985), rng.int(900, 985)].map((x) => x / 1000)
    const [a, b, c] = r as [number, number, number]
    return figures(rng, rate, {
      stem: `${Company(rng)}'s monthly logo retention (customers at the start of the month still paying at its end, over customers at the start) was ${rate1(a)} in April, ${rate1(b)} in May and ${rate1(c)} in June, with no one returning. What share of the customers it had on 1 April were still paying on 30 June?`,
      in: { r },
      key: a * b * c,
      wrong: [
        ['averaged', (a + b + c) / 3, 'averages the three months'],
        [
          'summed-churn',
          1 - (1 - a) - (1 - b) - (1 - c),
          'subtracts the summed churn from 1 without compounding',
        ],
        ['last-month', c, 'takes June’s retention only'],
        ['lost-share', 1 - a * b * c, 'gives the share lost'],
        ['two-months', a * b, 'leaves June out'],
      ],
    })
  }),
  family('voluntary-churn-rate', (rng) => {
    const start = rng.int(400, 2000)
    const vol = Math.round((start * rng.int(10, 40)) / 1000)
    const failed = rng.int(20, 120)
    const recovered = Math.round((failed * rng.int(40, 80)) / 100)
    const invol = failed - recovered
    return figures(rng, rate, {
      stem: `${Company(rng)} began the month with ${count(start)} customers. ${count(vol)} cancelled on purpose; ${count(failed)} had a card payment fail, of whom ${count(recovered)} paid after retries and ${count(invol)} were cancelled for non-payment. Voluntary churn is customers who cancelled on purpose over customers at the start of the month. What is voluntary churn?`,
      in: { start, vol, failed, recovered },
      key: vol / start,
      wrong: [
        ['total-churn', (vol + invol) / start, 'adds the non-payment cancellations'],
        ['all-failures', (vol + failed) / start, 'adds every failed payment'],
        ['involuntary', invol / start, 'gives the involuntary churn rate'],
        ['voluntary-share', vol / (vol + invol), 'gives voluntary’s share of all churn'],
        ['end-base', vol / (start - vol - invol), 'divides by the customers left at the end'],
      ],
    })
  }),
  family('new-customers-to-grow', (rng) => {
    const start = rng.int(400, 3000)
    const c = rng.int(15, 50) / 1000
    const g = rng.int(10, 40) / 1000
    // A need with a fraction below one half rounds down to fewer customers than the growth
    // needs; only draws where the nearest customer also covers the growth are kept, so reading
    // the question as "at least" gives the same answer.
    const need = start * (c + g)
    if (need % 1 > 0 && need % 1 < 0.5) throw new VariantError('the nearest customer falls short')
    return figures(rng, count, {
      stem: `${Company(rng)} has ${count(start)} customers and loses ${rate1(c)} of them a month. How many new customers must it win next month to end the month ${rate1(g)} larger than it began (churn measured on the opening count), to the nearest customer?`,
      in: { start, c, g },
      key: start * (c + g),
      wrong: [
        ['growth-only', start * g, 'forgets to replace the churned customers'],
        ['churn-only', start * c, 'only replaces the churned customers'],
        ['net-of-churn', start * (g - c), 'subtracts churn from the growth'],
        ['a-year', 12 * start * (c + g), 'gives a year’s worth'],
        ['grown-base-churn', start * g + start * (1 + g) * c, 'measures churn on the grown count'],
        [
          'target-count',
          start * (1 + g),
          'gives the month-end customer count, not the new customers',
        ],
      ],
    })
  }),

  family('cohort-weighted-retention', (rng) => {
    const starts = [rng.int(100, 600), rng.int(100, 600), rng.int(100, 600)]
    const kept = starts.map((s) => Math.round((s * rng.int(70, 95)) / 100))
    const [s0, s1, s2] = starts as [number, number, number]
    const [k0, k1, k2] = kept as [number, number, number]
    return figures(rng, rate, {
      stem: `${Company(rng)}'s January, February and March cohorts started with ${s0}, ${s1} and ${s2} customers; ${k0}, ${k1} and ${k2} of them were still paying a month later. The board wants the month-1 retention of the three cohorts pooled (all retained over all started). What is it?`,
      in: { starts, kept },
      key: (k0 + k1 + k2) / (s0 + s1 + s2),
      wrong: [
        ['simple-average', (k0 / s0 + k1 / s1 + k2 / s2) / 3, 'averages the three cohorts’ rates'],
        ['latest-cohort', k2 / s2, 'takes the latest cohort only'],
        ['first-cohort', k0 / s0, 'takes the first cohort only'],
        ['lost-share', 1 - (k0 + k1 + k2) / (s0 + s1 + s2), 'gives the share lost'],
        [
          'largest-cohort',
          kept[starts.indexOf(Math.max(...starts))]! / Math.max(...starts),
          'takes the largest cohort only',
        ],
      ],
    })
  }),
]
