import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, cents, client, family, figures, part, symbol } from './pro-text.js'

// Contract money clauses as the contract states them: liquidated damages per complete week and
// their cap, damages per day after a grace period, index-linked price adjustment with a fixed
// share, adjustment only beyond a threshold, retention on interim payments, and service credits
// by availability band.

const DAY = 86_400_000
/** An ISO date `days` after `iso`. */
const later = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
/** Monday to Friday days after `from` up to and including `to`. */
function weekdaysAfter(from: string, to: string): number {
  let n = 0
  for (let d = later(from, 1); d <= to; d = later(d, 1)) {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay()
    if (w !== 0 && w !== 6) n++
  }
  return n
}
const showDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`
}

export const CONTRACT_FAMILIES: readonly ScenarioFamily[] = [
  family('liquidated-damages-complete-weeks-capped', (rng) => {
    const value = amount(rng, 50_000, 400_000, 1_000)
    const rate = rng.pick([50, 75, 100]) // basis points of the contract value per week
    const cap = rng.pick([1_500, 2_000]) // basis points, above any delay drawn here
    const days = rng.int(10, 90)
    const m = cents(symbol(rng))
    const weekly = part(value * rate, 10_000)
    const capped = (x: number) => Math.min(x, part(value * cap, 10_000))
    return figures(rng, m, {
      stem: `A ${m(value)} supply contract sets liquidated damages at ${rate / 100}% of the contract price for each complete week of delay, capped at ${cap / 100}% of the contract price. Delivery is ${days} days late. What damages can ${client(rng)} deduct?`,
      in: { value, rate, cap, days },
      key: capped(Math.floor(days / 7) * weekly),
      wrong: [
        ['partWeeks', capped(Math.ceil(days / 7) * weekly), 'counts a part week as a week'],
        ['noCap', Math.floor(days / 7) * weekly, 'ignores the cap'],
        ['capAlways', part(value * cap, 10_000), 'deducts the cap whatever the delay'],
        [
          'perDay',
          capped(days * part(weekly, 7)),
          'charges a seventh of the weekly rate for every day',
        ],
        ['workingWeeks', capped(Math.floor(days / 5) * weekly), 'counts weeks of five days'],
        ['oneWeek', weekly, 'deducts one week’s damages'],
      ],
    })
  }),
  family('delay-damages-after-grace-period', (rng) => {
    const due = later('2026-01-05', rng.int(0, 600))
    const late = rng.int(12, 45)
    const done = later(due, late)
    const grace = rng.pick([3, 5, 7])
    const perDay = amount(rng, 100, 900, 10)
    const m = cents(symbol(rng))
    const days = late - grace
    return figures(rng, m, {
      stem: `Completion was due on ${showDate(due)} and achieved on ${showDate(done)}. The contract sets delay damages of ${m(perDay)} per calendar day of delay after a grace period of ${grace} calendar days. How much are the delay damages?`,
      in: { due, done, grace, perDay },
      key: days * perDay,
      wrong: [
        ['noGrace', late * perDay, 'charges the grace days too'],
        ['workingDays', (weekdaysAfter(due, done) - grace) * perDay, 'counts working days only'],
        ['graceAsWeeks', (late - 7 * grace) * perDay, 'reads the grace period in weeks'],
        ['weeksOnly', Math.floor(days / 7) * perDay, 'charges the daily rate per week'],
        ['graceAdded', (late + grace) * perDay, 'adds the grace period to the delay'],
        ['graceOnly', grace * perDay, 'charges the grace days only'],
      ],
    })
  }),
  family('index-linked-price-adjustment', (rng) => {
    const base = amount(rng, 50, 900) + rng.int(0, 99)
    const fixed = rng.pick([10, 15, 20, 25, 30])
    const i0 = rng.int(104, 130) * 10
    const i1 = i0 + rng.int(3, 14) * 10
    const m = cents(symbol(rng))
    const adj = (f: number, v: number) => part(base * (f * i0 + v * i1), 100 * i0)
    return figures(rng, m, {
      stem: `A unit price of ${m(base)} is adjusted by P = P0 × (${fixed / 100} + ${(100 - fixed) / 100} × I1 ÷ I0), where I0 is the index at the base date (${(i0 / 10).toFixed(1)}) and I1 the index at adjustment (${(i1 / 10).toFixed(1)}), to the nearest cent. What is the adjusted unit price?`,
      in: { base, fixed, i0, i1 },
      key: adj(fixed, 100 - fixed),
      wrong: [
        [
          'fullIndex',
          part(base * i1, i0),
          'applies the whole index change, ignoring the fixed share',
        ],
        [
          'pointsAsPercent',
          base + part(base * (100 - fixed) * (i1 - i0), 100 * 10 * 100),
          'takes the rise in index points as a percentage',
        ],
        ['swappedShares', adj(100 - fixed, fixed), 'swaps the fixed and variable shares'],
        [
          'variableOnly',
          part(base * (100 - fixed) * i1, 100 * i0),
          'drops the fixed share from the formula',
        ],
        [
          'inverted',
          part(base * (fixed * i1 + (100 - fixed) * i0), 100 * i1),
          'divides the base index by the current index',
        ],
        [
          'fixedOnRise',
          part(base * (100 * i0 + fixed * (i1 - i0)), 100 * i0),
          'passes on only the fixed share of the rise',
        ],
      ],
    })
  }),
  family('price-adjustment-beyond-threshold', (rng) => {
    const base = amount(rng, 10_000, 90_000, 100)
    const band = rng.pick([3, 5])
    const rise = band + rng.int(1, 9)
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `A fixed-price contract worth ${m(base)} a year may be adjusted only for the part of a cost-index change beyond ±${band}%: smaller changes are absorbed by the supplier. The index has risen ${rise}% at the review date. What is the new annual price?`,
      in: { base, band, rise },
      key: base + part(base * (rise - band), 100),
      wrong: [
        ['fullRise', base + part(base * rise, 100), 'passes on the whole rise'],
        ['bandOnly', base + part(base * band, 100), 'passes on the band rather than the excess'],
        ['noChange', base, 'treats any rise as absorbed'],
        [
          'doubleBand',
          base + part(base * Math.max(0, rise - 2 * band), 100),
          'deducts the band from both sides',
        ],
        ['riseAndBand', base + part(base * (rise + band), 100), 'adds the band to the rise'],
        ['increaseOnly', part(base * (rise - band), 100), 'gives the increase, not the new price'],
      ],
    })
  }),
  family('interim-payment-less-retention', (rng) => {
    const prior = amount(rng, 20_000, 200_000, 100)
    const now = prior + amount(rng, 10_000, 120_000, 100)
    const r = rng.pick([3, 5, 10])
    const m = cents(symbol(rng))
    const net = (gross: number) => gross - part(gross * r, 100)
    return figures(rng, m, {
      stem: `Interim valuations are cumulative and ${r}% retention is held on every valuation. Valuation 3 values work done to date at ${m(now)}; valuation 2 valued it at ${m(prior)} and was paid in full less retention. What is due on valuation 3?`,
      in: { prior, now, r },
      key: net(now) - net(prior),
      wrong: [
        ['noRetention', now - prior, 'pays the increase without holding retention'],
        [
          'cumulativeNet',
          net(now),
          'pays the cumulative value less retention, forgetting what was paid',
        ],
        [
          'retentionOnly',
          part(now * r, 100) - part(prior * r, 100),
          'gives the retention held this time',
        ],
        [
          'grossPriorDeducted',
          net(now) - prior,
          'deducts the prior valuation gross instead of what was paid',
        ],
        [
          'doubleRetention',
          now - prior - 2 * (part(now * r, 100) - part(prior * r, 100)),
          'holds retention twice on the increase',
        ],
        [
          'allRetentionAgain',
          now - prior - part(now * r, 100),
          'holds retention on the whole cumulative value from this payment',
        ],
      ],
    })
  }),
  family('service-credit-by-availability', (rng) => {
    const fee = amount(rng, 2_000, 30_000, 50)
    const bands = [
      [9950, 0],
      [9900, 5],
      [9800, 10],
      [0, 20],
    ] as const
    const avail = rng.pick([9920, 9935, 9905, 9880, 9850, 9810, 9790, 9720])
    const credit = (a: number) => bands.find(([floor]) => a >= floor)![1]
    const k = bands.findIndex(([floor]) => avail >= floor)
    const m = cents(symbol(rng))
    const bandRate = (j: number) => bands[Math.max(0, Math.min(3, j))]![1]
    return figures(rng, m, {
      stem: `A hosting contract's monthly fee is ${m(fee)}. Service credits by monthly availability: 99.50% or more, none; 99.00% to 99.49%, 5% of the fee; 98.00% to 98.99%, 10%; below 98.00%, 20%. Availability this month was ${(avail / 100).toFixed(2)}%. What credit is due?`,
      in: { fee, avail },
      key: part(fee * credit(avail), 100),
      wrong: [
        ['bandAbove', part(fee * bandRate(k - 1), 100), 'reads the next band up'],
        ['bandBelow', part(fee * bandRate(k + 1), 100), 'reads the next band down'],
        [
          'shortfall',
          part(fee * (9950 - avail), 10_000),
          'credits the percentage points of shortfall',
        ],
        ['annual', 12 * part(fee * credit(avail), 100), 'credits a year’s fee'],
        ['wholeFee', fee, 'credits the whole month’s fee'],
        [
          'cumulative',
          part(fee * bands.slice(1, k + 1).reduce((a, [, c]) => a + c, 0), 100),
          'adds the credits of every band passed',
        ],
      ],
    })
  }),
]
