import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CASHFLOW_FAMILIES } from '../../../src/assessment/models/cra/cashflow-families.js'
import { CREDIT_MODELS } from '../../../src/assessment/models/cra/cra-models.js'
import type { CreditScenario } from '../../../src/assessment/models/cra/cra-text.js'
import { LEVERAGE_FAMILIES } from '../../../src/assessment/models/cra/leverage-families.js'
import { LIQUIDITY_FAMILIES } from '../../../src/assessment/models/cra/liquidity-families.js'
import { RISK_FAMILIES } from '../../../src/assessment/models/cra/risk-families.js'
import { STRUCTURING_FAMILIES } from '../../../src/assessment/models/cra/structuring-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as q } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...LIQUIDITY_FAMILIES,
  ...LEVERAGE_FAMILIES,
  ...CASHFLOW_FAMILIES,
  ...STRUCTURING_FAMILIES,
  ...RISK_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<CreditScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact arithmetic in BigInt, rounded half away from zero; nothing shared with the families.
const B = BigInt
/** `n1 × n2 × … ÷ (d1 × d2 × …)` to the nearest whole unit. */
const r = (nums: readonly number[], dens: readonly number[] = [1]) =>
  q(
    nums.reduce((p, x) => p * B(x), 1n),
    dens.reduce((p, x) => p * B(x), 1n),
  )
/** Money: `x × a ÷ b` to the cent. */
const sh = (x: number, a: number, b: number) => r([x, a], [b])
/** A ratio in hundredths. */
const rt = (a: number, b: number) => r([a, 100], [b])
/** A percentage in basis points. */
const pc = (a: number, b: number) => r([a, 10000], [b])
/** Days in hundredths: `a ÷ b × d`. */
const dc = (a: number, b: number, d: number) => r([a, d, 100], [b])
/** `x × a/10000 × b/10000` to the cent. */
const el = (x: number, a: number, b: number) => r([x, a, b], [10000, 10000])

/** Leaves out named mistakes below zero, as the families do where an answer cannot be negative. */
const possible = (e: Expect): Expect => ({
  key: e.key,
  wrong: e.wrong.filter((w) => !w.startsWith('-')),
})
function fmt(c: number): string {
  const sign = c < 0 ? '-' : ''
  const a = Math.abs(c)
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}
const digest = (text: string) => text.replace(/[€$£%×]/g, '').replace(/ days$/, '')

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
/** Every answer in cents, basis points or hundredths: all shown to two places. */
const two = (key: number, ...wrong: number[]): Expect => ({ key: fmt(key), wrong: wrong.map(fmt) })
/** The named figures of a draw as numbers. */
const take = <K extends string>(f: F, ...keys: K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, Number(f[k])])) as Record<K, number>

/** The level instalment: P·i·(1+i)^n ÷ ((1+i)^n − 1), with i = rate ÷ (10000·m), in BigInt. */
function level(p: number, rate: number, m: number, n: number): number {
  const R = B(m) * 10000n
  const up = (R + B(rate)) ** B(n)
  const base = R ** B(n)
  return q(B(p) * B(rate) * up, R * (up - base))
}
/** The instalment paid in advance: the ordinary one ÷ (1 + period rate), rounded once. */
function levelDue(p: number, rate: number, m: number, n: number): number {
  const R = B(m) * 10000n
  const up = (R + B(rate)) ** B(n)
  return q(B(p) * B(rate) * up, (up - R ** B(n)) * (R + B(rate)))
}
/** The balance after `k` instalments, month by month with no rounding until the end. */
function owed(p: number, rate: number, m: number, pay: number, k: number): number {
  const R = B(m) * 10000n
  let [num, den] = [B(p), 1n]
  for (let j = 0; j < k; j++) {
    num = num * (R + B(rate)) - B(pay) * den * R
    den *= R
  }
  return q(num, den)
}

