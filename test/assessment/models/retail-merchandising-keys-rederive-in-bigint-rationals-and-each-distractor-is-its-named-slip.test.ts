import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { MARKDOWN_FAMILIES } from '../../../src/assessment/models/rmm/markdown-families.js'
import { MARKUP_FAMILIES } from '../../../src/assessment/models/rmm/markup-families.js'
import { PERFORMANCE_FAMILIES } from '../../../src/assessment/models/rmm/performance-families.js'
import { PLANNING_FAMILIES } from '../../../src/assessment/models/rmm/planning-families.js'
import { RMM_MODELS } from '../../../src/assessment/models/rmm/rmm-models.js'
import type { RetailScenario } from '../../../src/assessment/models/rmm/rmm-text.js'
import { SPACE_FAMILIES } from '../../../src/assessment/models/rmm/space-families.js'
import { add, div, mul, type R, r, sub } from '../../support/bigint-rationals.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...MARKUP_FAMILIES,
  ...MARKDOWN_FAMILIES,
  ...PLANNING_FAMILIES,
  ...PERFORMANCE_FAMILIES,
  ...SPACE_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<RetailScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals as BigInt pairs, nothing shared with the families' fraction helpers.
const B = BigInt
const one = r(1)
const less1 = (x: R) => sub(x, one)
const c = (cents: number) => r(cents, 100)
const bp = (basis: number) => r(basis, 10000)
const sumOf = (xs: readonly R[]) => add(...xs)

// ---- Rounding and writing, done again here: half away from zero, or up, or down.
function scaledInt(x: R, k: number, how: 'half' | 'up' | 'down' = 'half'): bigint {
  const [a0, b0] = mul(x, r(10n ** B(k)))
  const [a, b] = b0 < 0n ? [-a0, -b0] : [a0, b0]
  if (a < 0n) throw new Error('negative figure in a retail working')
  const q = a / b
  const rem = a - q * b
  if (how === 'half') return 2n * rem >= b ? q + 1n : q
  if (how === 'up') return rem > 0n ? q + 1n : q
  return q
}
function write(m: bigint, k: number): string {
  if (k === 0) return m.toLocaleString('en-US')
  const s = m.toString().padStart(k + 1, '0')
  return `${B(s.slice(0, -k)).toLocaleString('en-US')}.${s.slice(-k)}`
}
const dp = (x: R, k: number, how: 'half' | 'up' | 'down' = 'half') => write(scaledInt(x, k, how), k)
const money = (x: R) => dp(x, 2)
const moneyDown = (x: R) => dp(x, 2, 'down')
const moneyUp = (x: R) => dp(x, 2, 'up')
const per = (x: R) => dp(mul(x, r(100)), 2)
const two = (x: R) => dp(x, 2)
const units = (x: R) => dp(x, 0)
const unitsUp = (x: R) => dp(x, 0, 'up')
const unitsDown = (x: R) => dp(x, 0, 'down')
const floorR = (x: R) => r(scaledInt(x, 0, 'down'))
const ceilR = (x: R) => r(scaledInt(x, 0, 'up'))

/** The number an option shows, without its currency, percent sign or unit. */
const digest = (text: string) => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text

type F = Readonly<Record<string, number | string>>
const as = (show: (x: R) => string, key: R, ...wrong: readonly R[]): SecondWorking => ({
  key: show(key),
  wrong: wrong.map(show),
})
type Route = (f: F) => SecondWorking

