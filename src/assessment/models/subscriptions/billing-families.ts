import { MONTH_NAMES } from '../month-names.js'
import { Company, company, count, family, figures, purse, rate, rate1 } from './subs-text.js'

// Pricing and billing operations: trial conversion, annual prepayment and its deferred revenue
// recognised month by month, refunds under a stated policy, graduated and volume seat tiers,
// usage overage, stacked discounts, dunning recovery and first invoices to a billing anchor.
// Revenue recognition follows the straight-line pattern the stems state for a stand-ready
// subscription (IFRS 15 / ASC 606 recognise over the service period as the service is provided).

/** Days in each month of a common (non-leap) year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

export const BILLING_FAMILIES = [
  family('trial-to-paid-conversion', (rng) => {
    const signups = rng.int(800, 3000)
    const trials = Math.round((signups * rng.int(40, 75)) / 100)
    const conv = Math.round((trials * rng.int(8, 25)) / 100)
    const late = rng.int(5, 40)
    const carried = rng.int(10, 60)
    const quit = Math.round((conv * rng.int(5, 20)) / 100)
    return figures(rng, rate, {
      stem: `In April ${count(signups)} people signed up to ${company(rng)} and ${count(trials)} of them started a 30-day trial. ${count(conv)} of those April trials became paying within their 30 days (${count(quit)} of them cancelled in their first paid month) and ${count(late)} more paid after the trial had lapsed. April also saw ${count(carried)} conversions from March trials. Trial-to-paid conversion is the trials started in the month that became paying within the trial, over trials started in the month. What is April's rate?`,
      in: { signups, trials, conv, late, carried, quit },
      key: conv / trials,
      wrong: [
        ['signup-base', conv / signups, 'divides by sign-ups, not trials started'],
        ['counts-carried', (conv + carried) / trials, 'adds conversions from March trials'],
        ['counts-late', (conv + late) / trials, 'adds customers who paid after the trial lapsed'],
        ['net-of-quitters', (conv - quit) / trials, 'removes those who later cancelled'],
        ['all-conversions', (conv + late + carried) / trials, 'counts every payment in April'],
      ],
    })
  }),
  family('deferred-revenue-annual-prepay', (rng) => {
    const m = purse(rng)
    const fee = rng.int(60, 480) * 100
    const start = rng.int(0, 8)
    const k = rng.int(2, 10)
    const endMonth = (start + k - 1) % 12
    return figures(rng, m, {
      stem: `A customer of ${company(rng)} paid ${m(fee)} on 1 ${MONTH_NAMES[start]} for a year's subscription starting that day. Revenue is recognised evenly, one twelfth a month, from ${MONTH_NAMES[start]}. What deferred revenue does the balance sheet show for this contract at the end of ${MONTH_NAMES[endMonth]}?`,
      in: { fee, start, k },
      key: (fee * (12 - k)) / 12,
      wrong: [
        ['recognised-not-deferred', (fee * k) / 12, 'gives the revenue recognised so far'],
        ['starts-next-month', (fee * (13 - k)) / 12, 'starts recognising the month after payment'],
        ['all-deferred', fee, 'defers the whole fee until the year ends'],
        ['one-month', fee / 12, 'gives one month’s revenue'],
        ['month-count-off', (fee * (11 - k)) / 12, 'recognises one month too many'],
      ],
    })
  }),
  family('deferred-revenue-several-contracts', (rng) => {
    const m = purse(rng)
    const fees = [rng.int(24, 120) * 100, rng.int(24, 120) * 100, rng.int(24, 120) * 100]
    const starts = [rng.int(0, 3), rng.int(4, 7), rng.int(8, 10)]
    const used = starts.map((s) => 12 - s)
    const key = fees.reduce((a, f, i) => a + (f * (12 - used[i]!)) / 12, 0)
    const recognised = fees.reduce((a, f, i) => a + (f * used[i]!) / 12, 0)
    const firstOnly = (fees[0]! * (12 - used[0]!)) / 12
    return figures(rng, m, {
      stem: `${Company(rng)} sold three annual plans, each paid in full on the first day of its start month and recognised one twelfth a month from that month: ${m(fees[0]!)} starting ${MONTH_NAMES[starts[0]!]}, ${m(fees[1]!)} starting ${MONTH_NAMES[starts[1]!]} and ${m(fees[2]!)} starting ${MONTH_NAMES[starts[2]!]}, all in the same year. What is total deferred revenue from these plans at 31 December?`,
      in: { fees, starts },
      key,
      wrong: [
        ['recognised', recognised, 'gives the revenue recognised this year'],
        ['all-cash', fees[0]! + fees[1]! + fees[2]!, 'defers all the cash received'],
        [
          'starts-next-month',
          fees.reduce((a, f, i) => a + (f * (13 - used[i]!)) / 12, 0),
          'starts recognising the month after payment',
        ],
        ['latest-only', (fees[2]! * (12 - used[2]!)) / 12, 'counts only the most recent plan'],
        ['earliest-only', firstOnly, 'counts only the earliest plan'],
      ],
    })
  }),
  family('revenue-first-month-daily', (rng) => {
    const m = purse(rng)
    const fee = rng.int(36, 365) * 100
    const mo = rng.int(0, 11)
    const len = DAYS[mo]!
    const day = rng.int(3, len - 3)
    const days = len - day + 1
    return figures(rng, m, {
      stem: `A customer of ${company(rng)} starts a one-year subscription on ${day} ${MONTH_NAMES[mo]} 2027 (not a leap year), paying ${m(fee)} up front. The client recognises the fee evenly per day over the 365 days of service, the start day included. How much revenue is recognised in ${MONTH_NAMES[mo]}?`,
      in: { fee, len, day },
      key: (fee * days) / 365,
      wrong: [
        ['full-month', fee / 12, 'recognises a full month'],
        ['excludes-start-day', (fee * (days - 1)) / 365, 'leaves out the start day'],
        ['days-elapsed', (fee * (day - 1)) / 365, 'counts the days before the start'],
        ['three-sixty', (fee * days) / 360, 'uses a 360-day year'],
        ['all-up-front', fee, 'recognises the whole fee when paid'],
      ],
    })
  }),
  family('refund-annual-clawback', (rng) => {
    const m = purse(rng)
    const p = rng.int(4, 20) * 5
    const disc = rng.pick([15, 20, 25])
    const annual = 12 * p * (1 - disc / 100)
    const k = rng.int(2, 7)
    const fee = rng.int(2, 5) * 5
    const charged = k + 1
    return figures(rng, m, {
      stem: `${Company(rng)} sells a plan at ${m(p)} a month or ${m(annual)} a year (${disc}% off). An annual customer cancels ${k} full months into the year, partway through month ${k + 1}. The refund policy charges every month begun at the monthly price, deducts a ${m(fee)} administration fee, and refunds the rest of what was paid. How much is refunded?`,
      in: { p, disc, k, fee },
      key: annual - charged * p - fee,
      wrong: [
        ['ignores-current-month', annual - k * p - fee, 'does not charge the month in progress'],
        [
          'annual-rate',
          annual - (charged * annual) / 12 - fee,
          'charges months at the discounted annual rate',
        ],
        ['no-fee', annual - charged * p, 'leaves out the administration fee'],
        ['refunds-used', charged * p - fee, 'refunds the months used instead of the rest'],
        [
          'claws-back-whole-discount',
          annual - charged * p - fee - (12 * p - annual),
          'also claws back the whole year’s discount',
        ],
        [
          'annual-rate-no-current',
          annual - (k * annual) / 12 - fee,
          'charges full months only, at the annual rate',
        ],
      ],
    })
  }),
  family('graduated-seat-tiers', (rng) => {
    const m = purse(rng)
    const [t1, t2] = [rng.pick([5, 10]), rng.pick([25, 50])]
    const [p1, p2, p3] = [rng.int(12, 20), rng.int(8, 11), rng.int(4, 7)]
    const seats = rng.int(t2 + 5, t2 + 80)
    const key = t1 * p1 + (t2 - t1) * p2 + (seats - t2) * p3
    return figures(rng, m, {
      stem: `${Company(rng)} prices seats in graduated tiers: seats 1 to ${t1} at ${m(p1)} each, seats ${t1 + 1} to ${t2} at ${m(p2)}, and every seat above ${t2} at ${m(p3)} a month. Each seat is charged at its own tier's price. What is the monthly charge for ${seats} seats?`,
      in: { t1, t2, p1, p2, p3, seats },
      key,
      wrong: [
        ['volume', seats * p3, 'charges every seat at the top tier’s price'],
        ['first-tier', seats * p1, 'charges every seat at the first tier’s price'],
        ['middle-tier', seats * p2, 'charges every seat at the middle price'],
        [
          'skips-first-tier',
          t2 * p2 + (seats - t2) * p3,
          'charges the first tier at the middle price',
        ],
        [
          'tier-widths',
          t1 * p1 + t2 * p2 + (seats - t2) * p3,
          'counts the middle tier from seat 1, not from its first seat',
        ],
      ],
    })
  }),
  family('volume-seat-tiers', (rng) => {
    const m = purse(rng)
    const [t1, t2] = [rng.pick([10, 20]), rng.pick([50, 100])]
    const [p1, p2, p3] = [rng.int(12, 20), rng.int(8, 11), rng.int(4, 7)]
    const seats = rng.int(t1 + 5, t2 - 5)
    const key = seats * p2
    return figures(rng, m, {
      stem: `${Company(rng)} uses volume pricing: the seat count picks one price for every seat, ${m(p1)} a seat for 1 to ${t1} seats, ${m(p2)} for ${t1 + 1} to ${t2} and ${m(p3)} above ${t2}. What is the monthly charge for ${seats} seats?`,
      in: { t1, t2, p1, p2, p3, seats },
      key,
      wrong: [
        ['graduated', t1 * p1 + (seats - t1) * p2, 'charges the tiers graduated'],
        ['first-tier', seats * p1, 'uses the first tier’s price'],
        ['top-tier', seats * p3, 'uses the top tier’s price'],
        ['tier-only', (seats - t1) * p2, 'charges only the seats above the first tier'],
        ['tier-limit', t2 * p2, 'charges the tier’s upper limit'],
        ['per-seat-price', p2, 'gives the price of one seat'],
      ],
    })
  }),
  family('stacked-discounts', (rng) => {
    const m = purse(rng)
    const list = rng.int(2, 20) * 100
    const d1 = rng.pick([10, 15, 20])
    const d2 = rng.pick([5, 10, 12, 15])
    return figures(rng, m, {
      stem: `${Company(rng)}'s list price is ${m(list)} a year. A customer gets the ${d1}% annual-prepay discount and a ${d2}% partner discount; the billing system applies discounts one after the other, the partner discount to the already reduced price. What does the customer pay a year?`,
      in: { list, d1, d2 },
      key: list * (1 - d1 / 100) * (1 - d2 / 100),
      wrong: [
        ['added-discounts', list * (1 - (d1 + d2) / 100), 'adds the two percentages'],
        ['larger-only', list * (1 - Math.max(d1, d2) / 100), 'applies only the larger discount'],
        ['first-only', list * (1 - d1 / 100), 'applies only the prepay discount'],
        ['second-only', list * (1 - d2 / 100), 'applies only the partner discount'],
        [
          'discount-amount',
          list - list * (1 - d1 / 100) * (1 - d2 / 100),
          'gives the discount, not the price',
        ],
      ],
    })
  }),
  family('grandfathered-price-rise', (rng) => {
    const m = purse(rng)
    const p = rng.int(5, 20) * 5
    const q = p + rng.int(1, 4) * 5
    const base = rng.int(300, 1500)
    const renewing = rng.int(20, 120)
    const newc = rng.int(20, 120)
    return figures(rng, m, {
      stem: `${Company(rng)} raised its plan from ${m(p)} to ${m(q)} a month. Its ${count(base)} existing monthly customers keep ${m(p)} until they renew, and ${count(renewing)} of them renew this month; ${count(newc)} new customers join at ${m(q)}. How much MRR does the price rise itself add this month (the uplift on renewing customers)?`,
      in: { p, q, base, renewing, newc },
      key: renewing * (q - p),
      wrong: [
        ['all-existing', base * (q - p), 'applies the rise to every existing customer'],
        ['new-price', renewing * q, 'counts the renewing customers at the whole new price'],
        ['includes-new', (renewing + newc) * (q - p), 'counts new customers as uplift'],
        ['new-only', newc * (q - p), 'counts new customers’ price difference only'],
        ['new-mrr', newc * q, 'gives new customers’ MRR'],
        ['rise-per-customer', q - p, 'gives the rise for one customer'],
      ],
    })
  }),
  family('dunning-recovery-rate', (rng) => {
    const m = purse(rng)
    const failed = rng.int(40, 300) * 25
    const recovered = Math.round((failed * rng.int(30, 75)) / 100 / 5) * 5
    const later = Math.round((failed * rng.int(3, 10)) / 100 / 5) * 5
    const mrr = rng.int(400, 2000) * 100
    return figures(rng, rate, {
      stem: `In July ${m(failed)} of ${company(rng)}'s ${m(mrr)} MRR failed at the card charge. Retries and reminder emails within the 14-day dunning window recovered ${m(recovered)}; ${m(later)} more came back after the window, when customers restarted. The recovery rate is MRR recovered within the window over failed MRR. What is it?`,
      in: { failed, recovered, later, mrr },
      key: recovered / failed,
      wrong: [
        ['mrr-base', recovered / mrr, 'divides by total MRR'],
        ['counts-later', (recovered + later) / failed, 'counts restarts after the window'],
        ['lost-share', (failed - recovered) / failed, 'gives the share lost'],
        ['failed-share', failed / mrr, 'gives the failure rate'],
        [
          'recovered-plus-failed',
          recovered / (failed + recovered),
          'divides by failed plus recovered',
        ],
      ],
    })
  }),
  family('first-invoice-billing-anchor', (rng) => {
    const m = purse(rng)
    const p = rng.int(3, 30) * 5 - 0.01
    const mo = rng.int(0, 11)
    const len = DAYS[mo]!
    const day = rng.int(4, len - 4)
    const days = len - day + 1
    return figures(rng, m, {
      stem: `${Company(rng)} bills every customer on the 1st of the month. A customer signs up for the ${m(p)} monthly plan on ${day} ${MONTH_NAMES[mo]} 2027. The first invoice charges only the days to the anchor date, sign-up day included, at the plan price over the ${len} days of ${MONTH_NAMES[mo]}; the next full month is invoiced on the 1st. What is the first invoice?`,
      in: { p, len, day },
      key: (p * days) / len,
      wrong: [
        ['full-month', p, 'charges a full month'],
        ['excludes-signup-day', (p * (days - 1)) / len, 'leaves out the sign-up day'],
        ['days-before', (p * (day - 1)) / len, 'charges the days before sign-up'],
        ['thirty-days', (p * days) / 30, 'divides by 30 whatever the month'],
        ['adds-next-month', p + (p * days) / len, 'adds the next full month'],
      ],
    })
  }),
  family('renewal-capped-uplift', (rng) => {
    const m = purse(rng)
    const fee = rng.int(6000, 48000) + rng.pick([0, 50])
    const cap = rng.pick([3, 4, 5, 7])
    const cpi = rng.int(15, 90) / 10
    const rise = Math.min(cap, cpi)
    return figures(rng, m, {
      stem: `A customer's annual contract with ${company(rng)} is ${m(fee)}. At renewal the price rises by the consumer price index or ${cap}%, whichever is lower; the index is ${cpi.toFixed(1)}%. What is the renewal price?`,
      in: { fee, cap, cpi },
      key: fee * (1 + rise / 100),
      wrong: [
        ['higher', fee * (1 + Math.max(cap, cpi) / 100), 'applies the higher of the two'],
        ['both', fee * (1 + (cap + cpi) / 100), 'adds both increases'],
        [
          'one-after-other',
          fee * (1 + cap / 100) * (1 + cpi / 100),
          'applies both increases one after the other',
        ],
        ['rise-only', fee * (rise / 100), 'gives the increase, not the new price'],
        ['monthly', (fee / 12) * (1 + rise / 100), 'gives the monthly price'],
        ['no-rise', fee, 'renews at the old price'],
      ],
    })
  }),
  family('expected-mrr-from-trials', (rng) => {
    const m = purse(rng)
    const trials = rng.int(200, 1500)
    const conv = rng.int(8, 30) / 100
    const p = rng.int(4, 20) * 5
    const annualShare = rng.int(10, 40) / 100
    const annualFee = p * 10
    const paid = trials * conv
    const key = paid * (1 - annualShare) * p + (paid * annualShare * annualFee) / 12
    return figures(rng, m, {
      stem: `${Company(rng)} has ${count(trials)} trials running and converts ${rate1(conv)} of trials to paid. Of those who pay, ${rate1(annualShare)} choose the annual plan at ${m(annualFee)} a year and the rest the ${m(p)} monthly plan. What new MRR should the trials bring, with annual fees spread over 12 months?`,
      in: { trials, conv, p, annualShare, annualFee },
      key,
      wrong: [
        ['all-monthly', paid * p, 'prices every convert at the monthly plan'],
        [
          'annual-in-full',
          paid * (1 - annualShare) * p + paid * annualShare * annualFee,
          'adds the annual fees in full',
        ],
        [
          'no-conversion',
          trials * ((1 - annualShare) * p + (annualShare * annualFee) / 12),
          'counts every trial as paying',
        ],
        ['omits-annual', paid * (1 - annualShare) * p, 'leaves the annual plans out'],
        ['all-annual', (paid * annualFee) / 12, 'prices every convert at the annual plan'],
      ],
    })
  }),

  family('annual-plan-discount-rate', (rng) => {
    const m = purse(rng)
    const p = rng.int(4, 40) * 5
    const annual = 12 * p - rng.int(1, 3) * p + rng.pick([0, 5, -5]) * rng.int(1, 3)
    return figures(rng, rate, {
      stem: `${Company(rng)} charges ${m(p)} a month on the monthly plan or ${m(annual)} a year on the annual plan. By what percentage is the annual plan cheaper than paying monthly for twelve months?`,
      in: { p, annual },
      key: 1 - annual / (12 * p),
      wrong: [
        ['over-annual-price', (12 * p - annual) / annual, 'divides the saving by the annual price'],
        ['price-ratio', annual / (12 * p), 'gives the annual price as a share of monthly'],
        ['eleven-months', 1 - annual / (11 * p), 'compares with eleven months'],
        ['thirteen-months', 1 - annual / (13 * p), 'compares with thirteen months'],
      ],
    })
  }),
  family('deferred-monthly-billing', (rng) => {
    const m = purse(rng)
    const p = rng.int(4, 30) * 5
    const subs = rng.int(100, 800)
    const mo = rng.int(0, 11)
    const len = DAYS[mo]!
    const anchor = rng.int(5, len - 5)
    const unused = anchor - 1
    const next = DAYS[(mo + 1) % 12]!
    return figures(rng, m, {
      stem: `${Company(rng)} bills ${count(subs)} customers ${m(p)} each in advance on day ${anchor} of each month for the month that follows, and recognises each fee evenly per day over its period. Periods running from ${MONTH_NAMES[mo]} ${anchor} have ${len} days. How much of the fees billed on ${MONTH_NAMES[mo]} ${anchor} is still deferred revenue at the end of ${MONTH_NAMES[mo]}?`,
      in: { p, subs, len, anchor, next },
      key: (subs * p * unused) / len,
      wrong: [
        ['recognised', (subs * p * (len - unused)) / len, 'gives the part recognised'],
        ['all-deferred', subs * p, 'defers the whole billing'],
        ['half-month', subs * p * 0.5, 'assumes half a month has passed'],
        ['thirty-days', (subs * p * unused) / 30, 'divides by 30 days'],
        ['next-month-days', (subs * p * unused) / next, 'divides by the next month’s days'],
      ],
    })
  }),
  family('refund-unused-days', (rng) => {
    const m = purse(rng)
    const fee = rng.int(36, 365) * 100
    const used = rng.int(20, 300)
    const monthsBegun = Math.ceil(used / (365 / 12))
    return figures(rng, m, {
      stem: `A customer of ${company(rng)} paid ${m(fee)} for a 365-day annual plan and cancels after using ${used} days. The policy refunds the unused days pro rata by day. How much is refunded?`,
      in: { fee, used },
      key: (fee * (365 - used)) / 365,
      wrong: [
        ['used-share', (fee * used) / 365, 'refunds the used days'],
        ['whole-months', (fee * (12 - monthsBegun)) / 12, 'refunds only whole months not begun'],
        ['three-sixty', (fee * (360 - used)) / 360, 'uses a 360-day year'],
        [
          'months-by-thirty',
          fee - (fee / 12) * (used / 30),
          'charges months of 30 days at a twelfth each',
        ],
        ['excludes-cancel-day', (fee * (364 - used)) / 365, 'also charges the day of cancellation'],
      ],
    })
  }),
  family('seat-true-up-charge', (rng) => {
    const m = purse(rng)
    const per = rng.int(5, 30)
    const added = rng.int(3, 40)
    const left = rng.int(2, 11)
    const disc = rng.pick([5, 10, 15, 20])
    const unit = per * (1 - disc / 100)
    return figures(rng, m, {
      stem: `A customer on ${company(rng)}'s annual plan pays ${m(per)} a seat a month less a ${disc}% annual discount. It adds ${added} seats with ${left} months of the term left; added seats are charged now for the rest of the term at the same discounted rate, co-terminated. What is the true-up charge?`,
      in: { per, added, left, disc },
      key: added * unit * left,
      wrong: [
        ['full-year', added * unit * 12, 'charges a full year'],
        ['list-price', added * per * left, 'ignores the discount'],
        ['one-month', added * unit, 'charges one month'],
        ['months-used', added * unit * (12 - left), 'charges the months already used'],
        ['extra-month', added * unit * (left + 1), 'counts the current month twice'],
      ],
    })
  }),

  family('cash-collected-in-month', (rng) => {
    const m = purse(rng)
    const [na, af] = [rng.int(5, 40), rng.int(60, 300) * 10]
    const [nm, p] = [rng.int(200, 1200), rng.int(4, 20) * 5]
    return figures(rng, m, {
      stem: `In May ${company(rng)} signed ${na} annual customers who each paid ${m(af)} up front, and billed and collected ${m(p)} from each of its ${count(nm)} monthly customers. How much cash did subscriptions bring in during May?`,
      in: { na, af, nm, p },
      key: na * af + nm * p,
      wrong: [
        ['mrr-not-cash', (na * af) / 12 + nm * p, 'spreads the annual payments as for MRR'],
        ['annual-only', na * af, 'counts only the annual payments'],
        ['monthly-year', na * af + 12 * nm * p, 'counts a year of monthly billing'],
        ['monthly-only', nm * p, 'counts only the monthly billing'],
        ['everything-annualised', 12 * (na * af + nm * p), 'annualises May’s cash'],
      ],
    })
  }),
]
