import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CAC_MODELS } from '../../../src/assessment/models/cac/cac-models.js'
import type { CostScenario } from '../../../src/assessment/models/cac/cac-text.js'
import { INVENTORY_FAMILIES } from '../../../src/assessment/models/cac/inventory-families.js'
import { JOB_FAMILIES } from '../../../src/assessment/models/cac/job-families.js'
import { OVERHEAD_FAMILIES } from '../../../src/assessment/models/cac/overhead-families.js'
import { PROCESS_FAMILIES } from '../../../src/assessment/models/cac/process-families.js'
import { VARIANCE_FAMILIES } from '../../../src/assessment/models/cac/variance-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...OVERHEAD_FAMILIES,
  ...JOB_FAMILIES,
  ...PROCESS_FAMILIES,
  ...INVENTORY_FAMILIES,
  ...VARIANCE_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<CostScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals as BigInt pairs, nothing shared with the families' fraction helpers. Each
// working below is the costing done again from the draw's figures, written out the way a cost
// accountant's working paper sets it down (totals first, then shares), not copied from a family.
type R = readonly [bigint, bigint]
type N = R | number
const B = BigInt
const r = (x: N): R => (typeof x === 'number' ? [B(x), 1n] : x)
const mul = (...xs: readonly N[]): R =>
  xs.map(r).reduce<R>(([a, b], [c, d]) => [a * c, b * d], [1n, 1n])
const div = (x: N, y: N): R => {
  const [[a, b], [c, d]] = [r(x), r(y)]
  return c < 0n ? [-a * d, -b * c] : [a * d, b * c]
}
const add = (...xs: readonly N[]): R =>
  xs.map(r).reduce<R>(([a, b], [c, d]) => [a * d + c * b, b * d], [0n, 1n])
const sub = (x: N, y: N): R => add(x, mul(y, -1))
const pct = (x: N): R => div(x, 100)
const neg = ([a, b]: R) => a < 0n !== b < 0n && a !== 0n
const absR = ([a, b]: R): R => [a < 0n ? -a : a, b < 0n ? -b : b]

/** |x| to `n` places, half away from zero, grouped. */
function dp(x: N, n = 2): string {
  const [a, b] = absR(mul(x, 10 ** n))
  const q = a / b
  const m = 2n * (a - q * b) >= b ? q + 1n : q
  const s = m.toString().padStart(n + 1, '0')
  const head = B(n ? s.slice(0, -n) : s).toLocaleString('en-US')
  return `${neg(r(x)) && m !== 0n ? '-' : ''}${n ? `${head}.${s.slice(-n)}` : head}`
}
const fav = (x: R) => `${dp(absR(x))} ${neg(x) ? 'adverse' : 'favourable'}`
const absorb = (x: R) => `${dp(absR(x))} ${neg(x) ? 'under-absorbed' : 'over-absorbed'}`

/** The number an option shows, with any favourable or adverse label, without its currency. */
const digest = (text: string) => text.replace(/^-?[$€£]/, (m) => (m.startsWith('-') ? '-' : ''))

type F = Readonly<Record<string, number | string>>
/** A drawn input, `n/d`, as a rational. */
const v = (f: F, k: string): R => {
  const [n, d] = String(f[k]).split('/')
  if (n === undefined) throw new Error(`no figure ${k}`)
  return [B(n), B(d ?? '1')]
}
/** Several drawn inputs at once. */
const vs = <K extends readonly string[]>(f: F, ...ks: K): { [I in keyof K]: R } =>
  ks.map((k) => v(f, k)) as { [I in keyof K]: R }
const money = (...xs: readonly N[]): SecondWorking => ({
  key: dp(xs[0]!),
  wrong: xs.slice(1).map((x) => dp(x)),
})
const signed = (show: (x: R) => string, ...xs: readonly R[]): SecondWorking => ({
  key: show(xs[0]!),
  wrong: xs.slice(1).map(show),
})

type Route = (f: F) => SecondWorking

