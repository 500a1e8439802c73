import { MONTH_NAMES } from '../month-names.js'
import {
  Asset,
  asset,
  client,
  family,
  gainOrLoss,
  money,
  rate,
  refuseUnless,
  share,
  whole,
} from './fa-text.js'

// Derecognition and revaluation under IAS 16. The gain or loss on derecognition is the net
// disposal proceeds less the carrying amount, in profit or loss, never revenue (16.68, 16.71),
// with depreciation charged up to disposal as the policy states; a replaced part is derecognised
// (16.70); compensation for an asset lost is income when receivable (16.65–66). A revaluation
// increase goes to other comprehensive income as revaluation surplus, except that it reverses a
// decrease of the same asset recognised in profit or loss (16.39); a decrease is charged against
// any surplus on that asset first and the rest to profit or loss (16.40). The surplus may move to
// retained earnings as the asset is used (the revalued charge less the historical charge) or when
// it is derecognised, never through profit or loss (16.41). Accumulated depreciation at a
// revaluation is restated in proportion to the gross amount or eliminated (16.35).

export const DISPOSAL_FAMILIES = [
  family('disposal-gain-or-loss-mid-year', (rng) => {
    const cost = whole(rng, 10000, 150000, 100)
    const res = share(cost, rng.int(0, 1500), 10000)
    const n = rng.int(5, 10)
    const k = rng.int(1, n - 2)
    const mo = rng.int(2, 11)
    const d = cost - res
    const nbv = cost - share(d, 12 * k + mo, 12 * n)
    const sc = whole(rng, 100, 1500, 5)
    const proceeds = share(nbv, rng.int(6500, 13500), 10000) + sc
    const m = money(rng)
    const g = gainOrLoss(m)
    return {
      stem: `${client(rng)} bought ${asset(rng)} on 1 January of year 1 for ${m(cost)} (residual value ${m(res)}, life ${n} years, straight line, charged monthly including the month of disposal). It sells it on 20 ${MONTH_NAMES[mo - 1]} of year ${k + 1} for ${m(proceeds)}, paying selling costs of ${m(sc)}. What is the gain or loss on disposal?`,
      key: g(proceeds - sc - nbv),
      wrong: [
        [
          g(proceeds - sc - cost + share(d, k, n)),
          'charges no depreciation in the year of disposal',
        ],
        [
          g(proceeds - sc - cost + share(d, k + 1, n)),
          'charges a full year in the year of disposal',
        ],
        [g(proceeds - nbv), 'ignores the selling costs'],
        [g(proceeds - sc - cost), 'compares the proceeds with cost'],
        [
          g(proceeds - sc - cost + share(d, 12 * k + mo - 1, 12 * n)),
          'leaves out the month of disposal',
        ],
      ],
      figures: { cost, res, n, k, mo, sc, proceeds },
    }
  }),
  family('part-exchange-gain-or-loss', (rng) => {
    const cost = whole(rng, 12000, 60000, 100)
    const acc = share(cost, rng.int(3000, 8000), 10000)
    const nbv = cost - acc
    const allow = share(nbv, rng.int(6000, 14000), 10000)
    const list = whole(rng, 25000, 90000, 100)
    const m = money(rng)
    const g = gainOrLoss(m)
    return {
      stem: `${client(rng)} part-exchanges a van (cost ${m(cost)}, accumulated depreciation ${m(acc)}) for a new one listed at ${m(list)}, paying ${m(list - allow)} in cash; the ${m(allow)} allowed for the old van is its fair value. What is the gain or loss on disposal of the old van?`,
      key: g(allow - nbv),
      wrong: [
        [g(allow - cost), 'compares the allowance with cost'],
        [g(nbv - allow), 'takes the difference the wrong way round'],
        [g(list - allow - nbv), 'compares the cash paid with the carrying amount'],
        [g(allow - acc), 'compares the allowance with accumulated depreciation'],
      ],
      figures: { cost, acc, allow, list },
    }
  }),
  family('revaluation-surplus-on-increase', (rng) => {
    const cost = whole(rng, 100000, 900000, 1000)
    const res = share(cost, rng.int(0, 1000), 10000)
    const n = rng.pick([20, 25, 40, 50])
    const k = rng.int(3, 10)
    const a = share(cost - res, 1, n)
    const nbv = cost - k * a
    const fv = share(nbv, rng.int(11500, 16000), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} holds a building at cost ${m(cost)} (residual value ${m(res)}, life ${n} years, straight line, ${m(a)} a year). At the end of year ${k}, after that year's charge, it adopts the revaluation model and the building's fair value is ${m(fv)}. Under IAS 16.39, what revaluation surplus is recognised in other comprehensive income?`,
      key: m(fv - nbv),
      wrong: [
        [m(fv - cost), 'compares fair value with cost'],
        [m(fv - nbv - a), 'takes a further year’s charge off the surplus'],
        [m(fv - cost + (k - 1) * a), 'leaves out the year’s charge'],
        [m(fv - cost + k * share(cost, 1, n)), 'ignores the residual value in past charges'],
      ],
      figures: { cost, res, n, k, fv },
    }
  }),
  family('revaluation-decrease-after-surplus', (rng) => {
    const nbv = whole(rng, 100000, 800000, 1000)
    const sp = share(nbv, rng.int(500, 2000), 10000)
    const fv = nbv - sp - share(nbv, rng.int(300, 1500), 10000)
    const cost = share(nbv, rng.int(9000, 12500), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} carries a building, which cost ${m(cost)}, at a revalued ${m(nbv)}, with a revaluation surplus of ${m(sp)} on it from an earlier revaluation. The year-end valuation is ${m(fv)}. Under IAS 16.40, how much of the decrease is charged to profit or loss?`,
      key: m(nbv - fv - sp),
      wrong: [
        [m(nbv - fv), 'charges the whole decrease to profit'],
        [m(sp), 'charges the surplus amount to profit'],
        [m(nbv - fv + sp), 'adds the surplus to the decrease'],
        [m(cost - fv - sp), 'measures the decrease from cost'],
        [m(cost - fv), 'charges the fall below cost, ignoring the surplus'],
      ],
      figures: { nbv, sp, fv, cost },
    }
  }),
  family('revaluation-increase-after-earlier-loss', (rng) => {
    const loss = whole(rng, 10000, 80000, 100)
    const inc = loss + whole(rng, 5000, 90000, 100)
    const m = money(rng)
    return {
      stem: `Two years ago ${client(rng).toLowerCase()} charged a revaluation decrease of ${m(loss)} on its warehouse to profit or loss (no surplus existed). This year the warehouse is revalued up by ${m(inc)} over its carrying amount. Ignoring any difference in depreciation since, under IAS 16.39, how much goes to the revaluation surplus in other comprehensive income?`,
      key: m(inc - loss),
      wrong: [
        [m(inc), 'credits the whole increase to the surplus'],
        [m(loss), 'credits only the earlier loss'],
        [m(inc + loss), 'adds the earlier loss to the increase'],
      ],
      figures: { loss, inc },
    }
  }),
  family('depreciation-after-revaluation', (rng) => {
    const cost = whole(rng, 100000, 900000, 1000)
    const res = share(cost, rng.int(0, 1000), 10000)
    const n = rng.pick([20, 25, 30, 40, 50])
    const k = rng.int(4, 12)
    const fv = share(cost, rng.int(8000, 14000), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} revalues a building bought ${k} years ago for ${m(cost)} (life ${n} years, residual value ${m(res)}, straight line) to its fair value of ${m(fv)} at the start of year ${k + 1}; the remaining life and residual value are unchanged. What is the depreciation for year ${k + 1}?`,
      key: m(share(fv - res, 1, n - k)),
      wrong: [
        [m(share(cost - res, 1, n)), 'keeps the historical charge'],
        [m(share(fv, 1, n - k)), 'ignores the residual value'],
        [m(share(fv - res, 1, n)), 'spreads the valuation over the whole original life'],
        [
          m(share(fv - res, 1, n - k) - share(fv - cost, 1, n - k)),
          'takes the surplus off the charge',
        ],
      ],
      figures: { cost, res, n, k, fv },
    }
  }),
  family('surplus-transfer-to-retained-earnings', (rng) => {
    const nbv = whole(rng, 100000, 600000, 1000)
    const fv = share(nbv, rng.int(12000, 17000), 10000)
    const res = share(nbv, rng.int(0, 800), 10000)
    const left = rng.int(10, 30)
    const n = left + rng.int(5, 20)
    const m = money(rng)
    const on = (v: number) => share(v - res, 1, left)
    refuseUnless(res > 0, 'no residual value to misplace')
    return {
      stem: `${client(rng)} revalued a building from its carrying amount of ${m(nbv)} to ${m(fv)}; ${left} of its original ${n} years of life remain and the residual value stays ${m(res)}. Its policy transfers the realised surplus to retained earnings each year as the asset is used (IAS 16.41). What is the annual transfer?`,
      key: m(on(fv) - on(nbv)),
      wrong: [
        [m(fv - nbv), 'transfers the whole surplus at once'],
        [m(on(fv)), 'transfers the whole revalued charge'],
        [m(on(nbv)), 'transfers the historical-cost charge'],
        [m(share(fv - nbv, 1, n)), 'spreads the surplus over the original life'],
        [m(share(fv - nbv - res, 1, left)), 'takes the residual value off the surplus'],
      ],
      figures: { nbv, fv, res, left, n },
    }
  }),
  family('disposal-of-revalued-asset', (rng) => {
    const ca = whole(rng, 100000, 700000, 1000)
    const sp = share(ca, rng.int(1500, 3500), 10000)
    const hist = ca - sp
    const p = share(ca, rng.int(8500, 12500), 10000)
    const m = money(rng)
    const g = gainOrLoss(m)
    return {
      stem: `${client(rng)} sells a revalued building for ${m(p)} net of costs. Its carrying amount is ${m(ca)} and the revaluation surplus on it is ${m(sp)}; on historical cost it would be carried at ${m(hist)}. Under IAS 16.41 and 16.71, what gain or loss is recognised in profit or loss?`,
      key: g(p - ca),
      wrong: [
        [g(p - ca + sp), 'recycles the surplus into profit'],
        [g(p - hist), 'compares the proceeds with the historical carrying amount'],
        [g(ca - p), 'takes the difference the wrong way round'],
        [g(p - ca - sp), 'charges the surplus against the proceeds'],
      ],
      figures: { ca, sp, p },
    }
  }),
  family('proportional-restatement-gross', (rng) => {
    const cost = whole(rng, 50000, 500000, 1000)
    const acc = share(cost, rng.int(2000, 6000), 10000)
    const nbv = cost - acc
    const fv = share(nbv, rng.int(11000, 16000), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} revalues a machine (cost ${m(cost)}, accumulated depreciation ${m(acc)}) to a fair value of ${m(fv)} and restates accumulated depreciation in proportion to the change in gross carrying amount (IAS 16.35(a)). What is the restated gross carrying amount, to the cent?`,
      key: m(share(cost, fv, nbv)),
      wrong: [
        [m(fv), 'eliminates accumulated depreciation instead'],
        [m(cost + fv - nbv), 'adds the surplus to cost'],
        [m(share(acc, fv, nbv)), 'gives the restated accumulated depreciation'],
        [m(share(cost, fv, cost)), 'scales cost by fair value over cost'],
      ],
      figures: { cost, acc, fv },
    }
  }),
  family('proportional-restatement-accumulated', (rng) => {
    const cost = whole(rng, 50000, 500000, 1000)
    const acc = share(cost, rng.int(2000, 6000), 10000)
    const nbv = cost - acc
    const fv = share(nbv, rng.int(11000, 16000), 10000)
    const m = money(rng)
    return {
      stem: `${client(rng)} revalues equipment (cost ${m(cost)}, accumulated depreciation ${m(acc)}) to ${m(fv)}, restating gross carrying amount and accumulated depreciation proportionately (IAS 16.35(a)). What is the restated accumulated depreciation, to the cent?`,
      key: m(share(acc, fv, nbv)),
      wrong: [
        [m(acc), 'leaves accumulated depreciation unchanged'],
        [m(share(cost, fv, nbv)), 'gives the restated gross amount'],
        [m(acc + fv - nbv), 'adds the surplus to accumulated depreciation'],
        [m(share(acc, fv, cost)), 'scales by fair value over cost'],
        [m(fv - nbv), 'gives the revaluation surplus'],
        [m(share(cost, fv, nbv) - cost), 'gives the rise in the gross amount'],
      ],
      figures: { cost, acc, fv },
    }
  }),
  family('scrapping-loss', (rng) => {
    const cost = whole(rng, 5000, 60000, 50)
    const acc = share(cost, rng.int(5000, 9000), 10000)
    const scrap = whole(rng, 50, 1500, 5)
    const rem = whole(rng, 100, 1200, 5)
    const nbv = cost - acc
    const m = money(rng)
    const g = gainOrLoss(m)
    refuseUnless(scrap - rem - nbv < 0, 'scrapping at a gain')
    return {
      stem: `${client(rng)} scraps ${asset(rng)} (cost ${m(cost)}, accumulated depreciation ${m(acc)}). A dealer pays ${m(scrap)} for the scrap and removal costs ${m(rem)}. What is the gain or loss on derecognition?`,
      key: g(scrap - rem - nbv),
      wrong: [
        [g(scrap - nbv), 'ignores the removal cost'],
        [g(-nbv), 'writes off the carrying amount only'],
        [g(scrap - rem - cost), 'writes off cost, not carrying amount'],
        [g(scrap + rem - nbv), 'adds the removal cost to the proceeds'],
        [g(-nbv - scrap - rem), 'treats the scrap sale as a cost'],
      ],
      figures: { cost, acc, scrap, rem },
    }
  }),
  family('insurance-compensation', (rng) => {
    const cost = whole(rng, 20000, 200000, 100)
    const acc = share(cost, rng.int(2000, 7000), 10000)
    const nbv = cost - acc
    const comp = share(nbv, rng.int(6000, 15000), 10000)
    const m = money(rng)
    const g = gainOrLoss(m)
    return {
      stem: `A fire destroys ${asset(rng)} of ${client(rng).toLowerCase()} (cost ${m(cost)}, accumulated depreciation ${m(acc)}). By the year end the insurer has agreed to pay ${m(comp)}. Under IAS 16.65–66, what is the net effect of the derecognition and the compensation on profit?`,
      key: g(comp - nbv),
      wrong: [
        [g(-nbv), 'leaves the agreed compensation out'],
        [g(comp - cost), 'writes off cost, not carrying amount'],
        [g(comp), 'records the compensation alone'],
        [g(comp - acc), 'compares the compensation with accumulated depreciation'],
        [g(nbv - comp), 'takes the difference the wrong way round'],
      ],
      figures: { cost, acc, comp },
    }
  }),
  family('reducing-balance-disposal', (rng) => {
    const cost = whole(rng, 5000, 80000, 50)
    const p = rng.pick([2000, 2500, 3000])
    const k = rng.int(2, 4)
    const nbv = [cost]
    for (let y = 1; y <= k + 1; y++) nbv.push(nbv[y - 1]! - share(nbv[y - 1]!, p, 10000))
    const proceeds = share(nbv[k]!, rng.int(7000, 13000), 10000)
    const m = money(rng)
    const g = gainOrLoss(m)
    return {
      stem: `${client(rng)} depreciates vans at ${rate(p)} reducing balance, a full year's charge in the year of purchase and none in the year of sale, each charge rounded to the cent. A van bought in year 1 for ${m(cost)} is sold in year ${k + 1} for ${m(proceeds)}. What is the gain or loss on disposal?`,
      key: g(proceeds - nbv[k]!),
      wrong: [
        [g(proceeds - nbv[k + 1]!), 'charges depreciation in the year of sale'],
        [g(proceeds - nbv[k - 1]!), 'leaves out the year of purchase'],
        [g(proceeds - cost + share(cost, p * k, 10000)), 'takes the rate off cost each year'],
        [g(proceeds - cost), 'compares the proceeds with cost'],
      ],
      figures: { cost, p, k, proceeds },
    }
  }),
  family('replaced-component-derecognised', (rng) => {
    const roof = whole(rng, 20000, 120000, 500)
    const life = rng.pick([15, 20, 25])
    const t = rng.int(4, life - 4)
    const fresh = share(roof, rng.int(11000, 16000), 10000)
    const acc = share(roof, t, life)
    const m = money(rng)
    return {
      stem: `${client(rng)} depreciates its building's roof as a separate component: cost ${m(roof)}, ${life} years, straight line, no residual value. After ${t} years storm damage forces a full replacement costing ${m(fresh)}, which is capitalised. Under IAS 16.70, what loss is recognised on derecognising the old roof?`,
      key: m(roof - acc),
      wrong: [
        [m(roof), 'writes off the old roof’s cost'],
        [m(acc), 'writes off the accumulated depreciation'],
        [m(fresh - roof + acc), 'nets the new roof against the old one'],
        [m(fresh), 'expenses the new roof'],
      ],
      figures: { roof, life, t, fresh },
    }
  }),
  family('sum-of-years-digits-disposal', (rng) => {
    const cost = whole(rng, 10000, 100000, 100)
    const res = share(cost, rng.int(500, 1500), 10000)
    const n = rng.int(4, 8)
    const k = rng.int(2, n - 1)
    const S = (n * (n + 1)) / 2
    const d = cost - res
    let acc = 0
    for (let y = 1; y <= k; y++) acc += share(d, n - y + 1, S)
    const nbv = cost - acc
    const proceeds = share(nbv, rng.int(7000, 13000), 10000)
    let up = 0
    for (let y = 1; y <= k; y++) up += share(d, y, S)
    let accOnCost = 0
    for (let y = 1; y <= k; y++) accOnCost += share(cost, n - y + 1, S)
    const m = money(rng)
    const g = gainOrLoss(m)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years) by sum-of-the-years'-digits, each year's charge rounded to the cent, and sells it at the end of year ${k} for ${m(proceeds)}. What is the gain or loss on disposal?`,
      key: g(proceeds - nbv),
      wrong: [
        [g(proceeds - cost + k * share(d, 1, n)), 'depreciates straight line'],
        [g(proceeds - cost + up), 'counts the digits upward'],
        [g(proceeds - cost), 'compares the proceeds with cost'],
        [g(proceeds - cost + acc - share(d, n - k + 1, S)), 'leaves out the final year’s charge'],
        [g(proceeds - cost + acc + share(d, n - k, S)), 'charges one year too many'],
        [g(proceeds - cost + accOnCost), 'ignores the residual value'],
      ],
      figures: { cost, res, n, k, proceeds },
    }
  }),
  family('surplus-balance-after-transfers', (rng) => {
    const sp = whole(rng, 20000, 200000, 100)
    const left = rng.int(10, 30)
    const n = left + rng.int(5, 20)
    const t = rng.int(2, 6)
    const yearly = share(sp, 1, left)
    const m = money(rng)
    return {
      stem: `${client(rng)} revalued a building at the start of year 1, creating a surplus of ${m(sp)}; ${left} of its original ${n} years of life then remained. Each year it transfers to retained earnings the difference between depreciation on the revalued amount and on historical cost (IAS 16.41), ${m(yearly)} a year. What is the surplus after ${t} years' transfers?`,
      key: m(sp - t * yearly),
      wrong: [
        [m(sp), 'leaves the surplus untouched until disposal'],
        [m(t * yearly), 'gives the amount transferred'],
        [m(sp - t * share(sp, 1, n)), 'transfers over the original life'],
        [m(sp - (t - 1) * yearly), 'makes one transfer fewer'],
      ],
      figures: { sp, left, n, t },
    }
  }),
  family('half-year-convention-disposal', (rng) => {
    const cost = whole(rng, 10000, 120000, 100)
    const res = share(cost, rng.int(0, 1500), 10000)
    const n = rng.int(5, 10)
    const k = rng.int(2, n - 2)
    const d = cost - res
    const nbv = cost - share(d, k, n)
    const proceeds = share(nbv, rng.int(7000, 13000), 10000)
    const m = money(rng)
    const g = gainOrLoss(m)
    return {
      stem: `${client(rng)} charges half a year's straight-line depreciation in the year of purchase and half in the year of disposal. ${Asset(rng)} bought in year 1 for ${m(cost)} (residual value ${m(res)}, life ${n} years) is sold in year ${k + 1} for ${m(proceeds)}. What is the gain or loss on disposal?`,
      key: g(proceeds - nbv),
      wrong: [
        [
          g(proceeds - cost + share(d, 2 * k + 1, 2 * n)),
          'charges a full year in the year of disposal',
        ],
        [
          g(proceeds - cost + share(d, 2 * k - 1, 2 * n)),
          'charges nothing in the year of disposal',
        ],
        [g(proceeds - cost + share(d, k + 1, n)), 'charges full years at both ends'],
        [g(proceeds - cost), 'compares the proceeds with cost'],
      ],
      figures: { cost, res, n, k, proceeds },
    }
  }),
  family('revaluation-surplus-net-of-deferred-tax', (rng) => {
    const nbv = whole(rng, 100000, 800000, 1000) + rng.int(1, 99999)
    const fv = share(nbv, rng.int(11500, 16000), 10000)
    const t = rng.pick([1900, 2100, 2500, 3000])
    const m = money(rng)
    const gross = fv - nbv
    return {
      stem: `${client(rng)} revalues a building from a carrying amount of ${m(nbv)} to ${m(fv)}; its tax base is unchanged, so deferred tax at ${rate(t)} arises on the increase and, under IAS 12.61A, is charged to other comprehensive income with it. What revaluation surplus, net of that tax, is added to equity?`,
      key: m(gross - share(gross, t, 10000)),
      wrong: [
        [m(gross), 'leaves out the deferred tax'],
        [m(share(gross, t, 10000)), 'gives the deferred tax'],
        [m(fv - share(fv, t, 10000) - nbv), 'taxes the whole valuation'],
        [m(gross + share(gross, t, 10000)), 'adds the deferred tax'],
        [m(gross - share(nbv, t, 10000)), 'taxes the old carrying amount'],
        [m(fv - share(gross, t, 10000)), 'deducts the tax from the valuation'],
      ],
      figures: { nbv, fv, t },
    }
  }),
]
