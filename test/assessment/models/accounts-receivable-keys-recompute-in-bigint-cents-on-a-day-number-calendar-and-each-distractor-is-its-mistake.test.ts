import { afterAll, expect, it } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { AGEING_FAMILIES } from '../../../src/assessment/models/receivables/ageing-families.js'
import { ALLOWANCE_FAMILIES } from '../../../src/assessment/models/receivables/allowance-families.js'
import type { ArScenario } from '../../../src/assessment/models/receivables/ar-text.js'
import { CASH_FAMILIES } from '../../../src/assessment/models/receivables/cash-families.js'
import { COLLECTIONS_FAMILIES } from '../../../src/assessment/models/receivables/collections-families.js'
import { AR_MODELS } from '../../../src/assessment/models/receivables/receivables-models.js'
import { TERMS_FAMILIES } from '../../../src/assessment/models/receivables/terms-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as q } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...TERMS_FAMILIES,
  ...CASH_FAMILIES,
  ...AGEING_FAMILIES,
  ...ALLOWANCE_FAMILIES,
  ...COLLECTIONS_FAMILIES,
]
const DRAWS = 40
const DRAWN = drawFamilies<ArScenario>(FAMILIES, DRAWS, 2026_12_05)

// ---- Integer arithmetic with BigInt, rounded half away from zero: no floating point and no
// helper shared with the families.
/** `a × b × … ÷ d` rounded to a whole number. */
const mul = (nums: readonly number[], den: number) =>
  q(
    nums.reduce((p, x) => p * BigInt(x), 1n),
    BigInt(den),
  )
const pctOf = (c: number, bps: number) => mul([c, bps], 10000)
function fmt(c: number): string {
  const sign = c < 0 ? '-' : ''
  const a = Math.abs(c)
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}
const pc = (bps: number) => `${fmt(bps)}%`
const tenthsText = (t: number) => `${Math.floor(t / 10)}.${t % 10} days`
const hundredthsText = (h: number) =>
  `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')} times`
/** An entry as sides, accounts and amounts. */
const je = (...lines: readonly (readonly [string, string, number])[]) =>
  lines.map(([s, a, c]) => `${s} ${a} ${fmt(c)}`).join('; ')
const D = (a: string, c: number) => ['Dr', a, c] as const
const C = (a: string, c: number) => ['Cr', a, c] as const
const digest = (text: string) => text.replace(/[€$£]/g, '')

