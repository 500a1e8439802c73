import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import type {
  SubsIn,
  SubsScenario,
} from '../../../src/assessment/models/subscriptions/subs-text.js'
import {
  SAAS_BILLING_FAMILIES,
  SAAS_CHURN_FAMILIES,
  SAAS_FORECAST_FAMILIES,
  SAAS_MODELS,
  SAAS_MRR_FAMILIES,
  SAAS_UNIT_FAMILIES,
} from '../../../src/assessment/models/subscriptions/subscriptions-models.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...SAAS_MRR_FAMILIES,
  ...SAAS_CHURN_FAMILIES,
  ...SAAS_UNIT_FAMILIES,
  ...SAAS_BILLING_FAMILIES,
  ...SAAS_FORECAST_FAMILIES,
]
const DRAWS = 200
const DRAWN = drawFamilies<SubsScenario>(FAMILIES, DRAWS, 2026_12_05)

// ---- A second working, written apart from the families and sharing none of their helpers:
// MRR by replaying a year of billings, compounding by repeated multiplication, roots by
// bisection, lifetimes as sums of monthly survival, revenue schedules day by day and month by
// month, tiers seat by seat, forecasts month by month. Each family's entry gives the value of
// the key and of every named mistake (by slip id) from the draw's inputs.

type V = Readonly<Record<string, number>>
type Slips = Readonly<Record<string, number>>
const num = (x: SubsIn) => x as unknown as V
const list = (x: SubsIn, k: string) => x[k] as readonly number[]

/** `b` to the whole power `n` by repeated multiplication. */
function power(b: number, n: number): number {
  let r = 1
  for (let i = 0; i < n; i++) r *= b
  return r
}
/** The positive `x` with `x^n = y` (whole `n`), by bisection. */
function root(y: number, n: number): number {
  let [lo, hi] = [0, Math.max(1, y)]
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2
    if (power(mid, n) < y) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}
/** Expected months alive when a share `c` of those left leave each month: the survival sum. */
function lifetime(c: number): number {
  let alive = 1
  let total = 0
  for (let month = 0; month < 20000 && alive > 1e-15; month++) {
    total += alive
    alive *= 1 - c
  }
  return total
}

/** A subscription line: subscribers, the fee per billing, the months one billing covers. */
type Line = readonly [subscribers: number, fee: number, cycleMonths: number]
/** MRR by replaying a year of billings and dividing by twelve. */
function replayMrr(lines: readonly Line[]): number {
  let billed = 0
  for (const [subscribers, fee, cycle] of lines)
    for (let month = 0; month < 12; month += cycle) billed += subscribers * fee
  return billed / 12
}

/** The amount charged over a billing period day by day: `before` per day up to `day`, then `after`. */
function dayByDay(len: number, day: number, before: number, after: number): number {
  let total = 0
  for (let d = 1; d <= len; d++) total += (d < day ? before : after) / len
  return total
}

