import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, symbol } from '../scenario/scenario-text.js'
import {
  amount,
  an,
  b2b,
  bps,
  buyer,
  money,
  percent,
  product,
  rateText,
  units,
} from './b2b-calc.js'

// Pricing, quotes and commission. Successive discounts multiply (each applies to the price left
// by the one before); margin is profit over the selling price, markup is profit over cost.
// Contract measures as subscription businesses define them (e.g. SaaS Capital, “ACV, TCV, ARR”;
// KeyBanc/Sapphire SaaS survey definitions): ACV is the recurring contract value per year
// (one-time fees excluded), TCV is the whole contract's value including one-time fees, ARR is
// recurring monthly revenue × 12, net revenue retention = (starting ARR + expansion − contraction
// − churn) ÷ starting ARR and gross revenue retention leaves expansion out. Tiered commission is
// marginal: each rate applies to the part of bookings inside its band, the accelerator only above
// quota unless the plan says it is retroactive (WorldatWork, Sales Compensation Fundamentals).

export const PRICING_FAMILIES: readonly ScenarioFamily[] = [
  b2b('b2b-stacked-discounts-quote', (rng) => {
    const $ = symbol(rng)
    const seats = rng.int(20, 150)
    const list = units(rng, 20, 90, 1)
    const d1 = bps(rng, 1000, 2000, 500)
    const d2 = bps(rng, 500, 1500, 500)
    const gross = seats * list
    return {
      stem: `A quote for ${seats} seats of ${product(rng)} at a list price of ${amount($, list)} per seat a year takes ${an(rateText(d1))} volume discount and then ${an(rateText(d2))} end-of-quarter discount on the discounted price. What is the annual price?`,
      shape: money($),
      key: ['chain', gross, d1, d2],
      wrong: [
        ['addsDiscounts', ['chain', gross, d1 + d2], 'adds the two discounts into one'],
        ['largerOnly', ['chain', gross, Math.max(d1, d2)], 'applies only the larger discount'],
        ['firstOnly', ['chain', gross, d2], 'applies only the second discount'],
        ['discountsAsPrice', ['pctOf', gross, d1 + d2], 'charges the discount rate as the price'],
      ],
    }
  }),
  b2b('b2b-effective-discount-of-a-stack', (rng) => {
    const d1 = bps(rng, 1000, 3000, 500)
    const d2 = bps(rng, 500, 2000, 500)
    const d3 = bps(rng, 300, 1000, 100)
    return {
      stem: `A partner deal takes ${rateText(d1)} off list, then ${rateText(d2)} off that for a multi-year commitment, then ${rateText(d3)} off for paying upfront. What is the overall discount from list?`,
      shape: percent(2),
      key: ['sub', 1, ['mul', 1 - d1 / 10000, 1 - d2 / 10000, 1 - d3 / 10000]],
      wrong: [
        ['averaged', ['div', (d1 + d2 + d3) / 10000, 3], 'averages the discounts'],
        ['lastOnly', d3 / 10000, 'takes the last discount alone'],
        ['addsDiscounts', (d1 + d2 + d3) / 10000, 'adds the discounts'],
        [
          'firstTwoOnly',
          ['sub', 1, ['mul', 1 - d1 / 10000, 1 - d2 / 10000]],
          'leaves out the last discount',
        ],
        ['largestOnly', Math.max(d1, d2, d3) / 10000, 'takes the largest discount alone'],
      ],
    }
  }),
  b2b('b2b-annual-prepay-price', (rng) => {
    const $ = symbol(rng)
    const m = units(rng, 200, 2500, 10)
    const k = bps(rng, 800, 2000, 100)
    return {
      stem: `${cap(product(rng))} costs ${amount($, m)} a month on monthly billing, or ${rateText(k)} less if a year is paid upfront. What does the upfront annual payment come to?`,
      shape: money($),
      key: ['pctOf', m * 12, 10000 - k],
      wrong: [
        ['doubleDiscount', ['pctOf', m * 12, 10000 - 2 * k], 'takes the discount off twice'],
        ['oneDiscountedMonth', ['pctOf', m, 10000 - k], 'gives one discounted month'],
        [
          'grossedUp',
          ['rnd', ['div', m * 12, 1 - k / 10000]],
          'grosses the price up by the discount instead of taking it off',
        ],
        ['noDiscount', m * 12, 'forgets the prepayment discount'],
        [
          'oneMonthDiscounted',
          ['sub', m * 12, ['pctOf', m, k]],
          'takes the discount off one month only',
        ],
        [
          'discountAsPrice',
          ['pctOf', m * 12, k],
          'charges the discount rate instead of taking it off',
        ],
      ],
    }
  }),
  b2b('b2b-acv-of-a-ramped-deal', (rng) => {
    const $ = symbol(rng)
    const y1 = units(rng, 20, 80, 5) * 100
    const y2 = y1 + units(rng, 5, 20, 5) * 100
    const y3 = y2 + units(rng, 5, 20, 5) * 100
    const fee = units(rng, 5, 30, 5) * 100
    return {
      stem: `A three-year contract for ${buyer(rng)} bills ${amount($, y1)} in year 1, ${amount($, y2)} in year 2 and ${amount($, y3)} in year 3, plus a one-time implementation fee of ${amount($, fee)}. What is the ACV?`,
      shape: money($),
      key: ['rnd', ['div', ['add', y1, y2, y3], 3]],
      wrong: [
        [
          'includesFee',
          ['rnd', ['div', ['add', y1, y2, y3, fee], 3]],
          'spreads the one-time fee into the annual value',
        ],
        ['firstYear', y1, 'takes the first year’s ramped amount'],
        ['tcv', ['add', y1, y2, y3, fee], 'gives the total contract value'],
        ['lastYear', y3, 'takes the final year’s amount'],
      ],
    }
  }),
  b2b('b2b-tcv-with-uplift-and-fee', (rng) => {
    const $ = symbol(rng)
    const y1 = units(rng, 20, 90, 1) * 100
    const u = bps(rng, 300, 800, 100)
    const fee = units(rng, 5, 25, 1) * 100
    const y2: ['chain', number, number] = ['chain', y1, -u]
    const y3 = ['chain', y2, -u] as const
    return {
      stem: `A three-year subscription starts at ${amount($, y1)} a year and rises ${rateText(u)} on each anniversary (on the previous year's price, rounded to the cent). There is a one-time onboarding fee of ${amount($, fee)}. What is the total contract value?`,
      shape: money($),
      key: ['add', y1, y2, y3, fee],
      wrong: [
        [
          'acvNotTcv',
          ['rnd', ['div', ['add', y1, y2, y3], 3]],
          'gives the average annual value (ACV), not the total',
        ],
        [
          'lastYearThroughout',
          ['add', ['mul', y3, 3], fee],
          'prices all three years at the year-3 price',
        ],
        [
          'upliftAllYears',
          ['add', ['chain', y1, -u], ['chain', y2, -u], ['chain', y3, -u], fee],
          'raises the first year too',
        ],
        ['noUplift', ['add', y1 * 3, fee], 'leaves out the annual uplift'],
        ['noFee', ['add', y1, y2, y3], 'leaves out the one-time fee'],
        ['feeEveryYear', ['add', y1, y2, y3, fee * 3], 'charges the one-time fee every year'],
        [
          'simpleUplift',
          ['add', y1, y2, ['pctOf', y1, 10000 + 2 * u], fee],
          'adds the uplift to the year-1 price, not compounding it',
        ],
      ],
    }
  }),
  b2b('b2b-arr-from-mrr', (rng) => {
    const $ = symbol(rng)
    const start = units(rng, 20, 80, 1) * 1000
    const added = units(rng, 2, 10, 1) * 100 * 10
    const churn = units(rng, 1, 6, 1) * 100 * 10
    const services = units(rng, 3, 15, 1) * 1000
    return {
      stem: `A client's subscriptions bring in ${amount($, start)} MRR at the start of the month; new deals add ${amount($, added)} MRR and cancellations remove ${amount($, churn)} MRR. The month also billed ${amount($, services)} of one-time services. What is the ARR at month end?`,
      shape: money($),
      key: ['mul', ['sub', ['add', start, added], churn], 12],
      wrong: [
        ['mrrOnly', ['sub', ['add', start, added], churn], 'gives month-end MRR, not annualised'],
        [
          'churnAnnualisedTwice',
          ['mul', ['sub', ['add', start, added], churn * 2], 12],
          'takes the cancellations off twice',
        ],
        [
          'includesServices',
          ['mul', ['sub', ['add', start, added, services], churn], 12],
          'annualises the one-time services',
        ],
        ['ignoresChurn', ['mul', ['add', start, added], 12], 'forgets the cancelled MRR'],
        [
          'servicesAddedOnce',
          ['add', ['mul', ['sub', ['add', start, added], churn], 12], services],
          'adds the one-time services once to the ARR',
        ],
        ['startingOnly', ['mul', start, 12], 'annualises the starting MRR only'],
      ],
    }
  }),
  b2b('b2b-margin-after-discount', (rng) => {
    const $ = symbol(rng)
    const list = units(rng, 10, 90, 1) * 100
    const cost = Math.round((list * rng.int(35, 55)) / 100 / 100) * 100
    const d = bps(rng, 1000, 2500, 500)
    const net = ['pctOf', list, 10000 - d] as const
    return {
      stem: `A hardware bundle lists at ${amount($, list)} and costs ${amount($, cost)} to deliver. The customer gets ${rateText(d)} off list. What is the gross margin on the deal?`,
      shape: percent(1),
      key: ['div', ['sub', net, cost], net],
      wrong: [
        ['costOverNet', ['div', cost, net], 'gives cost as a share of the net price'],
        [
          'discountOnMargin',
          ['mul', ['div', list - cost, list], 1 - d / 10000],
          'takes the discount off the margin percentage',
        ],
        [
          'ignoresDiscount',
          ['div', list - cost, list],
          'gives the margin at list price, before the discount',
        ],
        ['overList', ['div', ['sub', net, cost], list], 'divides the profit by the list price'],
        ['markup', ['div', ['sub', net, cost], cost], 'gives markup on cost instead of margin'],
      ],
    }
  }),
  b2b('b2b-largest-discount-for-a-margin-floor', (rng) => {
    const $ = symbol(rng)
    const list = units(rng, 50, 200, 5) * 100
    const cost = Math.round((list * rng.int(35, 55)) / 100 / 100) * 100
    const m = bps(rng, 2000, 3500, 500)
    const floor = ['div', cost, 1 - m / 10000] as const
    return {
      stem: `A service package lists at ${amount($, list)} and costs ${amount($, cost)} to deliver. Deals must keep at least ${an(rateText(m))} gross margin. What is the largest discount off list a freelance rep can offer?`,
      shape: percent(1),
      key: ['sub', 1, ['div', floor, list]],
      wrong: [
        ['floorAsDiscountRate', m / 10000, 'offers the margin floor as the discount'],
        [
          'markupFloor',
          ['sub', 1, ['div', cost * (1 + m / 10000), list]],
          'adds the margin to cost as a markup',
        ],
        [
          'marginPointsLess',
          ['sub', ['div', list - cost, list], m / 10000],
          'subtracts the floor from the list margin in points',
        ],
        [
          'floorAsDiscount',
          ['sub', 1, ['div', cost, list]],
          'lets the price fall to cost, ignoring the margin floor',
        ],
      ],
    }
  }),
  b2b('b2b-commission-with-accelerator', (rng) => {
    const $ = symbol(rng)
    const quota = units(rng, 200, 600, 10) * 1000
    const booked = Math.round((quota * rng.int(110, 160)) / 100 / 100000) * 100000
    const r1 = bps(rng, 600, 1000, 100)
    const r2 = r1 + bps(rng, 400, 800, 100)
    return {
      stem: `A contract AE earns ${rateText(r1)} commission on bookings up to ${an(amount($, quota))} quota and ${rateText(r2)} on bookings above quota. Bookings were ${amount($, booked)}. What commission is due?`,
      shape: money($),
      key: ['tiered', booked, r1, quota, r2],
      wrong: [
        [
          'acceleratorOnQuotaToo',
          ['add', ['pctOf', booked, r2], ['pctOf', booked - quota, r2 - r1]],
          'adds the rate difference on the excess to an all-bookings accelerator',
        ],
        ['ratesAdded', ['pctOf', booked, r1 + r2], 'adds the two rates on all bookings'],
        [
          'acceleratorOnQuota',
          ['tiered', booked, r2, quota, r1],
          'swaps the rates, paying the accelerator below quota',
        ],
        ['quotaOnly', ['pctOf', quota, r1], 'pays only on bookings up to quota'],
        ['retroactive', ['pctOf', booked, r2], 'pays the accelerated rate on all bookings'],
        ['noAccelerator', ['pctOf', booked, r1], 'pays the base rate on everything'],
        ['excessOnly', ['pctOf', booked - quota, r2], 'pays only on bookings above quota'],
      ],
    }
  }),
  b2b('b2b-three-band-commission', (rng) => {
    const $ = symbol(rng)
    const quota = units(rng, 200, 500, 10) * 1000
    const half = quota / 2
    const booked = Math.round((quota * rng.int(105, 140)) / 100 / 100000) * 100000
    const r0 = rng.pick([300, 400, 500])
    const r1 = r0 + rng.pick([300, 400, 500])
    const r2 = r1 + rng.pick([400, 500, 600])
    return {
      stem: `A commission plan pays ${rateText(r0)} on bookings up to 50% of quota, ${rateText(r1)} from 50% to 100% and ${rateText(r2)} above 100%, each rate only on the bookings in its band. Quota is ${amount($, quota)} and bookings were ${amount($, booked)}. What is the commission?`,
      shape: money($),
      key: ['tiered', booked, r0, half, r1, quota, r2],
      wrong: [
        ['middleOnAll', ['pctOf', booked, r1], 'pays the middle band’s rate on all bookings'],
        [
          'ignoresTopBand',
          ['tiered', booked, r0, half, r1],
          'pays the middle rate above quota too',
        ],
        ['topBandOnAll', ['pctOf', booked, r2], 'pays the top band’s rate on all bookings'],
        ['baseOnAll', ['pctOf', booked, r0], 'pays the first band’s rate on all bookings'],
        [
          'skipsFirstBand',
          ['tiered', booked, r1, quota, r2],
          'pays the middle rate from the first dollar, skipping the first band',
        ],
      ],
    }
  }),
  b2b('b2b-pro-rata-clawback', (rng) => {
    const $ = symbol(rng)
    const acv = units(rng, 20, 120, 1) * 100 * 10
    const r = bps(rng, 800, 1200, 100)
    const k = rng.int(2, 5)
    return {
      stem: `A rep was paid ${rateText(r)} commission upfront on a 12-month contract of ${amount($, acv)}. The customer cancels after paying ${k} months, and the plan claws back commission pro rata for the unpaid months. How much is clawed back?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', ['pctOf', acv, r], 12 - k], 12]],
      wrong: [
        [
          'monthOfCommission',
          ['rnd', ['div', ['pctOf', acv, r], 12]],
          'claws back one month of commission',
        ],
        [
          'oneMonthLess',
          ['rnd', ['div', ['mul', ['pctOf', acv, r], 12 - k + 1], 12]],
          'counts the month of cancellation as unpaid',
        ],
        ['fullClawback', ['pctOf', acv, r], 'claws back the whole commission'],
        [
          'paidMonths',
          ['rnd', ['div', ['mul', ['pctOf', acv, r], k], 12]],
          'claws back for the months paid instead of unpaid',
        ],
        [
          'unpaidValue',
          ['rnd', ['div', ['mul', acv, 12 - k], 12]],
          'claws back the unpaid contract value instead of the commission on it',
        ],
        [
          'cancellationMonthPaid',
          ['rnd', ['div', ['mul', ['pctOf', acv, r], 11 - k], 12]],
          'counts the month of cancellation as paid',
        ],
      ],
    }
  }),
  b2b('b2b-commission-on-a-multi-year-deal', (rng) => {
    const $ = symbol(rng)
    const acv = units(rng, 20, 100, 1) * 1000
    const r = rng.pick([800, 1000, 1200])
    const years = rng.pick([2, 3])
    return {
      stem: `A plan pays ${rateText(r)} on first-year contract value and half that rate on each further committed year. A ${years}-year deal is worth ${amount($, acv)} a year. What commission does the rep earn?`,
      shape: money($),
      key: ['add', ['pctOf', acv, r], ['pctOf', acv * (years - 1), r / 2]],
      wrong: [
        [
          'halfRateOnTopOfAll',
          ['add', ['pctOf', acv, r], ['pctOf', acv * years, r / 2]],
          'adds the half rate on every year, the first included, to the full first-year rate',
        ],
        ['firstYearHalf', ['pctOf', acv, r / 2], 'pays only the reduced rate, on the first year'],
        [
          'halfOnFirstYear',
          ['add', ['pctOf', acv, r / 2], ['pctOf', acv * (years - 1), r]],
          'swaps the rates between the first and later years',
        ],
        [
          'oneLaterYear',
          ['add', ['pctOf', acv, r], ['pctOf', acv, r / 2]],
          'pays the reduced rate on one further year only',
        ],
        ['fullRateOnTcv', ['pctOf', acv * years, r], 'pays the full rate on every year'],
        ['firstYearOnly', ['pctOf', acv, r], 'pays on the first year only'],
        ['halfRateAll', ['pctOf', acv * years, r / 2], 'pays the reduced rate on every year'],
      ],
    }
  }),
  b2b('b2b-graduated-volume-pricing', (rng) => {
    const $ = symbol(rng)
    const p1 = units(rng, 30, 60, 1)
    const p2 = p1 - units(rng, 5, 10, 1)
    const p3 = p2 - units(rng, 5, 10, 1)
    const seats = rng.int(220, 400)
    return {
      stem: `Price per seat a year is graduated: seats 1–50 at ${amount($, p1)}, seats 51–200 at ${amount($, p2)}, seats above 200 at ${amount($, p3)}. What is the annual price for ${seats} seats?`,
      shape: money($),
      key: ['add', 50 * p1, 150 * p2, (seats - 200) * p3],
      wrong: [
        ['allUnitsMiddle', seats * p2, 'prices every seat at the middle tier'],
        [
          'firstBandOnly',
          ['add', 50 * p1, (seats - 50) * p2],
          'prices every seat above 50 at the middle tier',
        ],
        ['allUnitsTopTier', seats * p3, 'prices every seat at the tier the order reaches'],
        ['allAtFirstTier', seats * p1, 'prices every seat at the first tier'],
        [
          'bandsMisread',
          ['add', 50 * p1, 200 * p2, (seats - 250) * p3],
          'counts the second band as 200 seats',
        ],
      ],
    }
  }),
  b2b('b2b-co-termed-seat-add-on', (rng) => {
    const $ = symbol(rng)
    const price = units(rng, 100, 600, 10)
    const n = rng.int(5, 40)
    const left = rng.int(7, 10)
    return {
      stem: `A customer on an annual contract at ${amount($, price)} per seat a year adds ${n} seats with ${left} months of the term left. The add-on is co-termed and prorated by whole months. What is the add-on charge?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', n, price, left], 12]],
      wrong: [
        ['monthlyCharge', ['rnd', ['div', ['mul', n, price], 12]], 'charges one month'],
        [
          'inclusiveMonth',
          ['rnd', ['div', ['mul', n, price, left + 1], 12]],
          'counts the current month twice',
        ],
        ['fullYear', n * price, 'charges a full year for the new seats'],
        [
          'elapsedMonths',
          ['rnd', ['div', ['mul', n, price, 12 - left], 12]],
          'prorates by the months already used',
        ],
        [
          'onePeriodShort',
          ['rnd', ['div', ['mul', n, price, left - 1], 12]],
          'excludes the current month from the remaining term',
        ],
      ],
    }
  }),
  b2b('b2b-list-price-for-a-target-net', (rng) => {
    const $ = symbol(rng)
    const net = units(rng, 20, 90, 1) * 100 * 10
    const d1 = bps(rng, 1000, 2500, 500)
    const d2 = bps(rng, 500, 1500, 500)
    return {
      stem: `A freelance rep must net ${amount($, net)} after a reseller's ${rateText(d1)} margin off list and ${an(rateText(d2))} promotional discount applied after it. What list price must the quote start from?`,
      shape: money($),
      key: ['rnd', ['div', net, ['mul', 1 - d1 / 10000, 1 - d2 / 10000]]],
      wrong: [
        [
          'firstDiscountOnly',
          ['rnd', ['div', net, 1 - d1 / 10000]],
          'grosses up for the reseller margin only',
        ],
        ['netIsList', net, 'quotes the net price as the list price'],
        [
          'grossesUpByAdding',
          ['pctOf', net, 10000 + d1 + d2],
          'adds the discount rates on top of the net price',
        ],
        [
          'oneCombinedDivisor',
          ['rnd', ['div', net, 1 - (d1 + d2) / 10000]],
          'divides by one minus the summed discounts',
        ],
        [
          'marksUpEach',
          ['rnd', ['mul', net, 1 + d1 / 10000, 1 + d2 / 10000]],
          'marks the net price up by each rate instead of dividing',
        ],
      ],
    }
  }),
  b2b('b2b-net-revenue-retention', (rng) => {
    const $ = symbol(rng)
    const start = units(rng, 500, 2000, 10) * 1000
    const exp = Math.round((start * rng.int(8, 25)) / 100 / 100000) * 100000
    const con = Math.round((start * rng.int(2, 6)) / 100 / 100000) * 100000
    const churn = Math.round((start * rng.int(4, 12)) / 100 / 100000) * 100000
    const newLogo = Math.round((start * rng.int(10, 30)) / 100 / 100000) * 100000
    return {
      stem: `A client's customers a year ago had ${amount($, start)} ARR. Since then those customers expanded by ${amount($, exp)}, contracted by ${amount($, con)} and churned ${amount($, churn)}; new customers added ${amount($, newLogo)}. What is net revenue retention?`,
      shape: percent(1),
      key: ['div', start + exp - con - churn, start],
      wrong: [
        [
          'churnOnlyNet',
          ['div', start + exp - churn - con - con, start],
          'takes the contraction off twice',
        ],
        ['expansionOnly', ['div', start + exp, start], 'adds expansion and forgets every loss'],
        [
          'includesNewLogos',
          ['div', start + exp - con - churn + newLogo, start],
          'counts new customers in retention',
        ],
        [
          'grossRetention',
          ['div', start - con - churn, start],
          'gives gross retention, leaving expansion out',
        ],
        ['ignoresContraction', ['div', start + exp - churn, start], 'forgets the contraction'],
      ],
    }
  }),
  b2b('b2b-gross-revenue-retention', (rng) => {
    const $ = symbol(rng)
    const start = units(rng, 500, 2000, 10) * 1000
    const exp = Math.round((start * rng.int(8, 25)) / 100 / 100000) * 100000
    const con = Math.round((start * rng.int(2, 6)) / 100 / 100000) * 100000
    const churn = Math.round((start * rng.int(4, 12)) / 100 / 100000) * 100000
    return {
      stem: `Starting ARR was ${amount($, start)}. Over the year existing customers expanded ${amount($, exp)}, downgraded ${amount($, con)} and cancelled ${amount($, churn)}. What is gross revenue retention?`,
      shape: percent(1),
      key: ['div', start - con - churn, start],
      wrong: [
        ['lossRate', ['div', con + churn, start], 'gives the share lost instead of kept'],
        ['contractionOnly', ['div', start - con, start], 'leaves out the cancellations'],
        [
          'netRetention',
          ['div', start + exp - con - churn, start],
          'adds expansion, giving net retention',
        ],
        ['churnOnly', ['div', start - churn, start], 'leaves out the downgrades'],
        [
          'lossOverEnd',
          ['div', start - con - churn, start + exp],
          'divides by the ending base including expansion',
        ],
      ],
    }
  }),
  b2b('b2b-commission-with-a-decelerator', (rng) => {
    const $ = symbol(rng)
    const quota = units(rng, 200, 500, 10) * 1000
    const capAt = quota * 1.5
    const booked = Math.round((quota * rng.int(160, 210)) / 100 / 100000) * 100000
    const r = rng.pick([800, 1000, 1200])
    const low = r / 2
    return {
      stem: `A plan pays ${rateText(r)} on all bookings up to 150% of ${an(amount($, quota))} quota and ${rateText(low)} on bookings above that. Bookings were ${amount($, booked)}. What is the commission?`,
      shape: money($),
      key: ['tiered', booked, r, capAt, low],
      wrong: [
        [
          'deceleratedAtCapOnly',
          ['pctOf', booked, ['add', 0, low + (r - low) / 2]],
          'pays the average of the two rates on everything',
        ],
        ['ignoresDecelerator', ['pctOf', booked, r], 'pays the full rate on everything'],
        ['deceleratedOnAll', ['pctOf', booked, low], 'pays the reduced rate on all bookings'],
        ['capsAtThreshold', ['pctOf', capAt, r], 'pays nothing above 150% of quota'],
        [
          'thresholdAtQuota',
          ['tiered', booked, r, quota, low],
          'starts the reduced rate at 100% of quota',
        ],
      ],
    }
  }),
  b2b('b2b-commission-base-after-discount', (rng) => {
    const $ = symbol(rng)
    const list = units(rng, 20, 90, 1) * 1000
    const d = bps(rng, 1000, 2500, 500)
    const fee = units(rng, 3, 15, 1) * 1000
    const r = rng.pick([800, 1000, 1200])
    return {
      stem: `Commission is ${rateText(r)} of first-year recurring value after discounts; one-time fees earn nothing. A deal lists at ${amount($, list)} a year, is discounted ${rateText(d)} and carries ${an(amount($, fee))} setup fee. What commission is earned?`,
      shape: money($),
      key: ['pctOf', ['chain', list, d], r],
      wrong: [
        ['discountAsCommission', ['pctOf', list, d], 'pays the discount rate on list'],
        ['feeOnly', ['pctOf', fee, r], 'pays on the setup fee alone'],
        ['onList', ['pctOf', list, r], 'pays on the list price before discount'],
        [
          'includesFee',
          ['pctOf', ['add', ['chain', list, d], fee], r],
          'pays on the setup fee too',
        ],
        [
          'monthlyBase',
          ['pctOf', ['rnd', ['div', ['chain', list, d], 12]], r],
          'pays on one month’s value',
        ],
        [
          'discountOffRate',
          ['pctOf', list, r - d / 10],
          'cuts the commission rate by a tenth of the discount instead of the base',
        ],
      ],
    }
  }),
  b2b('b2b-extra-volume-to-justify-a-discount', (rng) => {
    const m = bps(rng, 3000, 6000, 500)
    const d = bps(rng, 500, 1500, 500)
    return {
      stem: `A product sells at ${an(rateText(m))} gross margin. A rep wants to cut price by ${rateText(d)}. By how much must unit volume rise to keep the same gross profit?`,
      shape: percent(1),
      key: ['div', d / 10000, (m - d) / 10000],
      wrong: [
        ['marginLeft', (m - d) / 10000, 'gives the margin left after the cut'],
        [
          'overOneMinusDiscount',
          ['div', d / 10000, 1 - d / 10000],
          'divides by one minus the discount instead of by the margin left',
        ],
        ['sameAsDiscount', d / 10000, 'assumes volume must rise by the discount'],
        [
          'overMargin',
          ['div', d / 10000, m / 10000],
          'divides by the old margin, not the margin left after the cut',
        ],
        [
          'ratioNotRise',
          ['div', m / 10000, (m - d) / 10000],
          'gives the new-to-old volume ratio instead of the rise',
        ],
      ],
    }
  }),
  b2b('b2b-usage-bill-with-a-minimum-commit', (rng) => {
    const $ = symbol(rng)
    const rate = rng.pick([4, 5, 6, 8, 12, 15])
    const commit = units(rng, 20, 60, 1) * 100
    const inc = rng.int(10, 40) * 1000
    const units1 = Math.round(commit / rate) + inc
    const over = rng.pick([500, 1000, 1500])
    return {
      stem: `A usage contract bills ${amount($, rate)} per 1,000 API calls with a monthly minimum commitment of ${amount($, commit)}; usage above the commitment is billed at the same rate plus ${an(rateText(over))} overage premium. The client made ${(units1 * 1000).toLocaleString('en-US')} calls. What is the month's bill?`,
      shape: money($),
      key: ['add', commit, ['pctOf', units1 * rate - commit, 10000 + over]],
      wrong: [
        ['noPremium', units1 * rate, 'bills all usage at the base rate'],
        [
          'premiumOnAll',
          ['pctOf', units1 * rate, 10000 + over],
          'applies the premium to all usage',
        ],
        [
          'commitPlusAll',
          ['add', commit, ['pctOf', units1 * rate, 10000 + over]],
          'adds all usage on top of the commitment',
        ],
        ['minimumOnly', commit, 'bills the minimum commitment only'],
      ],
    }
  }),
  b2b('b2b-mrr-of-a-discounted-multi-year-deal', (rng) => {
    const $ = symbol(rng)
    const list = units(rng, 12, 120, 12) * 1000
    const d = bps(rng, 1000, 2000, 500)
    const years = rng.pick([2, 3])
    const fee = units(rng, 2, 10, 1) * 1000
    return {
      stem: `A ${years}-year deal lists at ${amount($, list)} a year, is discounted ${rateText(d)} on every year and has ${an(amount($, fee))} one-time setup fee. What MRR does it add?`,
      shape: money($),
      key: ['rnd', ['div', ['chain', list, d], 12]],
      wrong: [
        ['listMrr', ['rnd', ['div', list, 12]], 'uses the list price'],
        [
          'tcvOverTwelve',
          ['rnd', ['div', ['mul', ['chain', list, d], years], 12]],
          'divides the multi-year value by twelve',
        ],
        [
          'feeSpread',
          ['rnd', ['div', ['add', ['chain', list, d], fee], 12]],
          'spreads the setup fee over the first year',
        ],
        [
          'overTermMonths',
          ['rnd', ['div', ['chain', list, d], 12 * years]],
          'divides one year’s value by all the months of the term',
        ],
      ],
    }
  }),
  b2b('b2b-capped-renewal-uplift', (rng) => {
    const $ = symbol(rng)
    const list = units(rng, 20, 90, 1) * 1000
    const d = bps(rng, 1000, 2500, 500)
    const i = bps(rng, 800, 1500, 100)
    const capBp = bps(rng, 300, 600, 100)
    const paying = ['chain', list, d] as const
    return {
      stem: `A customer pays ${rateText(d)} below ${an(amount($, list))} list price. The contract caps renewal increases at ${rateText(capBp)} of the price the customer pays; list prices are rising ${rateText(i)}. What is the renewal price?`,
      shape: money($),
      key: ['chain', paying, -capBp],
      wrong: [
        [
          'listIncreaseOnPaid',
          ['chain', paying, -i],
          'applies the full list increase to the price paid',
        ],
        [
          'capOffPrice',
          ['chain', paying, capBp],
          'takes the cap off the price instead of adding it',
        ],
        [
          'newListDiscounted',
          ['chain', list, -i, d],
          'applies the full list increase and keeps the discount',
        ],
        ['capOnList', ['chain', list, -capBp], 'applies the cap to the list price'],
        ['noIncrease', paying, 'renews at the current price'],
        [
          'discountReapplied',
          ['chain', paying, -capBp, d],
          'takes the discount off again after the capped increase',
        ],
        ['listRiseOff', ['chain', paying, i], 'takes the list rise off the price'],
        [
          'capAndRise',
          ['chain', paying, -capBp, -i],
          'applies both the capped increase and the list rise',
        ],
      ],
    }
  }),
]
