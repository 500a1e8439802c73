import type { Rng } from '../../rng.js'
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
  rep,
  rule,
  units,
} from './b2b-calc.js'

// Negotiation and contract terms. BATNA, the best alternative to a negotiated agreement, is what a
// party does if this deal fails (Fisher, Ury & Patton, Getting to Yes, ch. 6, “Develop your
// BATNA”); the reservation price, the walk-away figure, is that alternative turned into a price
// (Raiffa, The Art and Science of Negotiation, whose ch. 4 sets the zone of agreement between the
// seller's reservation price and the buyer's); a give-get trades every concession for something of
// value, stated conditionally, “if you …, then we …” (Kennedy, Everything Is Negotiable). The cost
// of forgoing an early-payment discount d for paying N − D days later is d ÷ (1 − d) × 365 ÷ (N − D)
// as a simple annual rate (Brealey & Myers, Principles of Corporate Finance, the chapter on credit
// management); the cost of financing longer terms is the invoice × rate × days ÷ 365.

/** The positions of a negotiation's seller, each with what it is. */
const POSITIONS = {
  batna: 'best alternative if this deal fails',
  reservation: 'walk-away price',
  target: 'target price',
  anchor: 'opening ask',
} as const
type Position = keyof typeof POSITIONS
const POSITION_MISTAKES: Readonly<Record<Position, string>> = {
  batna: 'takes the alternative deal for the walk-away figure itself',
  reservation: 'takes the walk-away price, which the alternative sets, for the alternative itself',
  target: 'takes the hoped-for price for a limit',
  anchor: 'takes the opening ask for a limit',
}

function positions(rng: Rng, ask: Position) {
  const $ = symbol(rng)
  const other = units(rng, 30, 60, 1) * 100 * 10
  const travel = units(rng, 2, 8, 1) * 100 * 10
  const floor = other - travel
  const target = floor + units(rng, 10, 20, 1) * 1000
  const opening = target + units(rng, 10, 20, 1) * 1000
  const who = rep(rng)
  const texts: Record<Position, string> = {
    batna: `the ${amount($, other)} monthly retainer another client has offered (with ${amount($, travel)} a month of travel it would need)`,
    reservation: `a monthly fee of ${amount($, floor)}`,
    target: `a fee of ${amount($, target)}, which ${who} hopes to reach`,
    anchor: `the ${amount($, opening)} fee in the first proposal`,
  }
  const opt: Record<Position, string> = {
    batna: `The other client's ${amount($, other)} retainer`,
    reservation: `This client's fee of ${amount($, floor)} a month`,
    target: `This client's fee of ${amount($, target)} a month`,
    anchor: `This client's fee of ${amount($, opening)} a month`,
  }
  const order = rng.shuffle(Object.keys(POSITIONS) as Position[])
  return {
    stem: `${who}, a freelance sales consultant negotiating a monthly retainer with ${buyer(rng)}, has noted: ${order.map((p) => texts[p]).join('; ')}. Below a fee equal to the other retainer net of its travel, ${who} would rather take the other client. Which is ${who}'s ${ask === 'batna' ? 'BATNA' : 'reservation price'}?`,
    table: 'positions',
    key: [ask, opt[ask]] as const,
    wrong: (Object.keys(POSITIONS) as Position[])
      .filter((p) => p !== ask)
      .map((p) => [p, opt[p], POSITION_MISTAKES[p]] as const),
    in: { other, travel, floor, target, opening },
  }
}

/** Ways to answer a buyer's ask for a concession. */
const RESPONSES = {
  giveGet: 'conditional trade',
  unilateral: 'unilateral concession',
  split: 'split the difference',
  refuse: 'flat refusal',
  loyal: 'goodwill concession',
  manager: 'escalation without a trade',
} as const
type Response = keyof typeof RESPONSES
const RESPONSE_MISTAKES: Readonly<Record<Exclude<Response, 'giveGet'>, string>> = {
  unilateral: 'concedes without getting anything back',
  split: 'meets halfway, giving value away without a trade',
  refuse: 'refuses instead of trading, which stalls the deal',
  loyal: 'gives the concession as goodwill, asking nothing back',
  manager: 'escalates the ask without asking for anything in return',
}