const MRR: Readonly<Record<string, (x: SubsIn) => Slips>> = {
  'mrr-normalised-plans': (x) => {
    const v = num(x)
    const m: Line = [v.mc!, v.mp!, 1]
    const q: Line = [v.qc!, v.qp!, 3]
    const a: Line = [v.ac!, v.ap!, 12]
    const key = replayMrr([m, q, a])
    return {
      key,
      'annual-in-full': replayMrr([m, q, [v.ac!, v.ap!, 1]]),
      'quarterly-as-annual': replayMrr([m, [v.qc!, v.qp!, 12], a]),
      'omits-annual': replayMrr([m, q]),
      'adds-setup': key + v.setup!,
      'counts-trials': replayMrr([m, q, a, [v.trials!, v.mp!, 1]]),
    }
  },
  'arr-from-plan-mix': (x) => {
    const v = num(x)
    const m: Line = [1, v.monthly!, 1]
    const q: Line = [1, v.quarterly!, 3]
    const a: Line = [1, v.annual!, 12]
    const arr = (lines: Line[]) => 12 * replayMrr(lines)
    return {
      key: arr([m, q, a]),
      'not-annualised': v.monthly! + v.quarterly! + v.annual!,
      'annual-times-12': arr([m, [1, v.quarterly!, 1], [1, v.annual!, 1]]),
      'adds-services': arr([m, q, a]) + v.services!,
      'quarterly-once': arr([m, [1, v.quarterly!, 12], a]),
      'quarterly-monthly': arr([m, [1, v.quarterly!, 1], a]),
    }
  },
  'mrr-bridge-ending': (x) => {
    const { start, n, e, c, ch } = num(x) as Record<string, number>
    const walk = (steps: readonly number[]) => steps.reduce((acc, s) => acc + s, start!)
    return {
      key: walk([n!, e!, -c!, -ch!]),
      'adds-contraction': walk([n!, e!, c!, -ch!]),
      'omits-expansion': walk([n!, -c!, -ch!]),
      'omits-new': walk([e!, -c!, -ch!]),
      'adds-churn': walk([n!, e!, -c!, ch!]),
      'ignores-contraction': walk([n!, e!, -ch!]),
    }
  },
  'new-mrr-classified': (x) => {
    const v = num(x)
    const key = replayMrr([
      [v.nc!, v.np!, 1],
      [1, v.af!, 12],
    ])
    return {
      key,
      'includes-upgrade': key + v.up!,
      'includes-reactivation': key + v.re!,
      'annual-in-full': replayMrr([
        [v.nc!, v.np!, 1],
        [1, v.af!, 1],
      ]),
      'omits-annual': replayMrr([[v.nc!, v.np!, 1]]),
      'nets-churn': key - v.ch!,
    }
  },
  'expansion-mrr': (x) => {
    const v = num(x)
    const plan = v.to! - v.a!
    const seats = v.seats! * v.seat!
    const annual = replayMrr([[1, v.bfee! - v.af!, 12]])
    return {
      key: plan + seats + annual,
      'new-prices': v.to! + seats + replayMrr([[1, v.bfee!, 12]]),
      'annual-in-full': plan + seats + (v.bfee! - v.af!),
      'nets-downgrade': plan + seats + annual - v.down!,
      'omits-seats': plan + annual,
      'omits-annual': plan + seats,
    }
  },
  'contraction-mrr': (x) => {
    const v = num(x)
    const plan = v.from! - v.to!
    const seats = v.seats! * v.seat!
    const annual = replayMrr([[1, v.af! - v.bfee!, 12]])
    return {
      key: plan + seats + annual,
      'includes-cancellation': plan + seats + annual + v.cancel!,
      'annual-in-full': plan + seats + (v.af! - v.bfee!),
      'old-prices': v.from! + seats + replayMrr([[1, v.af!, 12]]),
      'omits-seats': plan + annual,
      'omits-annual': plan + seats,
    }
  },
  'churned-mrr': (x) => {
    const v = num(x)
    const [p0, p1, p2] = list(x, 'p') as [number, number, number]
    const lost = (first: number, annualCycle: number, extra: readonly Line[] = []) =>
      replayMrr([[1, first, 1], [1, p1, 1], [1, p2, 1], [1, v.af!, annualCycle], ...extra])
    const net = p0 - (p0 * v.disc!) / 100
    return {
      key: lost(net, 12),
      'list-price': lost(p0, 12),
      'annual-in-full': lost(net, 1),
      'counts-notice': lost(net, 12, [[1, v.notice!, 1]]),
      'omits-annual': replayMrr([
        [1, net, 1],
        [1, p1, 1],
        [1, p2, 1],
      ]),
      'nets-reactivation': lost(net, 12) - v.back!,
    }
  },
  'net-new-mrr': (x) => {
    const { n, r, e, c, ch } = num(x) as Record<string, number>
    const gains = n! + r! + e!
    return {
      key: gains - c! - ch!,
      'omits-reactivation': n! + e! - c! - ch!,
      'gross-gains': gains,
      'ignores-contraction': gains - ch!,
      'new-less-churn': n! - ch!,
      'adds-contraction': gains + c! - ch!,
    }
  },
  'proration-upgrade-charge': (x) => {
    const { len, day, a, b } = num(x) as Record<string, number>
    const diff = dayByDay(len!, day!, 0, b! - a!)
    return {
      key: diff,
      'full-difference': b! - a!,
      'new-plan-prorated': dayByDay(len!, day!, 0, b!),
      'excludes-upgrade-day': dayByDay(len!, day! + 1, 0, b! - a!),
      'used-days': dayByDay(len!, day!, b! - a!, 0),
      'thirty-day-month': (diff * len!) / 30,
    }
  },
  'proration-downgrade-credit': (x) => {
    const { len, day, a, b } = num(x) as Record<string, number>
    const diff = dayByDay(len!, day!, 0, a! - b!)
    return {
      key: diff,
      'full-difference': a! - b!,
      'old-plan-prorated': dayByDay(len!, day!, 0, a!),
      'excludes-change-day': dayByDay(len!, day! + 1, 0, a! - b!),
      'used-days': dayByDay(len!, day!, a! - b!, 0),
      'thirty-day-month': (diff * len!) / 30,
    }
  },
  'mrr-after-midcycle-upgrade': (x) => {
    const { len, day, before, a, b } = num(x) as Record<string, number>
    const charge = dayByDay(len!, day!, 0, b! - a!)
    const after = before! - a! + b!
    return {
      key: after,
      'adds-proration': before! + charge,
      'both-plans': before! + b!,
      'proration-on-top': after + charge,
      unchanged: before!,
      'new-plan-and-proration': before! + b! + charge,
      'billed-revenue': before! - a! + dayByDay(len!, day!, a!, b!),
    }
  },
  'mrr-net-of-coupons': (x) => {
    const { n, p, k1, d1, k2, k3 } = num(x) as Record<string, number>
    // customer by customer: what each pays on the reporting date
    const pays: number[] = []
    for (let i = 0; i < n!; i++)
      pays.push(i < k1! ? p! * (1 - d1! / 100) : i < k1! + k2! ? p! / 2 : p!)
    const key = pays.reduce((s, y) => s + y, 0)
    const permanentOnly = key + (k2! * p!) / 2
    return {
      key,
      'list-prices': n! * p!,
      'ignores-coupons': permanentOnly,
      'expired-applied': key - (k3! * p!) / 2,
      'coupon-customers-out': key - (k2! * p!) / 2,
      'discounts-as-fixed': n! * p! - k1! * d1! - k2! * 50,
      'whole-coupon-now': key - k2! * p!,
      'permanent-on-all': pays.reduce(
        (a, _, i) => a + p! * (1 - d1! / 100) - (i >= k1! && i < k1! + k2! ? p! / 2 : 0),
        0,
      ),
    }
  },
  'seat-mrr-annual-billing': (x) => {
    const { seats, added, per, disc, left } = num(x) as Record<string, number>
    const yearly = (s: number) => s * per! * 12 * (1 - disc! / 100)
    return {
      key: replayMrr([[1, yearly(seats! + added!), 12]]),
      'list-price': (seats! + added!) * per!,
      'annual-contract': yearly(seats! + added!),
      'omits-added': replayMrr([[1, yearly(seats!), 12]]),
      'added-prorated': replayMrr([[1, yearly(seats!) + (yearly(added!) * left!) / 12, 12]]),
    }
  },
  'mrr-fixed-rate-currencies': (x) => {
    const { home, eur, gbp, re, rg, se, sg } = num(x) as Record<string, number>
    const usd = (eu: number, gb: number) => home! + eur! * eu + gbp! * gb
    return {
      key: usd(re!, rg!),
      'face-values': usd(1, 1),
      'divides-by-rate': usd(1 / re!, 1 / rg!),
      'omits-foreign': usd(0, 0),
      'rates-swapped': usd(rg!, re!),
      'dollars-only-euro': usd(re!, 0),
      'spot-rates': usd(se!, sg!),
    }
  },

  'mrr-paused-and-past-due': (x) => {
    const { p, active, paused, pastDue, usage, refunds } = num(x) as Record<string, number>
    const billed = (lines: readonly Line[]) => replayMrr(lines)
    const key = billed([
      [active!, p!, 1],
      [pastDue!, p!, 1],
    ])
    return {
      key,
      'includes-paused': billed([
        [active!, p!, 1],
        [pastDue!, p!, 1],
        [paused!, p!, 1],
      ]),
      'drops-past-due': billed([[active!, p!, 1]]),
      'adds-usage': key + usage!,
      'deducts-refunds': key - refunds!,
      'paused-not-past-due': billed([
        [active!, p!, 1],
        [paused!, p!, 1],
      ]),
    }
  },
  'arr-ramped-contract': (x) => {
    const { y1, y2, y3, done } = num(x) as Record<string, number>
    const years = [y1!, y2!, y3!]
    return {
      key: years[0]!,
      'average-year': (years[0]! + years[1]! + years[2]!) / 3,
      'contract-value': years[0]! + years[1]! + years[2]!,
      'final-year': years[2]!,
      monthly: replayMrr([[1, years[0]!, 12]]),
      'remaining-year': years[0]! - replayMrr([[1, years[0]!, 12]]) * done!,
    }
  },
  'annual-upgrade-expansion': (x) => {
    const { a, b, left } = num(x) as Record<string, number>
    const charge = ((b! - a!) / 12) * left!
    return {
      key: replayMrr([[1, b!, 12]]) - replayMrr([[1, a!, 12]]),
      'prorated-charge': charge,
      'annual-difference': b! - a!,
      'new-plan': replayMrr([[1, b!, 12]]),
      'charge-over-twelve': charge / 12,
      'difference-over-months-left': (b! - a!) / left!,
      'charge-over-term-left': charge / left! / 12,
      'difference-per-day': (b! - a!) / 365,
    }
  },
  'reactivation-mrr': (x) => {
    const { k, p, af, nc, np, up, old } = num(x) as Record<string, number>
    const key = replayMrr([
      [k!, p!, 1],
      [1, af!, 12],
    ])
    return {
      key,
      'includes-new': replayMrr([
        [k!, p!, 1],
        [1, af!, 12],
        [nc!, np!, 1],
      ]),
      'annual-in-full': replayMrr([
        [k!, p!, 1],
        [1, af!, 1],
      ]),
      'omits-annual': replayMrr([[k!, p!, 1]]),
      'includes-upgrade': key + up!,
      'nets-old-price': key - old!,
    }
  },

  'price-rise-with-extra-churn': (x) => {
    const { mrr, rise, lost } = num(x) as Record<string, number>
    const up = (v: number, pct: number) => v + (v * pct) / 100
    return {
      key: up(up(mrr!, rise!), -lost!),
      'net-percentages': up(mrr!, rise! - lost!),
      'ignores-churn': up(mrr!, rise!),
      'ignores-rise': up(mrr!, -lost!),
      'rise-only': up(mrr!, rise!) - mrr!,
      'churn-added': up(up(mrr!, rise!), lost!),
    }
  },
}

/** A month's MRR movements as a list of signed entries, summed in order. */
const bridge = (...entries: readonly number[]) => entries.reduce((a, b) => a + b, 0)

/** Customers as records: present at the start or joined in the month, and whether they left. */
function roster(start: number, lost: number, joined: number, joinedLost: number) {
  const people: { atStart: boolean; left: boolean }[] = []
  for (let i = 0; i < start; i++) people.push({ atStart: true, left: i < lost })
  for (let i = 0; i < joined; i++) people.push({ atStart: false, left: i < joinedLost })
  const count = (f: (p: (typeof people)[number]) => boolean) => people.filter(f).length
  return {
    start: count((p) => p.atStart),
    end: count((p) => !p.left),
    lostFromStart: count((p) => p.atStart && p.left),
    lostAll: count((p) => p.left),
    joined: count((p) => !p.atStart),
  }
}