const OVERHEADS: Readonly<Record<string, Route>> = {
  'machine-hour-absorption-rate': (f) => {
    const [bo, bh, ao, ah, lh] = vs(f, 'bo', 'bh', 'ao', 'ah', 'lh')
    return money(div(bo, bh), div(ao, ah), div(bo, ah), div(ao, bh), div(bo, lh))
  },
  'over-or-under-absorbed-overhead': (f) => {
    const [bo, bh, ah, ao] = vs(f, 'bo', 'bh', 'ah', 'ao')
    const absorbed = div(mul(bo, ah), bh)
    const over = sub(absorbed, ao)
    return signed(
      absorb,
      over,
      mul(over, -1),
      sub(bo, ao),
      sub(absorbed, bo),
      sub(div(mul(ao, bh), ah), ao),
    )
  },
  'rent-apportioned-by-floor-area': (f) => {
    const [rent, a, b, c, ea, eb, ec] = vs(f, 'rent', 'a', 'b', 'c', 'ea', 'eb', 'ec')
    const share = (part: R, ...all: R[]) => div(mul(rent, part), add(...all))
    return money(share(a, a, b, c), share(a, a, b), share(ea, ea, eb, ec), div(rent, 3))
  },
  'departmental-rates-against-a-blanket-rate': (f) => {
    const [oa, ob, ha, hb, ja, jb] = vs(f, 'oa', 'ob', 'ha', 'hb', 'ja', 'jb')
    const [ra, rb] = [div(oa, ha), div(ob, hb)]
    const hours = add(ja, jb)
    return money(
      add(mul(ra, ja), mul(rb, jb)),
      mul(div(add(oa, ob), add(ha, hb)), hours),
      mul(div(add(ra, rb), 2), hours),
      add(mul(ra, jb), mul(rb, ja)),
      mul(ra, hours),
    )
  },
  'step-down-service-reapportionment': (f) => {
    const [x1, x2, p, a1, a2] = vs(f, 'x1', 'x2', 'p', 'a1', 'a2')
    const b1 = sub(sub(100, p), a1)
    const stores = add(x2, mul(x1, pct(p)))
    return money(
      add(mul(x1, pct(a1)), mul(stores, pct(a2))),
      add(mul(x1, pct(a1)), mul(x2, pct(a2))),
      add(div(mul(x1, a1), add(a1, b1)), mul(x2, pct(a2))),
      add(mul(x1, pct(add(a1, p))), mul(x2, pct(a2))),
      mul(add(x1, x2), pct(a2)),
    )
  },
  'reciprocal-service-reapportionment': (f) => {
    const [x1, x2, e1, e2, a1, a2] = vs(f, 'x1', 'x2', 'e1', 'e2', 'a1', 'a2')
    // M = x1 + e2·C and C = x2 + e1·M, solved by substitution for M first.
    const m = div(add(x1, mul(pct(e2), x2)), sub(1, mul(pct(e1), pct(e2))))
    const c = add(x2, mul(pct(e1), m))
    return money(
      add(mul(m, pct(a1)), mul(c, pct(a2))),
      add(mul(x1, pct(a1)), mul(x2, pct(a2))),
      add(div(mul(x1, a1), sub(100, e1)), div(mul(x2, a2), sub(100, e2))),
      add(mul(x1, pct(a1)), mul(add(x2, mul(x1, pct(e1))), pct(a2))),
      mul(m, pct(a1)),
    )
  },
  'activity-based-setup-cost-per-unit': (f) => {
    const [pool, setups, xs, units, xu] = vs(f, 'pool', 'setups', 'xs', 'units', 'xu')
    const perSetup = div(pool, setups)
    return money(
      div(mul(perSetup, xs), xu),
      div(pool, units),
      perSetup,
      div(mul(perSetup, xs), units),
      div(perSetup, xu),
      div(pool, xu),
    )
  },
  'activity-based-two-pool-cost-per-unit': (f) => {
    const [p1, n1, p2, n2, x1, x2, u, units] = vs(
      f,
      'p1',
      'n1',
      'p2',
      'n2',
      'x1',
      'x2',
      'u',
      'units',
    )
    const [r1, r2] = [div(p1, n1), div(p2, n2)]
    const batch = add(mul(r1, x1), mul(r2, x2))
    return money(
      div(batch, u),
      div(add(p1, p2), units),
      div(mul(r1, x1), u),
      div(add(mul(r1, x2), mul(r2, x1)), u),
      batch,
    )
  },
  'absorption-against-marginal-profit': (f) => {
    const [fixedOh, normal, open, close] = vs(f, 'fixedOh', 'normal', 'open', 'close')
    const rate = div(fixedOh, normal)
    const show = (x: R) => `${neg(x) ? '-' : ''}${dp(absR(x))}`
    return signed(
      show,
      mul(rate, sub(close, open)),
      mul(rate, sub(open, close)),
      mul(rate, close),
      mul(rate, add(close, open)),
      mul(rate, open),
    )
  },
  'overhead-as-percentage-of-direct-labour': (f) => {
    const [bo, bl, bm, jl, jm] = vs(f, 'bo', 'bl', 'bm', 'jl', 'jm')
    return money(
      div(mul(bo, jl), bl),
      div(mul(bo, add(jl, jm)), bl),
      div(mul(bo, jl), add(bl, bm)),
      div(mul(bo, jm), bl),
      div(mul(bo, jm), bm),
    )
  },
  'rate-after-service-reapportionment': (f) => {
    const [own, svc, share, hours, all] = vs(f, 'own', 'svc', 'share', 'hours', 'all')
    const total = add(own, mul(svc, pct(share)))
    return money(
      div(total, hours),
      div(own, hours),
      div(add(own, svc), hours),
      div(total, all),
      div(add(own, div(svc, 2)), hours),
    )
  },
  'machine-hour-rate-built-up': (f) => {
    const [cost, resid, life, maint, run, avail, kw, tariff] = vs(
      f,
      'cost',
      'resid',
      'life',
      'maint',
      'run',
      'avail',
      'kw',
      'tariff',
    )
    const power = div(mul(kw, tariff), 100)
    const fixedPerHour = (dep: R, hours: R) => div(add(dep, maint), hours)
    const dep = div(sub(cost, resid), life)
    return money(
      add(fixedPerHour(dep, run), power),
      add(fixedPerHour(div(cost, life), run), power),
      add(fixedPerHour(dep, avail), power),
      fixedPerHour(dep, run),
      add(fixedPerHour(div(add(cost, resid), life), run), power),
      add(div(dep, run), power),
      add(fixedPerHour(dep, run), div(mul(power, avail), run)),
    )
  },
  'power-apportioned-by-kilowatt-hours': (f) => {
    const [bill, ka, kb, ha, hb] = vs(f, 'bill', 'ka', 'kb', 'ha', 'hb')
    const [kwhA, kwhB] = [mul(ka, ha), mul(kb, hb)]
    return money(
      div(mul(bill, kwhA), add(kwhA, kwhB)),
      div(mul(bill, ka), add(ka, kb)),
      div(mul(bill, ha), add(ha, hb)),
      div(bill, 2),
      div(mul(bill, add(ka, ha)), add(ka, ha, kb, hb)),
    )
  },
  'profit-after-under-or-over-absorption': (f) => {
    const [bo, bh, ah, ao, pre] = vs(f, 'bo', 'bh', 'ah', 'ao', 'pre')
    const absorbed = div(mul(bo, ah), bh)
    const over = sub(absorbed, ao)
    return money(
      add(pre, over),
      sub(pre, over),
      add(pre, sub(bo, ao)),
      add(pre, sub(absorbed, bo)),
      add(pre, sub(ao, bo)),
    )
  },
  'insurance-apportioned-by-asset-value': (f) => {
    const [prem, va, vb, vc, aa, ab, ac] = vs(f, 'prem', 'va', 'vb', 'vc', 'aa', 'ab', 'ac')
    return money(
      div(mul(prem, va), add(va, vb, vc)),
      div(mul(prem, va), add(va, vb)),
      div(mul(prem, aa), add(aa, ab, ac)),
      div(prem, 3),
    )
  },
  'expenditure-and-volume-parts-of-absorption': (f) => {
    const [bo, bh, ah, ao] = vs(f, 'bo', 'bh', 'ah', 'ao')
    const rate = div(bo, bh)
    const volume = mul(rate, sub(ah, bh))
    const total = sub(mul(rate, ah), ao)
    return signed(
      absorb,
      volume,
      sub(bo, ao),
      total,
      mul(volume, -1),
      mul(div(ao, ah), sub(ah, bh)),
      sub(ao, bo),
      mul(total, -1),
    )
  },
}

