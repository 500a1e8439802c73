import { MONTH_NAMES } from '../month-names.js'
import {
  asset,
  client,
  family,
  money,
  presentValue,
  rate,
  refuseUnless,
  share,
  whole,
} from './fa-text.js'

// Impairment under IAS 36 unless a stem says US GAAP. Recoverable amount is the higher of fair
// value less costs of disposal and value in use (36.18); costs of disposal are incremental costs
// such as legal costs and removal, not finance costs or reorganisation (36.28). Value in use
// discounts the asset's own future cash flows, financing flows excluded (36.50), at a pre-tax
// rate (36.55). The loss is carrying amount less recoverable amount (36.59); later depreciation
// spreads the new carrying amount over the remaining life (36.63). A cash-generating unit's loss
// goes to goodwill first, then pro rata to the other assets on carrying amount (36.104), none
// below the highest of its fair value less costs of disposal, value in use and zero (36.105). A
// reversal is capped at the carrying amount the asset would have had (36.117); goodwill is never
// written back (36.124). US GAAP (ASC 360-10-35-17): a long-lived asset is impaired only if its
// carrying amount exceeds its undiscounted cash flows, and the loss is measured to fair value.
// Held for sale (IFRS 5.15, 5.20, 5.25): lower of carrying amount and fair value less costs to
// sell, with depreciation stopped from classification.

/** The value of equal year-end flows, each year's present value rounded to the cent. */
const annuity = (c: number, bps: number, years: number, from = 1): number => {
  let sum = 0
  for (let t = from; t < from + years; t++) sum += presentValue(c, bps, t)
  return sum
}

