import { client, family, money, rate, refuseUnless, share, whole } from './fa-text.js'

// The register's tax side. US: MACRS GDS percentages for the half-year convention, IRS
// Publication 946, Appendix A, Table A-1 (hundredths of a percent); under that convention the year
// of disposal gets half a year's deduction (Pub. 946 ch. 4); the mid-quarter convention applies
// when more than 40% of the year's depreciable basis is placed in service in the last three
// months, and 5-year property then takes 35, 25, 15 or 5% in year 1 by quarter (Tables A-2–A-5);
// a section 179 deduction comes off basis before the special (bonus) allowance, and both before
// MACRS (Pub. 946 ch. 3). UK: the annual investment allowance of £1,000,000 (Capital Allowances
// Act 2001 s51A, the amount fixed by Finance (No. 2) Act 2023), writing-down allowances of 18% on
// the main pool and 6% on the special rate pool (s56, s104D), proportionately less for a short
// chargeable period (s56(3)); a pool of £1,000 or less may be claimed in full (s56A); a disposal
// value is capped at cost (s62) and a disposal value above the pool is a balancing charge (s55);
// cars go to the main pool at 50 g/km CO2 or less, otherwise the special rate pool, with no AIA
// (s38B, s104AA). Deferred tax is the temporary difference times the rate (IAS 12.15).