const CHURN: Readonly<Record<string, (x: SubsIn) => Slips>> = {
  'logo-churn-start-base': (x) => {
    const v = num(x)
    const r = roster(v.start!, v.lost!, v.newJoined!, v.newLost!)
    expect(r.end).toBe(v.end)
    return {
      key: r.lostFromStart / r.start,
      'counts-new-cancels': r.lostAll / r.start,
      'end-base': r.lostFromStart / r.end,
      'start-plus-new': r.lostFromStart / (r.start + r.joined),
      'net-change': (r.start - r.end) / r.start,
      'all-over-end': r.lostAll / r.end,
      'stayed-base': r.lostFromStart / (r.start - r.lostFromStart),
    }
  },
  'gross-mrr-churn-rate': (x) => {
    const { start, ch, c, e, n, end } = num(x) as Record<string, number>
    expect(bridge(start!, n!, e!, -c!, -ch!)).toBe(end)
    const lost = bridge(ch!, c!)
    return {
      key: lost / start!,
      'churn-only': ch! / start!,
      'net-of-expansion': bridge(lost, -e!) / start!,
      'end-base': lost / end!,
      'adds-expansion': bridge(lost, e!) / start!,
      'retained-base': lost / bridge(start!, -lost),
      'includes-new-in-base': lost / bridge(start!, n!),
    }
  },
  'logo-vs-revenue-churn': (x) => {
    const { small, big, sp, bp, ls, lb } = num(x) as Record<string, number>
    // one record per customer: its plan price and whether it left
    const customers: [number, boolean][] = []
    for (let i = 0; i < small!; i++) customers.push([sp!, i < ls!])
    for (let i = 0; i < big!; i++) customers.push([bp!, i < lb!])
    const mrr = customers.reduce((s, [p]) => s + p, 0)
    const lostMrr = customers.filter(([, l]) => l).reduce((s, [p]) => s + p, 0)
    return {
      key: lostMrr / mrr,
      'logo-churn': customers.filter(([, l]) => l).length / customers.length,
      'small-plan-only': (ls! * sp!) / mrr,
      'averages-plan-rates': (ls! / small! + lb! / big!) / 2,
      'large-plan-only': (lb! * bp!) / mrr,
      'plan-prices': (sp! + bp!) / mrr,
    }
  },
  'gross-revenue-retention': (x) => {
    const { start, ch, c, e, n } = num(x) as Record<string, number>
    const kept = bridge(start!, -ch!, -c!)
    return {
      key: kept / start!,
      'includes-expansion': bridge(kept, e!) / start!,
      'ignores-contraction': bridge(start!, -ch!) / start!,
      'includes-new': bridge(kept, n!) / start!,
      'end-base': kept / bridge(kept, e!, n!),
      'gross-churn': 1 - kept / start!,
    }
  },
  'net-revenue-retention': (x) => {
    const { start, ch, c, e, n } = num(x) as Record<string, number>
    const same = bridge(start!, e!, -c!, -ch!)
    return {
      key: same / start!,
      'includes-new': bridge(same, n!) / start!,
      'omits-expansion': bridge(same, -e!) / start!,
      'omits-contraction': bridge(same, c!) / start!,
      'end-base': same / bridge(same, n!),
      'adds-losses': bridge(start!, e!, c!, ch!) / start!,
      'expansion-as-loss': bridge(same, -2 * e!) / start!,
    }
  },
  'monthly-churn-annualised': (x) => {
    const { mo } = num(x) as Record<string, number>
    // a cohort of 1 walked through the months
    const after: number[] = [1]
    for (let i = 0; i < 12; i++) after.push(after[i]! * (1 - mo!))
    return {
      key: 1 - after[12]!,
      'times-twelve': 12 * mo!,
      'retention-not-churn': after[12]!,
      'eleven-months': 1 - after[11]!,
      'compounds-growth': power(1 + mo!, 12) - 1,
      'monthly-as-annual': mo!,
    }
  },
  'annual-churn-to-monthly': (x) => {
    const { yr } = num(x) as Record<string, number>
    return {
      key: 1 - root(1 - yr!, 12),
      'divides-by-twelve': yr! / 12,
      'root-of-churn': root(yr!, 12),
      'growth-root': root(1 + yr!, 12) - 1,
      'retained-root': root(1 - yr!, 12),
      'eleven-root': 1 - root(1 - yr!, 11),
    }
  },
  'customers-left-after-months': (x) => {
    const { start, mo, n } = num(x) as Record<string, number>
    const walk = (months: number) => {
      let left = start!
      for (let i = 0; i < months; i++) left -= left * mo!
      return left
    }
    return {
      key: walk(n!),
      linear: start! - n! * start! * mo!,
      'one-month-short': walk(n! - 1),
      'one-month-over': walk(n! + 1),
      'lost-not-left': start! - walk(n!),
      'divides-by-growth': start! / power(1 + mo!, n!),
    }
  },
  'cohort-retention-cell': (x) => {
    const { c0, r1, r2, r3, r4 } = num(x) as Record<string, number>
    const row = [c0!, r1!, r2!, r3!, r4!]
    const cell = (k: number) => row[k]! / row[0]!
    return {
      key: cell(3),
      'month-on-month': row[3]! / row[2]!,
      'month-one-base': row[3]! / row[1]!,
      'churned-share': 1 - cell(3),
      'wrong-column': cell(4),
      'month-two': cell(2),
    }
  },
  'average-customer-lifetime': (x) => {
    const { mo, net } = num(x) as Record<string, number>
    // the half-life: the time at which a cohort's survival (continuous in months) reaches a half
    let [lo, hi] = [0, 10000]
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2
      if (Math.exp(mid * Math.log1p(-mo!)) > 0.5) lo = mid
      else hi = mid
    }
    const life = lifetime(mo!)
    return {
      key: life,
      'net-mrr-churn': lifetime(net!),
      'rate-as-annual': 12 * life,
      'half-life': lo,
      'years-reading': life / 12,
      'months-after-first': life - 1,
    }
  },
  'customer-retention-rate': (x) => {
    const { start, newc, end } = num(x) as Record<string, number>
    const stayed = end! - newc!
    return {
      key: stayed / start!,
      'end-over-start': end! / start!,
      'end-base': stayed / end!,
      'churn-rate': 1 - stayed / start!,
      'adds-new': (end! + newc!) / start!,
      'start-plus-new': end! / (start! + newc!),
    }
  },
  'net-mrr-churn-negative': (x) => {
    const { start, ch, c, e } = num(x) as Record<string, number>
    return {
      key: bridge(ch!, c!, -e!) / start!,
      gross: bridge(ch!, c!) / start!,
      'churn-only': ch! / start!,
      'adds-expansion': bridge(ch!, c!, e!) / start!,
      'expansion-less-churn': bridge(e!, -ch!, -c!) / start!,
      'ignores-contraction': bridge(ch!, -e!) / start!,
    }
  },
  'average-customer-churn-base': (x) => {
    const { start, newc, lost, end } = num(x) as Record<string, number>
    const r = roster(start!, lost!, newc!, 0)
    expect(r.end).toBe(end)
    const mean = (r.start + r.end) / 2
    return {
      key: r.lostFromStart / mean,
      'start-base': r.lostFromStart / r.start,
      'end-base': r.lostFromStart / r.end,
      'sum-base': r.lostFromStart / (r.start + r.end),
      'start-plus-new': r.lostFromStart / (r.start + r.joined),
      'net-loss': Math.abs(r.start - r.end) / mean,
    }
  },
  'cohort-net-revenue-retention': (x) => {
    const { c0, lost, grew, shrank, now } = num(x) as Record<string, number>
    expect(bridge(c0!, -lost!, grew!, -shrank!)).toBe(now)
    return {
      key: bridge(c0!, -lost!, grew!, -shrank!) / c0!,
      gross: bridge(c0!, -lost!, -shrank!) / c0!,
      'survivor-base': now! / bridge(c0!, -lost!),
      'adds-losses': bridge(c0!, grew!) / c0!,
      'double-cancels': bridge(now!, -lost!) / c0!,
      'ignores-downgrades': bridge(c0!, -lost!, grew!) / c0!,
    }
  },

  'quarterly-churn-from-monthly': (x) => {
    const { mo } = num(x) as Record<string, number>
    const lostBy = (months: number) => 1 - power(1 - mo!, months)
    return {
      key: lostBy(3),
      'times-three': 3 * mo!,
      retained: 1 - lostBy(3),
      'two-months': lostBy(2),
      'monthly-rate': mo!,
      'four-months': lostBy(4),
    }
  },
  'retention-over-months': (x) => {
    const r = list(x, 'r')
    let left = 1
    for (const month of r) left *= month
    return {
      key: left,
      averaged: r.reduce((a, b) => a + b, 0) / r.length,
      'summed-churn': 1 - r.reduce((a, b) => a + (1 - b), 0),
      'last-month': r[2]!,
      'lost-share': 1 - left,
      'two-months': r[0]! * r[1]!,
    }
  },
  'voluntary-churn-rate': (x) => {
    const { start, vol, failed, recovered } = num(x) as Record<string, number>
    const invol = failed! - recovered!
    return {
      key: vol! / start!,
      'total-churn': (vol! + invol) / start!,
      'all-failures': (vol! + failed!) / start!,
      involuntary: invol / start!,
      'voluntary-share': vol! / (vol! + invol),
      'end-base': vol! / (start! - vol! - invol),
    }
  },
  'new-customers-to-grow': (x) => {
    const { start, c, g } = num(x) as Record<string, number>
    const target = start! + start! * g!
    const kept = start! - start! * c!
    return {
      key: target - kept,
      'growth-only': target - start!,
      'churn-only': start! - kept,
      'net-of-churn': target - start! - (start! - kept),
      'a-year': 12 * (target - kept),
      'grown-base-churn': target - start! + target * c!,
      'target-count': target,
    }
  },
  'cohort-weighted-retention': (x) => {
    const starts = list(x, 'starts')
    const kept = list(x, 'kept')
    const pooled = kept.reduce((a, b) => a + b, 0) / starts.reduce((a, b) => a + b, 0)
    const rates = kept.map((k, i) => k / starts[i]!)
    let largest = 0
    for (let i = 1; i < starts.length; i++) if (starts[i]! > starts[largest]!) largest = i
    return {
      key: pooled,
      'simple-average': rates.reduce((a, b) => a + b, 0) / 3,
      'latest-cohort': rates[2]!,
      'first-cohort': rates[0]!,
      'lost-share': 1 - pooled,
      'largest-cohort': rates[largest]!,
    }
  },
}