export const IMPAIRMENT_FAMILIES = [
  family('impairment-loss-higher-of-two', (rng) => {
    const nbv = whole(rng, 50000, 600000, 500)
    const fv = share(nbv, rng.int(5000, 9000), 10000)
    const cd = share(fv, rng.int(200, 800), 10000)
    const viu = share(nbv, rng.int(5000, 9000), 10000)
    refuseUnless(viu !== fv - cd, 'the two measures agree')
    const ra = Math.max(fv - cd, viu)
    const und = share(viu, rng.int(11500, 14000), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} tests ${asset(rng)} for impairment under IAS 36: carrying amount ${m(nbv)}, fair value ${m(fv)}, costs of disposal ${m(cd)}; the asset's future cash flows total ${m(und)} undiscounted and ${m(viu)} discounted at a pre-tax rate (value in use). What impairment loss is recognised?`,
      key: m(nbv - ra),
      wrong: [
        [m(nbv - Math.min(fv - cd, viu)), 'takes the lower of the two measures'],
        [m(nbv - Math.max(fv, viu)), 'ignores the costs of disposal'],
        [m(nbv - fv - cd), 'adds the costs of disposal to the loss'],
        [m(nbv - viu), 'always uses value in use'],
        [m(nbv - und), 'compares with the undiscounted cash flows'],
        [m(ra), 'gives the recoverable amount'],
      ],
      figures: { nbv, fv, cd, viu, und },
    }
  }),
  family('recoverable-amount', (rng) => {
    const fv = whole(rng, 40000, 500000, 500)
    const cd = share(fv, rng.int(200, 900), 10000)
    const viu = share(fv, rng.int(8000, 12000), 10000)
    refuseUnless(viu !== fv - cd, 'the two measures agree')
    const und = share(Math.max(viu, fv), rng.int(12000, 15000), 10000)
    const m = money(rng)
    return {
      stem: `For ${asset(rng)} of ${client(rng).toLowerCase()}: fair value ${m(fv)}, costs of disposal ${m(cd)}, the asset's future cash flows ${m(und)} undiscounted and ${m(viu)} discounted at a pre-tax rate. What is the recoverable amount under IAS 36.18?`,
      key: m(Math.max(fv - cd, viu)),
      wrong: [
        [m(Math.min(fv - cd, viu)), 'takes the lower of the two measures'],
        [m(Math.max(fv, viu)), 'ignores the costs of disposal'],
        [m(und), 'takes the undiscounted cash flows'],
        [m(fv + cd), 'adds the costs of disposal'],
      ],
      figures: { fv, cd, viu, und },
    }
  }),
  family('value-in-use-discounted', (rng) => {
    const flows = [0, 1, 2, 3].map(() => whole(rng, 8000, 60000, 100))
    const end = whole(rng, 2000, 20000, 100)
    const r = rng.pick([600, 700, 800, 900, 1000, 1200])
    const m = money(rng)
    const pv = (shift: number, withEnd = true) =>
      flows.reduce(
        (s, c, i) => s + presentValue(c + (i === 3 && withEnd ? end : 0), r, i + 1 + shift),
        0,
      )
    return {
      stem: `${client(rng)} forecasts these year-end cash flows from ${asset(rng)}: ${flows.map((c, i) => `year ${i + 1} ${m(c)}`).join(', ')}, plus ${m(end)} from its disposal at the end of year 4. The pre-tax discount rate is ${rate(r)}. Discounting each year's total and rounding each to the cent, what is the value in use?`,
      key: m(pv(0)),
      wrong: [
        [m(flows.reduce((s, c) => s + c, end)), 'does not discount'],
        [m(pv(-1)), 'treats each flow as arising at the start of its year'],
        [m(pv(0, false)), 'leaves out the disposal proceeds'],
        [m(pv(1)), 'discounts each flow one year too many'],
        [
          m(
            flows.reduce(
              (s, c, i) => s + share(c + (i === 3 ? end : 0), 10000, 10000 + r * (i + 1)),
              0,
            ),
          ),
          'discounts at simple interest',
        ],
        [
          m(
            presentValue(
              flows.reduce((s, c) => s + c, end),
              r,
              4,
            ),
          ),
          'discounts the total over four years',
        ],
      ],
      figures: { c1: flows[0]!, c2: flows[1]!, c3: flows[2]!, c4: flows[3]!, end, r },
    }
  }),
  family('value-in-use-pre-tax-rate', (rng) => {
    const c = whole(rng, 10000, 80000, 100)
    const n = rng.int(3, 6)
    const pre = rng.pick([1000, 1100, 1200, 1300])
    const post = pre - rng.pick([200, 250, 300])
    const fin = share(c, rng.int(1000, 2500), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} expects ${asset(rng)} to bring in ${m(c)} at the end of each of the next ${n} years; the loan that financed it costs ${m(fin)} a year in interest. The pre-tax discount rate is ${rate(pre)} and the post-tax rate ${rate(post)}. Rounding each year's present value to the cent, what is the value in use under IAS 36?`,
      key: m(annuity(c, pre, n)),
      wrong: [
        [m(annuity(c, post, n)), 'discounts at the post-tax rate'],
        [m(annuity(c - fin, pre, n)), 'deducts the financing interest'],
        [m(annuity(c, pre, n, 0)), 'treats the first flow as received now'],
        [m(c * n), 'does not discount'],
      ],
      figures: { c, n, pre, post, fin },
    }
  }),
  family('depreciation-after-impairment', (rng) => {
    const cost = whole(rng, 50000, 500000, 500)
    const n = rng.int(8, 15)
    const k = rng.int(2, n - 4)
    const res = share(cost, rng.int(0, 800), 10000)
    const a = share(cost - res, 1, n)
    const nbv = cost - k * a
    const ra = share(nbv, rng.int(5000, 8500), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} wrote ${asset(rng)} down to its recoverable amount of ${m(ra)} at the end of year ${k} (cost ${m(cost)}, life ${n} years, residual value ${m(res)}, straight line, ${m(a)} a year). Life and residual value are unchanged. Under IAS 36.63, what is the charge for year ${k + 1}?`,
      key: m(share(ra - res, 1, n - k)),
      wrong: [
        [m(a), 'keeps the charge from before the impairment'],
        [m(share(ra, 1, n - k)), 'ignores the residual value'],
        [m(share(ra - res, 1, n)), 'spreads over the whole original life'],
        [
          m(share(nbv - res, 1, n - k) - share(nbv - ra, 1, n)),
          'spreads the loss over the original life',
        ],
      ],
      figures: { cost, n, k, res, ra },
    }
  }),
  family('impairment-reversal-capped', (rng) => {
    const cost = whole(rng, 60000, 600000, 1000)
    const n = rng.int(8, 12)
    const k = rng.int(2, 4)
    const j = k + rng.int(2, 3)
    const nbvK = cost - share(cost, k, n)
    const ra1 = share(nbvK, rng.int(5000, 8000), 10000)
    const after = share(ra1, 1, n - k)
    const now = ra1 - (j - k) * after
    const hyp = cost - share(cost, j, n)
    const ra2 = share(hyp, rng.int(10500, 13000), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} bought ${asset(rng)} for ${m(cost)} (life ${n} years, straight line, no residual value). At the end of year ${k} it was impaired to ${m(ra1)} and then depreciated ${m(after)} a year. At the end of year ${j}, after that year's charge, the recoverable amount has risen to ${m(ra2)}. Under IAS 36.117, what reversal is recognised?`,
      key: m(hyp - now),
      wrong: [
        [m(ra2 - now), 'writes the asset up to the recoverable amount'],
        [m(nbvK - ra1), 'reverses the original loss in full'],
        [m(hyp - ra1), 'ignores the depreciation since the impairment'],
        [m(ra2 - hyp), 'gives the excess over the cap'],
        [m(nbvK - now), 'writes back to the carrying amount before the impairment'],
        [m(ra2 - ra1), 'compares the new recoverable amount with the impaired amount'],
      ],
      figures: { cost, n, k, j, ra1, ra2 },
    }
  }),
  family('cgu-loss-goodwill-first', (rng) => {
    const g = whole(rng, 10000, 80000, 500)
    const [a, b, c] = [0, 1, 2].map(() => whole(rng, 40000, 300000, 500)) as [
      number,
      number,
      number,
    ]
    const t = g + a + b + c
    const loss = g + share(a + b + c, rng.int(800, 2500), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)}'s cash-generating unit carries goodwill ${m(g)}, a building ${m(a)}, plant ${m(b)} and vehicles ${m(c)}; its recoverable amount is ${m(t - loss)}. No asset's own recoverable amount is known. Under IAS 36.104, how much of the impairment loss is allocated to the building?`,
      key: m(share(loss - g, a, a + b + c)),
      wrong: [
        [m(share(loss, a, t)), 'spreads the loss over goodwill and assets alike'],
        [m(share(loss, a, a + b + c)), 'spreads the whole loss over the other assets'],
        [m(share(loss - g, 1, 3)), 'splits the rest equally among the assets'],
        [m(loss - g), 'charges the rest to the building alone'],
      ],
      figures: { g, a, b, c, loss },
    }
  }),
  family('cgu-loss-floor-reallocated', (rng) => {
    const [a, b, c] = [0, 1, 2].map(() => whole(rng, 50000, 300000, 500)) as [
      number,
      number,
      number,
    ]
    const t = a + b + c
    const loss = share(t, rng.int(1500, 3000), 10000)
    const floor = a - share(share(loss, a, t), rng.int(3000, 7000), 10000)
    const cut = a - floor
    const m = money(rng)
    return {
      stem: `A cash-generating unit of ${client(rng).toLowerCase()} with no goodwill carries a building ${m(a)}, plant ${m(b)} and vehicles ${m(c)}; the impairment loss is ${m(loss)}. The building's fair value less costs of disposal is ${m(floor)}, and under IAS 36.105 no asset goes below that. How much of the loss is allocated to the plant?`,
      key: m(share(loss - cut, b, b + c)),
      wrong: [
        [m(share(loss, b, t)), 'ignores the building’s floor'],
        [m(share(loss - cut, b, t)), 'reallocates over all three assets'],
        [m(share(loss, b, b + c)), 'spreads the whole loss over plant and vehicles'],
        [m(share(loss - cut, 1, 2)), 'splits the rest equally'],
        [
          m(share(loss, b, t) + share(loss, a, t) - cut),
          'puts the building’s excess on the plant alone',
        ],
        [m(loss - cut), 'charges everything beyond the building to the plant'],
      ],
      figures: { a, b, c, loss, floor },
    }
  }),
  family('us-gaap-impairment-to-fair-value', (rng) => {
    const ca = whole(rng, 100000, 800000, 1000)
    const und = share(ca, rng.int(7000, 9500), 10000)
    const pv = share(und, rng.int(7000, 8500), 10000)
    const fv = share(pv, rng.int(8000, 9500), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} reports under US GAAP (ASC 360). A machine group held and used has a carrying amount of ${m(ca)}; its undiscounted future cash flows are ${m(und)}, their present value ${m(pv)}, and its fair value ${m(fv)}. What impairment loss is recognised?`,
      key: m(ca - fv),
      wrong: [
        [m(ca - und), 'measures the loss to the undiscounted cash flows'],
        [m(ca - pv), 'measures the loss to the present value, as value in use'],
        [m(und - fv), 'compares the undiscounted flows with fair value'],
        [m(ca - pv - fv + und), 'deducts the discount from the fair value loss'],
      ],
      figures: { ca, und, pv, fv },
    }
  }),
  family('held-for-sale-remeasurement', (rng) => {
    const cost = whole(rng, 50000, 400000, 500)
    const n = rng.int(5, 10)
    const k = rng.int(1, n - 3)
    const mo = rng.int(3, 10)
    const a = share(cost, 1, n)
    const open = cost - k * a
    const at = open - share(a, mo, 12)
    const fv = share(at, rng.int(6000, 9000), 10000)
    const cts = share(fv, rng.int(200, 600), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} at ${m(a)} a year (straight line, charged monthly). Its carrying amount on 1 January was ${m(open)}. At the end of ${MONTH_NAMES[mo - 1]} it is classified as held for sale under IFRS 5, with fair value ${m(fv)} and costs to sell ${m(cts)}. What impairment loss is recognised on classification?`,
      key: m(at - fv + cts),
      wrong: [
        [m(open - fv + cts), 'charges no depreciation before classification'],
        [m(open - share(a, mo - 1, 12) - fv + cts), 'leaves out the month of classification'],
        [m(open - a - fv + cts), 'depreciates to the year end'],
        [m(at - fv), 'ignores the costs to sell'],
        [m(at - fv - cts), 'adds the costs to sell to fair value'],
      ],
      figures: { cost, n, k, mo, fv, cts },
    }
  }),
  family('cgu-loss-pro-rata', (rng) => {
    const [a, b, c] = [0, 1, 2].map(() => whole(rng, 30000, 250000, 500)) as [
      number,
      number,
      number,
    ]
    const t = a + b + c
    const loss = share(t, rng.int(1000, 3000), 10000)
    const m = money(rng)
    return {
      stem: `A cash-generating unit of ${client(rng).toLowerCase()} has no goodwill and carries a building ${m(a)}, plant ${m(b)} and fixtures ${m(c)}; its recoverable amount is ${m(t - loss)}, and no asset's floor under IAS 36.105 binds. Allocating pro rata on carrying amounts, how much of the loss goes to the fixtures?`,
      key: m(share(loss, c, t)),
      wrong: [
        [m(share(loss, 1, 3)), 'splits the loss equally'],
        [m(share(loss, c, a + b)), 'leaves the fixtures out of the base'],
        [m(share(t - loss, c, t)), 'allocates the recoverable amount'],
        [m(share(loss, c, a)), 'allocates by the building’s carrying amount'],
      ],
      figures: { a, b, c, loss },
    }
  }),
  family('goodwill-loss-not-reversed', (rng) => {
    const gl = whole(rng, 10000, 80000, 500)
    const other = whole(rng, 10000, 80000, 500)
    const up = other + whole(rng, 2000, 60000, 500)
    const m = money(rng)
    return {
      stem: `Two years ago ${client(rng).toLowerCase()} recognised an impairment loss on a cash-generating unit: ${m(gl)} against goodwill and ${m(other)} against plant. The unit's recoverable amount has now risen ${m(up)} above its carrying amount, and the plant's capped carrying amount (IAS 36.117) would allow the whole ${m(other)} back. Ignoring depreciation since, under IAS 36.122–124, what reversal is recognised?`,
      key: m(other),
      wrong: [
        [m(up), 'reverses up to the rise in recoverable amount'],
        [m(gl + other), 'reverses the goodwill loss too'],
        [m(gl), 'reverses the goodwill loss instead'],
        [m(Math.min(up, gl + other)), 'reverses the whole loss up to the rise'],
      ],
      figures: { gl, other, up },
    }
  }),
  family('fair-value-less-costs-of-disposal', (rng) => {
    const fv = whole(rng, 50000, 500000, 500)
    const legal = whole(rng, 500, 6000, 50)
    const rem = whole(rng, 500, 8000, 50)
    const reorg = whole(rng, 2000, 20000, 100)
    const fin = whole(rng, 1000, 10000, 50)
    const m = money(rng)
    return {
      stem: `Selling ${asset(rng)} of ${client(rng).toLowerCase()} would fetch ${m(fv)}, with legal costs ${m(legal)} and the cost of removing it ${m(rem)}. The business also expects a reorganisation after the sale costing ${m(reorg)} and would repay a loan early with a ${m(fin)} fee. Under IAS 36.28, what is the fair value less costs of disposal?`,
      key: m(fv - legal - rem),
      wrong: [
        [m(fv), 'deducts no costs'],
        [m(fv - legal - rem - reorg), 'deducts the reorganisation'],
        [m(fv - legal - rem - reorg - fin), 'deducts every cost listed'],
        [m(fv - legal), 'deducts only the legal costs'],
        [m(fv - legal - rem - fin), 'deducts the finance cost'],
        [m(fv - rem), 'deducts only the removal cost'],
        [m(fv + legal + rem), 'adds the costs to fair value'],
      ],
      figures: { fv, legal, rem, reorg, fin },
    }
  }),
  family('value-in-use-annuity', (rng) => {
    const c = whole(rng, 5000, 60000, 100)
    const n = rng.int(3, 7)
    const r = rng.pick([600, 800, 900, 1000, 1200])
    const m = money(rng)
    return {
      stem: `${client(rng)} expects ${asset(rng)} to generate ${m(c)} at the end of each of its remaining ${n} years, with nothing on disposal; the pre-tax discount rate is ${rate(r)}. Rounding each year's present value to the cent, what is its value in use?`,
      key: m(annuity(c, r, n)),
      wrong: [
        [m(c * n), 'does not discount'],
        [m(annuity(c, r, n, 0)), 'treats the flows as received at the start of each year'],
        [m(presentValue(c * n, r, n)), 'discounts the total from the last year'],
        [m(annuity(c, r, n - 1)), 'counts one year fewer'],
      ],
      figures: { c, n, r },
    }
  }),
  family('held-for-sale-stops-depreciation', (rng) => {
    const ca = whole(rng, 30000, 300000, 500)
    const a = share(ca, rng.int(1000, 2500), 10000)
    const fv = share(ca, rng.int(8000, 14000), 10000)
    const cts = share(fv, rng.int(200, 600), 10000)
    const low = Math.min(ca, fv - cts)
    const m = money(rng)
    return {
      stem: `On 1 January ${client(rng).toLowerCase()} classifies ${asset(rng)} as held for sale under IFRS 5: carrying amount ${m(ca)}, depreciation until now ${m(a)} a year, fair value ${m(fv)}, costs to sell ${m(cts)}. It is still unsold at 31 December with those values unchanged. At what amount is it carried then?`,
      key: m(low),
      wrong: [
        [m(ca - a), 'keeps depreciating it from its carrying amount'],
        [m(Math.max(ca, fv - cts)), 'takes the higher of the two measures'],
        [m(fv), 'carries it at fair value'],
        [m(ca - cts), 'deducts the costs to sell from the carrying amount'],
        [m(low - a), 'keeps depreciating it after measuring it'],
        [m(fv + cts), 'adds the costs to sell to fair value'],
      ],
      figures: { ca, a, fv, cts },
    }
  }),
  family('revalued-asset-impairment', (rng) => {
    const ca = whole(rng, 100000, 800000, 1000)
    const sp = share(ca, rng.int(500, 1500), 10000)
    const ra = ca - sp - share(ca, rng.int(300, 1500), 10000)
    const cost = share(ca, rng.int(9000, 12500), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} carries a revalued building, which cost ${m(cost)}, at ${m(ca)}, with a revaluation surplus of ${m(sp)} on it. An impairment review finds its recoverable amount is ${m(ra)}. Under IAS 36.60–61, how much of the impairment loss is recognised in profit or loss?`,
      key: m(ca - ra - sp),
      wrong: [
        [m(ca - ra), 'charges the whole loss to profit'],
        [m(sp), 'charges only the surplus amount'],
        [m(ca - ra + sp), 'adds the surplus to the loss'],
        [m(cost - ra - sp), 'measures the loss from cost'],
        [m(cost - ra), 'charges the fall below cost, ignoring the surplus'],
      ],
      figures: { ca, sp, ra, cost },
    }
  }),
  family('cgu-loss-absorbed-by-goodwill', (rng) => {
    const g = whole(rng, 20000, 150000, 500)
    const assets = whole(rng, 200000, 900000, 1000)
    const loss = share(g, rng.int(2000, 9500), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)}'s cash-generating unit carries goodwill of ${m(g)} and other assets of ${m(assets)}; its recoverable amount is ${m(g + assets - loss)}. Under IAS 36.104, what goodwill remains after the impairment?`,
      key: m(g - loss),
      wrong: [
        [m(g - share(loss, g, g + assets)), 'spreads the loss pro rata over goodwill and assets'],
        [m(g), 'charges the loss to the other assets'],
        [m(loss), 'gives the impairment loss'],
        [m(g - share(loss, 1, 2)), 'splits the loss equally with the other assets'],
        [m(g - share(loss, assets, g + assets)), 'charges goodwill the other assets’ share'],
      ],
      figures: { g, assets, loss },
    }
  }),
]
