// A second implementation of the travel money families: exact rationals in BigInt, rounded half
// up, shown through Intl currency formatting.

import { big, eur, half, type In, type Twin, usd } from './travel-second-computations.js'

const n = (x: In, k: string) => x[k] as number
const b = (x: In, k: string) => BigInt(n(x, k))
const sum = (xs: number[]) => xs.reduce((t, v) => t + v, 0)

const fx = (x: In, num: (a: bigint, r: bigint, f: bigint) => bigint, den: bigint) =>
  usd(half(num(b(x, 'amount'), big(n(x, 'rate'), 10_000), big(n(x, 'fee'), 1000)), den))
const mile = (x: In, miles: number) => usd(half(BigInt(miles) * big(n(x, 'rate'), 1000), 10n))
const settle = (v: number) =>
  v >= 0 ? `The company pays the traveller ${usd(v)}` : `The traveller repays ${usd(-v)}`
const spends = (x: In) => [0, 1, 2, 3].map((k) => n(x, `s${k}`))

export const MONEY_TWINS: Record<string, Record<string, Twin>> = {
  'per-diem-first-and-last-day-at-75-percent': {
    key: (x) => usd(n(x, 'rate') * (n(x, 'days') - 2) + 2 * Number(half(b(x, 'rate') * 3n, 4n))),
    fullDays: (x) => usd(n(x, 'rate') * n(x, 'days')),
    nights: (x) => usd(n(x, 'rate') * (n(x, 'days') - 1)),
    oneEnd: (x) => usd(n(x, 'rate') * (n(x, 'days') - 1) + Number(half(b(x, 'rate') * 3n, 4n))),
    dropEnds: (x) => usd(n(x, 'rate') * (n(x, 'days') - 2)),
  },
  'per-diem-deduct-provided-meals': {
    key: (x) => usd(100 * n(x, 'days') * (n(x, 'total') - n(x, 'b') - n(x, 'l'))),
    noDeduction: (x) => usd(100 * n(x, 'days') * n(x, 'total')),
    dinnerOnly: (x) => usd(100 * n(x, 'days') * n(x, 'd')),
    wrongMeal: (x) => usd(100 * n(x, 'days') * (n(x, 'total') - n(x, 'b') - n(x, 'd'))),
    onceOnly: (x) => usd(100 * (n(x, 'days') * n(x, 'total') - n(x, 'b') - n(x, 'l'))),
  },
  'lodging-over-the-nightly-cap': {
    key: (x) => usd(Math.min(n(x, 'cap'), n(x, 'rate')) * n(x, 'nights')),
    fullRate: (x) => usd(n(x, 'rate') * n(x, 'nights')),
    excess: (x) => usd((n(x, 'rate') - n(x, 'cap')) * n(x, 'nights')),
    daysNotNights: (x) => usd(n(x, 'cap') * (n(x, 'nights') + 1)),
    capOnce: (x) => usd(n(x, 'rate') * (n(x, 'nights') - 1) + n(x, 'cap')),
  },
  'foreign-receipt-at-stated-rate-with-card-fee': {
    key: (x) => fx(x, (a, r, f) => a * r * (1000n + f), 10_000_000n),
    divide: (x) =>
      usd(
        half(
          b(x, 'amount') * 10_000n * (1000n + big(n(x, 'fee'), 1000)),
          big(n(x, 'rate'), 10_000) * 1000n,
        ),
      ),
    noFee: (x) => fx(x, (a, r) => a * r, 10_000n),
    feeOnForeign: (x) => fx(x, (a, r, f) => a * r * 1000n + a * f * 10_000n, 10_000_000n),
  },
  'mileage-less-the-usual-commute': {
    key: (x) => mile(x, 2 * (n(x, 'oneWay') - n(x, 'commute'))),
    noCommute: (x) => mile(x, 2 * n(x, 'oneWay')),
    oneWay: (x) => mile(x, n(x, 'oneWay') - n(x, 'commute')),
    commuteOnce: (x) => mile(x, 2 * n(x, 'oneWay') - n(x, 'commute')),
    commuteRoundEachLeg: (x) => mile(x, 2 * n(x, 'oneWay') - 4 * n(x, 'commute')),
  },
  'meal-tip-capped-at-percent-of-pre-tax': {
    key: (x) =>
      usd(n(x, 'sub') + n(x, 'tax') + Number(half(b(x, 'sub') * big(n(x, 'cap'), 100), 100n))),
    noCap: (x) => usd(n(x, 'sub') + n(x, 'tax') + n(x, 'tip')),
    capOnTotal: (x) =>
      usd(
        n(x, 'sub') +
          n(x, 'tax') +
          Number(half((b(x, 'sub') + b(x, 'tax')) * big(n(x, 'cap'), 100), 100n)),
      ),
    noTip: (x) => usd(n(x, 'sub') + n(x, 'tax')),
    capOfTip: (x) =>
      usd(
        n(x, 'sub') + n(x, 'tax') + Number(half(BigInt(n(x, 'tip')) * big(n(x, 'cap'), 100), 100n)),
      ),
    noTax: (x) =>
      usd(n(x, 'sub') + Number(half(BigInt(n(x, 'sub')) * big(n(x, 'cap'), 100), 100n))),
  },
  'daily-meal-cap-applied-day-by-day': {
    key: (x) => usd(sum(spends(x).map((v) => Math.min(v, n(x, 'cap'))))),
    capAsFloor: (x) => usd(sum(spends(x).map((v) => Math.max(v, n(x, 'cap'))))),
    allowanceLessExcess: (x) =>
      usd(
        4 * n(x, 'cap') -
          sum(
            spends(x)
              .filter((v) => v > n(x, 'cap'))
              .map((v) => v - n(x, 'cap')),
          ),
      ),
    noCap: (x) => usd(sum(spends(x))),
    capEveryDay: (x) => usd(4 * n(x, 'cap')),
    dropOverDays: (x) => usd(sum(spends(x).filter((v) => v <= n(x, 'cap')))),
  },
  'settle-a-cash-advance': {
    key: (x) => settle(n(x, 'claimed') - n(x, 'rejected') - n(x, 'adv')),
    withRejected: (x) => settle(n(x, 'claimed') - n(x, 'adv')),
    reversed: (x) => settle(n(x, 'adv') - n(x, 'claimed') + n(x, 'rejected')),
    ignoresAdvance: (x) => settle(n(x, 'claimed') - n(x, 'rejected')),
  },
  'hotel-folio-personal-charges-removed': {
    key: (x) => usd(n(x, 'room') * n(x, 'nights') + n(x, 'roomTax') + n(x, 'wifi')),
    wholeFolio: (x) =>
      usd(
        sum(['roomTax', 'wifi', 'minibar', 'movie'].map((k) => n(x, k))) +
          n(x, 'room') * n(x, 'nights'),
      ),
    noTax: (x) => usd(n(x, 'room') * n(x, 'nights') + n(x, 'wifi')),
    withMinibar: (x) =>
      usd(n(x, 'room') * n(x, 'nights') + n(x, 'roomTax') + n(x, 'wifi') + n(x, 'minibar')),
    oneNight: (x) => usd(n(x, 'room') + n(x, 'roomTax') + n(x, 'wifi')),
  },
  'upgrade-paid-over-the-economy-fare': {
    key: (x) => usd(n(x, 'eco') + n(x, 'fee')),
    paid: (x) => usd(n(x, 'paid') + n(x, 'fee')),
    difference: (x) => usd(n(x, 'paid') - n(x, 'eco')),
    noFee: (x) => usd(n(x, 'eco')),
  },
  'change-fee-plus-fare-difference': {
    key: (x) => usd(n(x, 'fee') + Math.max(0, n(x, 'now') - n(x, 'paid'))),
    noFee: (x) => usd(n(x, 'now') - n(x, 'paid')),
    feeOnly: (x) => usd(n(x, 'fee')),
    newFare: (x) => usd(n(x, 'fee') + n(x, 'now')),
    rebuy: (x) => usd(n(x, 'now')),
    feePlusOld: (x) => usd(n(x, 'fee') + n(x, 'paid')),
  },
  'change-to-a-cheaper-fare-no-residual': {
    key: (x) => usd(n(x, 'fee') + Math.max(0, n(x, 'now') - n(x, 'paid'))),
    credit: (x) => usd(Math.abs(n(x, 'fee') - n(x, 'paid') + n(x, 'now'))),
    newFare: (x) => usd(n(x, 'fee') + n(x, 'now')),
    difference: (x) => usd(n(x, 'paid') - n(x, 'now')),
  },
  'unused-non-refundable-ticket-tax-refund': {
    key: (x) => usd(n(x, 'tax')),
    withSurcharge: (x) => usd(n(x, 'tax') + n(x, 'yq')),
    fare: (x) => usd(n(x, 'base')),
    all: (x) => usd(n(x, 'base') + n(x, 'yq') + n(x, 'tax')),
  },
  'excess-baggage-weight-concept': {
    // Weights in tenths of a kilogram, so the part-kilogram rule is integer arithmetic.
    key: (x) => {
      const over = Math.round(n(x, 'b0') * 10) + Math.round(n(x, 'b1') * 10) - n(x, 'allow') * 10
      return usd(Math.ceil(over / 10) * n(x, 'perKg'))
    },
    eachBag: (x) => {
      const over = Math.round(n(x, 'b0') * 10) + Math.round(n(x, 'b1') * 10) - n(x, 'allow') * 10
      return usd(2 * Math.ceil(over / 10) * n(x, 'perKg'))
    },
    perBagAllowance: (x) =>
      usd(
        ['b0', 'b1']
          .map((k) => Math.max(0, Math.round(n(x, k) * 10) - n(x, 'allow') * 10))
          .reduce((t, o) => t + Math.ceil(o / 10), 0) * n(x, 'perKg'),
      ),
    total: (x) =>
      usd(
        Math.ceil((Math.round(n(x, 'b0') * 10) + Math.round(n(x, 'b1') * 10)) / 10) * n(x, 'perKg'),
      ),
    noRound: (x) =>
      usd(
        Number(
          half(
            BigInt(Math.round(n(x, 'b0') * 10) + Math.round(n(x, 'b1') * 10) - n(x, 'allow') * 10) *
              b(x, 'perKg'),
            10n,
          ),
        ),
      ),
  },
  'piece-concept-extra-and-overweight-bag': {
    key: (x) => usd(n(x, 'extra') + (n(x, 'w2') > 23 ? n(x, 'heavy') : 0)),
    extraOnly: (x) => usd(n(x, 'extra')),
    heavyOnly: (x) => usd(n(x, 'heavy')),
    heavyOnBoth: (x) => usd(n(x, 'extra') + n(x, 'heavy') * 2),
    twoPieces: (x) => usd(n(x, 'extra') * 2),
    allCharges: (x) => usd((n(x, 'extra') + n(x, 'heavy')) * 2),
    bothPieces: (x) => usd(2 * n(x, 'extra') + n(x, 'heavy')),
  },
  'eu261-compensation-by-distance-and-arrival-delay': {
    key: (x) => {
      if (n(x, 'arrDelay') < 180) return eur(0)
      const km = n(x, 'km')
      if (km <= 1500) return eur(25_000)
      if (n(x, 'intra') === 1 || km <= 3500) return eur(40_000)
      return eur(60_000)
    },
    departure: (x) => (n(x, 'depDelay') < 180 ? eur(0) : undefined),
    band250: () => eur(25_000),
    band400: () => eur(40_000),
    band600: () => eur(60_000),
  },
}