const LIQUIDITY: Readonly<Record<string, (f: F) => Expect>> = {
  'current-ratio-with-current-debt': (f) => {
    const { cash, rec, inv, pre, pay, acc, od, cpltd, ltd } = take(
      f,
      'cash',
      'rec',
      'inv',
      'pre',
      'pay',
      'acc',
      'od',
      'cpltd',
      'ltd',
    )
    const [ca, cl] = [cash + rec + inv + pre, pay + acc + od + cpltd]
    return two(
      rt(ca, cl),
      rt(ca, cl - cpltd),
      rt(cash + rec, cl),
      rt(ca, cl + ltd),
      rt(ca, cl - od),
      rt(ca - pre, cl),
    )
  },
  'quick-ratio': (f) => {
    const { cash, sec, rec, inv, pre, pay, od, tax } = take(
      f,
      'cash',
      'sec',
      'rec',
      'inv',
      'pre',
      'pay',
      'od',
      'tax',
    )
    const [qa, cl] = [cash + sec + rec, pay + od + tax]
    return two(
      rt(qa, cl),
      rt(qa + inv + pre, cl),
      rt(qa + pre, cl),
      rt(cash + sec, cl),
      rt(qa, cl - od),
      rt(qa, pay),
    )
  },
  'cash-ratio-with-overdraft': (f) => {
    const { cash, sec, rec, pay, od, acc } = take(f, 'cash', 'sec', 'rec', 'pay', 'od', 'acc')
    const cl = pay + od + acc
    return two(
      rt(cash + sec, cl),
      rt(cash, cl),
      rt(cash + sec + rec, cl),
      rt(cash + sec - od, cl),
      rt(cash + sec - od, cl - od),
      rt(cash + sec, pay),
    )
  },
  'dso-net-of-allowance': (f) => {
    const { credit, cashSales, gross, allow, open } = take(
      f,
      'credit',
      'cashSales',
      'gross',
      'allow',
      'open',
    )
    const net = gross - allow
    return two(
      dc(net, credit, 365),
      dc(gross, credit, 365),
      dc(net, credit + cashSales, 365),
      dc(net, credit, 360),
      dc(open + net, 2 * credit, 365),
      dc(open, credit, 365),
    )
  },
  'dio-on-average-inventory': (f) => {
    const { sales, cogs, open, close } = take(f, 'sales', 'cogs', 'open', 'close')
    return two(
      dc(open + close, 2 * cogs, 365),
      dc(close, cogs, 365),
      dc(open + close, cogs, 365),
      dc(open + close, 2 * sales, 365),
      dc(open + close, 2 * cogs, 360),
      dc(open, cogs, 365),
    )
  },
  'dpo-on-purchases': (f) => {
    const { sales, cogs, open, close, pay } = take(f, 'sales', 'cogs', 'open', 'close', 'pay')
    const bought = cogs + (close - open)
    return two(
      dc(pay, bought, 365),
      dc(pay, cogs, 365),
      dc(pay, sales, 365),
      dc(pay, cogs - (close - open), 365),
      dc(pay, bought, 360),
      dc(pay, bought + close, 365),
    )
  },
  'cash-conversion-cycle': (f) => {
    const { sales, cogs, rec, inv, pay } = take(f, 'sales', 'cogs', 'rec', 'inv', 'pay')
    const [s, i, p] = [dc(rec, sales, 365), dc(inv, cogs, 365), dc(pay, cogs, 365)]
    return two(
      s + i - p,
      s + i + p,
      s + i,
      s - p,
      s + i - dc(pay, sales, 365),
      dc(rec + inv - pay, sales, 365),
    )
  },
  'working-capital-need-at-forecast-sales': (f) => {
    const { sales, cp, dso, dio, dpo } = take(f, 'sales', 'cp', 'dso', 'dio', 'dpo')
    const cogs = sh(sales, cp, 100)
    const d = (x: number, n: number) => sh(x, n, 365)
    return two(
      d(sales, dso) + d(cogs, dio) - d(cogs, dpo),
      d(sales, dso) + d(cogs, dio),
      d(sales, dso) + d(sales, dio) - d(sales, dpo),
      d(cogs, dso) + d(cogs, dio) - d(cogs, dpo),
      d(sales, dso) + d(cogs, dio) + d(cogs, dpo),
      d(sales, dso) - d(cogs, dpo),
    )
  },
  'cash-absorbed-by-working-capital': (f) => {
    const { r0, i0, p0, dr, di, dp, dc: dcash } = take(f, 'r0', 'i0', 'p0', 'dr', 'di', 'dp', 'dc')
    const before = r0 + i0 - p0
    const after = r0 + dr + (i0 + di) - (p0 + dp)
    return two(after - before, dr + di + dp, dr + di, after - before - dcash, after, dr - dp)
  },
  'days-cash-on-hand': (f) => {
    const { cash, sec, opex, da } = take(f, 'cash', 'sec', 'opex', 'da')
    return two(
      dc(cash, opex - da, 365),
      dc(cash, opex, 365),
      dc(cash + sec, opex - da, 365),
      dc(cash, opex - da, 360),
      dc(cash, opex + da, 365),
      dc(cash + sec, opex, 365),
    )
  },
  'current-ratio-after-paying-suppliers': (f) => {
    const { ca, cl, x } = take(f, 'ca', 'cl', 'x')
    return two(
      rt(ca - x, cl - x),
      rt(ca, cl),
      rt(ca - x, cl),
      rt(ca, cl - x),
      rt(ca + x, cl - x),
      rt(cl - x, ca - x),
      rt(ca + x, cl + x),
      rt(ca - x, cl + x),
    )
  },
  'countback-dso': (f) => {
    const { d1, d2, d3, s1, s2, s3, ar } = take(f, 'd1', 'd2', 'd3', 's1', 's2', 's3', 'ar')
    // Count back: the latest two months whole, then the share of month 1 still unpaid.
    const back = (d3 + d2) * 100 + dc(ar - s3 - s2, s1, d1)
    const forward =
      ar >= s1 + s2 ? (d1 + d2) * 100 + dc(ar - s1 - s2, s3, d3) : d1 * 100 + dc(ar - s1, s2, d2)
    return two(
      back,
      dc(ar, s1 + s2 + s3, d1 + d2 + d3),
      dc(ar, s3, d3),
      6000 + dc(ar - s3 - s2, s1, 30),
      forward,
    )
  },
  'short-term-borrowing-at-minimum-current-ratio': (f) => {
    const { ca, cl, min } = take(f, 'ca', 'cl', 'min')
    const floorDiv = (a: bigint, b: bigint) => Number(a / b)
    // Solve (CA + X)·100 ≥ min·(CL + X) for the largest whole cent X.
    return two(
      floorDiv(B(ca) * 100n - B(min) * B(cl), B(min) - 100n),
      floorDiv(B(ca) * 100n, B(min)) - cl,
      ca - cl,
      ca - sh(cl, min, 100),
      // (CA − X)·100 ≥ min·(CL + X): the draw taken off current assets instead of added.
      floorDiv(B(ca) * 100n - B(min) * B(cl), B(min) + 100n),
      floorDiv((B(ca) - B(cl)) * 100n, B(min) - 100n),
    )
  },
  'receivables-past-due-share': (f) => {
    const { b0, b30, b60, b90, b99 } = take(f, 'b0', 'b30', 'b60', 'b90', 'b99')
    const all = b0 + b30 + b60 + b90 + b99
    const late = b90 + b99
    return two(
      pc(late, all),
      pc(b99, all),
      pc(b90, all),
      pc(b60 + late, all),
      pc(late, all - late),
      pc(late, b0),
      pc(late, b30 + b60 + late),
    )
  },
  'net-working-capital': (f) => {
    const { cash, rec, inv, pay, od, cpltd, dir } = take(
      f,
      'cash',
      'rec',
      'inv',
      'pay',
      'od',
      'cpltd',
      'dir',
    )
    const ca = cash + rec + inv
    return two(
      ca - (pay + od + cpltd + dir),
      ca - (pay + od + cpltd),
      ca - pay,
      rec + inv - pay,
      ca - (pay + od + dir),
    )
  },
  'dso-from-vat-inclusive-receivables': (f) => {
    const { credit, vatBp, rec } = take(f, 'credit', 'vatBp', 'rec')
    const exVat = r([rec, 10000], [10000 + vatBp])
    return two(
      dc(exVat, credit, 365),
      dc(rec, credit, 365),
      dc(rec - sh(rec, vatBp, 10000), credit, 365),
      dc(rec, credit, 360),
      dc(exVat, credit, 360),
      dc(exVat, credit - sh(credit, vatBp, 10000), 365),
    )
  },
}