// ---- Markup: markup on retail is one minus the cost complement, worked from cost ÷ retail.
const MARKUP: Readonly<Record<string, Route>> = {
  'markup-on-net-retail-from-a-vat-ticket': (f) => {
    const [cost, g, v] = figuresOf(f, 'c', 'g', 'v')
    const net = div(c(g), add(one, bp(v)))
    const gLess = mul(c(g), sub(one, bp(v)))
    return as(
      per,
      sub(one, div(c(cost), net)),
      sub(one, div(c(cost), c(g))),
      less1(div(net, c(cost))),
      div(c(cost), net),
      sub(one, div(c(cost), gLess)),
      div(sub(net, c(cost)), c(g)),
    )
  },
  'retail-price-raised-to-a-99-ending': (f) => {
    const [cost, m] = figuresOf(f, 'c', 'm')
    // Prices in cents: the .99 prices at or above and at or below a figure, by whole-unit steps.
    const up99 = (x: R) => r(scaledInt(div(sub(x, r(99)), r(100)), 0, 'up') * 100n + 99n)
    const down99 = (x: R) => r(scaledInt(div(sub(x, r(99)), r(100)), 0, 'down') * 100n + 99n)
    const raw = div(r(cost), sub(one, bp(m)))
    const cents = (x: R) => dp(div(x, r(100)), 2)
    return as(
      cents,
      up99(raw),
      up99(mul(r(cost), add(one, bp(m)))),
      down99(raw),
      up99(div(r(cost), bp(m))),
      sub(raw, r(cost)),
    )
  },
  'cost-ceiling-from-a-vat-ticket-and-target-markup': (f) => {
    const [g, v, m] = figuresOf(f, 'g', 'v', 'm')
    const net = div(c(g), add(one, bp(v)))
    const keep = sub(one, bp(m))
    return as(
      moneyDown,
      mul(net, keep),
      mul(c(g), keep),
      mul(c(g), sub(one, bp(v)), keep),
      div(net, add(one, bp(m))),
      mul(net, bp(m)),
    )
  },
  'initial-markup-from-the-season-plan': (f) => {
    const [s, e, p, md, sh, ed] = figuresOf(f, 's', 'e', 'p', 'md', 'sh', 'ed')
    const red = md + sh + ed
    const top = e + p + red
    return as(
      per,
      r(top, s + red),
      r(e + p, s),
      r(top, s),
      r(e + p + md, s + md),
      r(e + p, s + red),
      r(top, s + red - top),
    )
  },
  'maintained-markup-after-reductions': (f) => {
    const [i, s, red] = figuresOf(f, 'i', 's', 'r')
    // Maintained markup = initial markup less the reductions' share, each reduction carrying
    // its own markup: i − (1 − i) × reductions ÷ sales.
    const k = sub(bp(i), mul(sub(one, bp(i)), r(red, s)))
    return as(
      per,
      k,
      sub(bp(i), r(red, s)),
      mul(k, r(s, s + red)),
      bp(i),
      mul(bp(i), r(s + red, s)),
      sub(bp(i), r(red, s + red)),
      div(k, sub(one, k)),
    )
  },
  'cumulative-markup-with-freight-in': (f) => {
    const [c0, r0, c1, r1, fr] = figuresOf(f, 'c0', 'r0', 'c1', 'r1', 'f')
    const cost = c0 + c1 + fr
    const retail = r0 + r1
    return as(
      per,
      sub(one, r(cost, retail)),
      sub(one, r(c0 + c1, retail)),
      mul(add(sub(one, r(c0, r0)), sub(one, r(c1 + fr, r1))), r(1, 2)),
      sub(one, r(c1 + fr, r1)),
      r(retail - cost, cost),
      r(cost, retail),
    )
  },
  'markup-needed-on-remaining-purchases': (f) => {
    const [total, m, r1, c1] = figuresOf(f, 'r', 'm', 'r1', 'c1')
    const remR = r(total - r1)
    const remC = sub(mul(r(total), sub(one, bp(m))), r(c1))
    return as(
      per,
      sub(one, div(remC, remR)),
      bp(m),
      sub(mul(r(2), bp(m)), sub(one, r(c1, r1))),
      div(remC, remR),
      less1(div(remR, remC)),
      div(sub(remR, remC), r(total)),
    )
  },
  'retail-price-from-landed-cost': (f) => {
    const [fob, k, fc, d, m] = figuresOf(f, 'fob', 'k', 'fc', 'd', 'm')
    const freight = div(c(fc), r(k))
    const duty = mul(c(fob), bp(d))
    const price = (x: R) => div(x, sub(one, bp(m)))
    const landed = add(c(fob), freight, duty)
    return as(
      money,
      price(landed),
      price(c(fob)),
      price(add(c(fob), freight)),
      price(add(c(fob), duty)),
      mul(landed, add(one, bp(m))),
      price(add(landed, mul(freight, bp(d)))),
      price(add(c(fob), c(fc), duty)),
    )
  },
  'markup-on-a-multi-unit-price': (f) => {
    const [k, cost, p, single] = figuresOf(f, 'k', 'c', 'p', 'single')
    return as(
      per,
      sub(one, r(k * cost, p)),
      sub(one, r(cost, p)),
      less1(r(p, k * cost)),
      sub(one, r(cost, single)),
      r(p - k * cost, k * single),
      div(sub(r(p, k), r(cost)), r(p)),
      r(k * cost, p),
    )
  },
  'markup-after-a-cost-rise-at-a-held-price': (f) => {
    const [price, c0, x] = figuresOf(f, 'r', 'c0', 'x')
    const newCost = mul(r(c0), add(one, bp(x)))
    const old = sub(one, r(c0, price))
    return as(
      per,
      sub(one, div(newCost, r(price))),
      sub(old, bp(x)),
      old,
      less1(div(r(price), newCost)),
      mul(old, sub(one, bp(x))),
    )
  },
  'gross-margin-from-maintained-markup': (f) => {
    const [s, m, cd, wc] = figuresOf(f, 's', 'm', 'cd', 'wc')
    const mmu = mul(c(s), bp(m))
    return as(
      money,
      add(mmu, c(cd - wc)),
      mmu,
      add(mmu, c(wc - cd)),
      add(mmu, c(cd + wc)),
      sub(mmu, c(cd + wc)),
    )
  },
  'average-cost-limit-for-the-remaining-units': (f) => {
    const [p, n, n1, m, c1] = figuresOf(f, 'p', 'units', 'n1', 'm', 'c1')
    const perUnit = mul(c(p), sub(one, bp(m)))
    const left = sub(mul(r(n), perUnit), mul(r(n1), c(c1)))
    return as(
      moneyDown,
      div(left, r(n - n1)),
      perUnit,
      div(left, r(n)),
      div(c(p), add(one, bp(m))),
      sub(mul(r(2), perUnit), c(c1)),
    )
  },
  'markup-at-list-price-after-chain-discounts': (f) => {
    const [t, q] = figuresOf(f, 't', 'q')
    const net = mul(sub(one, bp(t)), sub(one, bp(q)))
    return as(per, sub(one, net), add(bp(t), bp(q)), bp(t), less1(div(one, net)), net)
  },
  'initial-markup-from-maintained-markup-and-reductions': (f) => {
    const [mm, red] = figuresOf(f, 'mm', 'red')
    return as(
      per,
      r(mm + red, 10000 + red),
      bp(mm + red),
      bp(mm),
      r(mm + red, 10000 - red),
      r(mm, 10000 + red),
      r(mm, 10000 - red),
      bp(mm - red),
    )
  },
  'blended-markup-across-price-lines': (f) => {
    const lines = [0, 1, 2].map((i) => figuresOf(f, `r${i}`, `c${i}`, `u${i}`))
    const retail = lines.reduce((s, [p, , u]) => s + p * u, 0)
    const cost = lines.reduce((s, [, k, u]) => s + k * u, 0)
    const mus = lines.map(([p, k]) => sub(one, r(k, p)))
    const n = lines.reduce((s, [, , u]) => s + u, 0)
    return as(
      per,
      sub(one, r(cost, retail)),
      mul(sumOf(mus), r(1, 3)),
      div(sumOf(lines.map(([, , u], i) => mul(r(u), mus[i]!))), r(n)),
      r(retail - cost, cost),
      r(cost, retail),
    )
  },
  'trade-discount-needed-for-a-target-markup': (f) => {
    const [m, q] = figuresOf(f, 'm', 'q')
    return as(
      per,
      sub(one, r(10000 - m, 10000 - q)),
      bp(m - q),
      bp(m),
      r(m, 10000 - q),
      mul(bp(m - q), sub(one, bp(q))),
      r(m - q, 10000 + q),
      sub(one, div(one, mul(add(one, bp(m)), sub(one, bp(q))))),
    )
  },
}