/** LTV as the gross profit of one account summed month by month over its expected survival. */
// Σ over months k ≥ 0 of (1 − c)^k is 1/c, so the sum equals the stated ARPA × GM ÷ churn.
function ltvBySurvival(arpa: number, gm: number, churn: number): number {
  let alive = 1
  let total = 0
  for (let month = 0; month < 50000 && alive * arpa > 1e-9; month++) {
    total += alive * arpa * gm
    alive *= 1 - churn
  }
  return total
}

/** Whole months until a customer's expected profit (closed geometric sum) covers CAC. */
function monthsCovering(profit: number, c: number, cac: number): number {
  let n = 1
  while ((profit * (1 - power(1 - c, n))) / c < cac && n < 600) n++
  return n
}

const UNIT: Readonly<Record<string, (x: SubsIn) => Slips>> = {
  'arpa-paying-accounts': (x) => {
    const { mrr, accounts, users, trials, setup } = num(x) as Record<string, number>
    return {
      key: mrr! / accounts!,
      'per-user': mrr! / users!,
      'adds-setup': (mrr! + setup!) / accounts!,
      'counts-trials': mrr! / (accounts! + trials!),
      annual: (mrr! * 12) / accounts!,
      'setup-and-trials': (mrr! + setup!) / (accounts! + trials!),
    }
  },
  'ltv-gross-margin': (x) => {
    const { arpa, gm, c } = num(x) as Record<string, number>
    const ltv = ltvBySurvival(arpa!, gm!, c!)
    return {
      key: ltv,
      'no-margin': ltvBySurvival(arpa!, 1, c!),
      'annual-churn': ltvBySurvival(arpa!, gm!, 12 * c!),
      'cost-share': ltvBySurvival(arpa!, 1 - gm!, c!),
      'arr-basis': 12 * ltv,
      'retention-base': (arpa! * gm!) / (1 - c!),
    }
  },
  'cac-fully-loaded': (x) => {
    const { ads, sales, mkt, cs, newc, churned, trials } = num(x) as Record<string, number>
    const loaded = [ads!, sales!, mkt!].reduce((a, b) => a + b, 0)
    return {
      key: loaded / newc!,
      'ads-only': ads! / newc!,
      'includes-cs': (loaded + cs!) / newc!,
      'per-trial': loaded / trials!,
      'net-new': loaded / (newc! - churned!),
      'no-salaries': ads! / (newc! - churned!),
      'marketing-only': (ads! + mkt!) / newc!,
      'includes-cs-net-new': (loaded + cs!) / (newc! - churned!),
    }
  },
  'cac-payback-months': (x) => {
    const { cac, arpa, users, gm } = num(x) as Record<string, number>
    const monthsToRepay = (perMonth: number, cost = cac!) => cost / perMonth
    return {
      key: monthsToRepay(arpa! * gm!),
      'revenue-basis': monthsToRepay(arpa!),
      'annual-profit': monthsToRepay(12 * arpa! * gm!),
      'cost-share': monthsToRepay(arpa! * (1 - gm!)),
      'per-user': monthsToRepay((arpa! / users!) * gm!),
      'margin-on-cac': monthsToRepay(arpa!, cac! * gm!),
    }
  },
  'ltv-to-cac-ratio': (x) => {
    const { arpa, gm, c, cac } = num(x) as Record<string, number>
    const ltv = ltvBySurvival(arpa!, gm!, c!)
    return {
      key: ltv / cac!,
      'no-margin': ltvBySurvival(arpa!, 1, c!) / cac!,
      inverted: cac! / ltv,
      'annual-churn': ltvBySurvival(arpa!, gm!, 12 * c!) / cac!,
      'arr-basis': (12 * ltv) / cac!,
      'one-year': (12 * arpa! * gm!) / cac!,
    }
  },
  'max-cac-for-target-ratio': (x) => {
    const { arpa, gm, c, target } = num(x) as Record<string, number>
    const ltv = ltvBySurvival(arpa!, gm!, c!)
    return {
      key: ltv / target!,
      'times-target': ltv * target!,
      'no-margin': ltvBySurvival(arpa!, 1, c!) / target!,
      'annual-churn': ltvBySurvival(arpa!, gm!, 12 * c!) / target!,
      'no-lifetime': (arpa! * gm!) / target!,
      'full-ltv': ltv,
    }
  },
  'gross-margin-cost-lines': (x) => {
    const { rev, host, support, fees, sm, rd } = num(x) as Record<string, number>
    const lines = { host: host!, support: support!, fees: fees!, sm: sm!, rd: rd! }
    const margin = (...costs: (keyof typeof lines)[]) =>
      (rev! - costs.reduce((s, k) => s + lines[k], 0)) / rev!
    const cogs = host! + support! + fees!
    return {
      key: margin('host', 'support', 'fees'),
      'hosting-only': margin('host'),
      'includes-sm': margin('host', 'support', 'fees', 'sm'),
      'includes-rd': margin('host', 'support', 'fees', 'rd'),
      markup: (rev! - cogs) / cogs,
      'no-fees': margin('host', 'support'),
    }
  },
  'saas-magic-number': (x) => {
    const { prev, now, smPrev, smNow } = num(x) as Record<string, number>
    const annualised = (now! - prev!) * 4
    return {
      key: annualised / smPrev!,
      'not-annualised': annualised / 4 / smPrev!,
      'current-spend': annualised / smNow!,
      'revenue-not-change': (4 * now!) / smPrev!,
      inverted: smPrev! / annualised,
      'times-twelve': (annualised * 3) / smPrev!,
    }
  },
  'paid-cac': (x) => {
    const { paid, other, paidNew, organic } = num(x) as Record<string, number>
    return {
      key: paid! / paidNew!,
      'all-customers': paid! / (paidNew! + organic!),
      blended: (paid! + other!) / (paidNew! + organic!),
      'all-costs-paid': (paid! + other!) / paidNew!,
      'organic-base': paid! / organic!,
    }
  },
  'ltv-with-expansion': (x) => {
    const { arpa, gm, c, g } = num(x) as Record<string, number>
    // the stated formula, not a survival sum: ARPA × GM ÷ (c − g)
    const stated = (a: number, m: number, d: number) => (a * m) / d
    return {
      key: stated(arpa!, gm!, c! - g!),
      'ignores-expansion': ltvBySurvival(arpa!, gm!, c!),
      'adds-expansion': stated(arpa!, gm!, c! + g!),
      'no-margin': stated(arpa!, 1, c! - g!),
      'expansion-on-arpa': ltvBySurvival(arpa! * (1 + g!), gm!, c!),
      'annual-basis': stated(12 * arpa!, gm!, c! - g!),
    }
  },
  'cac-lagged-spend': (x) => {
    const { spendPrev, spendNow, newNow, newPrev } = num(x) as Record<string, number>
    const spend = [spendPrev!, spendNow!]
    const won = [newPrev!, newNow!]
    return {
      key: spend[0]! / won[1]!,
      'same-month': spend[1]! / won[1]!,
      'reversed-lag': spend[1]! / won[0]!,
      'may-only': spend[0]! / won[0]!,
      'two-months': (spend[0]! + spend[1]!) / won[1]!,
      averaged: (spend[0]! + spend[1]!) / (won[0]! + won[1]!),
    }
  },
  'arpu-per-seat': (x) => {
    const { accounts, seats, mrr, platform } = num(x) as Record<string, number>
    const total = mrr! + platform!
    return {
      key: total / seats!,
      'per-account': total / accounts!,
      'omits-platform': mrr! / seats!,
      annual: (12 * total) / seats!,
      'seats-and-accounts': total / (seats! + accounts!),
      'platform-per-account': mrr! / seats! + platform! / accounts!,
    }
  },
  'payback-from-cohort-margin': (x) => {
    const { spend, newc, arpa, gm, c } = num(x) as Record<string, number>
    const cac = spend! / newc!
    return {
      key: cac / (arpa! * gm!),
      'revenue-basis': cac / arpa!,
      'churn-adjusted': cac / (arpa! * gm! * (1 - c!)),
      'whole-spend': spend! / (arpa! * gm! * newc! * 12),
      'cost-share': cac / (arpa! * (1 - gm!)),
      'margin-on-cac': (cac * gm!) / arpa!,
      'total-spend': spend! / (arpa! * gm!),
    }
  },

  'contribution-per-account': (x) => {
    const { arpa, hosting, support, feePct, cac, life } = num(x) as Record<string, number>
    const fee = arpa! * (feePct! / 100)
    const variable = hosting! + support! + fee
    return {
      key: arpa! - variable,
      'no-fees': arpa! - hosting! - support!,
      'hosting-only': arpa! - hosting! - fee,
      'deducts-cac': arpa! - variable - cac! / life!,
      'lifetime-contribution': (arpa! - variable) * life!,
      'costs-only': variable,
    }
  },
  'ltv-annual-contracts': (x) => {
    const { acv, gm, yr } = num(x) as Record<string, number>
    // the survival sum again, in years
    const ltv = ltvBySurvival(acv!, gm!, yr!)
    return {
      key: ltv,
      'no-margin': ltvBySurvival(acv!, 1, yr!),
      'monthly-value': ltv / 12,
      'retention-base': (acv! * gm!) / (1 - yr!),
      'monthly-churn': 12 * ltv,
      'one-year': acv! * gm!,
    }
  },
  'blended-arpa-plan-mix': (x) => {
    const prices = list(x, 'prices')
    const counts = list(x, 'counts')
    // every account listed with its price
    const accounts: number[] = []
    prices.forEach((p, i) => {
      for (let j = 0; j < counts[i]!; j++) accounts.push(p)
    })
    const mrr = accounts.reduce((a, b) => a + b, 0)
    const paidUp = accounts.filter((p) => p !== prices[0])
    return {
      key: mrr / accounts.length,
      'plan-average': (prices[0]! + prices[1]! + prices[2]!) / 3,
      'middle-plan': prices[1]!,
      'per-plan': mrr / 3,
      'top-two': paidUp.reduce((a, b) => a + b, 0) / paidUp.length,
      'entry-weighted-out': mrr / paidUp.length,
    }
  },
  'payback-with-churn': (x) => {
    const { profit, c, cac } = num(x) as Record<string, number>
    // expected profit as a closed geometric sum, searched month by month
    const covered = (months: number, first: number) =>
      (first * profit! * (1 - power(1 - c!, months))) / c!
    const firstCovering = (first: number) => {
      let n = 1
      while (covered(n, first) < cac! && n < 600) n++
      return n
    }
    const key = firstCovering(1)
    return {
      key,
      'ignores-churn': Math.ceil(cac! / profit!),
      'rounds-down': key - 1,
      'churn-before-first': firstCovering(1 - c!),
      'rate-as-annual': monthsCovering(profit!, c! / 12, cac!),
      'churn-doubled': monthsCovering(profit!, 2 * c!, cac!),
    }
  },

  'ltv-from-lifetime': (x) => {
    const { arpa, gm, life } = num(x) as Record<string, number>
    const profit = (months: number, rate: number, margin = gm!) => {
      let total = 0
      for (let m = 0; m < months; m++) total += rate * margin
      return total
    }
    return {
      key: profit(life!, arpa!),
      'no-margin': profit(life!, arpa!, 1),
      'lifetime-in-years': profit(life!, arpa!) / 12,
      'cost-share': profit(life!, arpa!, 1 - gm!),
      'annual-arpa': profit(life!, 12 * arpa!),
      'no-lifetime': profit(1, arpa!),
    }
  },
}