const JOBS: Readonly<Record<string, Route>> = {
  'job-cost-with-administration-overhead': (f) => {
    const [mat, hrs, wage, oar, admin] = vs(f, 'mat', 'hrs', 'wage', 'oar', 'admin')
    const lab = div(mul(hrs, wage), 100)
    const prime = add(mat, lab)
    const production = add(prime, div(mul(hrs, oar), 100))
    const withAdmin = (base: R) => add(production, mul(base, pct(admin)))
    return money(
      withAdmin(production),
      production,
      withAdmin(prime),
      mul(prime, pct(add(100, admin))),
      withAdmin(lab),
    )
  },
  'job-price-at-a-margin-on-selling-price': (f) => {
    const [cost, m] = vs(f, 'cost', 'm')
    const price = div(cost, sub(1, pct(m)))
    return money(
      price,
      mul(cost, add(1, pct(m))),
      mul(cost, sub(1, pct(m))),
      div(cost, add(1, pct(m))),
      sub(price, cost),
    )
  },
  'batch-cost-per-good-unit': (f) => {
    const [n, mat, lab, setup, rej] = vs(f, 'n', 'mat', 'lab', 'setup', 'rej')
    const perUnit = div(add(mat, lab), 100)
    const batch = add(mul(n, perUnit), setup)
    const good = mul(n, sub(1, pct(rej)))
    return money(
      div(batch, good),
      div(batch, n),
      div(mul(n, perUnit), good),
      add(perUnit, setup),
      mul(div(batch, n), add(1, pct(rej))),
      mul(div(batch, good), add(1, pct(rej))),
    )
  },
  'contract-profit-by-cost-to-date': (f) => {
    const [price, c, e] = vs(f, 'price', 'c', 'e')
    const total = add(c, e)
    const profit = sub(price, total)
    return money(
      mul(profit, div(c, total)),
      profit,
      mul(profit, div(e, total)),
      mul(profit, div(c, price)),
      div(mul(price, c), total),
    )
  },
  'contract-foreseeable-loss': (f) => {
    const [price, c, e, cert] = vs(f, 'price', 'c', 'e', 'cert')
    const total = add(c, e)
    const loss = sub(total, price)
    return money(
      loss,
      mul(loss, div(c, total)),
      mul(loss, div(e, total)),
      mul(loss, div(c, price)),
      sub(c, cert),
    )
  },
  'contract-profit-by-work-certified': (f) => {
    const [price, total, cert, c] = vs(f, 'price', 'total', 'cert', 'c')
    const profit = sub(price, total)
    return money(
      mul(profit, div(cert, price)),
      mul(profit, div(c, total)),
      sub(cert, c),
      profit,
      mul(profit, div(cert, total)),
    )
  },
  'contract-payment-after-retention': (f) => {
    const [cum, ret, paid] = vs(f, 'cum', 'ret', 'paid')
    const net = mul(cum, sub(1, pct(ret)))
    return money(
      sub(net, paid),
      sub(cum, paid),
      net,
      mul(sub(cum, paid), sub(1, pct(ret))),
      sub(mul(cum, add(1, pct(ret))), paid),
    )
  },
  'overtime-premium-charged-to-a-job': (f) => {
    const [h, ot, wage, mult, asked] = vs(f, 'h', 'ot', 'wage', 'mult', 'asked')
    const rate = div(wage, 100)
    const basic = mul(h, rate)
    const withPremium = add(basic, mul(ot, rate, sub(pct(mult), 1)))
    const jobCaused = asked[0] === 1n
    return money(
      jobCaused ? withPremium : basic,
      jobCaused ? basic : withPremium,
      add(basic, mul(ot, rate, pct(mult))),
      mul(h, rate, pct(mult)),
      mul(sub(h, ot), rate),
    )
  },
  'job-materials-after-returns-and-transfers': (f) => {
    const [issued, returned, tin, tout] = vs(f, 'issued', 'returned', 'tin', 'tout')
    return money(
      add(issued, mul(returned, -1), tin, mul(tout, -1)),
      add(issued, tin, mul(tout, -1)),
      add(issued, returned, tin, mul(tout, -1)),
      sub(issued, returned),
      add(issued, mul(returned, -1), mul(tin, -1), tout),
    )
  },
  'abnormal-spoilage-written-off': (f) => {
    const [n, normal, extra, cost] = vs(f, 'n', 'normal', 'extra', 'cost')
    const spoiled = mul(n, pct(add(normal, extra)))
    const abnormal = mul(n, pct(extra))
    const perGood = div(cost, mul(n, sub(1, pct(normal))))
    const perStarted = div(cost, n)
    return money(
      mul(abnormal, perGood),
      mul(spoiled, perGood),
      mul(spoiled, perStarted),
      mul(abnormal, perStarted),
      mul(abnormal, div(cost, sub(n, spoiled))),
    )
  },
  'contract-revenue-to-date': (f) => {
    const [price, c, e] = vs(f, 'price', 'c', 'e')
    const total = add(c, e)
    return money(
      div(mul(price, c), total),
      div(mul(sub(price, total), c), total),
      div(mul(price, e), total),
      add(c, sub(price, total)),
      c,
    )
  },
  'hourly-charge-out-rate': (f) => {
    const [costs, weeks, hpw, util, mark] = vs(f, 'costs', 'weeks', 'hpw', 'util', 'mark')
    const hours = mul(weeks, hpw)
    const billed = mul(hours, pct(util))
    const marked = mul(costs, add(1, pct(mark)))
    return money(
      div(marked, billed),
      div(marked, hours),
      div(costs, billed),
      div(div(costs, sub(1, pct(mark))), billed),
      div(marked, mul(52, hpw, pct(util))),
      div(marked, mul(billed, pct(util))),
    )
  },
  'contract-cost-to-date-with-plant-on-site': (f) => {
    const [mat, unused, lab, plant, plantEnd, ohd] = vs(
      f,
      'mat',
      'unused',
      'lab',
      'plant',
      'plantEnd',
      'ohd',
    )
    const used = sub(mat, unused)
    const rest = add(lab, ohd)
    return money(
      add(used, rest, sub(plant, plantEnd)),
      add(used, rest, plant),
      add(mat, rest, sub(plant, plantEnd)),
      add(used, rest, plantEnd),
      add(used, rest),
    )
  },
  'batch-cost-per-unit-at-a-new-batch-size': (f) => {
    const [setup, v, b1, b2] = vs(f, 'setup', 'v', 'b1', 'b2')
    return money(
      div(add(mul(v, b2), setup), b2),
      div(add(mul(v, b1), setup), b1),
      add(v, setup),
      v,
      div(setup, b2),
    )
  },
  'job-price-at-a-mark-up-on-total-cost': (f) => {
    const [prime, ohd, mark] = vs(f, 'prime', 'ohd', 'mark')
    const total = add(prime, ohd)
    return money(
      add(total, mul(total, pct(mark))),
      div(total, sub(1, pct(mark))),
      add(prime, mul(prime, pct(mark))),
      add(prime, mul(prime, pct(mark)), ohd),
      mul(total, pct(mark)),
    )
  },
  'job-profit-against-its-quote': (f) => {
    const [quote, mat, hrs, wage, oar] = vs(f, 'quote', 'mat', 'hrs', 'wage', 'oar')
    const lab = div(mul(hrs, wage), 100)
    const ohd = div(mul(hrs, oar), 100)
    const less = (...xs: R[]) => sub(quote, add(...xs))
    return money(
      less(mat, lab, ohd),
      less(mat, lab),
      less(mat, ohd),
      less(lab, ohd),
      less(mat, lab, ohd, ohd),
      less(mat, lab, lab, ohd),
      less(mat, mat, lab, ohd),
    )
  },
}