/** MACRS half-year convention percentages by recovery period, in hundredths of a percent. */
export const MACRS_HALF_YEAR: Readonly<Record<number, readonly number[]>> = {
  3: [3333, 4445, 1481, 741],
  5: [2000, 3200, 1920, 1152, 1152, 576],
  7: [1429, 2449, 1749, 1249, 893, 892, 893, 446],
  10: [1000, 1800, 1440, 1152, 922, 737, 655, 655, 656, 655, 328],
}
const NEIGHBOUR: Readonly<Record<number, number>> = { 3: 5, 5: 7, 7: 5, 10: 7 }
const usd = (c: number) =>
  `$${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
const gbp = (c: number) =>
  `£${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
const AIA = 1_000_000_00
const MAIN = 1800
const SPECIAL = 600

/** Double-declining charges with no convention and no switch: what MACRS is not. */
function plainDouble(basis: number, life: number, year: number): number {
  let open = basis
  for (let y = 1; y < year; y++) open -= share(open, 2, life)
  return share(open, 2, life)
}

export const TAX_FAMILIES = [
  family('macrs-year-deduction', (rng) => {
    const life = rng.pick([3, 5, 7, 10])
    const t = MACRS_HALF_YEAR[life]!
    const basis = whole(rng, 5000, 250000, 10)
    const k = rng.int(2, Math.min(4, t.length - 1))
    const other = MACRS_HALF_YEAR[NEIGHBOUR[life]!]!
    return {
      stem: `A US client places ${life}-year MACRS property costing ${usd(basis)} in service in year 1 (GDS, 200% declining balance, half-year convention, IRS Pub. 946 Table A-1; no section 179 or bonus). What is the year ${k} deduction, to the cent?`,
      key: usd(share(basis, t[k - 1]!, 10000)),
      wrong: [
        [usd(share(basis, 1, life)), 'deducts straight line over the recovery period'],
        [usd(plainDouble(basis, life, k)), 'ignores the half-year convention'],
        [usd(share(basis, t[k]!, 10000)), 'reads the next year’s percentage'],
        [usd(share(basis, t[k - 2]!, 10000)), 'reads the previous year’s percentage'],
        [usd(share(basis, other[k - 1]!, 10000)), `uses the ${NEIGHBOUR[life]}-year column`],
      ],
      figures: { life, basis, k },
    }
  }),
  family('macrs-adjusted-basis', (rng) => {
    const life = rng.pick([3, 5, 7])
    const t = MACRS_HALF_YEAR[life]!
    const basis = whole(rng, 5000, 200000, 10)
    const k = rng.int(2, life - 1)
    const taken = (rates: readonly number[], years: number) =>
      rates.slice(0, years).reduce((s, p) => s + share(basis, p, 10000), 0)
    return {
      stem: `A US client's ${life}-year MACRS property cost ${usd(basis)} (GDS, half-year convention, Pub. 946 Table A-1; each year's deduction rounded to the cent). What is its adjusted basis after the year ${k} deduction?`,
      key: usd(basis - taken(t, k)),
      wrong: [
        [usd(basis - k * share(basis, 1, life)), 'deducts straight line'],
        [usd(taken(t, k)), 'gives the depreciation taken'],
        [usd(basis - taken(t, k - 1)), 'stops a year short'],
        [usd(basis - taken(t, k + 1)), 'takes one year too many'],
        [
          usd(basis - taken(MACRS_HALF_YEAR[NEIGHBOUR[life]!]!, k)),
          `uses the ${NEIGHBOUR[life]}-year column`,
        ],
      ],
      figures: { life, basis, k },
    }
  }),
  family('macrs-year-of-disposal', (rng) => {
    const life = rng.pick([5, 7])
    const t = MACRS_HALF_YEAR[life]!
    const basis = whole(rng, 5000, 200000, 10)
    const k = rng.int(2, life - 1)
    const mo = rng.int(2, 11)
    return {
      stem: `A US client sells ${life}-year MACRS equipment (basis ${usd(basis)}, placed in service in year 1 under the half-year convention) in month ${mo} of year ${k}. The year-${k} Table A-1 percentage is ${(t[k - 1]! / 100).toFixed(2)}%. What deduction is allowed for year ${k}, to the cent?`,
      key: usd(share(basis, t[k - 1]!, 20000)),
      wrong: [
        [usd(share(basis, t[k - 1]!, 10000)), 'takes the full year’s percentage'],
        [usd(share(basis, t[k - 1]! * mo, 120000)), 'prorates by months in use'],
        [usd(share(basis, t[k - 1]! * (2 * mo - 1), 240000)), 'applies a mid-month convention'],
        [usd(share(basis, 1, 2 * life)), 'takes half a year of straight line'],
      ],
      figures: { life, basis, k, mo },
    }
  }),
  family('section-179-bonus-then-macrs', (rng) => {
    const life = rng.pick([5, 7])
    const r1 = MACRS_HALF_YEAR[life]![0]!
    const cost = whole(rng, 40000, 400000, 100)
    const s179 = share(cost, rng.int(1000, 4000), 10000)
    const b = rng.pick([20, 40, 60, 80])
    const bonus = share(cost - s179, b, 100)
    const rest = cost - s179 - bonus
    const bonusFirst = share(cost, b, 100)
    return {
      stem: `A US client buys ${life}-year property for ${usd(cost)}, elects a section 179 deduction of ${usd(s179)} and takes ${b === 80 ? 'an' : 'a'} ${b}% special depreciation allowance, then MACRS (half-year convention, year-1 rate ${(r1 / 100).toFixed(2)}%) on what remains, in the order Pub. 946 sets. What is the total first-year deduction, to the cent?`,
      key: usd(s179 + bonus + share(rest, r1, 10000)),
      wrong: [
        [
          usd(bonusFirst + s179 + share(cost - bonusFirst - s179, r1, 10000)),
          'takes the bonus on full cost before section 179',
        ],
        [usd(s179 + bonus + share(cost, r1, 10000)), 'runs MACRS on the full cost'],
        [usd(s179 + bonus), 'leaves out the regular MACRS deduction'],
        [usd(s179 + bonus + share(cost - s179, r1, 10000)), 'does not reduce basis by the bonus'],
      ],
      figures: { life, cost, s179, b },
    }
  }),
  family('mid-quarter-convention-first-year', (rng) => {
    const q = [0, 1, 2, 3].map(() => whole(rng, 5000, 80000, 100))
    const total = q.reduce((s, x) => s + x, 0)
    const mq = q[3]! * 10 > total * 4
    refuseUnless(q[3]! * 10 !== total * 4, 'exactly 40%')
    const rates = [3500, 2500, 1500, 500]
    const mqDed = q.reduce((s, x, i) => s + share(x, rates[i]!, 10000), 0)
    const hyDed = share(total, 2000, 10000)
    return {
      stem: `A US calendar-year client places 5-year MACRS property in service this year: ${q.map((x, i) => `Q${i + 1} ${usd(x)}`).join(', ')}. Under Pub. 946, the mid-quarter convention applies if more than 40% of the year's basis is placed in service in Q4 (first-year rates 35%, 25%, 15%, 5% by quarter); otherwise the half-year convention's 20%. What is the total first-year deduction, each asset rounded to the cent?`,
      key: usd(mq ? mqDed : hyDed),
      wrong: [
        [
          usd(mq ? hyDed : mqDed),
          mq
            ? 'keeps the half-year convention despite the Q4 share'
            : 'applies mid-quarter without the Q4 share above 40%',
        ],
        [usd(share(total, 500, 10000)), 'applies the Q4 rate to every asset'],
        [usd(share(total, 4000, 10000)), 'takes a full year of double-declining'],
        [
          usd(q.reduce((s, x, i) => s + share(x, rates[3 - i]!, 10000), 0)),
          'reverses the quarter rates',
        ],
      ],
      figures: { q1: q[0]!, q2: q[1]!, q3: q[2]!, q4: q[3]! },
    }
  }),
  family('uk-aia-excess-to-main-pool', (rng) => {
    const spend = AIA + whole(rng, 20000, 600000, 1000)
    const pool = whole(rng, 50000, 800000, 1000)
    return {
      stem: `A UK company with a 12-month accounting period spends ${gbp(spend)} on plant for the main pool, and its main pool brought forward is ${gbp(pool)}. The annual investment allowance is £1,000,000 and the main-pool writing-down allowance 18%. What are its total capital allowances for the period?`,
      key: gbp(AIA + share(pool + spend - AIA, MAIN, 10000)),
      wrong: [
        [gbp(spend + share(pool, MAIN, 10000)), 'gives AIA on the whole spend'],
        [gbp(AIA + share(pool, MAIN, 10000)), 'leaves the excess spend out of the pool'],
        [gbp(AIA + share(pool + spend - AIA, SPECIAL, 10000)), 'uses the special rate on the pool'],
        [gbp(AIA + share(pool + spend, MAIN, 10000)), 'puts the whole spend in the pool as well'],
        [gbp(AIA + share(spend - AIA, MAIN, 10000)), 'leaves out the pool brought forward'],
      ],
      figures: { spend, pool },
    }
  }),
  family('uk-main-pool-after-disposal', (rng) => {
    const pool = whole(rng, 20000, 400000, 100)
    const car = whole(rng, 12000, 45000, 100)
    const proceeds = share(pool, rng.int(500, 3000), 10000)
    return {
      stem: `A UK company's main pool brought forward is ${gbp(pool)}. This period it buys a car emitting 40 g/km CO2 for ${gbp(car)} (main pool, no AIA on cars) and sells plant for ${gbp(proceeds)}, below its original cost. The main-pool writing-down allowance is 18%. What is the writing-down allowance?`,
      key: gbp(share(pool + car - proceeds, MAIN, 10000)),
      wrong: [
        [gbp(share(pool + car, MAIN, 10000)), 'does not deduct the disposal value'],
        [gbp(share(pool - proceeds, MAIN, 10000)), 'leaves the car out of the pool'],
        [gbp(car + share(pool - proceeds, MAIN, 10000)), 'gives the car the AIA'],
        [gbp(share(pool + car + proceeds, MAIN, 10000)), 'adds the disposal value'],
        [gbp(share(pool + car - proceeds, SPECIAL, 10000)), 'uses the special rate'],
      ],
      figures: { pool, car, proceeds },
    }
  }),
  family('uk-balancing-charge-capped-at-cost', (rng) => {
    const pool = whole(rng, 2000, 40000, 100)
    const cost = pool + whole(rng, 3000, 60000, 100)
    const proceeds = cost + whole(rng, 2000, 30000, 100)
    return {
      stem: `A UK company's main pool stands at ${gbp(pool)} when it sells a machine for ${gbp(proceeds)}; the machine cost ${gbp(cost)}. No other additions or disposals. Under CAA 2001, what balancing charge arises?`,
      key: gbp(cost - pool),
      wrong: [
        [gbp(proceeds - pool), 'does not cap the disposal value at cost'],
        [gbp(proceeds - cost), 'charges only the gain over cost'],
        [gbp(cost), 'charges the whole cost'],
        [gbp(proceeds), 'charges the whole proceeds'],
      ],
      figures: { pool, cost, proceeds },
    }
  }),
  family('uk-small-pool-write-off', (rng) => {
    // Pence in every figure and three-digit answers throughout, so no option stands out by shape.
    const b = whole(rng, 1100, 3000, 1) + rng.int(1, 99)
    const v = whole(rng, 600, 999, 1) + rng.int(1, 99)
    const p = b - v
    return {
      stem: `A UK company's main pool brought forward is ${gbp(b)}; this 12-month period it sells plant for ${gbp(p)} (below cost) and makes no additions. The main-pool writing-down allowance is 18%, and CAA 2001 s56A lets a pool of £1,000 or less be written off. What is the largest allowance it may claim?`,
      key: gbp(v),
      wrong: [
        [gbp(share(v, MAIN, 10000)), 'takes the 18% allowance on what is left'],
        [gbp(share(b, MAIN, 10000)), 'takes 18% before deducting the sale'],
        [gbp(v - share(v, MAIN, 10000)), 'gives the balance carried forward'],
      ],
      figures: { b, v },
    }
  }),
  family('uk-special-rate-pool', (rng) => {
    const bm = whole(rng, 20000, 400000, 100)
    const em = whole(rng, 5000, 200000, 100)
    const bs = whole(rng, 10000, 200000, 100)
    const es = whole(rng, 5000, 150000, 100)
    return {
      stem: `A UK company has used its whole annual investment allowance on other spending this period. Pools brought forward: main ${gbp(bm)}, special rate ${gbp(bs)}. Further additions: plant ${gbp(em)} (main pool) and integral features ${gbp(es)} (special rate pool). Rates: 18% main, 6% special rate. What are the total writing-down allowances?`,
      key: gbp(share(bm + em, MAIN, 10000) + share(bs + es, SPECIAL, 10000)),
      wrong: [
        [gbp(share(bm + em + bs + es, MAIN, 10000)), 'puts integral features in the main pool'],
        [gbp(share(bm + em + bs + es, SPECIAL, 10000)), 'takes 6% on everything'],
        [gbp(share(bm + em, SPECIAL, 10000) + share(bs + es, MAIN, 10000)), 'swaps the two rates'],
        [gbp(share(bm, MAIN, 10000) + share(bs, SPECIAL, 10000)), 'leaves out the additions'],
      ],
      figures: { bm, em, bs, es },
    }
  }),
  family('uk-aia-to-special-rate-first', (rng) => {
    const es = whole(rng, 200000, 800000, 1000)
    const em = AIA - es + whole(rng, 50000, 500000, 1000)
    const bm = whole(rng, 0, 200000, 1000)
    const main = (aiaOnMain: number, aiaOnSpecial: number) =>
      AIA + share(bm + em - aiaOnMain, MAIN, 10000) + share(es - aiaOnSpecial, SPECIAL, 10000)
    const proRataSpecial = share(AIA, es, es + em)
    return {
      stem: `A UK company spends ${gbp(em)} on main-pool plant and ${gbp(es)} on integral features (special rate pool) in a 12-month period; main pool brought forward ${gbp(bm)}, no special rate pool. AIA £1,000,000; writing-down allowances 18% main, 6% special rate. Allocating the AIA to give the largest total, what are the period's capital allowances?`,
      key: gbp(main(AIA - es, es)),
      wrong: [
        [
          gbp(AIA + share(bm + em - AIA, MAIN, 10000) + share(es, SPECIAL, 10000)),
          'sets the AIA against main-pool plant first',
        ],
        [gbp(main(AIA - proRataSpecial, proRataSpecial)), 'splits the AIA pro rata'],
        [gbp(share(bm + em, MAIN, 10000) + share(es, SPECIAL, 10000)), 'claims no AIA'],
        [gbp(em + es + share(bm, MAIN, 10000)), 'gives AIA on all the spending'],
      ],
      figures: { es, em, bm },
    }
  }),
  family('uk-short-period-wda', (rng) => {
    const pool = whole(rng, 10000, 500000, 100)
    const p = rng.pick([3, 4, 6, 8, 9, 10])
    return {
      stem: `A UK company draws up a ${p}-month chargeable period. Its main pool is ${gbp(pool)} with no additions or disposals, and the writing-down allowance is 18% a year, reduced proportionately for a short period (CAA 2001 s56(3)). What writing-down allowance may it claim?`,
      key: gbp(share(pool, MAIN * p, 120000)),
      wrong: [
        [gbp(share(pool, MAIN, 10000)), 'takes the full-year allowance'],
        [gbp(share(pool, SPECIAL * p, 120000)), 'uses the special rate'],
        [gbp(share(pool, MAIN * (12 - p), 120000)), 'prorates by the months outside the period'],
        [gbp(share(pool, MAIN, 20000)), 'takes half a year'],
      ],
      figures: { pool, p },
    }
  }),
  family('uk-car-emissions-pool', (rng) => {
    const cost = whole(rng, 15000, 60000, 100)
    const g = rng.pick([20, 35, 45, 50, 75, 110, 130, 160])
    const special = g > 50
    const r = special ? SPECIAL : MAIN
    return {
      stem: `A UK company buys a car for ${gbp(cost)} emitting ${g} g/km CO2; it has no other additions or pools. Cars of 50 g/km or less go to the main pool (18%), others to the special rate pool (6%), and cars get no AIA. What writing-down allowance does the car give in a 12-month period?`,
      key: gbp(share(cost, r, 10000)),
      wrong: [
        [gbp(share(cost, special ? MAIN : SPECIAL, 10000)), 'puts the car in the other pool'],
        [gbp(cost), 'gives the car the AIA'],
        [gbp(share(cost, 800, 10000)), 'uses the 8% special rate before April 2019'],
        [gbp(share(cost, r, 20000)), 'halves the allowance in the first year'],
      ],
      figures: { cost, g },
    }
  }),
  family('deferred-tax-on-plant', (rng) => {
    const cost = whole(rng, 50000, 800000, 1000)
    const ca = share(cost, rng.int(5000, 8000), 10000)
    const tb = share(cost, rng.int(2000, 4500), 10000)
    const t = rng.pick([1900, 2100, 2500, 3000])
    const m = money(rng)
    return {
      stem: `${client(rng)}'s plant cost ${m(cost)}; its carrying amount is ${m(ca)} and its tax written-down value ${m(tb)}. The tax rate is ${rate(t)}. Under IAS 12, what deferred tax liability arises on the plant?`,
      key: m(share(ca - tb, t, 10000)),
      wrong: [
        [m(share(ca, t, 10000)), 'taxes the whole carrying amount'],
        [m(ca - tb), 'gives the temporary difference untaxed'],
        [m(share(cost - tb, t, 10000)), 'compares cost with the tax value'],
        [m(share(tb, t, 10000)), 'taxes the tax written-down value'],
      ],
      figures: { cost, ca, tb, t },
    }
  }),
  family('taxable-profit-adjustment', (rng) => {
    const p = whole(rng, 20000, 400000, 100)
    const d = whole(rng, 5000, 90000, 100)
    const a = whole(rng, 5000, 120000, 100)
    const l = whole(rng, 500, 12000, 50)
    const m = money(rng)
    return {
      stem: `${client(rng)}'s accounting profit is ${m(p)} after depreciation of ${m(d)} and a loss on disposal of plant of ${m(l)}. Its capital allowances are ${m(a)}. Depreciation and accounting gains or losses on plant are not taxable or deductible; capital allowances replace them. What is the taxable profit?`,
      key: m(p + d + l - a),
      wrong: [
        [m(p + d - a), 'leaves the loss on disposal deducted'],
        [m(p - d - l + a), 'reverses every adjustment'],
        [m(p - a), 'deducts capital allowances without adding back depreciation'],
        [m(p + d + l), 'leaves out the capital allowances'],
        [m(p + d + l + a), 'adds the capital allowances as income'],
      ],
      figures: { p, d, a, l },
    }
  }),
  family('register-net-book-value', (rng) => {
    const lines = [0, 1, 2, 3].map(() => {
      const c = whole(rng, 3000, 90000, 50)
      return [c, share(c, rng.int(1000, 8000), 10000)] as const
    })
    const gone = rng.int(0, 3)
    const m = money(rng)
    const live = lines.filter((_, i) => i !== gone)
    const nbv = (xs: readonly (readonly [number, number])[]) =>
      xs.reduce((s, [c, a]) => s + c - a, 0)
    return {
      stem: `${client(rng)}'s fixed-asset register lists: ${lines.map(([c, a], i) => `asset ${i + 1} cost ${m(c)}, accumulated depreciation ${m(a)}${i === gone ? ' (sold last month, not yet removed)' : ''}`).join('; ')}. What net book value should the register report for assets held?`,
      key: m(nbv(live)),
      wrong: [
        [m(nbv(lines)), 'keeps the sold asset in the total'],
        [m(live.reduce((s, [c]) => s + c, 0)), 'reports cost'],
        [m(nbv(lines) - lines[gone]![0]), 'removes the sold asset’s cost only'],
        [m(live.reduce((s, [, a]) => s + a, 0)), 'reports accumulated depreciation'],
      ],
      figures: Object.fromEntries([
        ['gone', gone],
        ...lines.flatMap(([c, a], i) => [
          [`c${i}`, c],
          [`a${i}`, a],
        ]),
      ]),
    }
  }),
  family('register-to-ledger-reconciliation', (rng) => {
    const g = whole(rng, 100000, 900000, 100)
    const add = whole(rng, 2000, 40000, 50)
    const sold = whole(rng, 2000, 40000, 50)
    const reg = g + add + sold
    const m = money(rng)
    return {
      stem: `${client(rng)}'s plant cost account shows ${m(g)}; the fixed-asset register totals ${m(reg)}. Reconciling, you find a ${m(add)} machine posted to repairs (it belongs in plant, and is in the register) and a ${m(sold)} machine sold during the year that was removed from the ledger but is still in the register. What is the correct plant cost?`,
      key: m(g + add),
      wrong: [
        [m(reg), 'accepts the register total'],
        [m(g), 'accepts the ledger balance'],
        [m(g + sold), 'adds the sold machine back to the ledger'],
        [m(g + add - sold), 'removes the sold machine from the ledger again'],
        [m(g - add), 'takes the misposted machine out of the ledger'],
        [m(reg + add), 'adds the misposted machine to the register total'],
      ],
      figures: { g, add, sold },
    }
  }),
  family('uk-aia-short-period-limit', (rng) => {
    const p = rng.pick([3, 4, 6, 8, 9])
    const limit = share(AIA, p, 12)
    const spend = limit + whole(rng, 20000, 400000, 1000)
    return {
      stem: `A UK company's first chargeable period runs ${p} months. It spends ${gbp(spend)} on main-pool plant and has no pool brought forward. The £1,000,000 annual investment allowance and the 18% writing-down allowance are both reduced proportionately for a short period (CAA 2001 s51A(6), s56(3)). What are its total capital allowances?`,
      key: gbp(limit + share(spend - limit, MAIN * p, 120000)),
      wrong: [
        [gbp(spend), 'gives the full AIA on the whole spend'],
        [
          gbp(limit + share(spend - limit, MAIN, 10000)),
          'takes a full year’s writing-down allowance',
        ],
        [gbp(limit), 'puts nothing in the pool'],
        [gbp(limit + share(spend, MAIN * p, 120000)), 'writes down the whole spend as well'],
      ],
      figures: { p, spend },
    }
  }),
]