/**
 * A year's fee recognised month by month from its first month: the balance still deferred after
 * `done` months of the schedule (a month recognised at its end).
 */
function deferredAfter(fee: number, done: number): number {
  let deferred = fee
  for (let month = 0; month < Math.min(done, 12); month++) deferred -= fee / 12
  return Math.max(0, deferred)
}

/** A fee recognised evenly per day over `span` days: the revenue of days `from` to `to`. */
function daysRevenue(fee: number, span: number, from: number, to: number): number {
  let total = 0
  for (let d = from; d <= to; d++) total += fee / span
  return total
}

/** A monthly charge seat by seat, each seat priced by `price(seatNumber)`. */
function seatBySeat(seats: number, price: (seat: number) => number): number {
  let total = 0
  for (let s = 1; s <= seats; s++) total += price(s)
  return total
}

const BILLING: Readonly<Record<string, (x: SubsIn) => Slips>> = {
  'trial-to-paid-conversion': (x) => {
    const { signups, trials, conv, late, carried, quit } = num(x) as Record<string, number>
    return {
      key: conv! / trials!,
      'signup-base': conv! / signups!,
      'counts-carried': (conv! + carried!) / trials!,
      'counts-late': (conv! + late!) / trials!,
      'net-of-quitters': (conv! - quit!) / trials!,
      'all-conversions': (conv! + late! + carried!) / trials!,
    }
  },
  'deferred-revenue-annual-prepay': (x) => {
    const { fee, k } = num(x) as Record<string, number>
    return {
      key: deferredAfter(fee!, k!),
      'recognised-not-deferred': fee! - deferredAfter(fee!, k!),
      'starts-next-month': deferredAfter(fee!, k! - 1),
      'all-deferred': fee!,
      'one-month': fee! - deferredAfter(fee!, 1),
      'month-count-off': deferredAfter(fee!, k! + 1),
    }
  },
  'deferred-revenue-several-contracts': (x) => {
    const fees = list(x, 'fees')
    const starts = list(x, 'starts')
    // months of the year each plan has been recognised by 31 December
    const done = starts.map((s) => 12 - s)
    const each = (shift: number) => fees.map((f, i) => deferredAfter(f, done[i]! - shift))
    const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    return {
      key: total(each(0)),
      recognised: total(fees) - total(each(0)),
      'all-cash': total(fees),
      'starts-next-month': total(each(1)),
      'latest-only': each(0)[2]!,
      'earliest-only': each(0)[0]!,
    }
  },
  'revenue-first-month-daily': (x) => {
    const { fee, len, day } = num(x) as Record<string, number>
    return {
      key: daysRevenue(fee!, 365, day!, len!),
      'full-month': fee! / 12,
      'excludes-start-day': daysRevenue(fee!, 365, day! + 1, len!),
      'days-elapsed': daysRevenue(fee!, 365, 1, day! - 1),
      'three-sixty': daysRevenue(fee!, 360, day!, len!),
      'all-up-front': fee!,
    }
  },
  'refund-annual-clawback': (x) => {
    const { p, disc, k, fee } = num(x) as Record<string, number>
    const paid = 12 * p! - (12 * p! * disc!) / 100
    const monthsBegun = k! + 1
    const refund = (months: number, rate: number, admin: number) => paid - months * rate - admin
    return {
      key: refund(monthsBegun, p!, fee!),
      'ignores-current-month': refund(k!, p!, fee!),
      'annual-rate': refund(monthsBegun, paid / 12, fee!),
      'no-fee': refund(monthsBegun, p!, 0),
      'refunds-used': monthsBegun * p! - fee!,
      'claws-back-whole-discount': refund(monthsBegun, p!, fee!) - (12 * p! - paid),
      'annual-rate-no-current': refund(k!, paid / 12, fee!),
    }
  },
  'graduated-seat-tiers': (x) => {
    const { t1, t2, p1, p2, p3, seats } = num(x) as Record<string, number>
    const tierPrice = (s: number) => (s <= t1! ? p1! : s <= t2! ? p2! : p3!)
    return {
      key: seatBySeat(seats!, tierPrice),
      volume: seatBySeat(seats!, () => p3!),
      'first-tier': seatBySeat(seats!, () => p1!),
      'middle-tier': seatBySeat(seats!, () => p2!),
      'skips-first-tier': seatBySeat(seats!, (s) => (s <= t2! ? p2! : p3!)),
      'tier-widths': seatBySeat(seats!, tierPrice) + t1! * p2!,
    }
  },
  'volume-seat-tiers': (x) => {
    const { t1, t2, p1, p2, p3, seats } = num(x) as Record<string, number>
    const tierOf = (n: number) => (n <= t1! ? p1! : n <= t2! ? p2! : p3!)
    return {
      key: seatBySeat(seats!, () => tierOf(seats!)),
      graduated: seatBySeat(seats!, tierOf),
      'first-tier': seatBySeat(seats!, () => p1!),
      'top-tier': seatBySeat(seats!, () => p3!),
      'tier-only': seatBySeat(seats! - t1!, () => tierOf(seats!)),
      'tier-limit': seatBySeat(t2!, () => tierOf(seats!)),
      'per-seat-price': seatBySeat(1, () => tierOf(seats!)),
    }
  },
  'usage-overage-blocks': (x) => {
    const { base, incl, block, price, used } = num(x) as Record<string, number>
    // bill block by block until the calls above the allowance are covered
    const blocks = (calls: number) => {
      let n = 0
      while (n * block! < calls) n++
      return n
    }
    const over = used! - incl!
    return {
      key: base! + blocks(over) * price!,
      'exact-fraction': base! + (over * price!) / block!,
      'floor-blocks': base! + (blocks(over) - 1) * price!,
      'all-calls': base! + blocks(used!) * price!,
      'overage-only': blocks(over) * price!,
      'price-per-call': base! + over * price!,
    }
  },
  'stacked-discounts': (x) => {
    const { list: price, d1, d2 } = num(x) as Record<string, number>
    const off = (p: number, d: number) => p - (p * d) / 100
    return {
      key: off(off(price!, d1!), d2!),
      'added-discounts': off(price!, d1! + d2!),
      'larger-only': off(price!, Math.max(d1!, d2!)),
      'first-only': off(price!, d1!),
      'second-only': off(price!, d2!),
      'discount-amount': price! - off(off(price!, d1!), d2!),
    }
  },
  'grandfathered-price-rise': (x) => {
    const { p, q, base, renewing, newc } = num(x) as Record<string, number>
    const rise = q! - p!
    return {
      key: renewing! * rise,
      'all-existing': base! * rise,
      'new-price': renewing! * q!,
      'includes-new': (renewing! + newc!) * rise,
      'new-only': newc! * rise,
      'new-mrr': newc! * q!,
      'rise-per-customer': rise,
    }
  },
  'dunning-recovery-rate': (x) => {
    const { failed, recovered, later, mrr } = num(x) as Record<string, number>
    return {
      key: recovered! / failed!,
      'mrr-base': recovered! / mrr!,
      'counts-later': (recovered! + later!) / failed!,
      'lost-share': 1 - recovered! / failed!,
      'failed-share': failed! / mrr!,
      'recovered-plus-failed': recovered! / (failed! + recovered!),
    }
  },
  'first-invoice-billing-anchor': (x) => {
    const { p, len, day } = num(x) as Record<string, number>
    const toAnchor = daysRevenue(p!, len!, day!, len!)
    return {
      key: toAnchor,
      'full-month': p!,
      'excludes-signup-day': daysRevenue(p!, len!, day! + 1, len!),
      'days-before': daysRevenue(p!, len!, 1, day! - 1),
      'thirty-days': daysRevenue(p!, 30, day!, len!),
      'adds-next-month': p! + toAnchor,
    }
  },
  'renewal-capped-uplift': (x) => {
    const { fee, cap, cpi } = num(x) as Record<string, number>
    const up = (pct: number) => fee! + (fee! * pct) / 100
    const lower = Math.min(cap!, cpi!)
    return {
      key: up(lower),
      higher: up(Math.max(cap!, cpi!)),
      both: up(cap! + cpi!),
      'one-after-other': up(cap!) + (up(cap!) * cpi!) / 100,
      'rise-only': up(lower) - fee!,
      monthly: up(lower) / 12,
      'no-rise': fee!,
    }
  },
  'expected-mrr-from-trials': (x) => {
    const { trials, conv, p, annualShare, annualFee } = num(x) as Record<string, number>
    const payers = trials! * conv!
    const mix = (n: number, annualCycle: number) =>
      replayMrr([
        [n * (1 - annualShare!), p!, 1],
        [n * annualShare!, annualFee!, annualCycle],
      ])
    return {
      key: mix(payers, 12),
      'all-monthly': payers * p!,
      'annual-in-full': mix(payers, 1),
      'no-conversion': mix(trials!, 12),
      'omits-annual': payers * (1 - annualShare!) * p!,
      'all-annual': replayMrr([[payers, annualFee!, 12]]),
    }
  },

  'annual-plan-discount-rate': (x) => {
    const { p, annual } = num(x) as Record<string, number>
    const monthlyYear = replayMrr([[1, p!, 1]]) * 12
    return {
      key: (monthlyYear - annual!) / monthlyYear,
      'over-annual-price': (monthlyYear - annual!) / annual!,
      'price-ratio': annual! / monthlyYear,
      'eleven-months': 1 - annual! / (11 * p!),
      'thirteen-months': 1 - annual! / (13 * p!),
    }
  },
  'deferred-monthly-billing': (x) => {
    const { p, subs, len, anchor, next } = num(x) as Record<string, number>
    const billed = subs! * p!
    // days of the period falling in the next month: the days before the anchor day
    const recognisedThisMonth = daysRevenue(billed, len!, 1, len! - anchor! + 1)
    return {
      key: billed - recognisedThisMonth,
      recognised: recognisedThisMonth,
      'all-deferred': billed,
      'half-month': billed / 2,
      'thirty-days': daysRevenue(billed, 30, 1, anchor! - 1),
      'next-month-days': daysRevenue(billed, next!, 1, anchor! - 1),
    }
  },
  'refund-unused-days': (x) => {
    const { fee, used } = num(x) as Record<string, number>
    let begun = 0
    while ((begun * 365) / 12 < used!) begun++
    return {
      key: daysRevenue(fee!, 365, used! + 1, 365),
      'used-share': daysRevenue(fee!, 365, 1, used!),
      'whole-months': (fee! * (12 - begun)) / 12,
      'three-sixty': daysRevenue(fee!, 360, used! + 1, 360),
      'months-by-thirty': fee! - (fee! * used!) / 360,
      'excludes-cancel-day': daysRevenue(fee!, 365, used! + 2, 365),
    }
  },
  'seat-true-up-charge': (x) => {
    const { per, added, left, disc } = num(x) as Record<string, number>
    const unit = per! - (per! * disc!) / 100
    const months = (n: number, rate = unit) => seatBySeat(added!, () => rate) * n
    return {
      key: months(left!),
      'full-year': months(12),
      'list-price': months(left!, per!),
      'one-month': months(1),
      'months-used': months(12 - left!),
      'extra-month': months(left! + 1),
    }
  },

  'cash-collected-in-month': (x) => {
    const { na, af, nm, p } = num(x) as Record<string, number>
    const annualCash = seatBySeat(na!, () => af!)
    const monthlyCash = seatBySeat(nm!, () => p!)
    return {
      key: annualCash + monthlyCash,
      'mrr-not-cash': replayMrr([[na!, af!, 12]]) + monthlyCash,
      'annual-only': annualCash,
      'monthly-year': annualCash + 12 * monthlyCash,
      'monthly-only': monthlyCash,
      'everything-annualised': 12 * (annualCash + monthlyCash),
    }
  },
}