const units = (...xs: readonly R[]): SecondWorking => ({
  key: `${dp(xs[0]!, 0)} equivalent units`,
  wrong: xs.slice(1).map((x) => `${dp(x, 0)} equivalent units`),
})
const kg = (...xs: readonly R[]): SecondWorking => ({
  key: `${dp(xs[0]!, 0)} kg`,
  wrong: xs.slice(1).map((x) => `${dp(x, 0)} kg`),
})

/** A process's normal loss, expected output and cost per expected unit, worked from its inputs. */
function lossAccount(f: F) {
  const [input, cost, nl, sv] = vs(f, 'input', 'cost', 'nl', 'sv')
  const lost = div(mul(input, nl), 100)
  const expected = sub(input, lost)
  const scrap = mul(lost, sv)
  return { input, cost, sv, lost, expected, scrap, per: div(sub(cost, scrap), expected) }
}
/** Weighted-average and FIFO equivalent units of conversion from a month's unit flow. */
function unitFlow(f: F) {
  const [done, open, oc, w, c] = vs(f, 'done', 'open', 'oc', 'w', 'c')
  const closing = div(mul(w, c), 100)
  const toFinish = div(mul(open, sub(100, oc)), 100)
  const startedAndDone = sub(done, open)
  return {
    done,
    open,
    oc,
    w,
    c,
    closing,
    toFinish,
    startedAndDone,
    wa: add(done, closing),
    fifo: add(toFinish, startedAndDone, closing),
  }
}