// ---- Markdowns and promotions.
const MARKDOWN: Readonly<Record<string, Route>> = {
  'total-markdown-percent-after-two-markdowns': (f) => {
    const [o, s1, s2] = figuresOf(f, 'o', 's1', 's2')
    return as(
      per,
      sub(one, r(s2, o)),
      sub(one, r(s2, s1)),
      r(s1 - s2, o),
      less1(r(o, s2)),
      add(sub(one, r(s1, o)), sub(one, r(s2, s1))),
      r(s2, o),
    )
  },
  'markdown-percent-of-net-sales-with-cancellations': (f) => {
    const [s, ret, g, k] = figuresOf(f, 'sales', 'ret', 'g', 'canc')
    return as(
      per,
      r(g - k, s),
      r(g, s),
      r(g - k, s + ret),
      r(g + k, s),
      r(g - k, s + g - k),
      r(g, s + ret),
    )
  },
  'net-markdown-after-a-markdown-cancellation': (f) => {
    const [o, s, back, n, left] = figuresOf(f, 'o', 's', 'back', 'units', 'left')
    const md = n * (o - s)
    return as(
      (x) => money(div(x, r(100))),
      r(md - left * (back - s)),
      r(md - left * (o - s)),
      r(md),
      r(md - n * (back - s)),
      r((n - left) * (o - s)),
      r(md + left * (back - s)),
      r(md - left * (o - back)),
    )
  },
  'second-item-half-price-effective-discount': (f) => {
    const [a, b, d] = figuresOf(f, 'a', 'b', 'd')
    const off = mul(r(b), bp(d))
    return as(
      per,
      div(off, r(a + b)),
      bp(d),
      mul(bp(d), r(1, 2)),
      div(mul(r(a), bp(d)), r(a + b)),
      div(off, r(a)),
      div(off, sub(r(a + b), off)),
    )
  },
  'promotional-margin-at-a-percentage-off': (f) => {
    const [p, cost, d] = figuresOf(f, 'r', 'c', 'd')
    const sale = mul(r(p), sub(one, bp(d)))
    const regular = sub(one, r(cost, p))
    return as(
      per,
      sub(one, div(r(cost), sale)),
      sub(regular, bp(d)),
      div(sub(sale, r(cost)), r(p)),
      regular,
      less1(div(sale, r(cost))),
      mul(regular, sub(one, bp(d))),
    )
  },
  'break-even-unit-lift-with-vendor-funding': (f) => {
    const [p, cost, d, fund] = figuresOf(f, 'r', 'c', 'd', 'fund')
    const normal = r(p - cost)
    const bare = sub(mul(r(p), sub(one, bp(d))), r(cost))
    const funded = add(bare, r(fund))
    return as(
      per,
      less1(div(normal, funded)),
      less1(div(normal, bare)),
      div(mul(bp(d), r(p)), normal),
      bp(d),
      less1(div(normal, add(funded, r(fund)))),
      less1(div(one, sub(one, bp(d)))),
    )
  },
  'markdown-budget-left-for-the-month': (f) => {
    const [s, md, taken, k, stock] = figuresOf(f, 's', 'md', 'taken', 'canc', 'stock')
    const budget = mul(c(s), bp(md))
    return as(
      money,
      add(budget, c(k - taken)),
      sub(budget, c(taken)),
      add(mul(c(stock), bp(md)), c(k - taken)),
      sub(budget, c(taken + k)),
      budget,
      c(taken - k),
    )
  },
  'clearance-price-to-reach-the-season-margin': (f) => {
    const [p, n, sold, cost, m] = figuresOf(f, 'p', 'units', 'sold', 'c', 'm')
    const need = div(c(n * cost), sub(one, bp(m)))
    const rest = r(n - sold)
    return as(
      moneyUp,
      div(sub(need, c(sold * p)), rest),
      div(sub(mul(c(n * cost), add(one, bp(m))), c(sold * p)), rest),
      div(c(cost), sub(one, bp(m))),
      div(sub(need, c(sold * p)), r(n)),
      mul(c(p), sub(one, bp(m))),
      div(need, rest),
      div(sub(need, c(sold * cost)), rest),
    )
  },
  'blended-margin-of-a-promotion-week': (f) => {
    const [p, cost, d, uf, up] = figuresOf(f, 'r', 'c', 'd', 'uf', 'up')
    const sp = mul(r(p), sub(one, bp(d)))
    const sales = add(r(uf * p), mul(r(up), sp))
    const gp = sub(sales, r((uf + up) * cost))
    const mFull = sub(one, r(cost, p))
    const mPromo = sub(one, div(r(cost), sp))
    return as(
      per,
      div(gp, sales),
      mul(add(mFull, mPromo), r(1, 2)),
      div(add(mul(r(uf), mFull), mul(r(up), mPromo)), r(uf + up)),
      mPromo,
      div(gp, r((uf + up) * p)),
    )
  },
  'incremental-gross-profit-of-a-promotion': (f) => {
    const [p, cost, d, base, sold, rs, cs, lost] = figuresOf(
      f,
      ...(['r', 'c', 'd', 'base', 'sold', 'rs', 'cs', 'lost'] as const),
    )
    const promoGp = sub(mul(c(p), sub(one, bp(d))), c(cost))
    const all = mul(r(sold), promoGp)
    const baseGp = c(base * (p - cost))
    const subGp = c(lost * (rs - cs))
    return as(
      money,
      sub(sub(all, baseGp), subGp),
      all,
      sub(all, baseGp),
      sub(mul(r(sold - base), promoGp), subGp),
      sub(sub(all, baseGp), c(lost * rs)),
    )
  },
  'promotional-lift-net-of-the-post-promotion-dip': (f) => {
    const [base, sold, dip] = figuresOf(f, 'base', 'sold', 'dip')
    const net = sold - base - dip
    return as(
      per,
      r(net, base),
      r(sold - base, base),
      r(net, sold),
      r(sold, base),
      r(sold - base + dip, base),
      r(net, 2 * base),
      r(net, sold + base - dip),
    )
  },
  'point-of-sale-markdown-recorded': (f) => {
    const [p, d, onHand, sold] = figuresOf(f, 'r', 'd', 'onHand', 'sold')
    const off = mul(c(p), bp(d))
    const paid = mul(c(p), sub(one, bp(d)))
    return as(
      money,
      mul(r(sold), off),
      mul(r(onHand), off),
      mul(r(sold), paid),
      mul(r(onHand - sold), off),
      mul(r(onHand), paid),
      mul(r(sold), paid, bp(d)),
    )
  },
  'maintained-markup-of-a-buy-after-markdowns': (f) => {
    const [p, n, cost, s1, s2, p2, p3] = figuresOf(f, 'p', 'units', 'c', 's1', 's2', 'p2', 'p3')
    const sales = s1 * p + s2 * p2 + (n - s1 - s2) * p3
    const spent = n * cost
    return as(
      per,
      sub(one, r(spent, sales)),
      sub(one, r(cost, p)),
      r(sales - spent, n * p),
      r(sales - spent, spent),
      mul(add(sub(one, r(cost, p)), sub(one, r(cost, p2)), sub(one, r(cost, p3))), r(1, 3)),
      div(
        add(
          mul(r(s1), sub(one, r(cost, p))),
          mul(r(s2), sub(one, r(cost, p2))),
          mul(r(n - s1 - s2), sub(one, r(cost, p3))),
        ),
        r(n),
      ),
    )
  },
  'lowest-promotional-price-above-a-margin-floor-with-funding': (f) => {
    const [, cost, fund, m] = figuresOf(f, 'r', 'c', 'f', 'm')
    const keep = sub(one, bp(m))
    return as(
      moneyUp,
      div(c(cost - fund), keep),
      div(c(cost), keep),
      mul(c(cost - fund), add(one, bp(m))),
      div(c(cost + fund), keep),
      sub(div(c(cost), keep), c(fund)),
    )
  },
  'retail-reductions-percent-of-net-sales': (f) => {
    const [s, md, k, ed, sh] = figuresOf(f, 's', 'md', 'canc', 'ed', 'sh')
    const all = md - k + ed + sh
    return as(
      per,
      r(all, s),
      r(md + ed + sh, s),
      r(md - k, s),
      r(md - k + ed, s),
      r(all, s + all),
      r(md + k + ed + sh, s),
      r(all, s - all),
    )
  },
  'units-to-sell-at-clearance-to-recover-the-cost': (f) => {
    const [n, p, cost, sold, cl] = figuresOf(f, 'units', 'p', 'c', 'sold', 'cl')
    const short = r(n * cost - sold * p)
    return as(
      unitsUp,
      div(short, r(cl)),
      r(n * cost, cl),
      floorR(div(short, r(cl))),
      div(short, r(p)),
      r((n - sold) * cost, cl),
      div(short, r(p - cl)),
    )
  },
}