/** MRR or customers month by month: churn on the opening balance, then additions. */
function forecast(start: number, adds: number, c: number, months: number): number {
  let level = start
  for (let m = 0; m < months; m++) level = level - level * c + adds
  return level
}

const FORECAST: Readonly<Record<string, (x: SubsIn) => Slips>> = {
  'quick-ratio': (x) => {
    const { n, r, e, c, ch } = num(x) as Record<string, number>
    const gains = n! + r! + e!
    const losses = ch! + c!
    return {
      key: gains / losses,
      'omits-reactivation': (gains - r!) / losses,
      inverted: losses / gains,
      'ignores-contraction': gains / ch!,
      'new-over-churn': n! / ch!,
      'contraction-as-gain': (gains + c!) / ch!,
    }
  },
  'mrr-forecast-churn-and-adds': (x) => {
    const { start, adds, c, k } = num(x) as Record<string, number>
    let sameMonth = start!
    for (let m = 0; m < k!; m++) sameMonth = (sameMonth + adds!) * (1 - c!)
    return {
      key: forecast(start!, adds!, c!, k!),
      'ignores-churn': forecast(start!, adds!, 0, k!),
      'churn-on-start-only': forecast(start!, 0, c!, k!) + k! * adds!,
      'linear-churn': start! - k! * c! * start! + k! * adds!,
      'churns-new-same-month': sameMonth,
      'churn-on-adds-only': start! + k! * (adds! - adds! * c!),
      'no-adds': forecast(start!, 0, c!, k!),
    }
  },
  'compound-monthly-growth-rate': (x) => {
    const { start, end, n } = num(x) as Record<string, number>
    const ratio = end! / start!
    return {
      key: root(ratio, n!) - 1,
      'simple-average': (ratio - 1) / n!,
      'one-period-more': root(ratio, n! + 1) - 1,
      'total-growth': ratio - 1,
      'log-growth': Math.log(ratio) / n!,
      'one-period-less': root(ratio, n! - 1) - 1,
    }
  },
  'months-to-mrr-target': (x) => {
    const { start, g, target } = num(x) as Record<string, number>
    const monthsUntil = (step: (level: number) => number) => {
      let [level, months] = [start!, 0]
      while (level < target!) [level, months] = [step(level), months + 1]
      return months
    }
    const key = monthsUntil((l) => l * (1 + g!))
    let back = target!
    let backMonths = 0
    while (back > start!) [back, backMonths] = [back * (1 - g!), backMonths + 1]
    const exact = Math.log(target! / start!) / Math.log1p(g!)
    return {
      key,
      linear: monthsUntil((l) => l + start! * g!),
      'rounds-down': key - 1,
      'backwards-from-target': backMonths,
      'rate-as-annual': Math.ceil(12 * exact),
      'approximate-log': Math.ceil(Math.log(target! / start!) / g!),
      'years-as-months': Math.ceil(exact / 12),
      'share-of-target': monthsUntil((l) => l + target! * g!),
    }
  },
  'steady-state-customers': (x) => {
    const { adds, c } = num(x) as Record<string, number>
    // run the month-by-month forecast until it stops moving
    const level = (a: number, churn: number) => {
      let n = 0
      for (let m = 0; m < 100000; m++) {
        const next = n - n * churn + a
        if (Math.abs(next - n) < 1e-9) return next
        n = next
      }
      return n
    }
    return {
      key: level(adds!, c!),
      'annual-churn': level(adds!, 12 * c!),
      'annual-adds': level(12 * adds!, c!),
      'one-year': forecast(0, adds!, 0, 12) - forecast(0, adds!, 0, 12) * c!,
      'retention-base': adds! / (1 - c!),
      'annual-compounded': (12 * adds!) / (1 - forecast(1, 0, c!, 12)),
    }
  },
  'arr-year-on-year-growth': (x) => {
    const { then, now } = num(x) as Record<string, number>
    return {
      key: now! / then! - 1,
      'current-base': 1 - then! / now!,
      ratio: now! / then!,
      monthly: root(now! / then!, 12) - 1,
      'over-twelve': (now! / then! - 1) / 12,
      'share-of-now': then! / now!,
    }
  },
  'arr-run-rate': (x) => {
    const { mrr, ytdMonths, ytd, services } = num(x) as Record<string, number>
    const avg = ytd! / ytdMonths!
    return {
      key: 12 * mrr!,
      'average-month': 12 * avg,
      ytd: ytd!,
      'adds-services': 12 * mrr! + services!,
      'ytd-plus-rest': ytd! + (12 - ytdMonths!) * mrr!,
      'thirteen-months': 12 * mrr! + avg,
    }
  },
  'rule-of-40': (x) => {
    const { prev, now, ebitda } = num(x) as Record<string, number>
    const growth = now! / prev! - 1
    const margin = ebitda! / now!
    return {
      key: growth + margin,
      'growth-only': growth,
      'margin-on-last-year': growth + ebitda! / prev!,
      'growth-on-current': 1 - prev! / now! + margin,
      'margin-subtracted': growth - margin,
      'margin-only': margin,
    }
  },
  'burn-multiple': (x) => {
    const { burn, gross, newArr, lostArr, endArr } = num(x) as Record<string, number>
    const netNew = newArr! - lostArr!
    return {
      key: burn! / netNew,
      inverted: netNew / burn!,
      'gross-burn': gross! / netNew,
      'gross-arr': burn! / newArr!,
      'ending-arr': burn! / endArr!,
      'gross-both': gross! / newArr!,
    }
  },
  'bridge-missing-churn': (x) => {
    const { start, n, e, c, end } = num(x) as Record<string, number>
    // what the bridge leaves unexplained once every known line is walked from the opening MRR
    const unexplained = (...lines: number[]) => bridge(start!, ...lines) - end!
    return {
      key: unexplained(n!, e!, -c!),
      'net-change': unexplained(),
      'adds-contraction': unexplained(n!, e!, c!),
      'omits-expansion': unexplained(n!, -c!),
      'omits-new': unexplained(e!, -c!),
      'ignores-contraction': unexplained(n!, e!),
    }
  },
  'expansion-needed-for-nrr': (x) => {
    const { start, ch, c, target } = num(x) as Record<string, number>
    const goal = (start! * target!) / 100
    // the expansion that closes the gap between what stays and the goal
    const needed = (...losses: number[]) => goal - bridge(start!, ...losses.map((l) => -l))
    return {
      key: needed(ch!, c!),
      'ignores-losses': needed(),
      'ignores-contraction': needed(ch!),
      'ignores-churn': needed(c!),
      'target-level': goal,
      'losses-only': ch! + c!,
      'scales-losses': needed() + ((ch! + c!) * target!) / 100,
    }
  },
  'required-monthly-growth': (x) => {
    const { start, target } = num(x) as Record<string, number>
    const ratio = target! / start!
    return {
      key: root(ratio, 12) - 1,
      simple: (ratio - 1) / 12,
      total: ratio - 1,
      'eleven-periods': root(ratio, 11) - 1,
      'thirteen-periods': root(ratio, 13) - 1,
      'ratio-over-twelve': ratio / 12,
      'log-rate': Math.log(ratio) / 12,
    }
  },
  'customers-forecast': (x) => {
    const { start, adds, c, k } = num(x) as Record<string, number>
    let sameMonth = start!
    for (let m = 0; m < k!; m++) sameMonth = (sameMonth + adds!) * (1 - c!)
    return {
      key: forecast(start!, adds!, c!, k!),
      'ignores-churn': forecast(start!, adds!, 0, k!),
      'churn-on-start-only': forecast(start!, 0, c!, k!) + k! * adds!,
      'linear-churn': start! - k! * c! * start! + k! * adds!,
      'no-adds': forecast(start!, 0, c!, k!),
      'churns-new-same-month': sameMonth,
    }
  },

  'arr-forecast-with-nrr': (x) => {
    const { arr, nrr, newArr } = num(x) as Record<string, number>
    const kept = arr! * nrr!
    return {
      key: kept + newArr!,
      'one-plus-nrr': arr! + kept + newArr!,
      'ignores-nrr': arr! + newArr!,
      'nrr-on-new': kept + newArr! * nrr!,
      'existing-only': kept,
      'nrr-as-growth-only': kept - arr! + newArr!,
    }
  },
  'cash-runway-months': (x) => {
    const { cash, spend, receipts } = num(x) as Record<string, number>
    // months until the balance runs out, the last part-month as a fraction
    const runway = (monthly: number, start = cash!) => {
      let [left, m] = [start, 0]
      while (left >= monthly) [left, m] = [left - monthly, m + 1]
      return m + left / monthly
    }
    const burn = spend! - receipts!
    return {
      key: runway(burn),
      'gross-burn': runway(spend!),
      receipts: runway(receipts!),
      'spend-plus-receipts': runway(spend! + receipts!),
      years: runway(burn) / 12,
      'cash-plus-year': runway(spend!, cash! + 12 * receipts!),
    }
  },
  'cohort-revenue-next-year': (x) => {
    const { n, p, c } = num(x) as Record<string, number>
    const year = (first: number) => {
      let total = 0
      for (let m = 0; m < 12; m++) total += n! * p! * first * power(1 - c!, m)
      return total
    }
    return {
      key: year(1),
      'no-churn': 12 * n! * p!,
      'end-level': 12 * n! * p! * power(1 - c!, 11),
      'linear-churn': Array.from({ length: 12 }, (_, m) => (n! - m * n! * c!) * p!).reduce(
        (a, b) => a + b,
        0,
      ),
      'churn-first-month': year(1 - c!),
      'one-month-churned': 12 * (n! - n! * c!) * p!,
    }
  },
  'mom-mrr-growth': (x) => {
    const { prev, now } = num(x) as Record<string, number>
    const g = (now! - prev!) / prev!
    return {
      key: g,
      'current-base': (now! - prev!) / now!,
      annualised: 12 * g,
      'compounded-year': power(1 + g, 12) - 1,
      ratio: 1 + g,
      'average-base': (now! - prev!) / (prev! + (now! - prev!) / 2),
      daily: g / 30,
      'over-sum': (now! - prev!) / (2 * prev! + (now! - prev!)),
    }
  },
  'net-new-arr': (x) => {
    const { n, e, c, ch } = num(x) as Record<string, number>
    const arr = (mrr: number) => 12 * mrr
    return {
      key: arr(bridge(n!, e!, -c!, -ch!)),
      'not-annualised': bridge(n!, e!, -c!, -ch!),
      'gross-new': arr(bridge(n!, e!)),
      'ignores-contraction': arr(bridge(n!, e!, -ch!)),
      'new-only': arr(n!),
      'adds-contraction': arr(bridge(n!, e!, c!, -ch!)),
    }
  },
}

