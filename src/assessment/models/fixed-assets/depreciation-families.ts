import { MONTH_NAMES } from '../month-names.js'
import { Asset, asset, client, family, money, rate, refuseUnless, share, whole } from './fa-text.js'

// Depreciation methods of IAS 16.50–62: the depreciable amount (cost less residual value) is
// allocated over the useful life by straight line, diminishing balance or units of production
// (16.62); sum-of-the-years'-digits is a diminishing-charge pattern many registers offer. A
// declining-balance rate is applied to the carrying amount, not to the depreciable amount, and the
// charge stops at the residual value. Residual value, life and method are reviewed each year and
// a change is a change in accounting estimate, applied prospectively (IAS 16.51, 16.61; IAS 8.36).
// Each significant part is depreciated separately (16.43), a major inspection as a component
// (16.14), and land is not depreciated (16.58). Each stem states its part-year convention.

/** A declining-balance schedule's carrying amounts, year 0 onwards, each charge rounded. */
function declining(cost: number, num: number, den: number, years: number, floor = 0): number[] {
  const out = [cost]
  for (let y = 1; y <= years; y++) {
    const open = out[y - 1]!
    out.push(Math.max(floor, open - share(open, num, den)))
  }
  return out
}

export const DEPRECIATION_FAMILIES = [
  family('straight-line-annual-charge', (rng) => {
    const cost = whole(rng, 5000, 90000, 50)
    const inst = whole(rng, 200, 6000, 10)
    const res = share(cost, rng.int(500, 2000), 10000)
    const n = rng.int(3, 12)
    const m = money(rng)
    return {
      stem: `${client(rng)} buys ${asset(rng)} for ${m(cost)} and pays ${m(inst)} to install it. Residual value ${m(res)}, useful life ${n} years, straight line. What is a full year's depreciation, to the cent?`,
      key: m(share(cost + inst - res, 1, n)),
      wrong: [
        [m(share(cost - res, 1, n)), 'leaves the installation out of cost'],
        [m(share(cost + inst, 1, n)), 'ignores the residual value'],
        [m(share(cost + inst + res, 1, n)), 'adds the residual value'],
        [m(share(cost + inst - res, 2, n)), 'applies the double-declining rate'],
        [m(share(cost - res, 1, n) + inst), 'expenses the installation in the year'],
      ],
      figures: { cost, inst, res, n },
    }
  }),
  family('straight-line-months-in-first-year', (rng) => {
    const cost = whole(rng, 6000, 120000, 50)
    const res = share(cost, rng.int(0, 1500), 10000)
    const n = rng.int(3, 10)
    const mo = rng.int(3, 11)
    const m = money(rng)
    const d = cost - res
    return {
      stem: `${client(rng)} buys ${asset(rng)} on 10 ${MONTH_NAMES[mo - 1]} for ${m(cost)}; residual value ${m(res)}, life ${n} years, straight line. Its year ends on 31 December and its policy charges a full month for the month of purchase. What is the depreciation for the first year?`,
      key: m(share(d, 13 - mo, 12 * n)),
      wrong: [
        [m(share(d, 1, n)), 'charges a full year'],
        [m(share(d, 1, 2 * n)), 'charges half a year'],
        [m(share(d, 12 - mo, 12 * n)), 'leaves out the month of purchase'],
        [m(share(d, mo, 12 * n)), 'counts the months before the purchase'],
        [m(share(cost, 13 - mo, 12 * n)), 'ignores the residual value'],
      ],
      figures: { cost, res, n, mo },
    }
  }),
  family('straight-line-carrying-amount', (rng) => {
    const cost = whole(rng, 8000, 150000, 100)
    const res = share(cost, rng.int(500, 2000), 10000)
    const n = rng.int(5, 10)
    const mo = rng.int(2, 11)
    const k = rng.int(2, n - 2)
    const m = money(rng)
    const d = cost - res
    const months = 13 - mo + 12 * (k - 1)
    return {
      stem: `${client(rng)} bought ${asset(rng)} on 1 ${MONTH_NAMES[mo - 1]} of year 1 for ${m(cost)}: residual value ${m(res)}, life ${n} years, straight line, charged monthly from the month of purchase; the year ends on 31 December. What is the carrying amount at the end of year ${k}?`,
      key: m(cost - share(d, months, 12 * n)),
      wrong: [
        [m(cost - share(d, k, n)), 'charges a full year in year 1'],
        [m(cost - share(cost, months, 12 * n)), 'ignores the residual value'],
        [m(share(d, months, 12 * n)), 'gives the accumulated depreciation'],
        [m(cost - share(d, months - 1, 12 * n)), 'leaves out the month of purchase'],
        [m(cost - share(d, k - 1, n)), 'charges nothing in year 1'],
      ],
      figures: { cost, res, n, mo, k },
    }
  }),
  family('declining-balance-year-charge', (rng) => {
    const cost = whole(rng, 10000, 150000, 100)
    const res = share(cost, rng.int(500, 1200), 10000)
    const n = rng.pick([4, 5, 6, 8, 10])
    const f = rng.pick([150, 200])
    const k = rng.int(2, 3)
    const m = money(rng)
    const s = declining(cost, f, 100 * n, k + 1)
    const onDep = declining(cost - res, f, 100 * n, k)
    const plain = declining(cost, 1, n, k)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years) by the ${f}% declining-balance method: ${f}% of the straight-line rate on the opening carrying amount, a full year in year 1, each charge rounded to the cent. What is the charge for year ${k}?`,
      key: m(s[k - 1]! - s[k]!),
      wrong: [
        [m(onDep[k - 1]! - onDep[k]!), 'applies the rate to cost less residual value'],
        [m(plain[k - 1]! - plain[k]!), 'uses the straight-line rate on the carrying amount'],
        [m(s[0]! - s[1]!), 'repeats the year 1 charge'],
        [m(share(cost - res, 1, n)), 'charges straight line'],
        [m(s[k]! - s[k + 1]!), 'gives the next year’s charge'],
      ],
      figures: { cost, res, n, f, k },
    }
  }),
  family('declining-balance-stops-at-residual', (rng) => {
    const cost = whole(rng, 10000, 120000, 100)
    const n = rng.pick([4, 5, 6])
    const res = share(cost, rng.int(1500, 2800), 10000)
    const free = declining(cost, 2, n, n)
    const j = free.findIndex((v) => v < res)
    refuseUnless(j > 1 && j <= n, 'the residual value is not reached within the life')
    const open = free[j - 1]!
    const m = money(rng)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years) by double-declining balance on the opening carrying amount, a full year in year 1, each charge rounded to the cent, never taking the carrying amount below the residual value. What is the charge for year ${j}?`,
      key: m(open - res),
      wrong: [
        [m(share(open, 2, n)), 'charges the full declining-balance amount'],
        [m(open), 'writes off the whole carrying amount'],
        [m(share(cost - res, 1, n)), 'charges straight line'],
        [m(share(open - res, 1, n - j + 1)), 'spreads the rest over the remaining years'],
        [m(share(open - res, 2, n)), 'applies the rate to the carrying amount above residual'],
      ],
      figures: { cost, res, n, j },
    }
  }),
  family('double-declining-switch-to-straight-line', (rng) => {
    const cost = whole(rng, 10000, 200000, 100)
    const n = rng.pick([6, 7, 8, 10])
    const res = rng.int(0, 1) ? 0 : share(cost, rng.int(300, 800), 10000)
    // The switch: each year the larger of the declining charge and straight line on what is left.
    const nbv = [cost]
    for (let y = 1; y <= n; y++) {
      const open = nbv[y - 1]!
      const c = Math.max(share(open, 2, n), share(open - res, 1, n - y + 1))
      nbv.push(Math.max(res, open - c))
    }
    const sw = nbv.findIndex((v, y) => y < n && share(v - res, 1, n - y) > share(v, 2, n))
    refuseUnless(sw > 0 && sw + 1 < n - 1, 'no year after the switch but the last two')
    const k = rng.int(sw + 1, n - 2)
    const open = nbv[k - 1]!
    const free = declining(cost, 2, n, n)
    const m = money(rng)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years) by double-declining balance, switching to straight line over the remaining life once that gives the larger charge; a full year in year 1, each charge rounded to the cent. What is the charge for year ${k}?`,
      key: m(open - nbv[k]!),
      wrong: [
        [m(free[k - 1]! - free[k]!), 'never switches to straight line'],
        [m(share(cost - res, 1, n)), 'charges straight line from cost'],
        [m(share(open, 1, n - k + 1)), 'ignores the residual value after switching'],
        [m(share(open - res, 1, n - k)), 'spreads over one year fewer than remain'],
        [m(share(open, 2, n)), 'applies the declining rate in that year'],
        [m(open - res), 'writes off what is left in one year'],
        [m(share(open - res, 1, n)), 'spreads what is left over the whole life'],
        [m(share(open - res, 2, n - k + 1)), 'doubles the straight-line rate on what is left'],
      ],
      figures: { cost, res, n, k },
    }
  }),
  family('reducing-balance-carrying-amount', (rng) => {
    const cost = whole(rng, 5000, 80000, 50)
    const p = rng.pick([1500, 2000, 2500, 3000, 4000])
    const k = rng.int(2, 4)
    refuseUnless(p * k < 10000, 'the rate times the years reaches cost')
    const s = declining(cost, p, 10000, k)
    const m = money(rng)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)}, bought for ${m(cost)}, at ${rate(p)} a year reducing balance, a full year in the year of purchase, each charge rounded to the cent. What is its carrying amount at the end of year ${k}?`,
      key: m(s[k]!),
      wrong: [
        [m(cost - share(cost, p * k, 10000)), 'takes the rate off cost every year'],
        [m(s[k - 1]!), 'stops one year short'],
        [m(cost - s[k]!), 'gives the accumulated depreciation'],
        [m(cost - share(cost, p, 10000)), 'charges only the first year'],
        [m(declining(cost, p, 10000, k + 1)[k + 1]!), 'charges one year too many'],
      ],
      figures: { cost, p, k },
    }
  }),
  family('reducing-balance-rate-from-residual', (rng) => {
    const cost = whole(rng, 10000, 100000, 500)
    const res = share(cost, rng.int(500, 2500), 10000)
    const n = rng.int(4, 10)
    // Half a tenth rounds up: 0.8965 is 89.7%, though binary floating point holds it just below.
    const pc = (v: number) => `${(Math.round(v * 1000 + 1e-9) / 10).toFixed(1)}%`
    const root = (res / cost) ** (1 / n)
    const m = money(rng)
    return {
      stem: `${client(rng)} wants a reducing-balance rate that takes ${asset(rng)} from its cost of ${m(cost)} to its residual value of ${m(res)} over ${n} years, the rate r solving cost × (1 − r)^${n} = residual value. What rate is that, to one decimal place?`,
      key: pc(1 - root),
      wrong: [
        [pc((1 - res / cost) / n), 'takes the straight-line rate on the depreciable amount'],
        [pc(2 / n), 'takes the double-declining rate'],
        [pc(root), 'gives the root itself, not one minus it'],
        [pc(1 - res / cost), 'gives the whole fall in value'],
        [pc(1 / n), 'takes the straight-line rate on cost'],
      ],
      figures: { cost, res, n },
    }
  }),
  family('sum-of-years-digits-charge', (rng) => {
    const cost = whole(rng, 10000, 120000, 100)
    const res = share(cost, rng.int(500, 1500), 10000)
    const n = rng.int(4, 9)
    const k = rng.int(2, n - 1)
    const S = (n * (n + 1)) / 2
    const d = cost - res
    const m = money(rng)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years) by sum-of-the-years'-digits, a full year in year 1. What is the charge for year ${k}?`,
      key: m(share(d, n - k + 1, S)),
      wrong: [
        [m(share(d, k, S)), 'counts the digits upward from year 1'],
        [m(share(cost, n - k + 1, S)), 'ignores the residual value'],
        [m(share(d, 1, n)), 'charges straight line'],
        [m(share(d, n - k, S)), 'uses the next year’s digit'],
        [m(share(d, n - k + 1, n * n)), 'divides by the life squared'],
      ],
      figures: { cost, res, n, k },
    }
  }),
  family('sum-of-years-digits-across-year-end', (rng) => {
    const cost = whole(rng, 10000, 120000, 100)
    const res = share(cost, rng.int(500, 1500), 10000)
    const n = rng.int(4, 8)
    const mo = rng.int(3, 11)
    const S = (n * (n + 1)) / 2
    const d = cost - res
    const m = money(rng)
    return {
      stem: `${client(rng)} bought ${asset(rng)} on 1 ${MONTH_NAMES[mo - 1]} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years) and depreciates it by sum-of-the-years'-digits over years of the asset's life, allocating each life-year to financial years by months. Its financial year ends on 31 December. What is the charge for the second financial year?`,
      key: m(share(d, (mo - 1) * n + (13 - mo) * (n - 1), 12 * S)),
      wrong: [
        [m(share(d, n - 1, S)), 'charges the second life-year in full'],
        [m(share(d, n, S)), 'charges the first life-year in full'],
        [m(share(d, (13 - mo) * (n - 1), 12 * S)), 'leaves out the rest of the first life-year'],
        [m(share(d, 2 * n - 1, 2 * S)), 'averages the first two life-years'],
        [m(share(cost, (mo - 1) * n + (13 - mo) * (n - 1), 12 * S)), 'ignores the residual value'],
      ],
      figures: { cost, res, n, mo },
    }
  }),
  family('units-of-production-charge', (rng) => {
    const cost = whole(rng, 20000, 200000, 100)
    const res = share(cost, rng.int(500, 1500), 10000)
    const U = rng.int(20, 200) * 1000
    const prior = share(U, rng.int(1000, 3500), 10000)
    const u = share(U, rng.int(1000, 3000), 10000)
    const n = rng.int(4, 8)
    const m = money(rng)
    const d = cost - res
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}) by units of production over an expected ${U.toLocaleString('en-US')} units, about ${n} years' output. It made ${prior.toLocaleString('en-US')} units in earlier years and ${u.toLocaleString('en-US')} this year. What is this year's depreciation?`,
      key: m(share(d, u, U)),
      wrong: [
        [m(share(cost, u, U)), 'ignores the residual value'],
        [m(share(d, prior + u, U)), 'charges for the units to date'],
        [m(share(d, 1, n)), 'charges straight line over the years'],
        [m(share(d, u, U - prior)), 'divides by the units left instead of all units'],
      ],
      figures: { cost, res, U, prior, u, n },
    }
  }),
  family('units-of-production-carrying-amount', (rng) => {
    const cost = whole(rng, 20000, 200000, 100)
    const res = share(cost, rng.int(500, 1500), 10000)
    const H = rng.int(10, 60) * 1000
    const h1 = share(H, rng.int(800, 2500), 10000)
    const h2 = share(H, rng.int(800, 2500), 10000)
    const m = money(rng)
    const d = cost - res
    const acc = share(d, h1, H) + share(d, h2, H)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}) by machine hours over ${H.toLocaleString('en-US')} hours, each year's charge rounded to the cent. It ran ${h1.toLocaleString('en-US')} hours in year 1 and ${h2.toLocaleString('en-US')} in year 2. What is the carrying amount at the end of year 2?`,
      key: m(cost - acc),
      wrong: [
        [m(cost - share(cost, h1, H) - share(cost, h2, H)), 'ignores the residual value'],
        [m(acc), 'gives the accumulated depreciation'],
        [m(cost - share(d, h2, H)), 'charges only year 2'],
        [m(d - acc), 'starts from cost less residual value'],
      ],
      figures: { cost, res, H, h1, h2 },
    }
  }),
  family('revised-useful-life', (rng) => {
    const cost = whole(rng, 20000, 200000, 100)
    const res = share(cost, rng.int(0, 1500), 10000)
    const n = rng.int(6, 12)
    const k = rng.int(2, n - 3)
    const left = rng.int(2, n + 3 - k)
    refuseUnless(left !== n - k, 'life not revised')
    const d = cost - res
    const a = share(d, 1, n)
    const nbv = cost - k * a
    const m = money(rng)
    const newA = share(d, 1, k + left)
    return {
      stem: `${client(rng)} has depreciated ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}) straight line over ${n} years, ${m(a)} a year, for ${k} years. At the start of year ${k + 1} it revises the remaining life to ${left} years, residual value unchanged. Under IAS 8 and IAS 16.51, what is the charge for year ${k + 1}?`,
      key: m(share(nbv - res, 1, left)),
      wrong: [
        [m(a), 'keeps the original charge'],
        [m(newA), 'restarts cost over the revised total life'],
        [m(share(nbv, 1, left)), 'ignores the residual value'],
        [m(newA + k * (newA - a)), 'makes a catch-up for past years'],
        [m(share(nbv - res, 1, n - k)), 'keeps the original remaining life'],
        [m(share(nbv - res, 1, k + left)), 'spreads what is left over the revised total life'],
        [m(share(cost - res, 1, left)), 'spreads cost over the remaining life'],
      ],
      figures: { cost, res, n, k, left },
    }
  }),
  family('revised-residual-value', (rng) => {
    const cost = whole(rng, 20000, 200000, 100)
    const res = share(cost, rng.int(500, 1500), 10000)
    const res2 = share(cost, rng.int(1600, 3000), 10000)
    const n = rng.int(5, 10)
    const k = rng.int(2, n - 2)
    const a = share(cost - res, 1, n)
    const nbv = cost - k * a
    const m = money(rng)
    return {
      stem: `${client(rng)} depreciates ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years) straight line, ${m(a)} a year. After ${k} years' charges it revises the residual value to ${m(res2)}, life unchanged. Applying the change prospectively (IAS 8.36), what is the charge for year ${k + 1}?`,
      key: m(share(nbv - res2, 1, n - k)),
      wrong: [
        [m(a), 'keeps the original charge'],
        [m(share(cost - res2, 1, n)), 'restarts from cost with the new residual'],
        [m(share(nbv - res2, 1, n)), 'spreads over the whole original life'],
        [
          m(share(nbv - res, 1, n - k) + share(res2 - res, 1, n - k)),
          'adds the change in residual to the charge',
        ],
      ],
      figures: { cost, res, res2, n, k },
    }
  }),
  family('change-to-reducing-balance', (rng) => {
    const cost = whole(rng, 20000, 150000, 100)
    const res = share(cost, rng.int(500, 1500), 10000)
    const n = rng.int(5, 10)
    const k = rng.int(2, 4)
    const p = rng.pick([2000, 2500, 3000])
    const a = share(cost - res, 1, n)
    const nbv = cost - k * a
    const retro = declining(cost, p, 10000, k + 1)
    const m = money(rng)
    return {
      stem: `${client(rng)} has charged straight-line depreciation of ${m(a)} a year for ${k} years on ${asset(rng)} (cost ${m(cost)}, residual value ${m(res)}, life ${n} years). From year ${k + 1} it changes to ${rate(p)} reducing balance on the carrying amount, which better reflects the pattern of use; under IAS 16.61 this is a change in estimate. What is the charge for year ${k + 1}?`,
      key: m(share(nbv, p, 10000)),
      wrong: [
        [m(share(cost, p, 10000)), 'applies the new rate to cost'],
        [m(share(nbv - res, p, 10000)), 'applies the rate to carrying amount less residual'],
        [m(a), 'keeps straight line'],
        [m(retro[k]! - retro[k + 1]!), 'applies the method as if used from the start'],
      ],
      figures: { cost, res, n, k, p },
    }
  }),
  family('component-depreciation', (rng) => {
    const s = whole(rng, 200000, 900000, 1000)
    const r = whole(rng, 30000, 120000, 500)
    const v = whole(rng, 40000, 160000, 500)
    const [ls, lr, lv] = [rng.pick([40, 50, 60]), rng.pick([15, 20, 25]), rng.pick([10, 12, 15])]
    const m = money(rng)
    const t = s + r + v
    return {
      stem: `${client(rng)} buys a building (land excluded) for ${m(t)}. It identifies significant parts under IAS 16.43: structure ${m(s)} over ${ls} years, roof ${m(r)} over ${lr} years, heating and ventilation ${m(v)} over ${lv} years; straight line, no residual values. What is the total depreciation for a full year?`,
      key: m(share(s, 1, ls) + share(r, 1, lr) + share(v, 1, lv)),
      wrong: [
        [m(share(t, 1, ls)), 'depreciates the whole building over the structure’s life'],
        [m(share(t, 3, ls + lr + lv)), 'uses the average of the three lives'],
        [m(share(t, 1, lv)), 'depreciates everything over the shortest life'],
        [m(share(s, 1, ls) + share(r + v, 1, ls)), 'gives the parts the structure’s life'],
        [m(share(t, 1, lr)), 'depreciates everything over the roof’s life'],
      ],
      figures: { s, r, v, ls, lr, lv },
    }
  }),
  family('major-inspection-component', (rng) => {
    const cost = whole(rng, 300000, 3000000, 5000)
    const insp = share(cost, rng.int(500, 1500), 10000)
    const n = rng.pick([15, 20, 25])
    const j = rng.pick([3, 4, 5])
    const m = money(rng)
    return {
      stem: `A shipping firm buys a small cargo vessel for ${m(cost)}; ${m(insp)} of the price reflects the condition that the first major survey, due in ${j} years, will restore. It treats that amount as a separate component (IAS 16.14) depreciated to the survey, and the rest over ${n} years, straight line, no residual values. What is the first year's depreciation?`,
      key: m(share(cost - insp, 1, n) + share(insp, 1, j)),
      wrong: [
        [m(share(cost, 1, n)), 'depreciates the whole price over the life'],
        [m(share(cost, 1, n) + share(insp, 1, j)), 'counts the survey component twice'],
        [m(share(cost - insp, 1, n)), 'leaves the survey component undepreciated'],
        [m(share(cost, 1, j)), 'depreciates the whole price to the survey'],
      ],
      figures: { cost, insp, n, j },
    }
  }),
  family('land-and-building-split', (rng) => {
    const p = whole(rng, 150000, 1200000, 1000)
    const duty = share(p, rng.pick([300, 400, 500]), 10000)
    const land = rng.pick([2000, 2500, 3000, 3500, 4000])
    const n = rng.pick([25, 40, 50])
    const m = money(rng)
    return {
      stem: `${client(rng)} buys freehold premises for ${m(p)} and pays ${m(duty)} of transfer tax. A valuer attributes ${rate(land)} of the value to the land. The building is depreciated straight line over ${n} years with no residual value; land is not depreciated (IAS 16.58). What is a full year's depreciation?`,
      key: m(share(p + duty, 10000 - land, 10000 * n)),
      wrong: [
        [m(share(p + duty, 1, n)), 'depreciates the land too'],
        [m(share(p, 10000 - land, 10000 * n)), 'leaves the transfer tax out of cost'],
        [m(share(p + duty, land, 10000 * n)), 'depreciates the land share instead'],
        [
          m(share(p, 10000 - land, 10000 * n) + share(duty, 1, n)),
          'puts all the tax on the building',
        ],
      ],
      figures: { p, duty, land, n },
    }
  }),
  family('declining-balance-after-part-year', (rng) => {
    const cost = whole(rng, 10000, 150000, 100)
    const n = rng.pick([4, 5, 8, 10])
    const mo = rng.int(3, 11)
    const y1 = share(cost, 2 * (13 - mo), 12 * n)
    const full1 = share(cost, 2, n)
    const m = money(rng)
    return {
      stem: `${client(rng)} bought ${asset(rng)} on 1 ${MONTH_NAMES[mo - 1]} for ${m(cost)} and depreciates it by double-declining balance over ${n} years (rate ${rate(20000 / n)} on the opening carrying amount), time-apportioned by months in the year of purchase; its year ends on 31 December; each charge is rounded to the cent. What is the charge for the second year?`,
      key: m(share(cost - y1, 2, n)),
      wrong: [
        [m(share(cost - full1, 2, n)), 'takes a full year’s charge in year 1'],
        [m(y1), 'gives the first year’s charge'],
        [m(full1), 'applies the rate to cost'],
        [m(share(cost, 1, n)), 'charges straight line'],
        [m(share(cost - y1, 2 * (13 - mo), 12 * n)), 'time-apportions the second year too'],
      ],
      figures: { cost, n, mo },
    }
  }),
  family('half-year-convention-carrying-amount', (rng) => {
    const cost = whole(rng, 8000, 150000, 100)
    const res = share(cost, rng.int(500, 2000), 10000)
    const n = rng.int(4, 10)
    const k = rng.int(2, n - 1)
    const d = cost - res
    const m = money(rng)
    return {
      stem: `${client(rng)}'s policy charges half a year's straight-line depreciation in the year an asset is bought, whatever the date. It bought ${asset(rng)} for ${m(cost)}: residual value ${m(res)}, life ${n} years. What is its carrying amount at the end of year ${k}?`,
      key: m(cost - share(d, 2 * k - 1, 2 * n)),
      wrong: [
        [m(cost - share(d, k, n)), 'charges a full year in year 1'],
        [m(cost - share(d, k - 1, n)), 'charges nothing in year 1'],
        [m(cost - share(cost, 2 * k - 1, 2 * n)), 'ignores the residual value'],
        [m(share(d, 2 * k - 1, 2 * n)), 'gives the accumulated depreciation'],
      ],
      figures: { cost, res, n, k },
    }
  }),
  family('straight-line-monthly-charge', (rng) => {
    const cost = whole(rng, 6000, 120000, 50)
    const res = share(cost, rng.int(500, 2000), 10000)
    const n = rng.int(3, 10)
    const m = money(rng)
    const d = cost - res
    return {
      stem: `${client(rng)} posts depreciation monthly. ${Asset(rng)} cost ${m(cost)}, residual value ${m(res)}, useful life ${n} years, straight line. What is the monthly journal amount, to the cent?`,
      key: m(share(d, 1, 12 * n)),
      wrong: [
        [m(share(cost, 1, 12 * n)), 'ignores the residual value'],
        [m(share(d, 1, n)), 'posts the annual charge each month'],
        [m(share(d, 1, 12)), 'spreads the depreciable amount over twelve months'],
        [m(share(d, 2, 12 * n)), 'applies the double-declining rate'],
        [m(share(d, 1, 13 * n)), 'counts thirteen four-week periods as months'],
      ],
      figures: { cost, res, n },
    }
  }),
]