export const NEGOTIATION_FAMILIES: readonly ScenarioFamily[] = [
  b2b('b2b-zopa-width-from-batnas', (rng) => {
    const $ = symbol(rng)
    const alt = units(rng, 40, 80, 1) * 1000
    const quote = alt + units(rng, 10, 30, 1) * 1000
    const switching = units(rng, 5, 20, 1) * 1000
    const ask = quote + switching + units(rng, 10, 25, 1) * 1000
    const open = alt - units(rng, 5, 15, 1) * 1000
    return {
      stem: `A seller's best alternative is another customer paying ${amount($, alt)} for the same capacity. The buyer's alternative is a competitor quoting ${amount($, quote)} plus ${amount($, switching)} of migration cost that buying from the seller avoids. The seller opened at ${amount($, ask)} and the buyer at ${amount($, open)}. How wide is the zone of possible agreement?`,
      shape: money($),
      key: ['sub', quote + switching, alt],
      wrong: [
        ['buyerLimitOnly', quote + switching, 'gives the buyer’s limit instead of the zone'],
        [
          'ignoresSwitching',
          ['sub', quote, alt],
          'leaves the migration cost out of the buyer’s limit',
        ],
        ['openingPositions', ['sub', ask, open], 'measures between the opening positions'],
        [
          'buyerOpenToAsk',
          ['sub', ask, quote + switching],
          'measures from the buyer’s limit to the seller’s ask',
        ],
        [
          'sellerToBuyerOpen',
          ['sub', quote + switching, open],
          'uses the buyer’s opening offer as the seller’s floor',
        ],
      ],
    }
  }),
  b2b('b2b-buyer-walk-away-price', (rng) => {
    const $ = symbol(rng)
    const quote = units(rng, 30, 90, 1) * 1000
    const impl = units(rng, 5, 20, 1) * 1000
    const ours = units(rng, 1, 4, 1) * 1000
    return {
      stem: `${cap(buyer(rng))} can buy a rival's system for ${amount($, quote)} plus ${amount($, impl)} of implementation, while implementing ${product(rng)} from you costs the buyer ${amount($, ours)}. Ignoring other differences, what is the most the buyer should pay you for the licence?`,
      shape: money($),
      key: ['sub', quote + impl, ours],
      wrong: [
        [
          'subtractsBoth',
          ['sub', quote, impl + ours],
          'subtracts both implementation costs from the rival’s price',
        ],
        [
          'addsBoth',
          ['add', quote, impl, ours],
          'adds the buyer’s implementation cost with you instead of subtracting it',
        ],
        ['rivalPriceOnly', quote, 'takes the rival’s licence price alone'],
        [
          'ignoresOwnImplementation',
          quote + impl,
          'forgets the buyer’s implementation cost with you',
        ],
        [
          'subtractsRivalImplementation',
          ['sub', quote, impl],
          'subtracts the rival’s implementation instead of adding it',
        ],
      ],
    }
  }),
  b2b('b2b-seller-reservation-price', (rng) => {
    const $ = symbol(rng)
    const alt = units(rng, 30, 60, 1) * 100
    const altCost = units(rng, 2, 8, 1) * 100
    const cost = units(rng, 1, 5, 1) * 100
    return {
      stem: `A freelance SDR can take another client's ${amount($, alt)}-a-month contract that needs ${amount($, altCost)} a month of paid data tools. The prospect in front of them needs ${amount($, cost)} a month of tools. What is the lowest monthly fee at which this prospect's deal is worth taking?`,
      shape: money($),
      key: ['add', alt - altCost, cost],
      wrong: [
        [
          'altCostOnly',
          ['sub', alt, altCost + cost],
          'subtracts both deals’ costs from the alternative fee',
        ],
        [
          'feesAndCostsAdded',
          ['add', alt, cost],
          'adds this deal’s costs to the alternative fee, forgetting its costs',
        ],
        [
          'subtractsOwnCost',
          ['sub', alt - altCost, cost],
          'subtracts this deal’s costs instead of adding them',
        ],
        ['ignoresCosts', alt, 'compares fees without the tool costs of either deal'],
        [
          'addsAltCost',
          ['add', alt, altCost, cost],
          'adds the alternative’s costs instead of subtracting them',
        ],
        ['ignoresOwnCost', alt - altCost, 'forgets this deal’s own tool costs'],
        ['ownCostOnly', cost, 'covers only this deal’s tool costs, forgetting the other offer'],
        [
          'altLessOwnCost',
          ['sub', alt, cost],
          'subtracts this deal’s costs from the alternative fee',
        ],
      ],
    }
  }),
  b2b('b2b-cost-of-skipping-an-early-payment-discount', (rng) => {
    const d = rng.pick([100, 150, 200, 250, 300])
    const dd = rng.pick([10, 15])
    const n = rng.pick([30, 45, 60])
    return {
      stem: `A supplier's terms are ${rateText(d)}/${dd} net ${n}: ${rateText(d)} off if paid in ${dd} days, otherwise the full amount in ${n} days. As a simple annual rate on a 365-day year, what does it cost the buyer to skip the discount?`,
      shape: percent(2),
      key: ['mul', ['div', d / 10000, 1 - d / 10000], 365 / (n - dd)],
      wrong: [
        [
          'basis360',
          ['mul', ['div', d / 10000, 1 - d / 10000], 360 / (n - dd)],
          'uses a 360-day year',
        ],
        [
          'discountDays',
          ['mul', ['div', d / 10000, 1 - d / 10000], 365 / dd],
          'annualises over the discount period instead of the extra days',
        ],
        [
          'fullPeriod',
          ['mul', ['div', d / 10000, 1 - d / 10000], 365 / n],
          'annualises over the whole credit period, not the extra days',
        ],
        [
          'onGross',
          ['mul', d / 10000, 365 / (n - dd)],
          'divides by the full price, not the discounted price paid',
        ],
        [
          'compounded',
          ['sub', ['pow', ['div', 1, 1 - d / 10000], 365 / (n - dd)], 1],
          'compounds the period cost into an effective rate',
        ],
      ],
    }
  }),
  b2b('b2b-cost-of-longer-payment-terms', (rng) => {
    const $ = symbol(rng)
    const inv = units(rng, 50, 400, 5) * 1000
    const r = bps(rng, 600, 1200, 50)
    const from = rng.pick([30, 45])
    const to = from + rng.pick([30, 45, 60])
    return {
      stem: `A buyer asks to move ${an(amount($, inv))} invoice from net ${from} to net ${to}. The seller's cost of capital is ${rateText(r)} a year (simple, 365-day year). What does the longer term cost the seller?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', inv, r / 10000, to - from], 365]],
      wrong: [
        [
          'monthlyRate',
          ['rnd', ['div', ['mul', inv, r / 10000, to - from], 30]],
          'reads the annual rate as monthly',
        ],
        [
          'halfExtension',
          ['rnd', ['div', ['mul', inv, r / 10000, (to - from) / 2], 365]],
          'charges half the extension, as an average balance',
        ],
        [
          'wholeTerm',
          ['rnd', ['div', ['mul', inv, r / 10000, to], 365]],
          'charges the whole new term, not the extra days',
        ],
        [
          'basis360',
          ['rnd', ['div', ['mul', inv, r / 10000, to - from], 360]],
          'uses a 360-day year',
        ],
        [
          'oldTerm',
          ['rnd', ['div', ['mul', inv, r / 10000, from], 365]],
          'charges the old term instead of the extension',
        ],
      ],
    }
  }),
  b2b('b2b-free-months-as-a-discount', (rng) => {
    const f = rng.int(1, 3)
    const t = rng.pick([24, 36])
    return {
      stem: `Instead of a discount, a rep offers ${f} of the ${t} months on a contract free: the customer pays for ${t - f} months and gets ${t}. What discount on the contract value is that?`,
      shape: percent(1),
      key: ['div', f, t],
      wrong: [
        ['overPaidMonths', ['div', f, t - f], 'divides by the months paid for'],
        ['overTermPlusFree', ['div', f, t + f], 'adds the free months to the term again'],
        ['overOneYear', ['div', f, 12], 'divides by twelve months though the term is longer'],
        ['oneFreeMonth', ['div', 1, t], 'counts one free month whatever the number given'],
        ['pointPerMonth', ['div', f, 100], 'takes one percentage point off per free month'],
        ['overFirstYearPaid', ['div', f, 12 - f], 'divides by the months paid in the first year'],
      ],
    }
  }),
  b2b('b2b-late-payment-interest', (rng) => {
    const $ = symbol(rng)
    const inv = units(rng, 5, 80, 1) * 1000
    const r = bps(rng, 800, 1200, 50)
    const days = rng.int(20, 75)
    return {
      stem: `A contract sets late-payment interest at ${rateText(r)} a year, simple, on a 365-day year. ${cap(an(amount($, inv)))} invoice is paid ${days} days late. How much interest is due?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', inv, r / 10000, days], 365]],
      wrong: [
        [
          'halfRate',
          ['rnd', ['div', ['mul', inv, r / 20000, days], 365]],
          'halves the rate as if it were semi-annual',
        ],
        ['basis360', ['rnd', ['div', ['mul', inv, r / 10000, days], 360]], 'uses a 360-day year'],
        [
          'monthlyRate',
          ['rnd', ['div', ['mul', inv, r / 10000, Math.ceil(days / 30)], 12]],
          'charges whole months at a twelfth of the rate',
        ],
        [
          'rateAsMonthly',
          ['rnd', ['div', ['mul', inv, r / 10000, days], 30]],
          'reads the annual rate as monthly',
        ],
        [
          'weeksAsDays',
          ['rnd', ['div', ['mul', inv, r / 10000, Math.floor(days / 7)], 52]],
          'charges whole weeks at a fifty-second of the rate, dropping odd days',
        ],
      ],
    }
  }),
  b2b('b2b-give-get-term-for-discount', (rng) => {
    const $ = symbol(rng)
    const p = units(rng, 20, 80, 1) * 1000
    const d = bps(rng, 500, 1500, 500)
    const years = rng.pick([2, 3])
    return {
      stem: `A buyer asks for ${rateText(d)} off ${an(amount($, p))} one-year renewal. The rep offers the discount only in return for a ${years}-year commitment at the discounted price. How much more contract value does the rep secure than by renewing one year at full price?`,
      shape: money($),
      key: ['sub', ['mul', ['pctOf', p, 10000 - d], years], p],
      wrong: [
        ['discountCost', ['pctOf', p * years, d], 'gives the discount’s cost over the term'],
        [
          'perYearNoDiscount',
          ['rnd', ['div', p * (years - 1), years]],
          'gives the extra full-price value per year of the term',
        ],
        ['noDiscount', ['sub', p * years, p], 'forgets the discount on the committed years'],
        [
          'discountOnce',
          ['sub', ['sub', p * years, ['pctOf', p, d]], p],
          'takes the discount off one year only',
        ],
        [
          'comparesDiscounted',
          ['sub', ['mul', ['pctOf', p, 10000 - d], years], ['pctOf', p, 10000 - d]],
          'compares against a discounted one-year renewal',
        ],
        [
          'perYear',
          ['rnd', ['div', ['sub', ['mul', ['pctOf', p, 10000 - d], years], p], years]],
          'gives the gain per committed year, not in total',
        ],
        [
          'versusNothing',
          ['mul', ['pctOf', p, 10000 - d], years],
          'gives the whole commitment, not the gain over a renewal',
        ],
      ],
    }
  }),
  b2b('b2b-effective-monthly-price-after-concessions', (rng) => {
    const $ = symbol(rng)
    const price = units(rng, 5, 40, 1) * 100
    const d = bps(rng, 500, 1500, 500)
    const f = rng.int(1, 3)
    return {
      stem: `To close, a rep agrees ${rateText(d)} off ${an(amount($, price))} monthly price and ${f} free month${f === 1 ? '' : 's'} within a 12-month term (the customer pays for ${12 - f} months). What is the effective monthly price over the term?`,
      shape: money($),
      key: ['rnd', ['div', ['mul', ['pctOf', price, 10000 - d], 12 - f], 12]],
      wrong: [
        ['ignoresFreeMonths', ['pctOf', price, 10000 - d], 'leaves out the free months'],
        [
          'ignoresDiscount',
          ['rnd', ['div', ['mul', price, 12 - f], 12]],
          'leaves out the discount',
        ],
        [
          'freeAddedToTerm',
          ['rnd', ['div', ['mul', ['pctOf', price, 10000 - d], 12], 12 + f]],
          'adds the free months to the 12-month term',
        ],
        [
          'freeAsRateToo',
          [
            'rnd',
            [
              'div',
              ['mul', ['pctOf', price, 10000 - d - Math.round((f * 10000) / 12)], 12 - f],
              12,
            ],
          ],
          'takes the free months off twice, as months and again as a discount',
        ],
        [
          'freeAsPoints',
          ['rnd', ['div', ['mul', ['pctOf', price, 10000 - d - f * 100], 12], 12]],
          'reads each free month as one percentage point of discount',
        ],
        ['listPrice', price, 'quotes the list price'],
      ],
    }
  }),
  rule('b2b-identify-the-reservation-price', (rng) => positions(rng, 'reservation')),
  rule('b2b-give-get-response', (rng) => {
    const $ = symbol(rng)
    const asks = [
      ['a 10% discount', 'if you sign this quarter'],
      ['net 60 payment terms', 'if you commit to a two-year term'],
      ['free onboarding', 'if you add the analytics module'],
      ['a price lock for renewal', 'if you agree to be a reference customer'],
    ] as const
    const [want, get] = rng.pick(asks)
    const price = units(rng, 20, 90, 1) * 1000
    const texts: Record<Response, string> = {
      giveGet: `“We can do ${want} ${get}.”`,
      unilateral: `“We can do ${want} to keep things moving.”`,
      split: `“We can meet you halfway on ${want}.”`,
      refuse: `“We can’t do ${want} on ${an(amount($, price))} deal.”`,
      loyal: `“We can do ${want}, as you have been such a good customer to work with.”`,
      manager: `“I will ask my manager whether we can do ${want} for you this time.”`,
    }
    return {
      stem: `Late in ${an(amount($, price))} deal for ${product(rng)}, the buyer asks for ${want}. Which reply follows the give-get principle?`,
      table: 'responses',
      key: ['giveGet', texts.giveGet] as const,
      wrong: (['unilateral', 'split', 'refuse', 'loyal', 'manager'] as const).map(
        (r) => [r, texts[r], RESPONSE_MISTAKES[r]] as const,
      ),
      in: { want, get },
    }
  }),
  b2b('b2b-split-the-difference-price', (rng) => {
    const $ = symbol(rng)
    const ask = units(rng, 50, 120, 1) * 1000
    const offer = ask - units(rng, 10, 30, 1) * 1000
    const nextAsk = ask - units(rng, 2, 6, 1) * 1000
    return {
      stem: `A seller opened at ${amount($, ask)} and has since come down to ${amount($, nextAsk)}; the buyer's offer is ${amount($, offer)}. If they split the difference between their current positions, what is the price?`,
      shape: money($),
      key: ['rnd', ['div', ['add', nextAsk, offer], 2]],
      wrong: [
        [
          'buyerPlusQuarter',
          ['add', offer, ['rnd', ['div', ['sub', nextAsk, offer], 4]]],
          'moves the buyer only a quarter of the gap',
        ],
        [
          'sellerPlusHalfGap',
          ['add', nextAsk, ['rnd', ['div', ['sub', nextAsk, offer], 2]]],
          'adds half the gap to the seller’s position',
        ],
        [
          'openingAsk',
          ['rnd', ['div', ['add', ask, offer], 2]],
          'splits from the seller’s opening ask, not the current one',
        ],
        [
          'gapOnly',
          ['rnd', ['div', ['sub', nextAsk, offer], 2]],
          'gives half the gap instead of the price',
        ],
        [
          'splitsConcession',
          ['sub', nextAsk, ['rnd', ['div', ['sub', ask, nextAsk], 2]]],
          'halves the seller’s past concession instead of the gap',
        ],
      ],
    }
  }),
  b2b('b2b-prepayment-discount-versus-cost-of-capital', (rng) => {
    const $ = symbol(rng)
    const annual = units(rng, 24, 120, 12) * 100
    const r = bps(rng, 600, 1500, 100)
    return {
      stem: `A client pays ${amount($, annual)} a year in 12 equal payments at the end of each month. The seller's cost of capital is ${rateText(r)} a year, taken as ${rateText(r)} ÷ 12 a month. What upfront payment today is worth the same to the seller?`,
      shape: money($),
      key: [
        'rnd',
        [
          'mul',
          annual / 12,
          ['div', ['sub', 1, ['div', 1, ['pow', 1 + r / 120000, 12]]], r / 120000],
        ],
      ],
      wrong: [
        ['noDiscounting', annual, 'takes the year’s payments at face value'],
        [
          'wholeRateOff',
          ['pctOf', annual, 10000 - r],
          'takes the full annual rate off the year’s payments',
        ],
        [
          'halfRateOff',
          ['pctOf', annual, 10000 - r / 2],
          'takes half the annual rate off, as for money received mid-year',
        ],
        [
          'annuityDue',
          [
            'rnd',
            [
              'mul',
              annual / 12,
              1 + r / 120000,
              ['div', ['sub', 1, ['div', 1, ['pow', 1 + r / 120000, 12]]], r / 120000],
            ],
          ],
          'treats the payments as at the start of each month',
        ],
        [
          'yearOnTotal',
          ['rnd', ['div', annual, 1 + r / 10000]],
          'discounts the whole year’s payments by a full year',
        ],
        [
          'annualRateMonthly',
          [
            'rnd',
            [
              'mul',
              annual / 12,
              ['div', ['sub', 1, ['div', 1, ['pow', 1 + r / 10000, 12]]], r / 10000],
            ],
          ],
          'applies the annual rate to each month',
        ],
      ],
    }
  }),
  b2b('b2b-discount-equal-to-longer-terms', (rng) => {
    const r = bps(rng, 600, 1500, 100)
    const from = rng.pick([30, 45])
    const to = from + rng.pick([30, 60])
    return {
      stem: `A buyer asks to move from net ${from} to net ${to} instead of a discount. At the seller's ${rateText(r)} simple annual cost of capital on a 365-day year, what discount off the invoice costs the seller the same?`,
      shape: percent(2),
      key: ['div', ['mul', r / 10000, to - from], 365],
      wrong: [
        [
          'monthsAtAnnual',
          ['div', ['mul', r / 10000, (to - from) / 30], 12],
          'counts the extension in whole months of a twelfth each',
        ],
        [
          'halfExtension',
          ['div', ['mul', r / 10000, (to - from) / 2], 365],
          'prices half the extension, as an average balance',
        ],
        [
          'wholeTerm',
          ['div', ['mul', r / 10000, to], 365],
          'prices the whole new term, not the extra days',
        ],
        ['annualRate', r / 10000, 'offers the whole annual rate as the discount'],
        [
          'oldTerm',
          ['div', ['mul', r / 10000, from], 365],
          'prices the old term instead of the extension',
        ],
      ],
    }
  }),
  b2b('b2b-opening-ask-to-land-a-target', (rng) => {
    const $ = symbol(rng)
    const t = units(rng, 40, 120, 1) * 1000
    const o = t - units(rng, 5, 25, 1) * 1000
    return {
      stem: `A rep expects the buyer to open at ${amount($, o)} and the deal to settle halfway between the two opening positions. The rep wants to land at ${amount($, t)}. What should the rep's opening ask be?`,
      shape: money($),
      key: ['sub', 2 * t, o],
      wrong: [
        [
          'targetPlusGap',
          ['add', t, ['mul', 2, ['sub', t, o]]],
          'adds twice the gap to the target',
        ],
        [
          'averageOfTargetAndOffer',
          ['rnd', ['div', ['add', t, o], 2]],
          'opens halfway between the target and the buyer’s offer',
        ],
        [
          'halfGapAdded',
          ['add', t, ['rnd', ['div', ['sub', t, o], 2]]],
          'adds half the gap instead of the whole gap',
        ],
        ['targetAsAsk', t, 'opens at the target itself'],
        [
          'doubleTarget',
          ['sub', ['mul', 2, t], ['rnd', ['div', o, 2]]],
          'subtracts half the buyer’s offer from twice the target',
        ],
      ],
    }
  }),
  b2b('b2b-price-lock-saving-for-the-buyer', (rng) => {
    const $ = symbol(rng)
    const p = units(rng, 20, 90, 1) * 1000
    const u = bps(rng, 300, 800, 100)
    const y2: ['chain', number, number] = ['chain', p, -u]
    return {
      stem: `A buyer negotiates a price lock at ${amount($, p)} a year for three years instead of the standard ${rateText(u)} uplift each anniversary, compounding. How much does the lock save the buyer over the three years?`,
      shape: money($),
      key: ['sub', ['add', y2, ['chain', y2, -u]], 2 * p],
      wrong: [
        ['thirdYearPrice', ['chain', y2, -u], 'gives the third-year price without the lock'],
        [
          'unlockedTotal',
          ['add', p, y2, ['chain', y2, -u]],
          'gives the three years’ cost without the lock',
        ],
        ['lastYearOnly', ['sub', ['chain', y2, -u], p], 'counts only the third year’s uplift'],
        [
          'threeYearsOfFirstUplift',
          ['mul', ['pctOf', p, u], 3],
          'counts one uplift in each of the three years',
        ],
        [
          'simpleUplift',
          ['add', ['pctOf', p, u], ['pctOf', p, 2 * u]],
          'adds the uplifts without compounding',
        ],
        ['oneYearOnly', ['pctOf', p, u], 'counts the uplift of one year only'],
        [
          'upliftsAllYears',
          ['sub', ['add', y2, ['chain', y2, -u], ['chain', ['chain', y2, -u], -u]], 3 * p],
          'raises the first year too',
        ],
      ],
    }
  }),
  b2b('b2b-liability-cap-from-fees-paid', (rng) => {
    const $ = symbol(rng)
    const m1 = units(rng, 2, 8, 1) * 1000
    const m2 = m1 + units(rng, 1, 4, 1) * 1000
    const k = rng.int(3, 9)
    const years = rng.pick([2, 3])
    return {
      stem: `A ${years}-year services contract caps liability at the fees paid in the 12 months before the claim. Fees were ${amount($, m1)} a month for the first year and ${amount($, m2)} a month after. A claim arises ${k} months into year 2. What is the cap?`,
      shape: money($),
      key: ['add', ['mul', m2, k], ['mul', m1, 12 - k]],
      wrong: [
        ['currentRate', ['mul', m2, 12], 'takes twelve months at the current fee'],
        ['firstYearRate', ['mul', m1, 12], 'takes twelve months at the first-year fee'],
        [
          'contractValue',
          ['add', ['mul', m1, 12], ['mul', m2, 12 * (years - 1)]],
          'caps at the whole contract value',
        ],
        ['yearToDate', ['mul', m2, k], 'counts only the fees paid so far this contract year'],
        [
          'feesSwapped',
          ['add', ['mul', m1, k], ['mul', m2, 12 - k]],
          'swaps the months, taking the year-2 fee for the months before year 2 began',
        ],
      ],
    }
  }),
  b2b('b2b-sla-service-credit', (rng) => {
    const $ = symbol(rng)
    const fee = units(rng, 20, 150, 5) * 100
    const tiers = [
      [9990, 1000],
      [9950, 2500],
      [9900, 5000],
    ] as const
    const pick = rng.int(0, 2)
    const up =
      tiers[pick]![0] -
      rng.pick(
        [1, 5, 10, 20].filter((x) => x < (pick < 2 ? tiers[pick]![0] - tiers[pick + 1]![0] : 50)),
      )
    const credit = tiers[pick]![1]
    const next = pick < 2 ? tiers[pick + 1]![1] : 0
    const prev = pick > 0 ? tiers[pick - 1]![1] : 0
    return {
      stem: `An SLA credits 10% of the monthly fee if uptime is below 99.9%, 25% if below 99.5% and 50% if below 99.0% (one tier applies, the highest reached). Measured uptime was ${(up / 100).toFixed(2)}% and the monthly fee is ${amount($, fee)}. What is the service credit?`,
      shape: money($),
      key: ['pctOf', fee, credit],
      wrong: [
        [
          'creditOnWrongTierNone',
          ['pctOf', fee, Math.round(credit / 2)],
          'halves the credit, prorating for the part of the month affected',
        ],
        [
          'tiersAdded',
          ['pctOf', fee, tiers.slice(0, pick + 1).reduce((s, t) => s + t[1], 0)],
          'adds every tier passed instead of the highest one',
        ],
        // Below 99.0% there is no deeper tier to misread into.
        ...(pick < 2
          ? ([
              [
                'nextTier',
                ['pctOf', fee, next],
                'applies the next tier down, misreading which threshold the uptime falls below',
              ],
            ] as const)
          : []),
        ['annualFee', ['pctOf', fee * 12, credit], 'applies the credit to the annual fee'],
        [
          'firstListedTier',
          ['pctOf', fee, 1000],
          'stops at the first tier listed whose threshold the uptime is below',
        ],
        [
          'previousTier',
          ['pctOf', fee, prev],
          'applies the tier above, reading the threshold the wrong way',
        ],
        [
          'downtimeShare',
          ['pctOf', fee, 10000 - up],
          'credits only the share of the month the service was down',
        ],
      ],
    }
  }),
  b2b('b2b-present-value-of-a-later-payment', (rng) => {
    const $ = symbol(rng)
    const p = units(rng, 20, 120, 1) * 1000
    const r = bps(rng, 600, 1500, 100)
    const days = rng.pick([60, 90, 120])
    return {
      stem: `A buyer offers ${amount($, p)} paid in ${days} days. At the seller's ${rateText(r)} simple annual cost of capital on a 365-day year, what is that payment worth today?`,
      shape: money($),
      key: ['rnd', ['div', p, 1 + ((r / 10000) * days) / 365]],
      wrong: [
        ['faceValue', p, 'takes the payment at face value'],
        ['fullYear', ['rnd', ['div', p, 1 + r / 10000]], 'discounts a full year'],
        [
          'subtractsInterest',
          ['rnd', ['mul', p, 1 - ((r / 10000) * days) / 365]],
          'subtracts the interest instead of dividing it out',
        ],
        [
          'compoundsUp',
          ['rnd', ['mul', p, 1 + ((r / 10000) * days) / 365]],
          'adds interest instead of discounting',
        ],
        [
          'day360',
          ['rnd', ['div', p, 1 + ((r / 10000) * days) / 360]],
          'counts the days over a 360-day year',
        ],
        [
          'daysAsMonths',
          ['rnd', ['div', p, 1 + ((r / 10000) * days) / 12]],
          'reads the days as months of the year',
        ],
        ['oneMonth', ['rnd', ['div', p, 1 + r / 10000 / 12]], 'discounts a single month'],
      ],
    }
  }),
]