const PROCESS: Readonly<Record<string, Route>> = {
  'cost-per-unit-of-expected-output': (f) => {
    const { input, cost, sv, lost, expected, scrap, per } = lossAccount(f)
    const actual = sub(expected, div(mul(input, v(f, 'ab')), 100))
    return money(
      per,
      div(cost, expected),
      div(sub(cost, scrap), input),
      div(cost, input),
      div(add(cost, scrap), expected),
      div(sub(cost, mul(lost, sv)), actual),
      div(cost, actual),
      sub(div(cost, input), sv),
    )
  },
  'abnormal-loss-valued': (f) => {
    const { input, cost, sv, lost, expected, scrap, per } = lossAccount(f)
    const abn = div(mul(input, v(f, 'ab')), 100)
    return money(
      mul(abn, per),
      mul(abn, div(cost, input)),
      mul(abn, div(sub(cost, scrap), sub(expected, abn))),
      mul(add(abn, lost), per),
      mul(abn, sub(per, sv)),
      mul(abn, div(cost, expected)),
    )
  },
  'abnormal-gain-valued': (f) => {
    const { input, cost, expected, scrap, per } = lossAccount(f)
    const gain = div(mul(input, v(f, 'g')), 100)
    return money(
      mul(gain, per),
      mul(gain, sub(per, v(f, 'sv'))),
      mul(gain, div(cost, input)),
      mul(gain, div(cost, expected)),
      mul(gain, div(sub(cost, scrap), add(expected, gain))),
    )
  },
  'abnormal-gain-net-effect-on-profit': (f) => {
    const { input, cost, sv, per } = lossAccount(f)
    const gain = div(mul(input, v(f, 'g')), 100)
    return money(
      sub(mul(gain, per), mul(gain, sv)),
      mul(gain, per),
      add(mul(gain, per), mul(gain, sv)),
      mul(gain, sv),
      sub(mul(gain, div(cost, input)), mul(gain, sv)),
    )
  },
  'equivalent-units-weighted-average': (f) => {
    const u = unitFlow(f)
    return units(
      u.wa,
      add(u.done, u.w),
      add(u.done, sub(u.w, u.closing)),
      sub(u.wa, div(mul(u.open, u.oc), 100)),
      add(u.wa, div(mul(u.open, u.oc), 100)),
      u.done,
      add(u.wa, u.open),
    )
  },
  'equivalent-units-fifo': (f) => {
    const u = unitFlow(f)
    return units(
      u.fifo,
      u.wa,
      add(div(mul(u.open, u.oc), 100), u.startedAndDone, u.closing),
      add(u.startedAndDone, u.closing),
      add(u.toFinish, u.done, u.closing),
      add(u.toFinish, u.startedAndDone),
    )
  },
  'cost-per-equivalent-unit-weighted-average': (f) => {
    const u = unitFlow(f)
    const [oCost, pCost] = vs(f, 'oCost', 'pCost')
    const all = add(oCost, pCost)
    return money(
      div(all, u.wa),
      div(pCost, u.wa),
      div(all, u.fifo),
      div(all, add(u.done, u.w)),
      div(all, u.done),
      div(pCost, u.fifo),
      div(all, add(u.wa, div(mul(u.open, u.oc), 100))),
    )
  },
  'cost-per-equivalent-unit-fifo': (f) => {
    const u = unitFlow(f)
    const [oCost, pCost] = vs(f, 'oCost', 'pCost')
    const all = add(oCost, pCost)
    return money(
      div(pCost, u.fifo),
      div(all, u.fifo),
      div(pCost, u.wa),
      div(all, u.wa),
      div(pCost, add(u.startedAndDone, u.closing)),
    )
  },
  'closing-work-in-progress-valued': (f) => {
    const [w, c, m, cv] = vs(f, 'w', 'c', 'm', 'cv')
    const conv = div(mul(w, c), 100)
    return money(
      add(mul(w, m), mul(conv, cv)),
      add(mul(w, m), mul(w, cv)),
      add(mul(conv, m), mul(conv, cv)),
      mul(w, m),
      add(mul(w, m), mul(sub(w, conv), cv)),
      mul(conv, cv),
    )
  },
  'joint-cost-by-physical-units': (f) => {
    const [j, qa, qb, qc, pa, pb, pcc] = vs(f, 'j', 'qa', 'qb', 'qc', 'pa', 'pb', 'pc')
    const [va, vb, vc] = [mul(qa, pa), mul(qb, pb), mul(qc, pcc)]
    const share = (part: R, whole: R) => div(mul(j, part), whole)
    return money(
      share(qa, add(qa, qb, qc)),
      share(va, add(va, vb, vc)),
      div(j, 3),
      share(pa, add(pa, pb, pcc)),
    )
  },
  'joint-cost-by-sales-value-at-split-off': (f) => {
    const [j, qa, qb, pa, pb, fa, fb] = vs(f, 'j', 'qa', 'qb', 'pa', 'pb', 'fa', 'fb')
    const [va, vb, xa, xb] = [mul(qa, pa), mul(qb, pb), mul(qa, fa), mul(qb, fb)]
    const share = (part: R, whole: R) => div(mul(j, part), whole)
    return money(
      share(va, add(va, vb)),
      share(qa, add(qa, qb)),
      share(xa, add(xa, xb)),
      share(pa, add(pa, pb)),
      share(vb, add(va, vb)),
    )
  },
  'joint-cost-by-net-realisable-value': (f) => {
    const [j, qa, qb, fa, fb, ca, cb] = vs(f, 'j', 'qa', 'qb', 'fa', 'fb', 'ca', 'cb')
    const [xa, xb] = [mul(qa, fa), mul(qb, fb)]
    const [na, nb] = [sub(xa, ca), sub(xb, cb)]
    const share = (part: R, whole: R) => div(mul(j, part), whole)
    return money(
      share(na, add(na, nb)),
      share(xa, add(xa, xb)),
      share(qa, add(qa, qb)),
      sub(share(xa, add(xa, xb)), ca),
      share(ca, add(ca, cb)),
    )
  },
  'main-product-cost-after-by-product-credit': (f) => {
    const [j, main, by, bp, sell] = vs(f, 'j', 'main', 'by', 'bp', 'sell')
    const net = sub(mul(by, bp), mul(by, sell))
    return money(
      div(sub(j, net), main),
      div(j, main),
      div(sub(j, mul(by, bp)), main),
      div(j, add(main, by)),
      div(add(j, net), main),
    )
  },
  'gain-from-processing-further': (f) => {
    const [q, split, fin, further, jointShare] = vs(f, 'q', 'split', 'fin', 'further', 'jointShare')
    const extraRevenue = sub(mul(q, fin), mul(q, split))
    return money(
      sub(extraRevenue, further),
      sub(mul(q, fin), further),
      extraRevenue,
      sub(mul(q, fin), add(further, jointShare)),
      sub(extraRevenue, sub(further, jointShare)),
      sub(extraRevenue, add(further, jointShare)),
    )
  },
  'opening-work-completed-cost-fifo': (f) => {
    const [open, oc, oCost, cv] = vs(f, 'open', 'oc', 'oCost', 'cv')
    const left = div(mul(open, sub(100, oc)), 100)
    return money(
      add(oCost, mul(left, cv)),
      mul(left, cv),
      add(oCost, mul(div(mul(open, oc), 100), cv)),
      add(oCost, mul(open, cv)),
      mul(open, cv),
    )
  },
  'normal-loss-expected-output': (f) => {
    const [input, nl, ab] = vs(f, 'input', 'nl', 'ab')
    const actual = div(mul(input, sub(sub(100, nl), ab)), 100)
    const expected = sub(input, div(mul(input, nl), 100))
    return kg(
      sub(expected, actual),
      sub(input, actual),
      div(mul(input, nl), 100),
      sub(sub(input, actual), div(mul(actual, nl), 100)),
      sub(div(mul(sub(input, actual), 100), input), nl),
    )
  },
}

const count = (unit: string, ...xs: readonly R[]): SecondWorking => ({
  key: `${dp(xs[0]!, 0)} ${unit}`,
  wrong: xs.slice(1).map((x) => `${dp(x, 0)} ${unit}`),
})
const percent = (...xs: readonly R[]): SecondWorking => ({
  key: `${dp(xs[0]!, 2)}%`,
  wrong: xs.slice(1).map((x) => `${dp(x, 2)}%`),
})
/** The nearest whole number to √x, by stepping up from the integer square root of ⌊x⌋. */
function nearestRoot(x: R): R {
  let k = 0n
  // (k + ½)² ≤ x  ⇔  (2k + 1)² × d ≤ 4n
  const [n, d] = x
  let step = 1n << 40n
  while (step > 0n) {
    const t = k + step
    if ((2n * t - 1n) ** 2n * d <= 4n * n) k = t
    step >>= 1n
  }
  return [k, 1n]
}