const LEVERAGE: Readonly<Record<string, (f: F) => Expect>> = {
  'debt-to-ebitda': (f) => {
    const { ebit, da, term, rcf, lease, pay } = take(f, 'ebit', 'da', 'term', 'rcf', 'lease', 'pay')
    const [e, d] = [ebit + da, term + rcf + lease]
    return two(rt(d, e), rt(d, ebit), rt(term + rcf, e), rt(d + pay, e), rt(term, e), rt(d, e + da))
  },
  'net-debt-to-ebitda': (f) => {
    const { debt, cash, restricted, ebitda, ebit } = take(
      f,
      'debt',
      'cash',
      'restricted',
      'ebitda',
      'ebit',
    )
    const free = cash - restricted
    return two(
      rt(debt - free, ebitda),
      rt(debt, ebitda),
      rt(debt - cash, ebitda),
      rt(debt - free, ebit),
      rt(debt + free, ebitda),
      rt(debt - restricted, ebitda),
    )
  },
  'gearing-net-debt-to-capital': (f) => {
    const { eq, debt, cash, assets } = take(f, 'eq', 'debt', 'cash', 'assets')
    const nd = debt - cash
    return two(
      pc(nd, nd + eq),
      pc(nd, eq),
      pc(debt, debt + eq),
      pc(nd, assets),
      pc(debt, eq),
      pc(eq, nd + eq),
    )
  },
  'interest-cover-gross-interest': (f) => {
    const { ebit, da, int, inc } = take(f, 'ebit', 'da', 'int', 'inc')
    return two(
      rt(ebit, int),
      rt(ebit + da, int),
      rt(ebit, int - inc),
      rt(ebit - int, int),
      rt(ebit - int + inc, int),
      rt(ebit + da, int - inc),
      rt(ebit, int + inc),
    )
  },
  'dscr-on-cfads': (f) => {
    const { ebitda, tax, mcap, gcap, int, prin } = take(
      f,
      'ebitda',
      'tax',
      'mcap',
      'gcap',
      'int',
      'prin',
    )
    const c = ebitda - tax - mcap
    const ds = int + prin
    return two(
      rt(c, ds),
      rt(ebitda, ds),
      rt(c - gcap, ds),
      rt(c, prin),
      rt(c - int, ds),
      rt(ebitda - mcap, ds),
      rt(c, ds + gcap),
    )
  },
  'fixed-charge-cover': (f) => {
    const { ebit, rent, int, da } = take(f, 'ebit', 'rent', 'int', 'da')
    return two(
      rt(ebit + rent, int + rent),
      rt(ebit, int),
      rt(ebit, int + rent),
      rt(ebit + rent, int),
      rt(ebit - rent, int + rent),
      rt(ebit + da + rent, int + rent),
      rt(int + rent, ebit + rent),
    )
  },
  'leverage-covenant-ebitda-headroom': (f) => {
    const { ebitda, cov, debt, oneoff } = take(f, 'ebitda', 'cov', 'debt', 'oneoff')
    const e = ebitda + oneoff
    const lowest = r([debt, 100], [cov])
    return two(
      pc(e - lowest, e),
      pc(ebitda - lowest, ebitda),
      pc(sh(e, cov, 100) - debt, debt),
      pc(cov - rt(debt, e), cov),
      pc(e - lowest, ebitda),
      pc(cov * 100 - rt(debt, e) * 100, 10000),
    )
  },
  'interest-cover-headroom': (f) => {
    const { int, min, ebit, da } = take(f, 'int', 'min', 'ebit', 'da')
    const lowest = sh(int, min, 100)
    return two(
      ebit - lowest,
      ebit + da - lowest,
      ebit - int,
      sh(ebit, 100, min) - int,
      lowest,
      ebit - sh(ebit, 100, min),
    )
  },
  'debt-capacity-at-maximum-leverage': (f) => {
    const { ebitda, da, max, debt, cash } = take(f, 'ebitda', 'da', 'max', 'debt', 'cash')
    const most = sh(ebitda, max, 100)
    return possible(
      two(
        most - debt,
        sh(ebitda - da, max, 100) - debt,
        most,
        most - debt + cash,
        sh(ebitda + da, max, 100) - debt,
        most - debt - cash,
      ),
    )
  },
  'new-debt-service-at-target-dscr': (f) => {
    const { ebitda, tax, capex, target, existing } = take(
      f,
      'ebitda',
      'tax',
      'capex',
      'target',
      'existing',
    )
    const c = ebitda - tax - capex
    const most = r([c, 100], [target])
    return two(
      most - existing,
      most,
      r([ebitda, 100], [target]) - existing,
      sh(c, target, 100) - existing,
      r([c - existing, 100], [target]),
      c - existing,
    )
  },
  'debt-to-tangible-net-worth': (f) => {
    const { eq, gw, intang, dirLoan, debt, other } = take(
      f,
      'eq',
      'gw',
      'intang',
      'dirLoan',
      'debt',
      'other',
    )
    const tnw = eq - gw - intang - dirLoan
    return two(
      rt(debt, tnw),
      rt(debt, eq),
      rt(debt, eq - gw),
      rt(debt + other, tnw),
      rt(debt, eq - gw - intang),
      rt(debt, tnw - dirLoan),
    )
  },
  'pro-forma-leverage-after-acquisition': (f) => {
    const { ebitda, debt, tgt, newDebt, syn } = take(f, 'ebitda', 'debt', 'tgt', 'newDebt', 'syn')
    return two(
      rt(debt + newDebt, ebitda + tgt),
      rt(debt + newDebt, ebitda),
      rt(debt, ebitda),
      rt(debt + newDebt, ebitda + tgt + syn),
      rt(debt, ebitda + tgt),
      rt(newDebt, tgt),
    )
  },
  'covenant-ebitda-with-capped-add-backs': (f) => {
    const { ebitda, capBp, restr, legal, gain } = take(
      f,
      'ebitda',
      'capBp',
      'restr',
      'legal',
      'gain',
    )
    const capped = Math.min(restr + legal, sh(ebitda, capBp, 10000))
    return two(
      ebitda - gain + capped,
      ebitda - gain + restr + legal,
      ebitda + capped,
      ebitda + gain + capped,
      ebitda - gain,
      ebitda - gain + sh(ebitda - gain, capBp, 10000),
    )
  },
  'interest-cover-after-rate-rise': (f) => {
    const { debt, base, margin, shock, hedged, ebit } = take(
      f,
      'debt',
      'base',
      'margin',
      'shock',
      'hedged',
      'ebit',
    )
    const today = sh(debt, base + margin, 10000)
    const floating = sh(debt, 100 - hedged, 100)
    return two(
      rt(ebit, today + sh(floating, shock, 10000)),
      rt(ebit, today),
      rt(ebit, sh(debt, base + margin + shock, 10000)),
      rt(ebit, sh(debt, base + shock, 10000)),
      rt(ebit, today + sh(sh(debt, hedged, 100), shock, 10000)),
      rt(ebit, sh(floating, base + margin + shock, 10000)),
    )
  },
  'senior-leverage': (f) => {
    const {
      ebitda,
      senior,
      mezz,
      sh: shl,
      cash,
    } = take(f, 'ebitda', 'senior', 'mezz', 'sh', 'cash')
    return two(
      rt(senior, ebitda),
      rt(senior + mezz, ebitda),
      rt(senior + mezz + shl, ebitda),
      rt(senior - cash, ebitda),
      rt(senior + shl, ebitda),
      rt(senior + mezz + shl - cash, ebitda),
    )
  },
  'lease-adjusted-leverage': (f) => {
    const { ebitda, rent, debt, mult } = take(f, 'ebitda', 'rent', 'debt', 'mult')
    const adj = debt + mult * rent
    return two(
      rt(adj, ebitda + rent),
      rt(debt, ebitda),
      rt(adj, ebitda),
      rt(debt, ebitda + rent),
      rt(debt + rent, ebitda + rent),
      rt(adj, ebitda - rent),
      rt(adj, ebitda + mult * rent),
      rt(debt + 8 * rent, ebitda + rent),
    )
  },
}