// ---- Inventory planning and the retail method.
const PLANNING: Readonly<Record<string, Route>> = {
  'open-to-buy-at-retail-for-the-month': (f) => {
    const [s, red, bom, eom, oo] = figuresOf(f, 's', 'red', 'bom', 'eom', 'oo')
    const otb = s + red + eom - bom - oo
    return as(
      (x) => money(div(x, r(100))),
      r(otb),
      r(otb + oo),
      r(otb - red),
      r(s + red + bom - eom - oo),
      r(otb + 2 * oo),
      r(otb + bom),
    )
  },
  'open-to-buy-at-cost-mid-month': (f) => {
    const [pp, rec, oo, imu] = figuresOf(f, 'pp', 'rec', 'oo', 'imu')
    const keep = sub(one, bp(imu))
    const left = c(pp - rec - oo)
    return as(
      money,
      mul(left, keep),
      left,
      mul(left, bp(imu)),
      div(left, add(one, bp(imu))),
      mul(c(pp - rec), keep),
      mul(c(pp - oo), keep),
    )
  },
  'beginning-of-month-stock-from-a-stock-to-sales-ratio': (f) => {
    const [season, share, ssr] = figuresOf(f, 'season', 'share', 'ssr')
    const month = mul(c(season), bp(share))
    const ratio = r(ssr, 100)
    return as(
      money,
      mul(month, ratio),
      div(month, ratio),
      mul(c(season), ratio),
      mul(c(season), r(1, 6), ratio),
      mul(month, add(one, ratio)),
    )
  },
  'stock-to-sales-ratio-for-a-month': (f) => {
    const [s, bom, eom] = figuresOf(f, 's', 'bom', 'eom')
    return as(two, r(bom, s), r(s, bom), r(eom, s), r(bom + eom, 2 * s), r(s, eom), r(bom + eom, s))
  },
  'forward-weeks-of-cover-from-a-sales-plan': (f) => {
    const [stock, past] = figuresOf(f, 'stock', 'past')
    const plan = [0, 1, 2, 3, 4, 5].map((i) => figuresOf(f, `w${i}`)[0])
    // Walk the plan week by week until the stock runs out part-way through a week.
    let left = stock
    let i = 0
    while (left >= plan[i]!) left -= plan[i++]!
    const total = plan.reduce((s, w) => s + w, 0)
    return as(
      two,
      add(r(i), r(left, plan[i]!)),
      r(6 * stock, total),
      r(stock, past),
      r(stock, plan[0]!),
      add(r(i), r(left, plan[i - 1]!)),
    )
  },
  'basic-stock-method-opening-stock': (f) => {
    const [season, turn, share] = figuresOf(f, 'season', 'turn', 'share')
    const month = mul(c(season), bp(share))
    const avgStock = r(season * 100, turn * 100)
    const avgMonth = r(season, 600)
    return as(
      money,
      sub(add(month, avgStock), avgMonth),
      add(month, avgStock),
      avgStock,
      sub(add(month, r(season * turn, 10000)), avgMonth),
      sub(add(month, avgStock), r(season, 1200)),
    )
  },
  'percentage-variation-method-opening-stock': (f) => {
    const [season, turn, share] = figuresOf(f, 'season', 'turn', 'share')
    const month = mul(c(season), bp(share))
    const avgStock = r(season, turn)
    const avgMonth = r(season, 600)
    const ratio = div(month, avgMonth)
    return as(
      money,
      mul(avgStock, r(1, 2), add(one, ratio)),
      mul(avgStock, add(one, ratio)),
      mul(avgStock, ratio),
      sub(add(month, avgStock), avgMonth),
      mul(avgStock, r(1, 2), add(one, div(one, ratio))),
    )
  },
  'weeks-of-supply-method-stock': (f) => {
    const [turn, weekly] = figuresOf(f, 'turn', 'weekly')
    return as(
      money,
      div(c(weekly * 52), r(turn)),
      c(weekly * turn),
      div(c(weekly * 12), r(turn)),
      c(weekly * 52),
      div(c(weekly * 48), r(turn)),
    )
  },
  'planned-purchases-from-stock-to-sales-ratios': (f) => {
    const [s1, s2, r1, r2, red] = figuresOf(f, 's1', 's2', 'r1', 'r2', 'red')
    const bom = r(s1 * r1, 100)
    const eom = r(s2 * r2, 100)
    const base = r(s1 + red)
    const show = (x: R) => money(div(x, r(100)))
    return as(
      show,
      sub(add(base, eom), bom),
      sub(add(base, r(s2 * r1, 100)), bom),
      sub(add(r(s1), eom), bom),
      sub(add(base, bom), eom),
      sub(add(base, r(s1 * r2, 100)), bom),
      add(base, eom),
    )
  },
  'retail-method-closing-stock-at-cost': (f) => {
    const [oc, or, pc, pr, fr, amu, sales, md, sh] = figuresOf(
      f,
      ...(['oc', 'or', 'pc', 'pr', 'fr', 'amu', 'sales', 'md', 'sh'] as const),
    )
    const retail = or + pr + amu
    const cost = oc + pc + fr
    const end = retail - sales - md - sh
    // Cents times cents passes 2^53, so every product here is taken in BigInt.
    const at = (stock: number, k: number, base: number) => mul(r(stock), r(k), r(1, base * 100))
    return as(
      money,
      at(end, cost, retail),
      at(end, cost, retail - md),
      at(end, oc + pc, retail),
      at(end + sh, cost, retail),
      at(end, cost, or + pr),
      at(end, retail - cost, retail),
    )
  },
  'retail-method-gross-margin': (f) => {
    const [tc, tr, sales, end] = figuresOf(f, 'tcc', 'tr', 'sales', 'endR')
    const ratio = r(tc, tr)
    const show = (x: R) => money(div(x, r(100)))
    return as(
      show,
      sub(r(sales - tc), mul(r(-end), ratio)),
      r(sales - tc + end),
      r(sales - tc),
      mul(r(sales), sub(one, ratio)),
      sub(r(sales - tc), mul(r(-end), sub(one, ratio))),
    )
  },
  'cost-complement-with-markups-and-cancellations': (f) => {
    const [tc, base, amu, amc, md] = figuresOf(f, 'tc', 'base', 'amu', 'amc', 'md')
    const k = r(tc, base + amu - amc)
    return as(
      per,
      k,
      r(tc, base + amu - amc - md),
      r(tc, base + amu),
      r(tc, base + amu + amc),
      r(tc, base),
      sub(one, k),
    )
  },
  'book-stock-at-retail': (f) => {
    const [open, pr, amu, gross, ret, md, k, ed] = figuresOf(
      f,
      ...(['open', 'pr', 'amu', 'gross', 'ret', 'md', 'canc', 'ed'] as const),
    )
    const book = open + pr + amu - gross + ret - md + k - ed
    const show = (x: R) => money(div(x, r(100)))
    return as(
      show,
      r(book),
      r(book - ret),
      r(book - k),
      r(book + ed),
      r(book - 2 * amu),
      r(book + md - k),
    )
  },
  'open-to-buy-in-units-for-a-line': (f) => {
    const [weeks, ros, cover, onHand, oo, tr] = figuresOf(
      f,
      ...(['weeks', 'ros', 'endCover', 'onHand', 'oo', 'tr'] as const),
    )
    const otb = ros * (weeks + cover) - onHand - tr - oo
    return as(
      units,
      r(otb),
      r(otb + tr),
      r(otb - ros * cover),
      r(otb + oo),
      r(otb - ros),
      r(otb + 2 * oo),
    )
  },
  'opening-stock-for-forward-weeks-of-cover': (f) => {
    const [cover, last] = figuresOf(f, 'cover', 'last')
    const plan = [0, 1, 2, 3, 4, 5].map((i) => figuresOf(f, `w${i}`)[0])
    const need = plan.slice(0, cover).reduce((s, w) => s + w, 0)
    const total = plan.reduce((s, w) => s + w, 0)
    return as(
      units,
      r(need),
      r(cover * plan[0]!),
      r(cover * last),
      r(need + plan[cover]!),
      r(need - plan[cover - 1]!),
      r(cover * total, 6),
    )
  },
  'monthly-sales-plan-from-last-years-shape': (f) => {
    const [plan, at] = figuresOf(f, 'plan', 'at')
    const ly = [0, 1, 2, 3, 4, 5].map((i) => figuresOf(f, `ly${i}`)[0])
    const total = ly.reduce((s, x) => s + x, 0)
    const month = ly[at]!
    return as(
      money,
      mul(r(plan), r(month, total * 100)),
      c(month),
      r(plan, 600),
      mul(r(plan), r(month, (total - month) * 100)),
      add(c(month), r(plan - total, 600)),
    )
  },
}