const INVENTORY: Readonly<Record<string, Route>> = {
  'fifo-cost-of-an-issue': (f) => {
    const [q1, q2, q3, p1, p2, p3, issue] = vs(f, 'q1', 'q2', 'q3', 'p1', 'p2', 'p3', 'issue')
    const fromSecond = sub(issue, q1)
    // LIFO: the newest batch first, then back through the older ones until the issue is met.
    let [lifo, left]: [R, R] = [[0n, 1n], issue]
    for (const [q, p] of [
      [q3, p3],
      [q2, p2],
      [q1, p1],
    ] as const) {
      const take = neg(sub(q, left)) ? q : left
      lifo = add(lifo, mul(take, p))
      left = sub(left, take)
    }
    const all = add(q1, q2, q3)
    return money(
      add(mul(q1, p1), mul(fromSecond, p2)),
      lifo,
      mul(issue, div(add(mul(q1, p1), mul(q2, p2), mul(q3, p3)), all)),
      mul(issue, div(add(p1, p2, p3), 3)),
      mul(issue, p1),
    )
  },
  'weighted-average-price-after-a-receipt': (f) => {
    const [q0, p0, q1, p1] = vs(f, 'q0', 'p0', 'q1', 'p1')
    const value = add(mul(q0, p0), mul(q1, p1))
    return money(
      div(value, add(q0, q1)),
      div(add(p0, p1), 2),
      div(add(mul(q0, p1), mul(q1, p0)), add(q0, q1)),
      div(value, q1),
      div(value, q0),
    )
  },
  'fifo-closing-inventory': (f) => {
    const [q1, q2, q3, p1, p2, p3, left] = vs(f, 'q1', 'q2', 'q3', 'p1', 'p2', 'p3', 'left')
    const value = add(mul(q1, p1), mul(q2, p2), mul(q3, p3))
    return money(
      mul(left, p3),
      mul(left, p1),
      mul(left, div(value, add(q1, q2, q3))),
      mul(left, div(add(p1, p2, p3), 3)),
      sub(value, mul(left, p3)),
    )
  },
  'economic-order-quantity': (f) => {
    const [d, co, ch] = vs(f, 'd', 'co', 'ch')
    const eoq = (demand: R, order: R, hold: R, two = 2) =>
      nearestRoot(div(mul(two, order, demand), hold))
    return count(
      'units',
      eoq(d, co, ch),
      eoq(d, co, ch, 1),
      eoq(div(d, 12), co, ch),
      eoq(d, ch, co),
      eoq(mul(d, 12), co, ch),
      eoq(d, co, ch, 4),
    )
  },
  'reorder-level': (f) => {
    const [maxUse, minUse, maxLead, minLead] = vs(f, 'maxUse', 'minUse', 'maxLead', 'minLead')
    return count(
      'units',
      mul(maxUse, maxLead),
      mul(div(add(maxUse, minUse), 2), div(add(maxLead, minLead), 2)),
      mul(minUse, minLead),
      mul(maxUse, minLead),
      mul(minUse, maxLead),
    )
  },
  'maximum-inventory-level': (f) => {
    const [maxUse, minUse, maxLead, minLead, roq] = vs(
      f,
      'maxUse',
      'minUse',
      'maxLead',
      'minLead',
      'roq',
    )
    const top = add(mul(maxUse, maxLead), roq)
    return count(
      'units',
      sub(top, mul(minUse, minLead)),
      top,
      sub(top, mul(maxUse, maxLead)),
      sub(top, mul(minUse, maxLead)),
      add(top, mul(minUse, minLead)),
      sub(top, mul(maxUse, minLead)),
    )
  },
  'overtime-premium-in-gross-pay': (f) => {
    const [team, basicHrs, ot, rush, rate, mult] = vs(
      f,
      'team',
      'basicHrs',
      'ot',
      'rush',
      'rate',
      'mult',
    )
    // Premium per overtime hour is the multiplier less the basic hour; general hours are the rest.
    const premium = mul(rate, sub(pct(mult), 1))
    const general = sub(ot, rush)
    const misread = r(mult)[0] === 150n ? rate : div(rate, 2)
    return money(
      mul(team, general, premium),
      mul(team, ot, premium),
      mul(team, general, rate, pct(mult)),
      mul(team, add(basicHrs, general), premium),
      mul(team, rush, premium),
      mul(general, premium),
      mul(team, general, misread),
    )
  },
  'idle-and-indirect-labour-charged-to-overhead': (f) => {
    const [paid, direct, indirect, rate, normal] = vs(
      f,
      'paid',
      'direct',
      'indirect',
      'rate',
      'normal',
    )
    const idle = sub(sub(paid, direct), indirect)
    const allowance = div(mul(paid, normal), 100)
    return money(
      mul(add(indirect, allowance), rate),
      mul(add(indirect, idle), rate),
      mul(add(indirect, sub(idle, allowance)), rate),
      mul(idle, rate),
      mul(indirect, rate),
      mul(allowance, rate),
      mul(add(indirect, div(mul(direct, normal), 100)), rate),
    )
  },
  'piecework-with-a-guaranteed-minimum': (f) => {
    const [rate, hrs, hourly, ...days] = vs(
      f,
      'rate',
      'hrs',
      'hourly',
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
    )
    const daily = mul(hrs, hourly, dec8)
    const earned = days.map((n) => mul(n, rate))
    const larger = (a: R, b: R) => (neg(sub(a, b)) ? b : a)
    const week = add(...earned)
    const floorWeek = mul(daily, 5)
    return money(
      add(...earned.map((e) => larger(e, daily))),
      larger(week, floorWeek),
      week,
      floorWeek,
      add(week, floorWeek),
      add(...earned.map((e) => larger(e, mul(hrs, hourly)))),
      mul(hrs, hourly, 5),
    )
  },
  'halsey-time-saved-bonus': (f) => {
    const [allowed, taken, rate] = vs(f, 'allowed', 'taken', 'rate')
    const saved = sub(allowed, taken)
    const half = (x: R) => div(x, 2)
    return money(
      mul(add(taken, half(saved)), rate),
      mul(allowed, rate),
      mul(half(saved), rate),
      mul(add(allowed, half(saved)), rate),
      mul(add(taken, half(taken)), rate),
      mul(taken, rate),
      mul(add(taken, div(mul(saved, taken), allowed)), rate),
    )
  },
  'rowan-time-saved-bonus': (f) => {
    const [allowed, taken, rate] = vs(f, 'allowed', 'taken', 'rate')
    const saved = sub(allowed, taken)
    const pay = mul(taken, rate)
    return money(
      add(pay, mul(div(saved, allowed), pay)),
      add(pay, mul(div(saved, 2), rate)),
      mul(div(saved, allowed), pay),
      pay,
      add(pay, mul(div(mul(saved, saved), allowed), rate)),
      mul(allowed, rate),
    )
  },
  'labour-turnover-rate': (f) => {
    const [open, close, leavers, replaced] = vs(f, 'open', 'close', 'leavers', 'replaced')
    const average = div(add(open, close), 2)
    return percent(
      div(mul(replaced, 100), average),
      div(mul(leavers, 100), average),
      div(mul(replaced, 100), open),
      div(mul(replaced, 100), close),
      div(mul(replaced, 100), add(open, close)),
      div(mul(sub(leavers, replaced), 100), average),
      div(mul(replaced, 100), leavers),
    )
  },
  'materials-purchase-quantity-from-a-budget': (f) => {
    const [prod, per, open, close] = vs(f, 'prod', 'per', 'open', 'close')
    const need = mul(prod, per)
    return count(
      'kg',
      add(need, close, mul(open, -1)),
      add(need, open, mul(close, -1)),
      need,
      add(prod, close, mul(open, -1)),
      add(need, close, open),
    )
  },
  'annual-ordering-and-holding-cost': (f) => {
    const [d, q, co, ch] = vs(f, 'd', 'q', 'co', 'ch')
    const ordering = mul(div(d, q), co)
    return money(
      add(ordering, mul(div(q, 2), ch)),
      add(ordering, mul(q, ch)),
      add(mul(div(q, d), co), mul(div(q, 2), ch)),
      ordering,
      add(ordering, mul(div(d, 2), ch)),
    )
  },
  'standard-hours-produced-and-efficiency': (f) => {
    const [qa, qb, ha, hb, actual] = vs(f, 'qa', 'qb', 'ha', 'hb', 'actual')
    const std = add(mul(qa, ha), mul(qb, hb))
    return percent(
      div(mul(std, 100), actual),
      div(mul(actual, 100), std),
      div(mul(div(add(ha, hb), 2), add(qa, qb), 100), actual),
      div(mul(add(qa, qb), 100), actual),
      div(mul(qa, ha, 100), actual),
    )
  },
}
const dec8: R = [8n, 10n]