const CASHFLOW: Readonly<Record<string, (f: F) => Expect>> = {
  'ebitda-from-profit-after-tax': (f) => {
    const { pat, tax, ie, ii, dep, am } = take(f, 'pat', 'tax', 'ie', 'ii', 'dep', 'am')
    const e = pat + tax + ie - ii + dep + am
    return two(
      e,
      pat + ie - ii + dep + am,
      pat + tax + ie + ii + dep + am,
      pat + tax + ie - ii + dep,
      pat - tax + ie - ii + dep + am,
      pat + tax + ie + dep + am,
      e + tax,
    )
  },
  'free-cash-flow-from-ebitda': (f) => {
    const { ebitda, taxCharge, taxPaid, capex, dwc, dep } = take(
      f,
      'ebitda',
      'taxCharge',
      'taxPaid',
      'capex',
      'dwc',
      'dep',
    )
    const fcf = ebitda - taxPaid - capex - dwc
    return two(
      fcf,
      ebitda - taxPaid - capex + dwc,
      ebitda - taxCharge - capex - dwc,
      fcf - dep,
      ebitda - taxPaid - dwc,
      ebitda - taxPaid - capex,
      ebitda - taxPaid - dep - dwc,
    )
  },
  'cfads-with-growth-capex-excluded': (f) => {
    const { ebitda, tax, mcap, gcap, dwc, int } = take(
      f,
      'ebitda',
      'tax',
      'mcap',
      'gcap',
      'dwc',
      'int',
    )
    const c = ebitda - tax - mcap - dwc
    return two(
      c,
      c - gcap,
      c - int,
      ebitda - tax - mcap,
      ebitda - mcap - dwc,
      ebitda - tax - mcap + dwc,
      ebitda - tax - dwc,
    )
  },
  'operating-cash-flow-indirect': (f) => {
    const { ni, da, dr, di, dp } = take(f, 'ni', 'da', 'dr', 'di', 'dp')
    return two(
      ni + da - dr - di + dp,
      ni + da + dr + di - dp,
      ni + da,
      ni - dr - di + dp,
      ni + da - dr - di - dp,
      ni + da + dr - di + dp,
      ni - da - dr - di + dp,
    )
  },
  'cash-interest-paid': (f) => {
    const { exp, pik, open, close } = take(f, 'exp', 'pik', 'open', 'close')
    return two(
      exp - pik + open - close,
      exp + open - close,
      exp - pik,
      exp - pik - open + close,
      exp,
      exp - pik + close,
      exp - 2 * pik + open - close,
    )
  },
  'cash-tax-paid': (f) => {
    const { cur, def, open, close } = take(f, 'cur', 'def', 'open', 'close')
    return two(
      cur + open - close,
      cur + def + open - close,
      cur - open + close,
      cur,
      cur + def,
      cur + open,
      cur - def + open - close,
    )
  },
  'capex-from-fixed-asset-movement': (f) => {
    const { open, dep, imp, nbv, cost, proceeds, capex } = take(
      f,
      'open',
      'dep',
      'imp',
      'nbv',
      'cost',
      'proceeds',
      'capex',
    )
    const close = open + capex - dep - imp - nbv
    const move = close - open
    return possible(
      two(
        move + dep + imp + nbv,
        move + dep,
        move + dep + nbv,
        move + dep + imp + cost,
        move + dep + imp + proceeds,
        move + dep + imp + nbv + proceeds,
        move + dep + imp - nbv,
      ),
    )
  },
  'normalised-ebitda-owner-managed': (f) => {
    const { ebitda, salary, market, legal, grant } = take(
      f,
      'ebitda',
      'salary',
      'market',
      'legal',
      'grant',
    )
    const k = ebitda + salary - market + legal - grant
    return two(
      k,
      ebitda + salary + legal - grant,
      ebitda + salary - market + legal + grant,
      ebitda + salary - market + legal,
      ebitda + salary - market - legal - grant,
      ebitda + legal - grant,
      ebitda,
    )
  },
  'fcf-conversion': (f) => {
    const { ebitda, tax, capex, dwc } = take(f, 'ebitda', 'tax', 'capex', 'dwc')
    const fcf = ebitda - tax - capex - dwc
    return two(
      pc(fcf, ebitda),
      pc(ebitda - tax - capex, ebitda),
      pc(ebitda - tax - capex + dwc, ebitda),
      pc(ebitda - tax - dwc, ebitda),
      pc(ebitda - 2 * tax - capex - dwc, ebitda),
      pc(fcf, ebitda - capex),
      pc(ebitda - tax - 2 * capex - dwc, ebitda),
      pc(ebitda - tax - capex - 2 * dwc, ebitda),
    )
  },
  'break-even-ebitda-for-dscr': (f) => {
    const { ds, target, tax, capex } = take(f, 'ds', 'target', 'tax', 'capex')
    const need = sh(ds, target, 100)
    return two(
      need + tax + capex,
      need,
      need + capex,
      sh(ds + tax + capex, target, 100),
      r([ds, 100], [target]) + tax + capex,
      need - tax - capex,
      ds + tax + capex,
    )
  },
  'cfads-with-cash-tax-estimate': (f) => {
    const { ebitda, allow, int, rate, capex } = take(f, 'ebitda', 'allow', 'int', 'rate', 'capex')
    const tax = sh(ebitda - allow - int, rate, 10000)
    return two(
      ebitda - tax - capex,
      ebitda - sh(ebitda, rate, 10000) - capex,
      ebitda - sh(ebitda - allow, rate, 10000) - capex,
      ebitda - capex,
      ebitda - tax - capex - int,
      ebitda - tax,
      ebitda - tax - capex - allow,
    )
  },
  'peak-funding-need-from-monthly-forecast': (f) => {
    const { open, f1, f2, f3, f4, f5, f6 } = take(f, 'open', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6')
    const flows = [f1, f2, f3, f4, f5, f6]
    const ends = flows.map((_, i) => open + flows.slice(0, i + 1).reduce((a, b) => a + b, 0))
    const low = Math.min(open, ...ends)
    const out = flows.filter((x) => x < 0).reduce((a, b) => a + b, 0)
    const worst = Math.min(...flows)
    return two(-low, -out, -worst, open - low, -(worst + open), Math.abs(ends[5]!))
  },
  'fcf-to-debt': (f) => {
    const { debt, cfo, capex, div, cash } = take(f, 'debt', 'cfo', 'capex', 'div', 'cash')
    const fcf = cfo - capex - div
    return two(
      pc(fcf, debt),
      pc(cfo, debt),
      pc(cfo - capex, debt),
      pc(fcf, debt - cash),
      pc(cfo - div, debt),
      pc(fcf, debt + cash),
    )
  },
  'cash-for-debt-service-after-drawings': (f) => {
    const { ebitda, tax, capex, draw, dwc } = take(f, 'ebitda', 'tax', 'capex', 'draw', 'dwc')
    const k = ebitda - tax - capex - dwc - draw
    return two(k, k + draw, k + 2 * dwc, k - draw, k + tax, k - tax, ebitda)
  },
  'cfo-to-current-liabilities': (f) => {
    const { cl, cfo, ltd, cplt, avg } = take(f, 'cl', 'cfo', 'ltd', 'cplt', 'avg')
    return two(
      r([cfo, 20000], [avg + cl]),
      pc(cfo, cl),
      pc(cfo, avg),
      pc(cfo, avg + cl),
      r([cfo, 20000], [avg + cl - cplt]),
      r([cfo, 20000], [avg + cl + 2 * ltd]),
    )
  },
  'ebitdar-from-operating-profit': (f) => {
    const { op, dep, rent, lease } = take(f, 'op', 'dep', 'rent', 'lease')
    return two(
      op + dep + rent,
      op + dep,
      op + dep + rent + lease,
      op + rent,
      op + dep + rent - lease,
      op + dep + 2 * rent,
    )
  },
}

const STRUCTURING: Readonly<Record<string, (f: F) => Expect>> = {
  'revolver-headroom-with-ancillaries': (f) => {
    const { limit, drawn, lc, gtee, cash, minLiq } = take(
      f,
      'limit',
      'drawn',
      'lc',
      'gtee',
      'cash',
      'minLiq',
    )
    const used = drawn + lc + gtee
    const h = limit - used - minLiq
    return two(
      h,
      limit - drawn - minLiq,
      h + minLiq,
      h + cash,
      limit - drawn - lc - minLiq,
      h - lc - gtee,
      h - cash,
    )
  },
  'level-monthly-instalment': (f) => {
    const { p, rate, years } = take(f, 'p', 'rate', 'years')
    const n = 12 * years
    return two(
      level(p, rate, 12, n),
      r([level(p, rate, 1, years)], [12]),
      r([p + sh(p, rate * years, 10000)], [n]),
      r([p], [n]),
      levelDue(p, rate, 12, n),
      level(p, rate * 12, 12, n),
      sh(p, rate, 120000),
    )
  },
  'balance-after-k-instalments': (f) => {
    const { p, rate, years, k } = take(f, 'p', 'rate', 'years', 'k')
    const n = 12 * years
    const pay = level(p, rate, 12, n)
    return possible(
      two(
        owed(p, rate, 12, pay, k),
        p - k * pay,
        r([p, n - k], [n]),
        owed(p, rate, 12, pay, n - k),
        (n - k) * pay,
        p,
      ),
    )
  },
  'balloon-loan-instalment': (f) => {
    const { p, balloonPct, rate, years } = take(f, 'p', 'balloonPct', 'rate', 'years')
    const n = 12 * years
    const b = sh(p, balloonPct, 100)
    const monthInt = sh(b, rate, 120000)
    return two(
      level(p - b, rate, 12, n) + monthInt,
      level(p, rate, 12, n),
      level(p - b, rate, 12, n),
      r([p - b], [n]) + sh(p, rate, 120000),
      level(p - b, rate, 12, n) + sh(b, rate, 10000),
    )
  },
  'principal-in-first-instalment': (f) => {
    const { p, rate, years } = take(f, 'p', 'rate', 'years')
    const n = 12 * years
    const pay = level(p, rate, 12, n)
    return two(
      pay - sh(p, rate, 120000),
      sh(p, rate, 120000),
      r([p], [n]),
      pay - sh(p - pay, rate, 120000),
      pay,
      pay - sh(p, rate, 3650000) * 30,
    )
  },
  'straight-line-amortisation-interest': (f) => {
    const { q: quarters, per, rate, k } = take(f, 'q', 'per', 'rate', 'k')
    const p = per * quarters
    const start = p - (k - 1) * per
    return two(
      per + sh(start, rate, 40000),
      per + sh(p, rate, 40000),
      per + sh(start - per, rate, 40000),
      per + sh(start, rate, 10000),
      sh(start, rate, 40000),
      level(p, rate, 4, quarters),
      per,
    )
  },
  'borrowing-base-availability': (f) => {
    const { rec, over90, contra, ar, raw, wip, ir, drawn } = take(
      f,
      'rec',
      'over90',
      'contra',
      'ar',
      'raw',
      'wip',
      'ir',
      'drawn',
      'limit',
    )
    const { limit } = take(f, 'limit')
    const stock = sh(raw, ir, 10000)
    const base = sh(rec - over90 - contra, ar, 10000) + stock
    return two(
      Math.min(base, limit) - drawn,
      sh(rec, ar, 10000) + stock - drawn,
      base + sh(wip, ir, 10000) - drawn,
      limit - drawn,
      sh(rec, ar, 10000) - over90 - contra + stock - drawn,
      sh(rec - over90 - contra, ar, 10000) - drawn,
      base,
    )
  },
  'cross-age-ineligibles': (f) => {
    const { ar } = take(f, 'ar')
    const cs = [0, 1, 2, 3].map((i) => [Number(f[`t${i}`]), Number(f[`o${i}`])] as const)
    let all = 0
    let over = 0
    let crossOut = 0
    let ineligible = 0
    for (const [t, o] of cs) {
      all += t
      over += o
      const crossed = o > t - o
      if (crossed) crossOut += t
      ineligible += crossed ? t : o
    }
    return two(
      sh(all - ineligible, ar, 10000),
      sh(all - over, ar, 10000),
      sh(all - crossOut, ar, 10000),
      sh(all, ar, 10000),
      all - ineligible,
    )
  },
  'concentration-limit': (f) => {
    const { big, others, cap, ar } = take(f, 'big', 'others', 'cap', 'ar')
    const all = big + others
    const allowed = sh(all, cap, 10000)
    return two(
      sh(others + allowed, ar, 10000),
      sh(all, ar, 10000),
      sh(others, ar, 10000),
      sh(others + sh(others, cap, 10000), ar, 10000),
      sh(all, ar, 10000) - big + allowed,
      others + allowed,
    )
  },
  'second-charge-net-advance': (f) => {
    const { v, cltv, first, fee } = take(f, 'v', 'cltv', 'first', 'fee')
    const room = sh(v, cltv, 10000) - first
    // The largest whole cent N with N + N·fee/10000 ≤ room.
    let net = Math.floor((room * 10000) / (10000 + fee)) + 1
    while (B(net) * B(10000 + fee) > B(room) * 10000n) net--
    return two(
      net,
      room,
      sh(v, cltv, 10000),
      sh(v - first, cltv, 10000),
      room - sh(room, fee, 10000),
      room - sh(v, fee, 10000),
    )
  },
  'interest-actual-360': (f) => {
    const { p, rate, d } = take(f, 'p', 'rate', 'd')
    const months = r([d], [30])
    return two(
      r([p, rate, d], [10000, 360]),
      r([p, rate, d], [10000, 365]),
      r([p, rate, 30 * months], [10000, 360]),
      r([p, rate, d + 1], [10000, 360]),
      sh(p, rate, 10000),
      r([p, rate, d], [10000, 360, 12]),
    )
  },
  'sculpted-principal': (f) => {
    const { cfads, target, int } = take(f, 'cfads', 'target', 'int')
    const ds = r([cfads, 100], [target])
    return two(
      ds - int,
      ds,
      cfads - int,
      r([cfads - int, 100], [target]),
      sh(cfads, target, 100) - int,
      ds - sh(int, target, 100),
    )
  },
  'cash-sweep-prepayment': (f) => {
    const { cfads, ds, keep, sweep } = take(f, 'cfads', 'ds', 'keep', 'sweep')
    const excess = cfads - ds - keep
    return possible(
      two(
        sh(excess, sweep, 100),
        sh(cfads - ds, sweep, 100),
        sh(cfads, sweep, 100),
        sh(cfads - ds, sweep, 100) - keep,
        sh(excess, 100 - sweep, 100),
        excess,
      ),
    )
  },
  'inventory-advance-lower-of-cost-or-nolv': (f) => {
    const { cost, nolv, cr, nr } = take(f, 'cost', 'nolv', 'cr', 'nr')
    const [a, b] = [sh(cost, cr, 10000), sh(nolv, nr, 10000)]
    return two(
      Math.min(a, b),
      Math.max(a, b),
      sh(nolv, cr, 10000),
      sh(cost, nr, 10000),
      nolv,
      sh(a, nr, 10000),
    )
  },
  'total-interest-over-term': (f) => {
    const { p, rate, years } = take(f, 'p', 'rate', 'years')
    const n = 12 * years
    const pay = level(p, rate, 12, n)
    return two(
      n * pay - p,
      sh(p, rate * years, 10000),
      n * pay,
      sh(p, rate * years, 20000),
      sh(p, rate, 10000),
      sh(p, rate * (n + 1), 240000),
    )
  },
  'loan-to-value-lower-of-price-and-valuation': (f) => {
    const { price, val, loan, fee } = take(f, 'price', 'val', 'loan', 'fee')
    const lo = Math.min(price, val)
    const hi = Math.max(price, val)
    return two(
      pc(loan + fee, lo),
      pc(loan + fee, hi),
      pc(loan, lo),
      pc(loan - fee, lo),
      pc(lo - loan, lo),
      pc(loan + 2 * fee, lo),
    )
  },
}

/** Z in hundredths from four or five coefficients (in hundredths) and their ratios. */
function zScore(
  ta: number,
  parts: readonly [number, number][],
  x4: readonly [number, number, number],
): number {
  // Σ cᵢ·xᵢ/ta + c₄·x4n/x4d, over the denominator ta·x4d.
  const [c4, n4, d4] = x4
  const num = parts.reduce((s, [c, x]) => s + B(c) * B(x), 0n) * B(d4) + B(c4) * B(n4) * B(ta)
  return q(num, B(ta) * B(d4))
}

const RISK: Readonly<Record<string, (f: F) => Expect>> = {
  'expected-loss-with-guarantee-substitution': (f) => {
    const { ead, g, pdB, pdG, lgd } = take(f, 'ead', 'g', 'pdB', 'pdG', 'lgd')
    const rest = ead - g
    return two(
      el(g, pdG, lgd) + el(rest, pdB, lgd),
      el(ead, pdB, lgd),
      el(ead, pdG, lgd),
      el(rest, pdB, lgd),
      el(g, pdB, lgd) + el(rest, pdG, lgd),
      el(ead, pdB, lgd) + el(g, pdG, lgd),
      sh(g, pdG, 10000) + sh(rest, pdB, 10000),
    )
  },
  'expected-loss-with-ccf': (f) => {
    const { limit, drawn, ccf, pd, lgd } = take(f, 'limit', 'drawn', 'ccf', 'pd', 'lgd')
    const ead = drawn + sh(limit - drawn, ccf, 10000)
    return two(
      el(ead, pd, lgd),
      el(drawn, pd, lgd),
      el(limit, pd, lgd),
      sh(ead, pd, 10000),
      el(ead, pd, 10000 - lgd),
      sh(ead, lgd, 10000),
      el(drawn + sh(limit - drawn, 10000 - ccf, 10000), pd, lgd),
    )
  },
  'lgd-after-collateral-haircut': (f) => {
    const { ead, coll, hc, costPct } = take(f, 'ead', 'coll', 'hc', 'costPct')
    const net = coll - sh(coll, hc, 10000)
    const cost = sh(ead, costPct, 10000)
    const loss = (rec: number) => pc(ead - rec, ead)
    const capped = (x: number) => Math.min(x, ead)
    return two(
      loss(capped(net) - cost),
      loss(capped(coll) - cost),
      loss(capped(net)),
      pc(capped(net) - cost, ead),
      loss(capped(sh(coll, hc, 10000)) - cost),
      loss(capped(net) - 2 * cost),
      hc + costPct,
    )
  },
  'portfolio-expected-loss': (f) => {
    const ls = [0, 1, 2].map(
      (i) => [Number(f[`e${i}`]), Number(f[`p${i}`]), Number(f[`l${i}`])] as const,
    )
    const total = ls.reduce((s, [e]) => s + e, 0)
    const mp = r([ls.reduce((s, [, p]) => s + p, 0)], [3])
    const ml = r([ls.reduce((s, [, , l]) => s + l, 0)], [3])
    const pds = ls.map(([, p]) => p)
    return two(
      ls.reduce((s, [e, p, l]) => s + el(e, p, l), 0),
      el(total, mp, ml),
      ls.reduce((s, [e, p]) => s + sh(e, p, 10000), 0),
      ls.reduce((s, [e, p, l]) => s + el(e, p, 10000 - l), 0),
      el(total, Math.max(...pds), ml),
      el(total, Math.min(...pds), ml),
    )
  },
  'altman-z-public-manufacturer': (f) => {
    const { ta, wc, re, ebit, mve, bve, tl, sales, ca } = take(
      f,
      'ta',
      'wc',
      're',
      'ebit',
      'mve',
      'bve',
      'tl',
      'sales',
      'ca',
    )
    const z = (x1: number, x5: number, x4: [number, number]) =>
      zScore(
        ta,
        [
          [120, x1],
          [140, re],
          [330, ebit],
          [x5, sales],
        ],
        [60, x4[0], x4[1]],
      )
    return two(
      z(wc, 100, [mve, tl]),
      z(wc, 100, [bve, tl]),
      z(ca, 100, [mve, tl]),
      z(wc, 0, [mve, tl]),
      z(wc, 100, [mve, ta]),
      z(wc, 100, [tl, mve]),
    )
  },
  'altman-z-double-prime-private': (f) => {
    const { ta, wc, re, ebit, eq, sales } = take(f, 'ta', 'wc', 're', 'ebit', 'eq', 'sales')
    const tl = ta - eq
    const z = (c: readonly number[], n4: number, d4: number) =>
      zScore(
        ta,
        [
          [c[0]!, wc],
          [c[1]!, re],
          [c[2]!, ebit],
        ],
        [c[3]!, n4, d4],
      )
    const C = [656, 326, 672, 105]
    return two(
      z(C, eq, tl),
      z(C, eq, tl) + rt(sales, ta),
      z([120, 140, 330, 60], eq, tl),
      z(C, eq, ta),
      z(C, tl, eq),
      z([656, 326, 672, 0], eq, tl),
    )
  },
  'cumulative-pd': (f) => {
    const { pd, years } = take(f, 'pd', 'years')
    const all = 10000n ** B(years)
    const alive = (10000n - B(pd)) ** B(years)
    return two(
      q((all - alive) * 10000n, all),
      pd * years,
      q(alive * 10000n, all),
      pd,
      q(((10000n + B(pd)) ** B(years) - all) * 10000n, all),
      q((10000n - B(pd)) ** B(years - 1) * B(pd) * 10000n, all),
    )
  },
  'risk-based-minimum-rate': (f) => {
    const { cof, pd, lgd, opex, cap, hurdle } = take(f, 'cof', 'pd', 'lgd', 'opex', 'cap', 'hurdle')
    const [loss, charge] = [r([pd, lgd], [10000]), r([cap, hurdle], [10000])]
    return two(
      cof + loss + opex + charge,
      cof + pd + opex + charge,
      cof + loss + opex + cap,
      cof + loss + opex,
      cof + loss + opex + hurdle,
      cof + opex + charge,
      cof + loss + charge,
    )
  },
  'weighted-scorecard': (f) => {
    const { w0, w1, w2, w3, lev, cov, cur, yrs } = take(
      f,
      'w0',
      'w1',
      'w2',
      'w3',
      'lev',
      'cov',
      'cur',
      'yrs',
    )
    // Score by the band table: count the thresholds reached.
    const reached = (v: number, cuts: number[]) => cuts.reduce((n, c) => n + (v >= c ? 1 : 0), 0)
    const levUp = 1 + reached(lev, [200, 300, 400, 500])
    const s = [
      6 - levUp,
      1 + reached(cov, [200, 300, 400, 500]),
      1 + reached(cur, [100, 125, 150, 200]),
      1 + reached(yrs, [3, 5, 10, 20]),
    ] as const
    const w = [w0, w1, w2, w3]
    const score = (x: readonly number[]) => x.reduce((t, v, i) => t + v * w[i]!, 0)
    return two(
      score(s),
      25 * (s[0] + s[1] + s[2] + s[3]),
      score([levUp, s[1], s[2], s[3]]),
      score([s[3], s[2], s[1], s[0]]),
      score([s[0], s[1], s[2], 5]),
      score([1, s[1], s[2], s[3]]),
    )
  },
  'recovery-waterfall-unsecured': (f) => {
    const { proceeds, costs, pref, secured, unsec } = take(
      f,
      'proceeds',
      'costs',
      'pref',
      'secured',
      'unsec',
    )
    const left = proceeds - costs - secured - pref
    return two(
      pc(left, unsec),
      pc(left + costs, unsec),
      pc(left + pref, unsec),
      pc(proceeds - secured, unsec),
      pc(left, unsec + secured + pref),
      pc(proceeds, unsec + secured + pref + costs),
    )
  },
  'collateral-cover-after-haircuts': (f) => {
    const { exp, prop, deb, stock, hp, hd, hs } = take(
      f,
      'exp',
      'prop',
      'deb',
      'stock',
      'hp',
      'hd',
      'hs',
    )
    const net = (x: number, h: number) => sh(x, 10000 - h, 10000)
    return two(
      pc(net(prop, hp) + net(deb, hd) + net(stock, hs), exp),
      pc(prop + deb + stock, exp),
      pc(net(prop + deb + stock, hp), exp),
      pc(sh(prop, hp, 10000) + sh(deb, hd, 10000) + sh(stock, hs, 10000), exp),
      pc(net(prop, hp) + net(deb, hd), exp),
      pc(net(prop, hp) + deb + stock - sh(exp, hs, 10000), exp),
    )
  },
  'trade-credit-limit': (f) => {
    const { tnw, wc, purch, a, b, terms } = take(f, 'tnw', 'wc', 'purch', 'a', 'b', 'terms')
    const tests = [sh(tnw, a, 100), sh(wc, b, 100), sh(purch, terms, 30)].sort((x, y) => x - y)
    return two(
      tests[0]!,
      tests[2]!,
      tests[1]!,
      sh(tnw, b, 100),
      purch,
      r([tests[0]! + tests[1]! + tests[2]!], [3]),
    )
  },
  'stage-two-expected-credit-loss': (f) => {
    const { ead, pd12, pdLife, lgd } = take(f, 'ead', 'pd12', 'pdLife', 'lgd')
    return two(
      el(ead, pdLife, lgd),
      el(ead, pd12, lgd),
      sh(ead, pdLife, 10000),
      el(ead, pdLife + pd12, lgd),
      el(ead, pdLife, 10000 - lgd),
      el(ead, pdLife - pd12, lgd),
    )
  },
  'cohort-default-rate': (f) => {
    const { start, defs, newLoans, newDefs, repaid } = take(
      f,
      'start',
      'defs',
      'newLoans',
      'newDefs',
      'repaid',
    )
    const end = start + newLoans - defs - newDefs - repaid
    return two(
      pc(defs, start),
      pc(defs + newDefs, start),
      pc(defs + newDefs, start + newLoans),
      pc(defs, end),
      pc(defs, start - repaid),
      r([defs, 20000], [start + end]),
    )
  },
  'dilution-reserve': (f) => {
    const { sales, credits, mult, floor, rec } = take(f, 'sales', 'credits', 'mult', 'floor', 'rec')
    const d = pc(credits, sales)
    const rate = Math.max(d * mult, floor)
    return two(
      sh(rec, rate, 10000),
      sh(rec, d, 10000),
      sh(rec, Math.min(d * mult, floor), 10000),
      sh(sales, rate, 10000),
      sh(rec, d * mult + floor, 10000),
      sh(rec, floor, 10000),
    )
  },
  'el-as-share-of-exposure': (f) => {
    const { pd, coll, hc, ead } = take(f, 'pd', 'coll', 'hc', 'ead')
    const v = sh(ead, coll, 100)
    const lgd = pc(ead - (v - sh(v, hc, 100)), ead)
    return two(
      r([pd, lgd], [10000]),
      r([pd, pc(ead - v, ead)], [10000]),
      r([pd, 10000 - lgd], [10000]),
      lgd,
      pd,
      r([pd, pc(ead - sh(v, hc, 100), ead)], [10000]),
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...LIQUIDITY,
  ...LEVERAGE,
  ...CASHFLOW,
  ...STRUCTURING,
  ...RISK,
}

describeEngineIndependent('credit analysis scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'BigInt cents and exact rationals',
    digest,
    models: CREDIT_MODELS,
    engines,
  })
})