// ---- A second calendar: day numbers from civil dates by integer arithmetic (days from
// 1970-01-01), not JavaScript's Date.
function dayNo(iso: string): number {
  const [y0, m, d] = iso.split('-').map(Number) as [number, number, number]
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}
const LEAP = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const LEN = (y: number, m: number) =>
  [31, LEAP(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!
function civil(n: number): [number, number, number] {
  // walk from a known day number by years then months: slow but plainly right
  let y = 1970
  let left = n
  while (left < 0) left += LEAP(--y) ? 366 : 365
  while (left >= (LEAP(y) ? 366 : 365)) left -= LEAP(y++) ? 366 : 365
  let m = 1
  while (left >= LEN(y, m)) left -= LEN(y, m++)
  return [y, m, left + 1]
}
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const WEEK = 'Thursday Friday Saturday Sunday Monday Tuesday Wednesday'.split(' ')
const dow = (n: number) => ((n % 7) + 7) % 7 // 0 = Thursday 1 January 1970
const day = (n: number) => {
  const [y, m, d] = civil(n)
  return `${WEEK[dow(n)]} ${d} ${MONTHS[m - 1]} ${y}`
}
const eom = (n: number) => {
  const [y, m, d] = civil(n)
  return n + LEN(y, m) - d
}
/** Day `d` of the month `ahead` months after the month of day number `n`. */
const dayOfMonth = (n: number, d: number, ahead: number) => {
  const [y, m] = civil(n)
  const k = y * 12 + (m - 1) + ahead
  const yy = Math.floor(k / 12)
  const mm = (k % 12) + 1
  return dayNo(`${yy}-${String(mm).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
}
const isWeekend = (n: number) => dow(n) === 2 || dow(n) === 3
const nextBiz = (n: number) => (dow(n) === 2 ? n + 2 : dow(n) === 3 ? n + 1 : n)
const prevBiz = (n: number) => (dow(n) === 2 ? n - 1 : dow(n) === 3 ? n - 2 : n)

type F = Readonly<Record<string, number | string>>
/** `wrong` left out: the family's other options are fixed text, so only the key is worked. */
type Expect = { readonly key: string; readonly wrong?: readonly string[] }
const money = (key: number, ...wrong: number[]): Expect => ({
  key: fmt(key),
  wrong: wrong.map(fmt),
})
const dates = (key: number, ...wrong: number[]): Expect => ({
  key: day(key),
  wrong: wrong.map(day),
})
const rates = (key: number, ...wrong: number[]): Expect => ({ key: pc(key), wrong: wrong.map(pc) })
const tenths = (key: number, ...wrong: number[]): Expect => ({
  key: tenthsText(key),
  wrong: wrong.map(tenthsText),
})
const n = (f: F, k: string) => Number(f[k])
const d = (f: F, k: string) => dayNo(String(f[k]))

/** Simple annual cost of forgoing d bps discount for `days`, on a `year`, in bps. */
const simple = (disc: number, days: number, year: number) =>
  mul([disc, year, 10000], (10000 - disc) * days)
/** Compounded annual cost in bps, by logarithms rather than a power. */
const compound = (disc: number, days: number, base: number) =>
  Math.round((Math.exp((365 / days) * Math.log1p(disc / base)) - 1) * 10000)

const FIRST_HALF: Readonly<Record<string, (f: F) => Expect>> = {
  // ---- terms
  'net-due-date': (f) => {
    const i = d(f, 'inv')
    const t = n(f, 'n')
    return dates(i + t, d(f, 'delivered') + t, d(f, 'emailed') + t, i + t - 1, eom(i + t))
  },
  'eom-due-date': (f) => {
    const i = d(f, 'inv')
    const t = n(f, 'n')
    return dates(eom(i) + t, i + t, eom(i) + t - 1, eom(i + t), eom(eom(i) + 1) + t)
  },
  'discount-last-day': (f) => {
    const i = d(f, 'inv')
    const x = n(f, 'x')
    return dates(i + x, i + n(f, 'n'), d(f, 'emailed') + x, i + x - 1, d(f, 'delivered') + x)
  },
  'discount-excludes-freight': (f) => {
    const g = n(f, 'goods')
    const t = g + n(f, 'freight')
    const disc = pctOf(g, n(f, 'd'))
    return money(
      t - disc,
      t - pctOf(t, n(f, 'd')),
      t,
      t - pctOf(g, n(f, 'x') * 100),
      g - disc,
      t + disc,
    )
  },
  'discount-simple-annual-cost': (f) => {
    const [dd, x, t] = [n(f, 'd'), n(f, 'x'), n(f, 'n')]
    return rates(
      simple(dd, t - x, 365),
      simple(dd, t, 365),
      mul([dd, 365], t - x),
      simple(dd, t - x, 360),
      simple(dd, x, 365),
      compound(dd, t - x, 10000 - dd),
    )
  },
  'discount-effective-annual-cost': (f) => {
    const [dd, x, t] = [n(f, 'd'), n(f, 'x'), n(f, 'n')]
    return rates(
      compound(dd, t - x, 10000 - dd),
      simple(dd, t - x, 365),
      compound(dd, t, 10000 - dd),
      compound(dd, t - x, 10000),
      compound(dd, x, 10000 - dd),
      compound(dd, t - x - 1, 10000 - dd),
    )
  },
  'prox-discount-date': (f) => {
    const i = d(f, 'inv')
    const k = n(f, 'day')
    return dates(dayOfMonth(i, k, 1), i + k, dayOfMonth(i, k, 0), dayOfMonth(i, k, 2), eom(i) + 30)
  },
  'eom-discount-date': (f) => {
    const i = d(f, 'inv')
    const x = n(f, 'x')
    return dates(eom(i) + x, i + x, eom(i) + 30, eom(i) + x - 1, eom(eom(i) + 1) + x)
  },
  'rog-discount-date': (f) => {
    const r = d(f, 'received')
    const x = n(f, 'x')
    return dates(r + x, d(f, 'inv') + x, r + n(f, 'n'), r + x - 1, eom(r) + x)
  },
  'due-date-weekend-rule': (f) => {
    const raw = d(f, 'inv') + n(f, 'n')
    expect(isWeekend(raw)).toBe(true)
    return dates(nextBiz(raw), raw, prevBiz(raw), nextBiz(raw - 1), nextBiz(raw + 7))
  },
  'trade-then-cash-discount': (f) => {
    const [l, t, dd] = [n(f, 'list'), n(f, 't'), n(f, 'd')]
    const net = l - pctOf(l, t)
    return money(
      net - pctOf(net, dd),
      l - pctOf(l, t + dd),
      net,
      l - pctOf(l, dd),
      net - pctOf(l, dd),
    )
  },
  'offer-discount-or-borrow': (f) => {
    const cost = simple(n(f, 'd'), n(f, 'n') - n(f, 'x'), 365)
    return {
      key:
        cost > n(f, 'loan')
          ? 'Borrow on the overdraft and keep selling on net terms'
          : `Offer ${n(f, 'd') / 100}/${f.x} net ${f.n} to bring the cash in earlier`,
    }
  },
  'deposit-then-final-invoice': (f) => {
    const [p, dep, tax] = [n(f, 'price'), n(f, 'dep'), n(f, 'tax')]
    const deposit = pctOf(p, dep)
    const rest = p - deposit
    return money(
      rest + pctOf(rest, tax),
      p + pctOf(p, tax),
      rest,
      p + pctOf(p, tax) - deposit,
      p - deposit - pctOf(deposit, tax),
    )
  },
  'statement-terms-due-date': (f) => {
    const i = d(f, 'inv')
    const [, , dd] = civil(i)
    const stmt = dayOfMonth(i, 25, dd < 25 ? 0 : 1)
    const before = dayOfMonth(i, 25, dd < 25 ? -1 : 0)
    return dates(stmt + 30, i + 30, before + 30, dayOfMonth(stmt, 25, 1) + 30, eom(i) + 30)
  },
  // ---- cash application
  'oldest-first-application': (f) => {
    const [a, b, c, p] = [n(f, 'a'), n(f, 'b'), n(f, 'c'), n(f, 'pay')]
    return money(a + b - p, b - mul([p, b], a + b + c), b, p - a, a + b + c - p)
  },
  'short-pay-after-credit-memo': (f) => {
    const [t, x, p] = [n(f, 'total'), n(f, 'damaged'), n(f, 'pay')]
    return money(t - p - x, t - p, t - x, x, t - p + x, 0)
  },
  'unearned-discount-rebill': (f) => {
    const [t, dd, x] = [n(f, 'total'), n(f, 'd'), n(f, 'x')]
    const paid = t - pctOf(t, dd)
    return money(t - paid, pctOf(paid, dd), pctOf(t, x * 100), mul([t, dd], 10000 - dd), 0)
  },
  'receipt-with-discount-entry': (f) => {
    const t = n(f, 'total')
    const disc = pctOf(t, n(f, 'd'))
    const AR = 'Accounts receivable'
    return {
      key: je(D('Bank', t - disc), D('Discounts allowed', disc), C(AR, t)),
      wrong: [
        je(D('Bank', t - disc), C(AR, t - disc)),
        je(D('Bank', t - disc), D(AR, disc), C('Sales', t)),
        je(D('Bank', t), C(AR, t - disc), C('Discounts allowed', disc)),
        je(D('Bank', t - disc), D('Bad debt expense', disc), C(AR, t)),
        je(D('Bank', t - disc), D('Discounts allowed', disc), C('Sales', t)),
        je(D(AR, t), C('Bank', t - disc), C('Discounts allowed', disc)),
        je(D('Bank', t - disc), D('Discounts received', disc), C(AR, t)),
        je(D('Bank', t - disc), D('Sales returns and allowances', disc), C(AR, t)),
      ],
    }
  },
  'partial-payment-discount-credit': (f) => {
    const [t, dd, p] = [n(f, 'total'), n(f, 'd'), n(f, 'pay')]
    return money(
      mul([p, 10000], 10000 - dd),
      p,
      p + pctOf(p, dd),
      p + pctOf(t, dd),
      mul([p, 10000 + 2 * dd], 10000),
    )
  },
  'customer-balance-rollforward': (f) => {
    const [o, i, disc, p, cm] = figuresOf(f, 'open', 'inv', 'disc', 'paid', 'memo')
    const k = o + i - cm - p - disc
    return money(k, k + disc, k + 2 * cm, k - o, k - disc)
  },
  'bank-charge-short-pay-entry': (f) => {
    const [t, fee] = [n(f, 'total'), n(f, 'fee')]
    const AR = 'Accounts receivable'
    return {
      key: je(D('Bank', t - fee), D('Bank charges', fee), C(AR, t)),
      wrong: [
        je(D('Bank', t), C(AR, t)),
        je(D('Bank', t - fee), C(AR, t - fee)),
        je(D('Bank', t - fee), D('Discounts allowed', fee), C(AR, t)),
        je(D('Bank', t - fee), D('Bad debt expense', fee), C(AR, t)),
        je(D('Bank', t - fee), D('Bank charges', fee), C('Sales', t)),
        je(D(AR, t), C('Bank', t - fee), C('Bank charges', fee)),
        je(D('Bank', t), C(AR, t - fee), C('Bank charges', fee)),
      ],
    }
  },
  'returned-cheque-with-fee': (f) => {
    const [a, fee] = [n(f, 'amt'), n(f, 'fee')]
    const AR = 'Accounts receivable'
    return {
      key: je(D(AR, a + fee), C('Bank', a), C('Fee income', fee)),
      wrong: [
        je(D(AR, a), C('Bank', a)),
        je(D('Bad debt expense', a), C('Bank', a)),
        je(D(AR, a + fee), C('Bank', a + fee)),
        je(D('Bank', a), D('Fee income', fee), C(AR, a + fee)),
        je(D(AR, a + fee), C('Bank', a), C('Bank charges', fee)),
        je(D(AR, a), D('Bank charges', fee), C('Bank', a + fee)),
      ],
    }
  },
  'overpayment-on-account': (f) => {
    const [x, l, p] = [n(f, 'extra'), n(f, 'later'), n(f, 'part')]
    return money(l - x - p, l - p, l - x, l + x - p, l - 2 * x - p, x + p, l)
  },
  'remittance-subset-match': (f) => {
    const [a, b, c, dd, cm, p] = figuresOf(f, 'a', 'b', 'c', 'd', 'memo', 'pay')
    // Only the keyed pair nets to the payment; every other pair the options name does not.
    expect(b + dd - cm).toBe(p)
    for (const s of [a + b - cm, b + dd, a + c - cm, c + dd - cm]) expect(s).not.toBe(p)
    return { key: '', wrong: [] }
  },
  'transposed-reference-match': (f) => {
    const base = String(f.base)
    const quoted = String(f.quoted)
    const diffs = [...base].filter((ch, i) => ch !== quoted[i]).length
    expect(diffs).toBe(2)
    expect([...base].sort().join('')).toBe([...quoted].sort().join(''))
    expect(new Set([n(f, 'amt'), n(f, 'other'), n(f, 'near')]).size).toBe(3)
    return { key: `Apply it to INV-${base}`, wrong: [`Apply it to INV-${quoted}`] }
  },
  'fx-receipt-difference': (f) => {
    const [fc, b, p] = [n(f, 'foreign'), n(f, 'booked'), n(f, 'paid')]
    const g = p > b
    const diff = mul([fc, Math.abs(p - b)], 10000)
    const say = (gain: boolean, c: number) =>
      `${gain ? 'Exchange gain' : 'Exchange loss'} of ${fmt(c)}`
    return {
      key: say(g, diff),
      wrong: [
        say(!g, diff),
        say(g, mul([fc, p], 10000)),
        say(g, Math.abs(mul([fc, 10000], b) - mul([fc, 10000], p))),
        say(g, mul([fc, b], 10000)),
      ],
    }
  },
  'fees-first-application': (f) => {
    const [pr, fe, p] = [n(f, 'principal'), n(f, 'fees'), n(f, 'pay')]
    return money(pr + fe - p, pr - p, pr, pr - p - fe, pr + 2 * fe - p, pr + fe, p - fe)
  },
  'duplicate-payment-credit-balance': (f) => {
    const [a, b] = [n(f, 'a'), n(f, 'b')]
    const side = (c: number) =>
      c >= 0 ? `${fmt(c)} owed by the customer` : `${fmt(-c)} owed to the customer`
    const flip = (c: number) =>
      c >= 0 ? `${fmt(c)} owed to the customer` : `${fmt(-c)} owed by the customer`
    return {
      key: side(b - a),
      wrong: [side(b), side(-a), side(a + b), flip(b - a)],
    }
  },
  'lockbox-short-remittance': (f) => {
    const [a, b, c, p, t] = figuresOf(f, 'a', 'b', 'c', 'pay', 'pct')
    const short = a + b + c - p
    expect(short * 10000).toBeGreaterThan((a + b + c) * t)
    return money(
      short,
      c,
      0,
      c - short,
      short - pctOf(a + b + c, t),
      c + short,
      pctOf(a + b + c, t),
      q(BigInt(short), 3n),
    )
  },
  // ---- ageing
  'bucket-by-due-date': (f) => {
    const late = d(f, 'report') - d(f, 'inv') - n(f, 'n')
    const t = n(f, 'n')
    const label = (x: number) =>
      x <= 0
        ? 'Current, not yet due'
        : `${x <= 30 ? '1–30 days' : x <= 60 ? '31–60 days' : x <= 90 ? '61–90 days' : 'Over 90 days'}, ${x} days past due`
    return {
      key: label(late),
      wrong: [label(late + t), label(late - 30), label(late + 1), label(late - t)],
    }
  },
  'bucket-total': (f) => {
    const r = d(f, 'report')
    const items = [0, 1, 2, 3, 4, 5].map((j) => ({
      late: r - d(f, `due${j}`),
      amt: n(f, `amt${j}`),
    }))
    const sum = (lo: number, hi: number) =>
      items.filter((i) => i.late >= lo && i.late <= hi).reduce((s, i) => s + i.amt, 0)
    return money(sum(31, 60), sum(30, 59), sum(1, 30), sum(61, 90), sum(31, 1e9), sum(1, 60))
  },
  'percent-over-90': (f) => {
    const [c0, b1, b2, b3, b4] = figuresOf(f, 'cur', 'b1', 'b2', 'b3', 'b4')
    const t = c0 + b1 + b2 + b3 + b4
    return rates(
      mul([b4, 10000], t),
      mul([b4, 10000], t - c0),
      mul([b4, 10000], t - b4),
      mul([b3 + b4, 10000], t),
      mul([b4, 10000], c0),
      mul([b4, 10000], n(f, 'sales')),
    )
  },
  'dso-period-end': (f) => {
    const [days, cs, cash, ar, open] = figuresOf(f, 'days', 'credit', 'cash', 'ar', 'open')
    return tenths(
      mul([ar, days, 10], cs),
      mul([ar, days, 10], cs + cash),
      mul([ar, days > 100 ? 360 : 365, 10], cs),
      mul([open, days, 10], cs),
      mul([ar + open, days, 10], 2 * cs),
    )
  },
  'receivables-turnover': (f) => {
    const [cs, cash, o, c] = figuresOf(f, 'credit', 'cash', 'open', 'close')
    const h = (x: number) => hundredthsText(x)
    return {
      key: h(mul([cs, 200], o + c)),
      wrong: [
        h(mul([cs, 100], c)),
        h(mul([cs + cash, 200], o + c)),
        h(mul([cs, 100], o)),
        h(mul([cs, 100], o + c)),
        h(mul([o + c, 100], cs * 2)),
      ],
    }
  },
  'days-from-turnover': (f) => {
    const [t, y] = [n(f, 't'), n(f, 'year')]
    return tenths(
      mul([y, 1000], t),
      mul([y === 360 ? 365 : 360, 1000], t),
      mul([12, 1000], t),
      mul([y, 10], Math.trunc(t / 100)),
      mul([y, 10], Math.trunc(t / 100) + (t % 100 === 0 ? 0 : 1)),
    )
  },
  'collection-effectiveness-index': (f) => {
    const [o, s, c, cur] = figuresOf(f, 'open', 'sales', 'close', 'current')
    const got = o + s - c
    return rates(
      mul([got, 10000], o + s - cur),
      mul([got, 10000], o + s),
      mul([o + s - cur, 10000], o + s),
      mul([got, 10000], s),
      mul([got, 10000], o + s - c + cur),
      mul([o + s - cur, 10000], got),
    )
  },
  'countback-dso': (f) => {
    const [ar, m1, m2, m3, d1, d2, d3] = figuresOf(f, 'ar', 'm1', 'm2', 'm3', 'd1', 'd2', 'd3')
    // Countback by walking back a month at a time, as a loop.
    let left = ar
    let t = 0
    for (const [sales, len] of [
      [m3, d3],
      [m2, d2],
      [m1, d1],
    ] as const) {
      if (left >= sales) {
        left -= sales
        t += len * 10
      } else {
        t += mul([left, len, 10], sales)
        break
      }
    }
    return tenths(
      t,
      mul([ar, (d1 + d2 + d3) * 10], m1 + m2 + m3),
      300 + mul([ar - m3, 300], m2),
      d3 * 10 + mul([ar - m3, d2 * 10], m3),
      d1 * 10 + mul([ar - m1, d2 * 10], m2),
    )
  },
  'best-possible-dso': (f) => {
    const [days, s, ar, cur] = figuresOf(f, 'days', 'sales', 'ar', 'cur')
    const dso = mul([ar, days, 10], s)
    const best = mul([cur, days, 10], s)
    return tenths(
      mul([ar - cur, days, 10], s),
      best,
      dso,
      mul([ar - cur, days, 10], ar),
      dso + best,
      dso - best,
    )
  },
  'weighted-days-to-pay': (f) => {
    const a = [0, 1, 2].map((j) => n(f, `a${j}`))
    const dd = [0, 1, 2].map((j) => n(f, `d${j}`))
    const w = a.reduce((s, x, j) => s + x * dd[j]!, 0)
    const tot = a.reduce((s, x) => s + x, 0)
    const key = mul([w, 10], tot)
    return tenths(
      key,
      mul([dd[0]! + dd[1]! + dd[2]!, 10], 3),
      Math.max(...dd) * 10,
      Math.min(...dd) * 10,
      key + 300,
      mul([Math.max(...dd) + Math.min(...dd), 10], 2),
    )
  },
  'credit-available': (f) => {
    const [l, b, o, u] = figuresOf(f, 'limit', 'bal', 'orders', 'unapplied')
    return money(
      l - (b - u) - o,
      l - b - o,
      l - b + u,
      l - b - u - o,
      l - o,
      l - b + u + o,
      b - u + o,
    )
  },
  'cash-freed-by-dso-cut': (f) => {
    const [s, c, ar] = figuresOf(f, 'sales', 'cut', 'ar')
    return money(
      mul([s, c], 365),
      mul([s, c], 360),
      mul([ar, c], 365),
      mul([s, c], 12),
      mul([s, c], 730),
    )
  },
  'ageing-by-invoice-date-days': (f) => {
    const t = n(f, 'n')
    const late = d(f, 'report') - d(f, 'inv') - t
    const due = d(f, 'inv') + t
    const txt = (x: number) => `${x} days`
    return {
      key: txt(late),
      wrong: [
        txt(late + t),
        txt(late + t - 30),
        txt(late + 1),
        txt(
          Array.from({ length: late }, (_, j) => due + 1 + j).filter((x) => !isWeekend(x)).length,
        ),
        txt(Math.round(late / 30) * 30),
      ],
    }
  },
  'ageing-roll-forward': (f) => {
    const [b0, b1, b2, p] = figuresOf(f, 'b0', 'b1', 'b2', 'paid')
    return money(b1 - p, b2, b1, b0, b2 - p, p)
  },
  'percent-past-due': (f) => {
    const [c0, p0, p1, p2, p3] = figuresOf(f, 'cur', 'p0', 'p1', 'p2', 'p3')
    const due = p0 + p1 + p2 + p3
    const t = c0 + due
    return rates(
      mul([due, 10000], t),
      mul([due, 10000], c0),
      mul([due - p0, 10000], t),
      mul([c0, 10000], t),
      mul([p3, 10000], t),
      mul([due, 10000], t - p3),
    )
  },
}

const ALLOW = 'Allowance for doubtful accounts'
const AR = 'Accounts receivable'
const BDE = 'Bad debt expense'
const SECOND_HALF: Readonly<Record<string, (f: F) => Expect>> = {
  // ---- allowance
  'percent-of-sales-expense': (f) => {
    const [cs, cash, r, bal, ar] = figuresOf(f, 'credit', 'cash', 'rate', 'bal', 'ar')
    const e = pctOf(cs, r)
    return money(e, pctOf(cs + cash, r), e - bal, pctOf(ar, r), e + bal, pctOf(cs - ar, r))
  },
  'allowance-ending-balance': (f) => {
    const [o, e, w, r] = figuresOf(f, 'open', 'exp', 'off', 'rec')
    return money(o + e - w + r, o + e - w, o + e - w - r, o + e + w + r, e, o + e + r, o - w + r)
  },
  'ageing-required-balance': (f) => {
    const b = [0, 1, 2, 3, 4].map((k) => n(f, `b${k}`))
    const r = [0, 1, 2, 3, 4].map((k) => n(f, `r${k}`))
    const need = b.reduce((s, x, k) => s + pctOf(x, r[k]!), 0)
    const total = b.reduce((s, x) => s + x, 0)
    return money(
      need,
      pctOf(total, r[2]!),
      need - pctOf(b[0]!, r[0]!),
      pctOf(total, r[4]!),
      b.reduce((s, x, k) => s + pctOf(x, r[Math.min(4, k + 1)]!), 0),
    )
  },
  'ageing-adjustment-credit-balance': (f) => {
    const [need, bal] = [n(f, 'need'), n(f, 'bal')]
    return money(need - bal, need, need + bal, bal, need - bal - n(f, 'off'))
  },
  'ageing-adjustment-debit-balance': (f) => {
    const [need, off, open] = [n(f, 'need'), n(f, 'off'), n(f, 'open')]
    const debit = off - open
    return money(need + debit, need - debit, need, need + off, debit)
  },
  'write-off-entry': (f) => {
    const a = n(f, 'amt')
    return {
      key: je(D(ALLOW, a), C(AR, a)),
      wrong: [
        je(D(BDE, a), C(AR, a)),
        je(D(BDE, a), C(ALLOW, a)),
        je(D(AR, a), C(ALLOW, a)),
        je(D(ALLOW, a), C('Sales', a)),
        je(D(ALLOW, a), C(BDE, a)),
        je(D(BDE, a), D(ALLOW, a), C(ALLOW, a), C(AR, a)),
      ],
    }
  },
  'recovery-reinstatement-entry': (f) => {
    const [off, got] = [n(f, 'off'), n(f, 'got')]
    return {
      key: je(D(AR, got), C(ALLOW, got)),
      wrong: [
        je(D(AR, off), C(ALLOW, off)),
        je(D(ALLOW, got), C(AR, got)),
        je(D(AR, got), C(BDE, got)),
        je(D(AR, got), C('Sales', got)),
        je(D(ALLOW, off), C(AR, off)),
        je(D(AR, off), C(BDE, off)),
      ],
    }
  },
  'net-receivables-after-write-off': (f) => {
    const [ar, al, off] = [n(f, 'ar'), n(f, 'allow'), n(f, 'off')]
    // After the write-off: gross falls by `off`, the allowance falls by `off`.
    const net = ar - off - (al - off)
    return money(net, net - off, ar - off, ar, net + off)
  },
  'net-realisable-after-adjustment': (f) => {
    const [ar, need, bal] = [n(f, 'ar'), n(f, 'need'), n(f, 'bal')]
    return money(
      ar - need,
      ar - bal,
      ar - need + bal,
      ar - need - bal,
      ar - 2 * need + bal,
      ar,
      ar + need - bal,
    )
  },
  'percent-of-receivables-expense': (f) => {
    const [ar, r, bal, debit] = figuresOf(f, 'ar', 'rate', 'bal', 'debit')
    const need = pctOf(ar, r)
    const signed = debit ? -bal : bal // the allowance's credit balance before adjustment
    return money(
      need - signed,
      need + signed,
      need,
      pctOf(ar - bal, r),
      debit ? need + 2 * bal : need,
      pctOf(bal, r),
    )
  },
  'historical-loss-rate': (f) => {
    const s = [0, 1, 2].map((k) => n(f, `s${k}`))
    const w = [0, 1, 2].map((k) => n(f, `w${k}`))
    const S = s[0]! + s[1]! + s[2]!
    const W = w[0]! + w[1]! + w[2]!
    // the unweighted mean of the yearly rates, in exact fractions then rounded
    const num =
      BigInt(w[0]!) * BigInt(s[1]!) * BigInt(s[2]!) +
      BigInt(w[1]!) * BigInt(s[0]!) * BigInt(s[2]!) +
      BigInt(w[2]!) * BigInt(s[0]!) * BigInt(s[1]!)
    const den = 3n * BigInt(s[0]!) * BigInt(s[1]!) * BigInt(s[2]!)
    return rates(
      mul([W, 10000], S),
      q(num * 10000n, den),
      mul([w[2]!, 10000], s[2]!),
      mul([W, 10000], s[2]!),
      mul([W, 30000], S),
    )
  },
  'writeoffs-from-t-account': (f) => {
    const [o, e, r, c] = figuresOf(f, 'open', 'exp', 'rec', 'close')
    return money(
      o + e + r - c,
      o + e - c,
      o + e - c - r,
      c - o,
      o + e + r,
      o + e + r + c,
      c + e + r - o,
    )
  },
  'ageing-expense-with-year-activity': (f) => {
    const [o, w, r, need] = figuresOf(f, 'open', 'off', 'rec', 'need')
    return money(need - o + w - r, need - o, need - o + w, need - o + w + r, need)
  },
  'adjusting-entry-amount': (f) => {
    const [need, bal] = [n(f, 'need'), n(f, 'bal')]
    const x = need - bal
    return {
      key: je(D(BDE, x), C(ALLOW, x)),
      wrong: [
        je(D(BDE, need), C(ALLOW, need)),
        je(D(BDE, x), C(AR, x)),
        je(D(ALLOW, x), C(BDE, x)),
        je(D(BDE, need + bal), C(ALLOW, need + bal)),
        je(D(ALLOW, x), C(AR, x)),
        je(D(ALLOW, need), C(BDE, need)),
        je(D(BDE, need), C(AR, need)),
      ],
    }
  },
  'direct-write-off-recovery': (f) => {
    const o = n(f, 'off')
    return {
      key: je(D('Bank', o), C('Bad debts recovered', o)),
      wrong: [
        je(D('Bank', o), C(ALLOW, o)),
        je(D('Bank', o), C('Sales', o)),
        je(D(BDE, o), C('Bank', o)),
        je(D('Bank', o), C('Capital', o)),
      ],
    }
  },
  'specific-plus-general-provision': (f) => {
    const [ar, sp, r] = [n(f, 'ar'), n(f, 'doubtful'), n(f, 'rate')]
    return money(sp + pctOf(ar - sp, r), pctOf(ar, r), sp + pctOf(ar, r), pctOf(ar - sp, r), sp)
  },
  'vat-bad-debt-relief': (f) => {
    const [g, p] = [n(f, 'gross'), n(f, 'paid')]
    // VAT fraction at 20%: 20 / 120
    return money(
      mul([g - p, 20], 120),
      mul([g - p, 20], 100),
      mul([g, 20], 120),
      mul([p, 20], 120),
      g - p,
      0,
      mul([g - p, 5], 105),
    )
  },
  // ---- collections
  'credit-memo-with-tax-entry': (f) => {
    const net = n(f, 'net')
    const t = pctOf(net, n(f, 'rate'))
    return {
      key: je(D('Sales returns', net), D('Sales tax payable', t), C(AR, net + t)),
      wrong: [
        je(D('Sales returns', net + t), C(AR, net + t)),
        je(D('Sales returns', net), C(AR, net)),
        je(D(AR, net + t), C('Sales returns', net), C('Sales tax payable', t)),
        je(D('Bad debt expense', net), D('Sales tax payable', t), C(AR, net + t)),
      ],
    }
  },
  'credit-memo-restocking-fee': (f) => {
    const [qty, unit, fee, r] = figuresOf(f, 'qty', 'unit', 'fee', 'rate')
    const g = qty * unit
    const net = g - pctOf(g, fee)
    return money(
      net + pctOf(net, r),
      g + pctOf(g, r),
      net,
      net + pctOf(g, r),
      g + pctOf(g, r) - 2 * pctOf(g, fee),
    )
  },
  'price-correction-credit': (f) => {
    const [qty, a, b, r] = figuresOf(f, 'qty', 'agreed', 'billed', 'rate')
    const diff = qty * b - qty * a
    return money(
      diff + pctOf(diff, r),
      qty * b + pctOf(qty * b, r),
      b - a,
      qty * a + pctOf(qty * a, r),
      diff + pctOf(qty * b, r),
    )
  },
  'late-interest-daily-simple': (f) => {
    const [bal, mo, t] = [n(f, 'bal'), n(f, 'monthly'), n(f, 'n')]
    const late = d(f, 'paid') - (d(f, 'inv') + t)
    return money(
      mul([bal, mo * 12, late], 3650000),
      mul([bal, mo * 12, late + t], 3650000),
      mul([bal, mo * 12, late], 3600000),
      mul([bal, mo, Math.floor(late / 30)], 10000),
      mul([bal, mo, late], 3650000),
      mul([bal, mo, Math.floor((late + 29) / 30)], 10000),
    )
  },
  'late-interest-compounded-monthly': (f) => {
    const [bal, r, k] = [n(f, 'bal'), n(f, 'r'), n(f, 'k')]
    const grow = (months: number) => {
      let b = BigInt(bal)
      for (let i = 0; i < months; i++) b += BigInt(q(b * BigInt(r), 10000n))
      return Number(b)
    }
    return money(
      grow(k) - bal,
      mul([bal, r * k], 10000),
      grow(k),
      grow(k - 1) - bal,
      mul([bal, r * 12 * k], 10000),
      grow(k + 1) - bal,
      pctOf(bal, r),
    )
  },
  'late-fee-greater-of': (f) => {
    const [t, p, r, fl] = figuresOf(f, 'total', 'paid', 'pct', 'floor')
    const o = pctOf(t - p, r)
    return money(
      Math.max(o, fl),
      Math.max(pctOf(t, r), fl),
      Math.min(o, fl),
      o + fl,
      Math.max(pctOf(p, r), fl),
      t - p + Math.max(o, fl),
      o,
      fl,
    )
  },
  'statutory-interest-uk': (f) => {
    const [debt, base, late] = [n(f, 'debt'), n(f, 'base'), n(f, 'late')]
    return money(
      mul([debt, 800 + base, late], 3650000),
      mul([debt, 800, late], 3650000),
      mul([debt, base, late], 3650000),
      mul([debt, 800 + base, late], 3600000),
      mul([debt, 800 + base, Math.ceil(late / 30)], 120000),
      mul([debt, 800 + base], 10000),
      mul([debt, 800 + base, late - 30], 3650000),
    )
  },
  'statutory-fixed-compensation-uk': (f) => {
    const debt = n(f, 'debt')
    // GOV.UK: under £1,000 → £40; £1,000 to £9,999.99 → £70; £10,000 or more → £100.
    const key = debt < 100000 ? 4000 : debt < 1000000 ? 7000 : 10000
    const others = [4000, 7000, 10000].filter((x) => x !== key)
    return { key: fmt(key), wrong: [key === 10000 ? fmt(4000) : fmt(others.find((x) => x > key)!)] }
  },
  'dunning-step-due': (f) => {
    const late = d(f, 'today') - d(f, 'inv') - n(f, 'n')
    const step = (x: number) =>
      x >= 75
        ? 'Referred to the collection agency'
        : x >= 45
          ? 'Account placed on credit hold'
          : x >= 30
            ? 'Phone call and final notice'
            : x >= 15
              ? 'Second reminder with statement'
              : x >= 1
                ? 'Friendly reminder email'
                : ''
    return {
      key: `${step(late)} (day ${late} past due)`,
      wrong: [`${step(late + n(f, 'n'))} (day ${late + n(f, 'n')} past due)`],
    }
  },
  'dunning-next-date': (f) => {
    const due = d(f, 'inv') + n(f, 'n')
    const days = [1, 15, 30, 45, 75]
    const k = n(f, 'k')
    return dates(
      due + days[k]!,
      d(f, 'inv') + days[k]!,
      due + days[k - 1]!,
      due + days[k]! - days[k - 1]!,
      due + days[k]! + days[k - 1]!,
    )
  },
  'credit-hold-decision': (f) => {
    const [l, b, old, o] = figuresOf(f, 'limit', 'bal', 'oldest', 'order')
    const hold = b + o > l || old > 60
    return {
      key: hold ? 'Put the order on credit hold' : 'Release the order for shipping',
      wrong: [hold ? 'Release the order for shipping' : 'Put the order on credit hold'],
    }
  },
  'collection-agency-net': (f) => {
    const [debt, got, c] = [n(f, 'debt'), n(f, 'got'), n(f, 'c')]
    return money(
      got - pctOf(got, c),
      got - pctOf(debt, c),
      got,
      pctOf(got, c),
      debt - pctOf(debt, c),
      mul([got, 10000], 10000 + c),
      debt - got,
    )
  },
  'settlement-write-off-entry': (f) => {
    const [debt, got] = [n(f, 'debt'), n(f, 'got')]
    return {
      key: je(D('Bank', got), D(ALLOW, debt - got), C(AR, debt)),
      wrong: [
        je(D('Bank', got), C(AR, got)),
        je(D('Bank', got), D('Discounts allowed', debt - got), C(AR, debt)),
        je(D('Bank', got), D(ALLOW, debt - got), C('Sales', debt)),
        je(D('Bank', debt - got), D(ALLOW, got), C(AR, debt)),
        je(D(AR, debt), C('Bank', got), C(ALLOW, debt - got)),
        je(D('Bank', got), D(BDE, debt - got), C(AR, debt)),
        je(
          D('Bank', got),
          D(BDE, debt - got),
          D(ALLOW, debt - got),
          C(ALLOW, debt - got),
          C(AR, debt),
        ),
        je(D('Bank', got), D(ALLOW, debt), C(AR, debt), C('Bad debts recovered', got)),
      ],
    }
  },
  'instalment-plan-first-payment': (f) => {
    const [bal, k, r] = [n(f, 'bal'), n(f, 'k'), n(f, 'r')]
    const each = bal / k
    expect(Number.isInteger(each)).toBe(true)
    return money(
      each + pctOf(bal, r),
      each,
      each + pctOf(each, r),
      each + pctOf(bal, r * 12),
      each + pctOf(bal - each, r),
      each + pctOf(bal, r * k),
    )
  },
  'statement-closing-with-late-fee': (f) => {
    const [pv, p, i, r] = figuresOf(f, 'prev', 'paid', 'inv', 'r')
    const fee = pctOf(pv - p, r)
    return money(
      pv - p + i + fee,
      pv - p + i + pctOf(pv, r),
      pv - p + i + pctOf(pv - p + i, r),
      pv - p + i,
      pv + i + fee,
      pv - p + fee,
    )
  },
}

const ADDED: Readonly<Record<string, (f: F) => Expect>> = {
  'chain-trade-discount-net': (f) => {
    const [l, a, b] = [n(f, 'list'), n(f, 'a'), n(f, 'b')]
    const first = l - pctOf(l, a)
    return money(
      first - pctOf(first, b),
      l - pctOf(l, a + b),
      first,
      l - pctOf(l, b),
      first - pctOf(l, b),
      first + pctOf(first, b),
    )
  },
  'single-equivalent-discount': (f) => {
    const [a, b] = [n(f, 'a'), n(f, 'b')]
    // 1 − (1 − a)(1 − b), in basis points
    const key = 10000 - mul([10000 - a, 10000 - b], 10000)
    return rates(
      key,
      a + b,
      a,
      mul([a, b], 10000),
      a + b + mul([a, b], 10000),
      mul([10000 - a, 10000 - b], 10000),
      (a + b) / 2,
    )
  },
  'discount-on-pre-tax-amount': (f) => {
    const [net, r, dd] = [n(f, 'net'), n(f, 'rate'), n(f, 'd')]
    const tax = pctOf(net, r)
    return money(
      net - pctOf(net, dd) + tax,
      net + tax - pctOf(net + tax, dd),
      net + tax,
      net - pctOf(net, dd),
      net + pctOf(net, dd) + tax,
    )
  },
  'net-balance-with-unapplied-cash': (f) => {
    const [o, u, c] = [n(f, 'open'), n(f, 'un'), n(f, 'memo')]
    return money(
      o - u - c,
      o,
      o + u + c,
      o - 2 * u - c,
      u + c,
      o - c,
      o - u,
      o + u - c,
      o - u - 2 * c,
    )
  },
  'partial-discount-remaining-balance': (f) => {
    const [t, dd, p] = [n(f, 'total'), n(f, 'd'), n(f, 'pay')]
    return money(
      t - mul([p, 10000], 10000 - dd),
      t - p,
      t - p - pctOf(t, dd),
      t - p - pctOf(p, 2 * dd),
      t - p + pctOf(p, dd),
    )
  },
  'fx-invoice-booking': (f) => {
    const [fc, r, l, o] = [n(f, 'foreign'), n(f, 'rate'), n(f, 'later'), n(f, 'order')]
    expect((l - r) * (o - r)).toBeLessThan(0)
    return money(
      mul([fc, r], 10000),
      mul([fc, 10000], r),
      mul([fc, l], 10000),
      fc,
      mul([fc, r + l], 20000),
      mul([fc, o], 10000),
    )
  },
  'small-balance-write-off-entry': (f) => {
    const [t, g] = [n(f, 'total'), n(f, 'gap')]
    const SB = 'Small balances written off'
    return {
      key: je(D('Bank', t - g), D(SB, g), C(AR, t)),
      wrong: [
        je(D('Bank', t - g), C(AR, t - g)),
        je(D('Bank', t - g), D('Discounts allowed', g), C(AR, t)),
        je(D('Bank', t - g), D('Bad debt expense', g), C(AR, t)),
        je(D('Bank', t - g), D(SB, g), C('Sales', t)),
        je(D(AR, t), C('Bank', t - g), C(SB, g)),
        je(D('Bank', t - g), D(ALLOW, g), C(AR, t)),
      ],
    }
  },
  'turnover-from-dso': (f) => {
    const x = n(f, 'dso')
    const h = hundredthsText
    return {
      key: h(mul([365, 1000], x)),
      wrong: [
        h(mul([360, 1000], x)),
        h(mul([x, 10], 365)),
        h(mul([12, 1000], x) * 10),
        h(mul([365, 1000], x - 300)),
      ],
    }
  },
  'bad-debt-ratio': (f) => {
    const [s, c, o, r] = figuresOf(f, 'sales', 'cash', 'off', 'rec')
    return rates(
      mul([o - r, 10000], s),
      mul([o, 10000], s),
      mul([o - r, 10000], s + c),
      mul([o + r, 10000], s),
      mul([r, 10000], s),
      mul([o, 10000], s + c),
    )
  },
  'credit-limit-utilisation': (f) => {
    const [l, b, o] = [n(f, 'limit'), n(f, 'bal'), n(f, 'orders')]
    return rates(
      mul([b + o, 10000], l),
      mul([b, 10000], l),
      mul([l - b - o, 10000], l),
      mul([b + 2 * o, 10000], l),
      mul([o, 10000], l),
    )
  },
  'target-receivables-reduction': (f) => {
    const [s, dso, t, ar] = figuresOf(f, 'sales', 'dso', 'target', 'ar')
    return money(
      ar - mul([s, t], 365),
      mul([s, t], 365),
      ar - mul([s, t], 360),
      mul([ar, dso - t], 365),
      mul([s, dso - t], 360),
    )
  },
  'percent-of-sales-entry': (f) => {
    const e = pctOf(n(f, 'credit'), n(f, 'rate'))
    const bal = n(f, 'bal')
    const netted = e > bal ? e - bal : e + bal
    return {
      key: je(D(BDE, e), C(ALLOW, e)),
      wrong: [
        je(D(BDE, netted), C(ALLOW, netted)),
        je(D(BDE, e), C(AR, e)),
        je(D(ALLOW, e), C(BDE, e)),
        je(D(ALLOW, e), C(AR, e)),
        je(D(ALLOW, netted), C(BDE, netted)),
      ],
    }
  },
  'allowance-coverage': (f) => {
    const [ar, al, o] = [n(f, 'ar'), n(f, 'allow'), n(f, 'over90')]
    return rates(
      mul([al, 10000], o),
      mul([al, 10000], ar),
      mul([o, 10000], al),
      mul([al, 10000], ar - o),
      mul([o, 10000], ar),
      mul([o - al, 10000], o),
    )
  },
  'recovery-cash-entry': (f) => {
    const [off, got] = [n(f, 'off'), n(f, 'got')]
    return {
      key: je(D('Bank', got), C(AR, got)),
      wrong: [
        je(D('Bank', got), C(ALLOW, got)),
        je(D('Bank', got), C(BDE, got)),
        je(D('Bank', off), C(AR, off)),
        je(D(AR, got), C('Bank', got)),
        je(D('Bank', off), C(ALLOW, off)),
        je(D('Bank', got), C('Bad debts recovered', got)),
      ],
    }
  },
  'credit-memo-with-trade-discount': (f) => {
    const g = n(f, 'qty') * n(f, 'unit')
    const t = n(f, 't')
    return money(
      g - pctOf(g, t),
      g,
      pctOf(g, t),
      g - pctOf(g, 2 * t),
      g + pctOf(g, t),
      n(f, 'unit') - pctOf(n(f, 'unit'), t),
      mul([g, 10000], 10000 - t),
    )
  },
  'interest-after-partial-payment': (f) => {
    const [t, p, a, late] = figuresOf(f, 'total', 'paid', 'annual', 'late')
    return money(
      mul([t - p, a, late], 3650000),
      mul([t, a, late], 3650000),
      mul([p, a, late], 3650000),
      pctOf(t - p, a),
      mul([t - p, a, late], 3600000),
      mul([t - p, a, late - 1], 3650000),
    )
  },
  'credit-memo-after-discount-taken': (f) => {
    const [t, r, dd] = [n(f, 'total'), n(f, 'ret'), n(f, 'd')]
    return money(
      r - pctOf(r, dd),
      r,
      r - pctOf(t, dd),
      pctOf(r, dd),
      r + pctOf(r, dd),
      mul([r, 10000], 10000 + dd),
    )
  },
  'refund-credit-balance-entry': (f) => {
    const c = n(f, 'c')
    return {
      key: je(D(AR, c), C('Bank', c)),
      wrong: [
        je(D('Bank', c), C(AR, c)),
        je(D('Sales', c), C('Bank', c)),
        je(D('Bad debt expense', c), C('Bank', c)),
        je(D(AR, c), C('Sales', c)),
        je(D('Accounts payable', c), C('Bank', c)),
        je(D('Bank', c), C('Sales', c)),
      ],
    }
  },
  'interest-on-360-day-terms': (f) => {
    const [b, a, late] = [n(f, 'bal'), n(f, 'annual'), n(f, 'late')]
    return money(
      mul([b, a, late], 3600000),
      mul([b, a, late], 3650000),
      mul([b, a, Math.floor((late + 29) / 30)], 120000),
      pctOf(b, a),
      b + mul([b, a, late], 3600000),
      mul([b, a, late + 1], 3600000),
      mul([b, a, Math.floor(late / 30)], 120000),
    )
  },
}
const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...FIRST_HALF,
  ...SECOND_HALF,
  ...ADDED,
}

describeEngineIndependent('accounts receivable scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 95,
    second: SECOND,
    route: 'BigInt cents and a day-number calendar',
    firstMistakesOnly: true,
    digest,
    readNumber: (t) => {
      const m = /^[€$£]?(-?[\d,]+(?:\.\d+)?)(%| days| times)?$/.exec(t)
      return m ? Number(m[1]!.replace(/,/g, '')) : undefined
    },
    models: AR_MODELS,
    engines,
  })

  it('show only journal entries that balance, with positive amounts', () => {
    const LINE = /^(Dr|Cr) (.+) ([\d,]+\.\d{2})$/
    const bad: string[] = []
    for (const { family, s } of DRAWN) {
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        if (!/^(Dr|Cr) /.test(text)) continue
        let dr = 0
        let cr = 0
        for (const part of text.split('; ')) {
          const m = LINE.exec(part)
          if (!m) {
            bad.push(`${family}: ${part}`)
            continue
          }
          const c = Math.round(Number(m[3]!.replace(/,/g, '')) * 100)
          if (c <= 0) bad.push(`${family}: ${part}`)
          if (m[1] === 'Dr') dr += c
          else cr += c
        }
        if (dr !== cr) bad.push(`${family}: unbalanced ${text}`)
      }
    }
    expect(bad.slice(0, 5)).toEqual([])
  })
})