const SECOND: Readonly<Record<string, (x: SubsIn) => Slips>> = {
  ...MRR,
  ...CHURN,
  ...UNIT,
  ...BILLING,
  ...FORECAST,
}

/**
 * An option read back as the figure it shows and the half-unit of its last place: `$1,234.56`,
 * `-4.25%` (as a fraction), `14.3 months`, `3.25`, `1,204` or `14 months`.
 */
function readOption(text: string): { value: number; slack: number } | undefined {
  const m = /^(-?)[$€£]?([\d,]+)(?:\.(\d+))?(%| months)?$/.exec(text)
  if (!m) return undefined
  const places = m[3]?.length ?? 0
  const shown = Number(`${m[1]}${m[2]!.replace(/,/g, '')}.${m[3] ?? '0'}`)
  const scale = m[4] === '%' ? 100 : 1
  return { value: shown / scale, slack: (0.5 * 10 ** -places) / scale }
}

describeEngineIndependent('subscription-metrics scenarios', () => {
  it('are distinct families, each drawn, none refusing most of its draws', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(45)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    const kept = new Map<string, number>()
    for (const x of DRAWN) kept.set(x.family, (kept.get(x.family) ?? 0) + 1)
    expect(FAMILIES.filter((f) => (kept.get(f.id) ?? 0) < DRAWS / 2).map((f) => f.id)).toEqual([])
  })

  it('show three distinct named distractors, none the key, each tagged with its slip', () => {
    const shown = DRAWN.map((x) => ({ ...x, s: { ...x.s, wrong: x.s.wrong.slice(0, 3) } }))
    expect(optionSetProblems(shown, { capitalStem: true })).toEqual([])
    const untagged = DRAWN.filter(({ s }) =>
      [s.key, ...s.wrong.map(([t]) => t)].some((t) => s.calc.slips[t] === undefined),
    )
    expect(untagged.map((x) => x.family).slice(0, 5)).toEqual([])
    expect(DRAWN.filter(({ s }) => s.calc.slips[s.key] !== 'key').map((x) => x.family)).toEqual([])
  })

  it('keys and every named mistake shown equal a second working from the drawn inputs', () => {
    const bad: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of DRAWN) {
      const second = SECOND[family]
      if (!second) continue
      checked.add(family)
      const want = second(s.calc.in)
      const key = readOption(s.key)
      if (!key) {
        bad.push(`${family}: unreadable key ${s.key}`)
        continue
      }
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.calc.slips[text]!
        const shown = readOption(text)
        const value = want[slip]
        if (value === undefined || !shown) {
          bad.push(`${family}: ${slip} (${text}) has no second working`)
          continue
        }
        const tolerance = shown.slack + 1e-9 * Math.max(1, Math.abs(value))
        if (Math.abs(shown.value - value) > tolerance)
          bad.push(`${family}: ${slip} shows ${text}, second working ${value}`)
        // a distractor's own working never lands on the key as shown
        if (slip !== 'key' && Math.abs(value - key.value) <= key.slack)
          bad.push(`${family}: ${slip} works out to the key`)
      }
    }
    expect(bad.slice(0, 8)).toEqual([])
    expect(FAMILIES.map((f) => f.id).filter((id) => !checked.has(id))).toEqual([])
  })

  it.each(SAAS_MODELS.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key and names every family',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), 200, engines)
      const answers = await executeTasks(
        variants.map((v) => v.task),
        engines,
      )
      const bad = variants.flatMap((v, i) => {
        const key = v.options.find((o) => v.keys.includes(o.id))
        return v.keys.length === 1 && key?.value === answers[i] ? [] : [`#${i} ${v.family}`]
      })
      expect(bad).toEqual([])
      expect(new Set(variants.map((v) => v.family)).size).toBe(model.families?.length)
    },
  )
})