// ---- Productivity and performance.
const PERFORMANCE: Readonly<Record<string, Route>> = {
  'sell-through-for-a-period': (f) => {
    const [bop, rec, sold] = figuresOf(f, 'bop', 'rec', 'sold')
    const avail = bop + rec
    // Only a stock larger than the units sold gives a share a slip could report.
    const over = (base: number) => (sold < base ? [r(sold, base)] : [])
    return as(
      per,
      r(sold, avail),
      ...over(bop),
      ...over(avail - sold),
      ...over(rec),
      r(avail - sold, avail),
      r(sold, sold + bop),
    )
  },
  'stock-turn-at-retail-from-monthly-stocks': (f) => {
    const [months, sales] = figuresOf(f, 'months', 'sales')
    const stocks = Array.from({ length: months + 1 }, (_, i) => figuresOf(f, `s${i}`)[0])
    const sum = stocks.reduce((s, x) => s + x, 0)
    const opening = sum - stocks[months]!
    return as(
      two,
      r(sales * (months + 1), sum),
      r(2 * sales, stocks[0]! + stocks[months]!),
      r(sales * months, opening),
      r(sales, stocks[months]!),
      r(sum, sales * (months + 1)),
    )
  },
  'stock-turn-at-cost': (f) => {
    const [sales, gm, avg, cx] = figuresOf(f, 'sales', 'gm', 'avgR', 'cx')
    const cogs = mul(r(sales), sub(one, bp(gm)))
    const atCost = mul(r(avg), bp(cx))
    return as(
      two,
      div(cogs, atCost),
      div(r(sales), atCost),
      r(sales, avg),
      div(cogs, r(avg)),
      div(cogs, mul(r(avg), sub(one, bp(cx)))),
    )
  },
  'gmroi-from-a-retail-stock': (f) => {
    const [sales, gm, avg, mu] = figuresOf(f, 'sales', 'gm', 'avgR', 'mu')
    const margin = mul(r(sales), bp(gm))
    const atCost = mul(r(avg), sub(one, bp(mu)))
    return as(
      two,
      div(margin, atCost),
      div(margin, r(avg)),
      div(margin, mul(r(avg), bp(mu))),
      div(r(sales), atCost),
      div(mul(r(sales), sub(one, bp(gm))), atCost),
    )
  },
  'annualised-sales-per-square-foot-of-selling-space': (f) => {
    const [weeks, sales, sell, gross] = figuresOf(f, 'weeks', 'sales', 'sell', 'gross')
    const year = r(sales * 52, weeks * 100)
    return as(
      money,
      div(year, r(sell)),
      div(year, r(gross)),
      r(sales, sell * 100),
      r(sales * 12, weeks * 100 * sell),
      div(year, r(gross - sell)),
      r(sales * 52, sell * 100),
    )
  },
  'average-transaction-value-on-net-sales': (f) => {
    const [tx, gross, refunds, refundTx, sold, visitors] = figuresOf(
      f,
      ...(['tx', 'gross', 'refunds', 'refundTx', 'unitsSold', 'visitors'] as const),
    )
    const net = c(gross - refunds)
    return as(
      money,
      div(net, r(tx)),
      div(c(gross), r(tx)),
      div(net, r(visitors)),
      div(net, r(sold)),
      div(net, r(tx + refundTx)),
    )
  },
  'shrinkage-percent-of-net-sales': (f) => {
    const [sales, book, phys] = figuresOf(f, 'sales', 'book', 'phys')
    const shr = book - phys
    return as(
      per,
      r(shr, sales),
      r(shr, book),
      r(shr, phys),
      r(shr, sales + book),
      r(shr, sales - shr),
    )
  },
  'shrinkage-at-cost-from-a-count': (f) => {
    const [book, phys, cx] = figuresOf(f, 'book', 'phys', 'cx')
    const shr = c(book - phys)
    return as(
      money,
      mul(shr, bp(cx)),
      shr,
      mul(shr, bp(10000 - cx)),
      div(shr, bp(cx)),
      mul(c(phys), bp(cx)),
    )
  },
  'weeks-of-supply-from-an-annual-turn': (f) => {
    const [turn] = figuresOf(f, 'turn')
    return as(
      two,
      r(5200, turn),
      r(1200, turn),
      r(36500, turn),
      r(52 * turn, 100),
      r(turn, 5200),
      r(4800, turn),
      r(36400, turn),
    )
  },
  'average-stock-for-a-planned-turn': (f) => {
    const [sales, turn, mu] = figuresOf(f, 'sales', 'turn', 'mu')
    const atRetail = r(sales, turn)
    return as(
      money,
      mul(atRetail, bp(10000 - mu)),
      atRetail,
      mul(r(sales * turn, 10000), bp(10000 - mu)),
      mul(atRetail, bp(mu)),
      div(atRetail, bp(10000 + mu)),
    )
  },
  'like-for-like-sales-growth': (f) => {
    const [ty, nw, ly, closed] = figuresOf(f, 'ty', 'nw', 'ly', 'closedLy')
    const [now, then] = [ty - nw, ly - closed]
    return as(
      per,
      r(now - then, then),
      r(ty - ly, ly),
      r(now - ly, ly),
      r(ty - then, then),
      r(now - then, now),
    )
  },
  'conversion-rate-needed-for-a-sales-target': (f) => {
    const [target, daily, atv, upt] = figuresOf(f, 'target', 'daily', 'atv', 'upt')
    const tx = r(target, atv)
    const people = r(7 * daily, 2)
    // One day's visitors are 2 × target ÷ (atv × daily); a rate of 100% or more is not offered.
    const oneDay = div(tx, r(daily, 2))
    return as(
      per,
      div(tx, people),
      div(tx, r(7 * daily)),
      ...(oneDay[0] < oneDay[1] ? [oneDay] : []),
      div(tx, r(daily)),
      div(tx, mul(r(7), people)),
      div(mul(tx, r(10, upt)), people),
      div(mul(tx, r(upt, 10)), people),
    )
  },
  'weeks-to-sell-out-at-the-rate-of-sale': (f) => {
    const [stores, ros, stock] = figuresOf(f, 'stores', 'ros', 'stock')
    return as(
      two,
      r(stock * 10, stores * ros),
      r(stock * 10, ros),
      r(stock * 10, stores * ros * 7),
      r(stores * ros, stock * 10),
      r(stock, stores),
      r(stock * 70, stores * ros),
    )
  },
  'rate-of-sale-per-store-per-week': (f) => {
    const [weeks, ranged, all, sold] = figuresOf(f, 'weeks', 'ranged', 'all', 'sold')
    return as(
      two,
      r(sold, ranged * weeks),
      r(sold, all * weeks),
      r(sold, ranged),
      r(sold, weeks),
      r(sold, ranged * weeks * 7),
      r(sold, all),
      r(sold, weeks * 7),
    )
  },
  'full-price-sell-through': (f) => {
    const [rec, full, md] = figuresOf(f, 'rec', 'full', 'md')
    return as(
      per,
      r(full, rec),
      r(full + md, rec),
      r(full, full + md),
      r(full, rec - md),
      r(md, rec),
    )
  },
  'weekly-sales-to-reach-a-sell-through-target': (f) => {
    const [bop, rec, t, sold, weeks] = figuresOf(f, 'bop', 'rec', 'target', 'soldToDate', 'weeks')
    const goal = mul(r(bop + rec), bp(t))
    return as(
      unitsUp,
      div(sub(goal, r(sold)), r(weeks)),
      div(sub(mul(r(bop), bp(t)), r(sold)), r(weeks)),
      div(goal, r(weeks)),
      div(mul(r(bop + rec - sold), bp(t)), r(weeks)),
      div(sub(goal, r(sold)), r(weeks + 1)),
    )
  },
}