/** A variance's key and its named mistakes, then each mistake after the first with its sign reversed. */
const variances = (key: R, ...wrong: R[]): SecondWorking => ({
  key: fav(key),
  wrong: [...wrong, ...wrong.slice(1).map((x) => mul(x, -1))].map(fav),
})

const VARIANCES: Readonly<Record<string, Route>> = {
  'material-price-variance-on-purchases': (f) => {
    const [sp, bought, used, paid, sq] = vs(f, 'sp', 'bought', 'used', 'paid', 'sq')
    const ap = div(paid, bought)
    const k = sub(mul(bought, sp), paid)
    return variances(
      k,
      mul(k, -1),
      mul(sub(sp, ap), used),
      mul(sub(sp, ap), sq),
      sub(mul(sq, sp), paid),
    )
  },
  'material-usage-variance': (f) => {
    const [sp, per, out, budgetOut, used, ap] = vs(f, 'sp', 'per', 'out', 'budgetOut', 'used', 'ap')
    const sq = mul(out, per)
    const k = mul(sub(sq, used), sp)
    return variances(
      k,
      mul(k, -1),
      mul(sub(sq, used), ap),
      mul(sub(mul(budgetOut, per), used), sp),
      sub(mul(sq, sp), mul(used, ap)),
    )
  },
  'labour-rate-variance': (f) => {
    const [sr, paidH, worked, pay] = vs(f, 'sr', 'paidH', 'worked', 'pay')
    const k = sub(mul(paidH, sr), pay)
    return variances(
      k,
      mul(k, -1),
      sub(mul(worked, sr), pay),
      mul(sub(sr, div(pay, paidH)), worked),
      mul(sub(sr, div(pay, worked)), paidH),
    )
  },
  'labour-efficiency-variance': (f) => {
    const [sr, sh, out, worked, idle, ar] = vs(f, 'sr', 'sh', 'out', 'worked', 'idle', 'ar')
    const std = mul(out, sh)
    const paid = add(worked, idle)
    const k = mul(sub(std, worked), sr)
    return variances(
      k,
      mul(k, -1),
      mul(sub(std, paid), sr),
      mul(sub(std, worked), ar),
      mul(sub(std, paid), ar),
    )
  },
  'idle-time-variance': (f) => {
    const [sr, paidH, idle, ar] = vs(f, 'sr', 'paidH', 'idle', 'ar')
    const k = mul(idle, sr, -1)
    return variances(
      k,
      mul(k, -1),
      mul(idle, ar, -1),
      mul(sub(paidH, idle), sr, -1),
      mul(idle, sub(ar, sr), -1),
    )
  },
  'variable-overhead-expenditure-variance': (f) => {
    const [vr, worked, spent, std, budget] = vs(f, 'vr', 'worked', 'spent', 'std', 'budget')
    const k = sub(mul(worked, vr), spent)
    return variances(
      k,
      mul(k, -1),
      sub(mul(std, vr), spent),
      mul(sub(std, worked), vr),
      sub(mul(budget, vr), spent),
    )
  },
  'fixed-overhead-expenditure-variance': (f) => {
    const [budget, spent, bOut, aOut] = vs(f, 'budget', 'spent', 'bOut', 'aOut')
    const absorbed = div(mul(budget, aOut), bOut)
    const k = sub(budget, spent)
    return variances(k, mul(k, -1), sub(absorbed, spent), sub(absorbed, budget))
  },
  'fixed-overhead-volume-variance': (f) => {
    const [bOut, rate, aOut, spent] = vs(f, 'bOut', 'rate', 'aOut', 'spent')
    const k = mul(sub(aOut, bOut), rate)
    return variances(
      k,
      mul(k, -1),
      sub(mul(bOut, rate), spent),
      sub(mul(aOut, rate), spent),
      mul(sub(aOut, bOut), div(spent, aOut)),
    )
  },
  'sales-price-variance': (f) => {
    const [sp, bQ, aQ, revenue] = vs(f, 'sp', 'bQ', 'aQ', 'revenue')
    const k = sub(revenue, mul(aQ, sp))
    return variances(
      k,
      mul(k, -1),
      sub(revenue, mul(bQ, sp)),
      mul(sub(div(revenue, aQ), sp), bQ),
      mul(sub(aQ, bQ), sp),
    )
  },
  'sales-volume-profit-variance': (f) => {
    const [sp, cost, bQ, aQ, ap] = vs(f, 'sp', 'cost', 'bQ', 'aQ', 'ap')
    const extra = sub(aQ, bQ)
    const k = mul(extra, sub(sp, cost))
    return variances(k, mul(k, -1), mul(extra, sp), mul(extra, sub(ap, cost)), mul(extra, cost))
  },
  'total-material-cost-variance': (f) => {
    const [sp, per, out, bOut, used, cost] = vs(f, 'sp', 'per', 'out', 'bOut', 'used', 'cost')
    const sq = mul(out, per)
    return variances(
      sub(mul(sq, sp), cost),
      sub(cost, mul(sq, sp)),
      sub(mul(bOut, per, sp), cost),
      sub(mul(used, sp), cost),
      mul(sub(sq, used), sp),
    )
  },
}