// ---- Assortment, allocation and space.
const SPACE: Readonly<Record<string, Route>> = {
  'units-of-one-colour-and-size-from-the-splits': (f) => {
    const [total, colours, col, size] = figuresOf(f, 'total', 'colours', 'c', 's')
    return as(
      units,
      mul(r(total), bp(col), bp(size)),
      mul(r(total), bp(size)),
      mul(r(total), bp(col)),
      mul(r(total), bp(size), r(1, colours)),
      mul(r(total), bp(col), r(1, 5)),
    )
  },
  'ratio-packs-to-cover-every-size': (f) => {
    const ratio = [0, 1, 2, 3].map((i) => figuresOf(f, `r${i}`)[0])
    const need = [0, 1, 2, 3].map((i) => figuresOf(f, `n${i}`)[0])
    const per = need.map((x, i) => Math.ceil(x / ratio[i]!))
    const down = need.map((x, i) => Math.floor(x / ratio[i]!))
    const total = need.reduce((s, x) => s + x, 0)
    const size = ratio.reduce((s, x) => s + x, 0)
    return as(
      units,
      r(Math.max(...per)),
      ceilR(r(total, size)),
      floorR(r(total, size)),
      r(per.reduce((s, x) => s + x, 0)),
      r(Math.max(...down)),
      ceilR(r(total, 4)),
    )
  },
  'allocation-per-store-by-grade': (f) => {
    const [na, nb, nc, wa, total, w] = figuresOf(f, 'na', 'nb', 'nc', 'wa', 'total', 'w')
    const stores = w === 2 ? nb : na
    const shares = wa * na + 2 * nb + nc
    return as(
      unitsDown,
      r(total * w, shares),
      r(total * w, (wa + 3) * stores),
      r(total, na + nb + nc),
      r(total * w, wa + 3),
      r(total * w, na + nb + nc),
    )
  },
  'allocation-with-minimum-presentation-stock': (f) => {
    const [ros, weeks, mps, onHand] = figuresOf(f, 'ros', 'weeks', 'mps', 'onHand')
    const cover = r(ros * weeks, 10)
    const coverUnits = Number(scaledInt(cover, 0, 'up'))
    const target = Math.max(mps, coverUnits)
    return as(
      unitsUp,
      r(target - onHand),
      sub(cover, r(onHand)),
      add(cover, r(mps - onHand)),
      r(target),
      r(mps - onHand),
      r(Math.max(mps, coverUnits - onHand)),
    )
  },
  'facings-by-unit-sales-share': (f) => {
    const [total, at] = figuresOf(f, 'total', 'at')
    const items = [0, 1, 2, 3].map((i) => figuresOf(f, `u${i}`, `p${i}`))
    const sumU = items.reduce((s, [u]) => s + u, 0)
    const sumV = items.reduce((s, [u, p]) => s + u * p, 0)
    const [u, p] = items[at]!
    const share = r(total * u, sumU)
    return as(
      units,
      share,
      r(total * u * p, sumV),
      r(total, 4),
      r(total * u, sumU - u),
      floorR(share),
      ceilR(share),
    )
  },
  'weeks-of-supply-on-the-shelf': (f) => {
    const [fc, depth, high, weekly] = figuresOf(f, 'f', 'depth', 'high', 'weekly')
    const cap = fc * depth * high
    return as(
      two,
      r(cap, weekly),
      r(fc * depth, weekly),
      r(fc * high, weekly),
      r(cap * 7, weekly),
      r(cap, weekly * fc),
      r(depth * high, weekly),
      r(cap * fc, weekly),
    )
  },
  'facings-to-hold-a-case-and-safety-days': (f) => {
    const [cs, days, weekly, depth, high] = figuresOf(
      f,
      'caseQty',
      'days',
      'weekly',
      'depth',
      'high',
    )
    const safety = r(days * weekly, 7)
    const slot = r(depth * high)
    return as(
      unitsUp,
      div(add(r(cs), safety), slot),
      div(safety, slot),
      r(cs, depth * high),
      div(add(r(cs), safety), r(depth)),
      r(cs + weekly, depth * high),
      floorR(div(add(r(cs), safety), slot)),
      div(add(r(cs), safety), r(high)),
    )
  },
  'launch-quantity-from-presentation-minimums-by-grade': (f) => {
    const [a, b, cc, ma, mb, mc, res] = figuresOf(f, 'a', 'b', 'c', 'ma', 'mb', 'mc', 'reserve')
    const fill = a * ma + b * mb + cc * mc
    const gross = bp(10000 + res)
    return as(
      unitsUp,
      mul(r(fill), gross),
      r(fill),
      mul(r(ma + mb + mc), gross),
      mul(r((ma + mb + mc) * (a + b + cc), 3), gross),
      div(r(fill), bp(10000 - res)),
    )
  },
  'linear-space-by-gross-margin-share': (f) => {
    const [total, at] = figuresOf(f, 'total', 'at')
    const cats = [0, 1, 2].map((i) => figuresOf(f, `s${i}`, `g${i}`))
    const metres = r(total, 10)
    const margins = cats.map(([s, g]) => s * g)
    const [s, g] = cats[at]!
    return as(
      two,
      mul(
        metres,
        r(
          margins[at]!,
          margins.reduce((x, y) => x + y, 0),
        ),
      ),
      mul(
        metres,
        r(
          s,
          cats.reduce((x, [y]) => x + y, 0),
        ),
      ),
      mul(
        metres,
        r(
          g,
          cats.reduce((x, [, y]) => x + y, 0),
        ),
      ),
      r(total, 30),
      mul(metres, bp(g)),
    )
  },
  'buy-depth-per-sku-per-store': (f) => {
    const [st, co, si, ranged, all, total] = figuresOf(
      f,
      ...(['styles', 'colours', 'sizes', 'ranged', 'all', 'total'] as const),
    )
    return as(
      two,
      r(total, st * co * si * ranged),
      r(total, st * co * ranged),
      r(total, st * co * si * all),
      r(total, (st + co + si) * ranged),
      r(total, st * si * ranged),
    )
  },
  'size-share-from-last-seasons-sales': (f) => {
    const [at] = figuresOf(f, 'at')
    const rec = [0, 1, 2, 3, 4].map((i) => figuresOf(f, `r${i}`)[0])
    const sold = [0, 1, 2, 3, 4].map((i) => figuresOf(f, `s${i}`)[0])
    const sumR = rec.reduce((s, x) => s + x, 0)
    const sumS = sold.reduce((s, x) => s + x, 0)
    return as(
      per,
      r(sold[at]!, sumS),
      r(rec[at]!, sumR),
      r(sold[at]!, rec[at]!),
      r(sold[at]!, sumR),
      r(1, 5),
    )
  },
  'store-allocation-rounded-to-inner-packs': (f) => {
    const [total, chain, store, stores, inner] = figuresOf(
      f,
      ...(['total', 'chain', 'store', 'stores', 'inner'] as const),
    )
    const packs = r(total * store, chain * inner)
    const nearest = (x: R) => mul(r(scaledInt(x, 0, 'half')), r(inner))
    return as(
      units,
      nearest(packs),
      mul(floorR(packs), r(inner)),
      mul(ceilR(packs), r(inner)),
      nearest(r(total, stores * inner)),
      packs,
      nearest(r(total * store, (chain - store) * inner)),
    )
  },
  'planogram-fill-for-a-launch': (f) => {
    const [stores, fc, depth, high, cs] = figuresOf(f, 'stores', 'f', 'depth', 'high', 'caseQty')
    const shelf = fc * depth * high
    return as(
      units,
      r(stores * (shelf + cs)),
      r(stores * shelf),
      r(shelf + cs),
      r(stores * (fc * depth + cs)),
      r(stores * fc * (depth * high + cs)),
      r(stores * (depth * high + cs)),
    )
  },
  'lines-that-fit-on-a-shelving-run': (f) => {
    const [shelves, len, width, perLine] = figuresOf(f, 'shelves', 'len', 'width', 'per')
    const each = Math.floor(len / (width * perLine))
    return as(
      units,
      r(shelves * each),
      r(Math.floor((shelves * len) / (width * perLine))),
      r(each),
      r(shelves * Math.floor(len / width)),
      r(shelves * Math.ceil(len / (width * perLine))),
    )
  },
  'average-unit-retail-of-an-assortment-plan': (f) => {
    const [p0, p1, p2, a, b] = figuresOf(f, 'p0', 'p1', 'p2', 'a', 'b')
    const mix = [a, b, 10000 - a - b]
    const prices = [p0, p1, p2]
    const aur = r(
      prices.reduce((s, p, i) => s + p * mix[i]!, 0),
      1000000,
    )
    const valueWeighted = r(
      prices.reduce((s, p, i) => s + p * p * mix[i]!, 0),
      prices.reduce((s, p, i) => s + p * mix[i]!, 0) * 100,
    )
    return as(money, aur, r(p0 + p1 + p2, 300), mul(aur, r(1, 3)), c(p1), valueWeighted)
  },
  'units-to-buy-from-a-sales-plan-and-aur': (f) => {
    const [plan, aur, uc, open, close] = figuresOf(f, 'plan', 'aur', 'uc', 'open', 'close')
    const toSell = Number(scaledInt(r(plan, aur), 0, 'up'))
    const atCost = Number(scaledInt(r(plan, uc), 0, 'up'))
    return as(
      units,
      r(toSell + close - open),
      r(atCost + close - open),
      r(toSell - open),
      r(toSell + close),
      r(toSell),
      r(toSell + open - close),
    )
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...MARKUP,
  ...MARKDOWN,
  ...PLANNING,
  ...PERFORMANCE,
  ...SPACE,
}

describeEngineIndependent('retail merchandising mathematics scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: SECOND,
    route: 'exact BigInt rationals worked from the cost complement and each stated convention',
    digest,
    models: RMM_MODELS,
    engines,
  })
})