// Mix and quantity (or yield) worked as a table of the actual total re-spread in the standard or
// budgeted proportions, then each line's difference valued; the weighted average is the standard
// value of one unit of the budgeted (or standard) mix.
const remix = (total: R, [a, b]: readonly [R, R]): [R, R] => [
  div(mul(total, a), add(a, b)),
  div(mul(total, b), add(a, b)),
]

const MORE_VARIANCES: Readonly<Record<string, Route>> = {
  'actual-profit-from-an-operating-statement': (f) => {
    // The statement worked down from budgeted profit: favourable variances added, adverse ones
    // taken off, each total kept apart as the working paper lists them.
    const lines = Array.from({ length: 8 }, (_, i) => v(f, `v${i}`))
    const budgeted = v(f, 'budgeted')
    const favourable = add(...lines.filter((x) => !neg(x)))
    const adverse = add(...lines.filter(neg).map((x) => mul(x, -1)))
    const actual = sub(add(budgeted, favourable), adverse)
    const salesVolume = lines[1]!
    return money(
      actual,
      sub(add(budgeted, adverse), favourable),
      add(budgeted, favourable, adverse),
      sub(sub(budgeted, favourable), adverse),
      sub(actual, salesVolume),
    )
  },
  'variable-overhead-efficiency-variance': (f) => {
    const [vr, sh, out, worked, idle, spent] = vs(f, 'vr', 'sh', 'out', 'worked', 'idle', 'spent')
    const std = mul(out, sh)
    const k = mul(sub(std, worked), vr)
    return variances(
      k,
      mul(k, -1),
      mul(sub(std, add(worked, idle)), vr),
      mul(sub(std, worked), div(spent, worked)),
      sub(mul(worked, vr), spent),
    )
  },
  'fixed-overhead-capacity-variance': (f) => {
    const [bh, rate, worked, std, spent] = vs(f, 'bh', 'rate', 'worked', 'std', 'spent')
    const k = mul(sub(worked, bh), rate)
    return variances(
      k,
      mul(k, -1),
      mul(sub(std, bh), rate),
      mul(sub(std, worked), rate),
      mul(sub(worked, bh), div(spent, worked)),
    )
  },
  'fixed-overhead-efficiency-variance': (f) => {
    const [bh, rate, worked, std, spent] = vs(f, 'bh', 'rate', 'worked', 'std', 'spent')
    const k = mul(sub(std, worked), rate)
    return variances(
      k,
      mul(k, -1),
      mul(sub(worked, bh), rate),
      mul(sub(std, bh), rate),
      sub(mul(std, rate), spent),
    )
  },
  'sales-mix-profit-variance': (f) => {
    const [pA, pB, mA, mB, bA, bB, aA, aB] = vs(f, 'pA', 'pB', 'mA', 'mB', 'bA', 'bB', 'aA', 'aB')
    const [sA, sB] = remix(add(aA, aB), [bA, bB])
    const mix = add(mul(sub(aA, sA), mA), mul(sub(aB, sB), mB))
    const volume = add(mul(sub(aA, bA), mA), mul(sub(aB, bB), mB))
    return variances(
      mix,
      mul(mix, -1),
      sub(volume, mix),
      volume,
      add(mul(sub(aA, sA), pA), mul(sub(aB, sB), pB)),
    )
  },
  'sales-quantity-profit-variance': (f) => {
    const [, , mA, mB, bA, bB, aA, aB] = vs(f, 'pA', 'pB', 'mA', 'mB', 'bA', 'bB', 'aA', 'aB')
    const budgetUnits = add(bA, bB)
    const extra = sub(add(aA, aB), budgetUnits)
    const quantity = mul(extra, div(add(mul(bA, mA), mul(bB, mB)), budgetUnits))
    const volume = add(mul(sub(aA, bA), mA), mul(sub(aB, bB), mB))
    return variances(
      quantity,
      mul(quantity, -1),
      sub(volume, quantity),
      volume,
      mul(extra, div(add(mA, mB), 2)),
    )
  },
  'material-mix-variance': (f) => {
    const [qX, qY, pX, pY, out, uX, uY, aX, aY] = vs(
      f,
      'qX',
      'qY',
      'pX',
      'pY',
      'out',
      'uX',
      'uY',
      'aX',
      'aY',
    )
    const [sX, sY] = remix(add(uX, uY), [qX, qY])
    const mix = add(mul(sub(sX, uX), pX), mul(sub(sY, uY), pY))
    const usage = add(mul(sub(mul(out, qX), uX), pX), mul(sub(mul(out, qY), uY), pY))
    return variances(
      mix,
      mul(mix, -1),
      sub(usage, mix),
      usage,
      add(mul(sub(sX, uX), aX), mul(sub(sY, uY), aY)),
    )
  },
  'material-yield-variance': (f) => {
    const [qX, qY, pX, pY, out, uX, uY] = vs(f, 'qX', 'qY', 'pX', 'pY', 'out', 'uX', 'uY')
    const perUnit = add(qX, qY)
    const lost = sub(mul(out, perUnit), add(uX, uY))
    const yieldV = mul(lost, div(add(mul(qX, pX), mul(qY, pY)), perUnit))
    const usage = add(mul(sub(mul(out, qX), uX), pX), mul(sub(mul(out, qY), uY), pY))
    return variances(
      yieldV,
      mul(yieldV, -1),
      sub(usage, yieldV),
      usage,
      mul(lost, div(add(pX, pY), 2)),
    )
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...OVERHEADS,
  ...JOBS,
  ...PROCESS,
  ...INVENTORY,
  ...VARIANCES,
  ...MORE_VARIANCES,
}

describeEngineIndependent('cost accounting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route:
      'exact BigInt rationals worked from each draw’s figures as a costing working paper sets them down',
    digest,
    never: { what: 'zero amount', pattern: /^-?[$€£]?0\.00(?: |$)/ },
    models: CAC_MODELS.filter((m) => (m.families?.length ?? 0) > 0),
    engines,
  })
})
