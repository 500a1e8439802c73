import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CAPACITY_FAMILIES } from '../../../src/assessment/models/sop/capacity-families.js'
import { COMP_FAMILIES } from '../../../src/assessment/models/sop/comp-families.js'
import { CRM_FAMILIES } from '../../../src/assessment/models/sop/crm-families.js'
import { PIPELINE_FAMILIES } from '../../../src/assessment/models/sop/pipeline-families.js'
import { QUOTA_FAMILIES } from '../../../src/assessment/models/sop/quota-families.js'
import { SOP_MODELS } from '../../../src/assessment/models/sop/sop-models.js'
import type { SalesOpsScenario } from '../../../src/assessment/models/sop/sop-text.js'
import {
  add,
  ceilOf,
  cmp,
  div,
  floorOf,
  halfUpOf,
  mul,
  type R,
  r,
  sub,
} from '../../support/bigint-rationals.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...COMP_FAMILIES,
  ...QUOTA_FAMILIES,
  ...CAPACITY_FAMILIES,
  ...PIPELINE_FAMILIES,
  ...CRM_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<SalesOpsScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals as BigInt pairs (the shared test support), nothing shared with the
// families' fraction helpers.
const B = BigInt
const lo = (x: R, y: R): R => (cmp(x, y) < 0 ? x : y)
/** Whole part, rounded down or up (x ≥ 0). */
const down = (x: R): R => r(floorOf(x))
const up = (x: R): R => r(ceilOf(x))
const per = (p: number): R => r(p, 100)

// ---- Writing numbers: |x| × 10^k rounded half up, grouped with commas.
function write(x: R, places: number): string {
  const m = halfUpOf(mul(x, r(10n ** B(places))))
  const s = m.toString().padStart(places + 1, '0')
  const whole = B(places ? s.slice(0, -places) : s).toLocaleString('en-US')
  return places ? `${whole}.${s.slice(-places)}` : whole
}
const at =
  (places: number, scale: R = r(1)) =>
  (...xs: readonly R[]): SecondWorking => ({
    key: write(mul(xs[0]!, scale), places),
    wrong: xs.slice(1).map((x) => write(mul(x, scale), places)),
  })
const cents = at(2)
const pct = at(1, r(100))
const tenth = at(1)
const whole = at(0)

/** The number an option shows, without its currency sign, unit or rep name. */
const digest = (text: string) => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text

type F = Readonly<Record<string, number | string>>
/** A drawn input, `n/d`, as a rational. */
const v = (f: F, key: string): R => {
  const [n, d] = String(f[key]).split('/')
  return r(B(n!), B(d ?? '1'))
}
/** A drawn whole number. */
const i = (f: F, key: string): number => {
  const [n, d] = v(f, key)
  return Number(n / d)
}
const list = (f: F, stem: string, n: number): R[] =>
  Array.from({ length: n }, (_, j) => v(f, `${stem}${j + 1}`))
const nums = (f: F, stem: string, n: number): number[] =>
  Array.from({ length: n }, (_, j) => i(f, `${stem}${j + 1}`))
const mean = (xs: readonly R[]) => div(add(...xs), r(xs.length))
const median = (xs: readonly number[]): R => {
  const s = [...xs].sort((a, b) => a - b)
  const h = s.length >> 1
  return s.length % 2 ? r(s[h]!) : r(s[h - 1]! + s[h]!, 2)
}
const ONE = r(1)

type Route = (f: F) => SecondWorking

// ---- Compensation: each plan rule worked as the stem states it, dollars to the cent.
const COMP: Readonly<Record<string, Route>> = {
  'tiered-accelerator-above-quota': (f) => {
    const [q, b, r1, r2] = [v(f, 'q'), v(f, 'b'), v(f, 'r1'), v(f, 'r2')]
    const over = sub(b, q)
    return cents(
      add(mul(r1, q), mul(r2, over)),
      mul(r2, b),
      mul(r1, b),
      mul(r2, over),
      add(mul(r1, q), mul(r2, b)),
      mul(r1, q),
      add(mul(r2, q), mul(r1, over)),
    )
  },
  'retroactive-accelerator': (f) => {
    const [q, b, r1, r2] = [v(f, 'q'), v(f, 'b'), v(f, 'r1'), v(f, 'r2')]
    const over = sub(b, q)
    return cents(
      mul(r2, b),
      add(mul(r1, q), mul(r2, over)),
      mul(r1, b),
      mul(r2, over),
      add(mul(r1, b), mul(r2, over)),
    )
  },
  'attainment-cap-with-accelerator': (f) => {
    const [q, ti, b, m, cap] = [v(f, 'q'), v(f, 'ti'), v(f, 'b'), v(f, 'm'), v(f, 'capPct')]
    const rate = div(ti, q)
    const capped = mul(q, cap, r(1, 100))
    const uncapped = add(ti, mul(m, rate, sub(b, q)))
    return cents(
      add(ti, mul(m, rate, sub(capped, q))),
      uncapped,
      mul(m, rate, capped),
      mul(rate, capped),
      mul(rate, b),
      add(ti, mul(m, rate, capped)),
    )
  },
  'decelerator-below-half-quota': (f) => {
    const [q, b, low, full] = [v(f, 'q'), v(f, 'b'), v(f, 'lo'), v(f, 'r')]
    const half = div(q, r(2))
    return cents(
      add(mul(low, half), mul(full, sub(b, half))),
      mul(full, b),
      mul(low, b),
      mul(full, sub(b, half)),
      add(mul(low, half), mul(full, b)),
      mul(low, half),
      mul(full, q),
    )
  },
  'recoverable-draw-recovery': (f) => {
    const [d, c1, c2, c3] = [v(f, 'd'), v(f, 'c1'), v(f, 'c2'), v(f, 'c3')]
    const owed = sub(sub(mul(d, r(2)), c1), c2)
    return cents(
      sub(c3, owed),
      c3,
      sub(c3, sub(d, c2)),
      sub(sub(c3, owed), d),
      sub(c3, sub(d, c1)),
      sub(c3, add(d, d)),
      sub(c3, d),
    )
  },
  'non-recoverable-draw-quarter': (f) => {
    const [d, c1, c2, c3] = [v(f, 'd'), v(f, 'c1'), v(f, 'c2'), v(f, 'c3')]
    return cents(
      add(d, d, c2),
      add(c1, c2, c3),
      mul(d, r(3)),
      add(mul(d, r(3)), c1, c2, c3),
      add(c1, c2, d),
      add(d, d, d, c2),
    )
  },
  'pro-rata-clawback': (f) => {
    const [val, rate, p] = [v(f, 'v'), v(f, 'r'), i(f, 'paid')]
    const comm = mul(val, rate)
    return cents(
      mul(comm, r(12 - p, 12)),
      comm,
      mul(comm, r(p, 12)),
      mul(val, r(12 - p, 12)),
      mul(comm, r(11 - p, 12)),
    )
  },
  'split-deal-commission-expense': (f) => {
    const [val, sa, ra, rb] = [v(f, 'v'), v(f, 'sa'), v(f, 'ra'), v(f, 'rb')]
    const sb = sub(ONE, sa)
    return cents(
      mul(val, add(mul(sa, ra), mul(sb, rb))),
      mul(val, ra),
      mul(val, div(add(ra, rb), r(2))),
      mul(val, add(mul(sa, rb), mul(sb, ra))),
      mul(val, add(ra, rb)),
      mul(val, rb),
    )
  },
  'spif-capped-per-deal': (f) => {
    const [cap, p] = [v(f, 'cap'), v(f, 'p')]
    const deals = [v(f, 'd1'), v(f, 'd2'), v(f, 'd3')]
    const raw = deals.map((d) => mul(p, d))
    return cents(
      add(...raw.map((x) => lo(x, cap))),
      mul(p, add(...deals)),
      lo(mul(p, add(...deals)), cap),
      mul(cap, r(3)),
      add(...raw.map((x) => (cmp(x, cap) < 0 ? r(0) : cap))),
    )
  },
  'new-and-renewal-rates': (f) => {
    const [nb, rn, a, b] = [v(f, 'nb'), v(f, 'rn'), v(f, 'a'), v(f, 'b')]
    const all = add(nb, rn)
    return cents(
      add(mul(a, nb), mul(b, rn)),
      mul(a, all),
      mul(b, all),
      mul(a, nb),
      add(mul(b, nb), mul(a, rn)),
      mul(div(add(a, b), r(2)), all),
    )
  },
  'multi-year-kicker': (f) => {
    const [acv, y, rate] = [v(f, 'acv'), i(f, 'yrs'), v(f, 'r')]
    const halfRate = div(rate, r(2))
    return cents(
      add(mul(rate, acv), mul(halfRate, acv, r(y - 1))),
      mul(rate, acv, r(y)),
      mul(rate, acv),
      mul(halfRate, acv, r(y)),
      add(mul(rate, acv), mul(halfRate, acv)),
      add(mul(rate, acv), mul(halfRate, acv, r(y))),
      add(mul(rate, acv, r(y)), mul(halfRate, acv, r(y - 1))),
    )
  },
  'quarterly-payout-at-annual-rate': (f) => {
    const [ti, q, base, b] = [v(f, 'ti'), v(f, 'q'), v(f, 'base'), v(f, 'b')]
    return cents(
      div(mul(ti, b), q),
      div(ti, r(4)),
      div(mul(ti, b), mul(q, r(4))),
      div(mul(ti, b, r(4)), q),
      div(mul(add(base, ti), b), q),
    )
  },
  'year-end-true-up': (f) => {
    const [q, b, r1, r2] = [v(f, 'q'), v(f, 'b'), v(f, 'r1'), v(f, 'r2')]
    const over = sub(b, q)
    const lift = sub(r2, r1)
    return cents(
      mul(lift, over),
      mul(r2, over),
      add(mul(r1, q), mul(r2, over)),
      mul(lift, b),
      mul(r1, over),
    )
  },
  'commission-on-gross-margin': (f) => {
    const [lst, d, cost, rate] = [v(f, 'list'), v(f, 'd'), v(f, 'cost'), v(f, 'r')]
    const net = sub(lst, mul(lst, d))
    return cents(
      mul(rate, sub(net, cost)),
      mul(rate, sub(lst, cost)),
      mul(rate, net),
      mul(rate, sub(lst, cost), sub(ONE, d)),
      mul(rate, lst),
    )
  },
  'discount-rate-reduction-steps': (f) => {
    const [val, base, d] = [v(f, 'v'), v(f, 'r'), i(f, 'd')]
    const pay = (cut: R) => mul(val, div(sub(base, cut), r(100)))
    return cents(
      pay(down(r(d - 10, 5))),
      pay(r(0)),
      pay(r(d - 10, 5)),
      pay(down(r(d, 5))),
      pay(up(r(d - 10, 5))),
    )
  },
  'threshold-gate-first-dollar': (f) => {
    const [q, b, rate, g] = [v(f, 'q'), v(f, 'b'), v(f, 'r'), i(f, 'g')]
    return cents(
      mul(rate, b),
      mul(rate, sub(b, mul(q, per(g)))),
      mul(rate, q),
      mul(rate, q, per(g)),
      mul(rate, sub(q, b)),
    )
  },
}

// ---- Quotas and attainment: ratios to one decimal of a percent, quotas to the cent.
const QUOTA: Readonly<Record<string, Route>> = {
  'quarter-attainment-from-annual-quota': (f) => {
    const [q, b] = [v(f, 'q'), v(f, 'bq')]
    const quarter = div(q, r(4))
    return pct(
      div(b, quarter),
      div(b, q),
      div(quarter, b),
      div(b, div(q, r(3))),
      div(b, div(q, r(12))),
      div(mul(b, r(4)), quarter),
    )
  },
  'ytd-attainment-seasonal-quotas': (f) => {
    const [qs, bs] = [list(f, 'q', 3), list(f, 'b', 3)]
    const booked = add(...bs)
    return pct(
      div(booked, add(...qs)),
      mean(bs.map((b, j) => div(b, qs[j]!))),
      div(bs[2]!, qs[2]!),
      div(booked, mul(r(3), qs[0]!)),
      div(booked, mul(r(3), qs[2]!)),
    )
  },
  'rep-quota-from-over-assignment': (f) => {
    const [m, o, n] = [v(f, 'm'), v(f, 'o'), i(f, 'n')]
    return cents(
      div(mul(m, add(ONE, o)), r(n)),
      div(m, r(n)),
      div(mul(m, sub(ONE, o)), r(n)),
      div(m, mul(r(n), sub(ONE, o))),
      div(mul(m, add(ONE, o)), r(n + 1)),
    )
  },
  'ramping-rep-annual-quota': (f) => {
    const [q, s] = [v(f, 'q'), i(f, 's')]
    const months = 13 - s
    const monthly = div(q, r(12))
    return cents(
      mul(monthly, add(r(1, 2), r(months - 2))),
      mul(monthly, r(months)),
      mul(monthly, r(months - 2)),
      mul(monthly, r(months - 1)),
      mul(monthly, add(r(1, 2), r(months - 1))),
    )
  },
  'share-of-reps-at-quota': (f) => {
    const [n, a, e, ramp, x] = ['n', 'a', 'e', 'r', 'x'].map((key) => i(f, key)) as [
      number,
      number,
      number,
      number,
      number,
    ]
    return pct(
      r(a + e, n),
      r(a, n),
      r(a + e, n + ramp),
      r(a + e + x, n + ramp),
      r(a + e + x, n),
      r(a + e, n - a - e),
      r(a + e + x, n + x),
    )
  },
  'median-attainment-even-team': (f) => {
    const xs = nums(f, 'a', 8)
    const s = [...xs].sort((a, b) => a - b)
    return pct(
      mul(median(xs), r(1, 100)),
      mul(mean(xs.map((x) => r(x))), r(1, 100)),
      per(s[3]!),
      per(s[4]!),
      r(xs[3]! + xs[4]!, 200),
    )
  },
  'team-attainment-pooled': (f) => {
    const [qs, bs] = [list(f, 'q', 4), list(f, 'b', 4)]
    const booked = add(...bs)
    return pct(
      div(booked, add(...qs)),
      mean(bs.map((b, j) => div(b, qs[j]!))),
      div(booked, mul(r(4), qs[0]!)),
      div(booked, mul(r(4), qs[3]!)),
      div(bs[3]!, qs[3]!),
    )
  },
  'manager-attainment-against-own-quota': (f) => {
    const [m, o, b] = [v(f, 'm'), v(f, 'o'), v(f, 'b')]
    const reps = mul(m, add(ONE, o))
    return pct(
      div(b, m),
      div(b, reps),
      div(m, b),
      div(b, mul(m, sub(ONE, o))),
      sub(div(b, reps), o),
      add(div(b, reps), o),
      div(mul(b, add(ONE, o)), m),
    )
  },
  'monthly-run-rate-to-close-gap': (f) => {
    const [q, m, ytd] = [v(f, 'q'), i(f, 'mth'), v(f, 'ytd')]
    const gap = sub(q, ytd)
    return cents(
      div(gap, r(12 - m)),
      div(q, r(12)),
      div(gap, r(12)),
      div(gap, r(11 - m)),
      div(q, r(12 - m)),
      div(gap, r(13 - m)),
      sub(mul(q, r(m + 1, 12)), ytd),
    )
  },
  'quota-relief-on-account-transfer': (f) => {
    const [q, alloc, rem] = [v(f, 'q'), v(f, 'alloc'), i(f, 'rem')]
    return cents(
      sub(q, mul(alloc, r(rem, 12))),
      sub(q, alloc),
      sub(q, mul(alloc, r(12 - rem, 12))),
      q,
      sub(q, mul(alloc, r(rem + 1, 12))),
    )
  },
  'quota-prorated-for-leave': (f) => {
    const [q, l] = [v(f, 'q'), i(f, 'l')]
    return cents(
      mul(q, r(52 - l, 52)),
      sub(q, mul(q, r(l, 12))),
      mul(q, r(l, 52)),
      q,
      mul(q, r(48 - l, 48)),
    )
  },
  'attainment-with-crediting-rules': (f) => {
    const [q, a, s, rn] = [v(f, 'q'), v(f, 'a'), v(f, 's'), v(f, 'rn')]
    const half = div(s, r(2))
    return pct(
      div(add(a, half), q),
      div(add(a, s, rn), q),
      div(add(a, s), q),
      div(add(a, half, rn), q),
      div(a, q),
    )
  },
  'seasonal-quarter-attainment': (f) => {
    const [q, w3, b3, cum] = [v(f, 'q'), v(f, 'w3'), v(f, 'b3'), v(f, 'cum')]
    return pct(
      div(b3, mul(q, w3)),
      div(b3, div(q, r(4))),
      div(b3, q),
      div(mul(q, w3), b3),
      div(b3, mul(q, cum)),
    )
  },
  'rep-quota-total-for-expected-attainment': (f) => {
    const [m, a] = [v(f, 'm'), v(f, 'a')]
    return cents(div(m, a), mul(m, a), mul(m, sub(r(2), a)), m, div(m, sub(ONE, a)))
  },
  'ytd-pace-to-prorated-quota': (f) => {
    const [q, m, ytd] = [v(f, 'q'), i(f, 'mth'), v(f, 'ytd')]
    const toDate = (k: number) => mul(q, r(k, 12))
    return pct(
      div(ytd, toDate(m)),
      div(ytd, q),
      div(ytd, toDate(m - 1)),
      div(ytd, toDate(m + 1)),
      div(toDate(m), ytd),
      div(ytd, toDate(1)),
      div(ytd, toDate(12 - m)),
    )
  },
  'blended-quota-after-mid-year-change': (f) => {
    const [q1, q2, m] = [v(f, 'q1'), v(f, 'q2'), i(f, 'm')]
    return cents(
      add(mul(q1, r(m, 12)), mul(q2, r(12 - m, 12))),
      q2,
      div(add(q1, q2), r(2)),
      add(mul(q1, r(12 - m, 12)), mul(q2, r(m, 12))),
      add(mul(q1, r(m + 1, 12)), mul(q2, r(12 - m, 12))),
    )
  },
}

// ---- Capacity and territories: headcount rounded up (or down, as the slip does), dollars to the cent.
const CAPACITY: Readonly<Record<string, Route>> = {
  'reps-needed-for-bookings-target': (f) => {
    const [t, qr, a] = [v(f, 't'), v(f, 'qr'), v(f, 'a')]
    const each = mul(qr, a)
    return whole(
      up(div(t, each)),
      up(div(t, qr)),
      down(div(t, each)),
      up(div(mul(t, a), qr)),
      up(div(mul(t, sub(r(2), a)), qr)),
    )
  },
  'hires-needed-with-attrition': (f) => {
    const [n, h, rate] = [i(f, 'n'), i(f, 'h'), v(f, 'r')]
    const seats = r(h - n)
    return whole(
      up(add(seats, mul(r(n), rate))),
      seats,
      up(add(seats, mul(r(h), rate))),
      up(mul(seats, add(ONE, rate))),
      up(mul(r(n), rate)),
      up(sub(div(r(h), sub(ONE, rate)), r(n))),
      up(add(seats, mul(r(n + h, 2), rate))),
    )
  },
  'capacity-with-ramping-hires': (f) => {
    const [n, h, qr] = [i(f, 'n'), i(f, 'h'), v(f, 'qr')]
    const monthly = div(qr, r(12))
    const yearOne = r(21, 2) // 0.25 + 0.5 + 0.75 + nine full months
    return cents(
      add(mul(r(n), qr), mul(r(h), monthly, yearOne)),
      mul(r(n + h), qr),
      mul(r(n), qr),
      add(mul(r(n), qr), mul(r(h), monthly, r(9))),
      mul(r(n + h), monthly, yearOne),
    )
  },
  'capacity-with-attainment-and-attrition': (f) => {
    const [n, qr, a, rate] = [i(f, 'n'), v(f, 'qr'), v(f, 'a'), v(f, 'r')]
    const stay = sub(ONE, div(rate, r(2)))
    return cents(
      mul(qr, a, r(n), stay),
      mul(qr, a, r(n)),
      mul(qr, a, r(n), sub(ONE, rate)),
      mul(qr, r(n), stay),
      mul(qr, r(n)),
    )
  },
  'quota-to-ote-ratio': (f) => {
    const [base, perQuarter, q] = [v(f, 'base'), v(f, 'tq'), v(f, 'q')]
    // OTE is a year's base plus four quarters' target incentive.
    const ote = add(base, perQuarter, perQuarter, perQuarter, perQuarter)
    return tenth(
      div(q, ote),
      div(q, add(base, perQuarter)),
      div(q, mul(perQuarter, r(4))),
      div(q, base),
      div(ote, q),
      div(q, mul(add(base, perQuarter), r(4))),
      div(div(q, r(4)), ote),
    )
  },
  'cost-of-sales-per-quota-dollar': (f) => {
    const [ote, b, q] = [v(f, 'ote'), v(f, 'burden'), v(f, 'q')]
    const loaded = mul(ote, add(ONE, b))
    return pct(
      div(loaded, q),
      div(ote, q),
      div(mul(ote, b), q),
      div(ote, mul(q, sub(ONE, b))),
      add(div(ote, q), b),
    )
  },
  'quota-by-territory-potential': (f) => {
    const [t, ps, k] = [v(f, 't'), list(f, 'p', 4), i(f, 'i')]
    const all = add(...ps)
    const mine = ps[k]!
    return cents(
      mul(t, div(mine, all)),
      div(t, r(4)),
      mul(t, div(mine, sub(all, mine))),
      mul(
        t,
        div(
          mine,
          ps.reduce((a, b) => (cmp(a, b) < 0 ? b : a)),
        ),
      ),
      sub(t, mul(t, div(mine, all))),
    )
  },
  'territory-imbalance-against-mean': (f) => {
    const ps = list(f, 'p', 4)
    const m = mean(ps)
    const least = ps.reduce((a, b) => (cmp(a, b) <= 0 ? a : b))
    const top = ps[3]!
    return pct(
      div(sub(top, m), m),
      div(sub(top, m), top),
      div(sub(top, least), least),
      div(top, m),
      div(sub(top, least), m),
      div(sub(top, m), add(...ps)),
      div(sub(m, least), m),
    )
  },
  'reps-for-account-coverage-hours': (f) => {
    const [a, b, ha, hb, h] = ['a', 'b', 'ha', 'hb', 'h'].map((key) => i(f, key)) as [
      number,
      number,
      number,
      number,
      number,
    ]
    const load = r(a * ha + b * hb)
    return whole(
      up(div(load, r(h))),
      up(div(mul(r(a + b), r(ha + hb, 2)), r(h))),
      down(div(load, r(h))),
      up(r(a * ha, h)),
      add(up(r(a * ha, h)), up(r(b * hb, h))),
      up(r((a + b) * ha, h)),
    )
  },
  'ramped-rep-equivalents': (f) => {
    const [x, y, z] = [i(f, 'x'), i(f, 'y'), i(f, 'z')]
    return tenth(add(r(z), r(y, 2)), r(x + y + z), r(z), add(r(z), r(x + y, 2)), r(y + z))
  },
  'additional-reps-for-capacity-gap': (f) => {
    const [qr, a, n, t] = [v(f, 'qr'), v(f, 'a'), i(f, 'n'), v(f, 't')]
    const each = mul(qr, a)
    const gap = sub(t, mul(each, r(n)))
    return whole(
      up(div(gap, each)),
      up(div(sub(t, mul(qr, r(n))), qr)),
      up(div(t, each)),
      down(div(gap, each)),
      up(div(gap, qr)),
      up(div(gap, mul(each, a))),
      up(sub(div(t, each), mul(r(n), a))),
    )
  },
  'recruiting-start-month': (f) => {
    const [m, ramp, hire] = [i(f, 'm'), i(f, 'r'), i(f, 'l')]
    return whole(
      r(m - ramp - hire),
      r(m - ramp),
      r(m - hire),
      r(m - ramp - hire + 1),
      r(m - ramp - hire - 1),
    )
  },
  'sdrs-needed-for-ae-pipeline': (f) => {
    const [a, n, s, c] = [i(f, 'a'), i(f, 'n'), i(f, 's'), v(f, 'c')]
    const made = mul(r(s), c)
    return whole(
      up(div(r(a * n), made)),
      up(r(a * n, s)),
      up(div(mul(r(a * n), c), r(s))),
      down(div(r(a * n), made)),
      up(div(r(n), made)),
    )
  },
  'snake-draft-territory-split': (f) => {
    const ps = list(f, 'p', 6)
    const s = [...ps].sort((a, b) => -cmp(a, b))
    const pick = (xs: readonly R[], at: readonly number[]) => add(...at.map((j) => xs[j]!))
    return cents(
      pick(s, [0, 3, 4]),
      pick(s, [0, 2, 4]),
      pick(ps, [0, 3, 4]),
      pick(s, [0, 1, 2]),
      pick(s, [1, 2, 5]),
    )
  },
  'bookings-lost-to-vacancy': (f) => {
    const [qr, vac, ramp] = [v(f, 'qr'), i(f, 'v'), i(f, 'r')]
    const lostMonths = add(r(vac), r(ramp, 2))
    return cents(
      mul(div(qr, r(12)), lostMonths),
      mul(div(qr, r(12)), r(vac)),
      mul(div(qr, r(12)), r(vac + ramp)),
      mul(div(qr, r(12)), r(vac + ramp, 2)),
      mul(div(qr, r(52)), lostMonths),
    )
  },
  'bookings-per-average-ramped-rep': (f) => {
    const [b, ramping] = [v(f, 'b'), i(f, 'ramping')]
    const hs = Array.from({ length: 5 }, (_, q) => i(f, `h${q}`))
    const quarterEnds = hs.slice(1)
    const sum = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0)
    const average = r(sum(quarterEnds), 4)
    return cents(
      div(b, average),
      div(b, r(hs[4]!)),
      div(b, r(hs[0]!)),
      div(b, r(hs[0]! + hs[4]!, 2)),
      div(b, r(sum(hs), 5)),
      div(b, add(average, r(ramping))),
      div(b, r(sum(quarterEnds))),
    )
  },
}

// ---- Pipeline: ratios, shares and day counts, each from the stated inclusion rule.
/** Day of the year 2026 for a day of February (2) or March (3), April (4) or May (5). */
const dayOf = (month: number, day: number) => [0, 0, 31, 59, 90, 120][month]! + day
const PIPELINE: Readonly<Record<string, Route>> = {
  'coverage-by-stated-inclusion-rules': (f) => {
    const [t, won, inQ, early, later] = ['t', 'won', 'inQ', 'early', 'later'].map((key) =>
      v(f, key),
    ) as [R, R, R, R, R]
    const left = sub(t, won)
    return tenth(
      div(inQ, left),
      div(add(inQ, early, later), left),
      div(inQ, t),
      div(add(inQ, early), left),
      div(add(inQ, later), left),
      div(add(inQ, won), t),
      div(left, inQ),
      div(add(inQ, early, later), t),
    )
  },
  'cohort-win-rate-so-far': (f) => {
    const [n, wc, lc, wp] = [i(f, 'n'), i(f, 'wc'), i(f, 'lc'), i(f, 'wp')]
    return pct(r(wc, n), r(wp, n), r(wc, wc + lc), r(wc, n - wc), r(wc, lc))
  },
  'median-open-age-as-of-date': (f) => {
    const ds = nums(f, 'd', 7)
    const ms = nums(f, 'm', 7)
    const asOf = dayOf(3, 31)
    const ages = ds.map((d, j) => asOf - dayOf(ms[j]!, d))
    return tenth(
      median(ages),
      mean(ages.map((a) => r(a))),
      median(ages.map((a) => a + 1)),
      r(ages[3]!),
      median(ages.map((a, j) => (ms[j] === 2 ? a + 2 : a))),
    )
  },
  'median-cycle-of-won-deals-even': (f) => {
    const won = nums(f, 'w', 6)
    const lost = nums(f, 'l', 3)
    return tenth(
      median(won),
      mean(won.map((x) => r(x))),
      median([...won, ...lost]),
      r(won[2]! + won[3]!, 2),
      r([...won].sort((a, b) => a - b)[2]!),
    )
  },
  'velocity-change-from-win-rate-lever': (f) => {
    const [w0, rise, c0, c1] = [i(f, 'w0'), i(f, 'up'), i(f, 'c0'), i(f, 'c1')]
    const w1 = w0 + rise
    // Velocity is linear in win rate and inverse in cycle length: new ÷ old = (w1·c0) ÷ (w0·c1).
    const ratio = r(w1 * c0, w0 * c1)
    return pct(
      sub(ratio, ONE),
      r(rise, w0),
      sub(r(w1, w0), r(c1, c0)),
      sub(r(w1 * c1, w0 * c0), ONE),
      ratio,
      sub(r((100 + rise) * c0, 100 * c1), ONE),
      sub(mul(add(ONE, r(rise, w1)), r(c0, c1)), ONE),
      sub(ONE, div(ONE, ratio)),
    )
  },
  'pipeline-needed-with-slippage': (f) => {
    const [g, wr, s] = [v(f, 'g'), v(f, 'wr'), v(f, 's')]
    return cents(
      div(g, mul(wr, sub(ONE, s))),
      div(g, wr),
      div(mul(g, add(ONE, s)), wr),
      div(g, sub(wr, s)),
      mul(div(g, wr), s),
    )
  },
  'win-rate-excluding-disqualified': (f) => {
    const [won, lost, nd, dq] = [i(f, 'won'), i(f, 'lost'), i(f, 'nd'), i(f, 'dq')]
    return pct(
      r(won, won + lost + nd),
      r(won, won + lost),
      r(won, won + lost + nd + dq),
      r(won, lost + nd),
      r(won, won + lost + dq),
      r(won, lost),
    )
  },
  'pipeline-waterfall-end-balance': (f) => {
    const [p0, c, won, lost, out, inn] = ['p0', 'c', 'won', 'lost', 'out', 'inn'].map((key) =>
      v(f, key),
    ) as [R, R, R, R, R, R]
    const end = sub(sub(sub(add(p0, c, inn), won), lost), out)
    return cents(
      end,
      add(end, won),
      add(end, lost),
      sub(end, mul(r(2), inn)),
      add(end, mul(r(2), out)),
    )
  },
  'pipeline-generation-pace-shortfall': (f) => {
    const [need, d, made] = [v(f, 'need'), i(f, 'd'), v(f, 'mc')]
    return cents(
      sub(need, mul(made, r(30, d))),
      sub(need, made),
      sub(need, mul(made, r(31, d))),
      sub(mul(need, r(d, 30)), made),
      sub(need, mul(made, r(30, d + 1))),
      sub(need, mul(made, r(30 - d, d))),
    )
  },
  'stalled-pipeline-share-by-value': (f) => {
    const th = i(f, 'th')
    const vals = list(f, 'v', 6)
    const ages = nums(f, 'a', 6)
    const worth = (keep: (a: number) => boolean) => add(...vals.filter((_, j) => keep(ages[j]!)))
    const all = add(...vals)
    const stale = worth((a) => a > th)
    return pct(
      div(stale, all),
      div(
        worth((a) => a >= th),
        all,
      ),
      r(ages.filter((a) => a > th).length, 6),
      div(stale, sub(all, stale)),
      div(sub(all, stale), all),
    )
  },
  'start-of-quarter-pipeline-close-rate': (f) => {
    const [p, won, lost, pushed, extra] = ['p', 'won', 'lost', 'pushed', 'newWon'].map((key) =>
      v(f, key),
    ) as [R, R, R, R, R]
    return pct(
      div(won, p),
      div(add(won, extra), p),
      div(won, add(won, lost)),
      div(won, sub(p, pushed)),
      div(add(won, extra), add(p, extra)),
    )
  },
  'stage-exit-conversion-excluding-open': (f) => {
    const [entered, adv, drop] = [i(f, 'entered'), i(f, 'adv'), i(f, 'drop')]
    const open = entered - adv - drop
    return pct(
      r(adv, adv + drop),
      r(adv, entered),
      r(drop, adv + drop),
      r(adv, adv + open),
      r(adv + open, entered),
      r(adv, drop),
    )
  },
  'quarter-pipeline-created-needed': (f) => {
    const [t, wr, e] = [v(f, 't'), v(f, 'wr'), v(f, 'e')]
    const needed = div(t, wr)
    return cents(
      div(sub(needed, e), r(3)),
      div(needed, r(3)),
      div(div(sub(t, e), wr), r(3)),
      sub(needed, e),
      div(sub(needed, mul(e, wr)), r(3)),
    )
  },
  'win-rate-by-value-with-open-excluded': (f) => {
    const [wv, lv, ov, wn, ln] = [v(f, 'wv'), v(f, 'lv'), v(f, 'ov'), i(f, 'wn'), i(f, 'ln')]
    return pct(
      div(wv, add(wv, lv)),
      r(wn, wn + ln),
      div(wv, add(wv, lv, ov)),
      div(wv, lv),
      div(add(wv, ov), add(wv, lv, ov)),
    )
  },
  'mean-cycle-across-month-end': (f) => {
    const ds = nums(f, 'd', 5)
    const ages = ds.map((d) => dayOf(5, 31) - dayOf(4, d))
    const avg = (xs: readonly number[]) => mean(xs.map((x) => r(x)))
    return tenth(
      avg(ages),
      avg(ages.map((a) => a + 1)),
      avg(ds.map((d) => 30 - d)),
      median(ages),
      avg(ds.map((d) => 31 - d)),
    )
  },
  'starting-pipeline-with-in-quarter-create-and-close': (f) => {
    const [t, s, wr] = [v(f, 't'), v(f, 's'), v(f, 'wr')]
    // The bookings the start-of-quarter pipeline must supply, grossed up by its win rate.
    const fromOpen = sub(t, mul(t, s))
    return cents(
      div(fromOpen, wr),
      div(t, wr),
      div(mul(t, s), wr),
      fromOpen,
      div(t, mul(wr, sub(ONE, s))),
      sub(div(t, wr), mul(t, s)),
      mul(fromOpen, wr),
    )
  },
}

// ---- CRM rules: each record walked through the stated rule, one by one.
const tally = <T>(xs: readonly T[], keep: (x: T) => boolean): R => r(xs.filter(keep).length)
const CRM: Readonly<Record<string, Route>> = {
  'weighted-round-robin-share': (f) => {
    const [wa, wb, wc, leads] = [i(f, 'wa'), i(f, 'wb'), i(f, 'wc'), i(f, 'leads')]
    const cycle = wa + wb + wc
    // Hand the leads out one at a time: the first `wa` seats of each cycle are the first rep's.
    let first = 0
    for (let j = 0; j < leads; j++) if (j % cycle < wa) first++
    const rounds = Math.floor(leads / cycle)
    return whole(
      r(first),
      down(r(leads, 3)),
      r(rounds * wa),
      r(leads * wa, cycle),
      r((rounds + 1) * wa),
    )
  },
  'round-robin-skipping-unavailable-rep': (f) => {
    const [last, away, m] = [i(f, 'last'), i(f, 'away'), i(f, 'm')]
    const team = 5
    /** The m-th rep after `from` in the cycle, skipping `skip` when asked, as a 1-based number. */
    const nth = (from: number, skip: boolean) => {
      const order = Array.from({ length: team * (m + 2) }, (_, j) => (from + 1 + j) % team)
      return r(order.filter((x) => !(skip && x === away))[m - 1]! + 1)
    }
    return whole(
      nth(last, true),
      nth(last, false),
      nth(team - 1, true),
      nth((last + team - 1) % team, true),
      nth((last + team - 1) % team, false),
    )
  },
  'employee-band-routing-count': (f) => {
    const es = nums(f, 'e', 12)
    return whole(
      tally(es, (x) => x >= 200 && x < 1000),
      tally(es, (x) => x > 200 && x < 1000),
      tally(es, (x) => x >= 200),
      tally(es, (x) => x >= 200 && x <= 1000),
      tally(es, (x) => x > 200 && x < 999),
      tally(es, (x) => x < 1000),
      tally(es, (x) => x < 200),
      tally(es, (x) => x >= 1000),
      tally(es, (x) => !(x >= 200 && x < 1000)),
    )
  },
  'duplicates-by-stated-match-rule': (f) => {
    const [a, b, c, d] = [i(f, 'a'), i(f, 'b'), i(f, 'c'), i(f, 'd')]
    return whole(r(a + b + c), r(a), r(a + b), r(a + c), r(a + b + c + d))
  },
  'records-left-after-merging-duplicates': (f) => {
    const total = i(f, 'total')
    const groups = Object.keys(f)
      .filter((key) => /^g\d+$/.test(key))
      .map((key) => i(f, key))
    const members = groups.reduce((s, x) => s + x, 0)
    return whole(
      r(total - members + groups.length),
      r(total - members),
      r(total - groups.length),
      r(total - members + 2 * groups.length),
      r(total - groups.reduce((s, x) => s + (x * (x - 1)) / 2, 0)),
      r(total - members + 1),
      r(total + groups.length),
    )
  },
  'required-field-completeness': (f) => {
    const [total, a, b, both] = [i(f, 'total'), i(f, 'a'), i(f, 'b'), i(f, 'both')]
    const missing = a + b - both
    return pct(
      r(total - missing, total),
      r(total - a - b, total),
      r(total - a - b - both, total),
      mul(r(total - a, total), r(total - b, total)),
      r(total - a, total),
      r(total - b, total),
      r(total - both, total),
    )
  },
  'past-close-date-hygiene-count': (f) => {
    const today = i(f, 'asOf')
    // Offsets from 1 April, 20 added in the figures: a row's date is 1 April + (d − 20) days.
    const rows = nums(f, 'd', 12).map((d, j) => {
      const date = new Date(Date.UTC(2026, 3, 1 + d - 20))
      return { month: date.getUTCMonth(), day: date.getUTCDate(), open: i(f, `o${j + 1}`) === 1 }
    })
    const before = (x: (typeof rows)[number]) => x.month < 3 || x.day < today
    const upTo = (x: (typeof rows)[number]) => x.month < 3 || x.day <= today
    return whole(
      tally(rows, (x) => x.open && before(x)),
      tally(rows, (x) => x.open && upTo(x)),
      tally(rows, before),
      tally(rows, (x) => x.open && !upTo(x)),
      tally(rows, upTo),
      tally(rows, (x) => x.open && x.day < today),
      tally(rows, (x) => !x.open && before(x)),
      tally(rows, (x) => x.open && x.month < 3),
    )
  },
  'bookings-by-countersignature-date': (f) => {
    const deals = list(f, 'v', 4).map((val, j) => ({
      val,
      signed: i(f, `c${j + 1}`),
      counter: i(f, `k${j + 1}`),
    }))
    const sum = (keep: (x: (typeof deals)[number]) => boolean) =>
      add(...deals.filter(keep).map((x) => x.val))
    const booked = (x: (typeof deals)[number]) => Math.max(x.signed, x.counter)
    return cents(
      sum((x) => booked(x) <= 30),
      sum((x) => x.signed <= 30),
      sum(() => true),
      sum((x) => booked(x) < 30),
      sum((x) => booked(x) > 30),
    )
  },
  'quotes-needing-vp-approval': (f) => {
    const quotes = list(f, 'l', 8).map((l, j) => {
      const d = i(f, `d${j + 1}`)
      const net = mul(l, r(100 - d, 100))
      return { offList: r(d, 100), offNet: div(sub(l, net), net) }
    })
    const above = (x: R, p: number) => cmp(x, per(p)) > 0
    return whole(
      tally(quotes, (q) => above(q.offList, 20)),
      tally(quotes, (q) => cmp(q.offList, per(20)) >= 0),
      tally(quotes, (q) => above(q.offNet, 20)),
      tally(quotes, (q) => above(q.offList, 10)),
      tally(quotes, (q) => above(q.offList, 10) && !above(q.offList, 20)),
    )
  },
  'lead-response-sla-breach-share': (f) => {
    const sla = i(f, 'sla')
    const ts = nums(f, 't', 16)
    // "1 h 05 min" misread as the digits 105.
    const misread = (m: number) =>
      m < 60 ? m : Number(`${Math.floor(m / 60)}${String(m % 60).padStart(2, '0')}`)
    const share = (keep: (m: number) => boolean) => div(tally(ts, keep), r(16))
    return pct(
      share((m) => m > sla),
      share((m) => m >= sla),
      share((m) => m <= sla),
      share((m) => misread(m) > sla),
      share((m) => m > sla + 30),
      share((m) => m - (m % 60) > sla),
    )
  },
  'capped-round-robin-overflow': (f) => {
    const [away, leads] = [i(f, 'away'), i(f, 'leads')]
    const caps = nums(f, 'c', 4)
    const present = caps.filter((_, j) => j !== away)
    const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
    return whole(
      r(leads - sum(present)),
      r(leads - sum(caps)),
      r(leads - 3 * Math.max(...present)),
      r(leads - 3 * Math.min(...present)),
      r(sum(present)),
      r(leads - Math.max(...present)),
    )
  },
  'stage-probability-mismatch-count': (f) => {
    const table: Readonly<Record<number, number>> = { 1: 10, 2: 25, 3: 50, 4: 75, 5: 90 }
    const rows = nums(f, 's', 12).map((s, j) => ({ s, p: i(f, `p${j + 1}`) }))
    const off = rows.filter((x) => x.p !== table[x.s])
    const offStages = new Set(off.map((x) => x.s))
    return whole(
      r(off.length),
      tally(rows, (x) => x.p > table[x.s]!),
      tally(rows, (x) => x.p < table[x.s]!),
      tally(rows, (x) => x.p === table[x.s]),
      tally(rows, (x) => x.p !== table[Math.min(x.s + 1, 5)]),
      tally(rows, (x) => x.p !== table[Math.max(x.s - 1, 1)]),
      r(offStages.size),
      tally(rows, (x) => offStages.has(x.s)),
    )
  },
  'discount-percent-off-list-for-approval': (f) => {
    const [l, off, fee] = [v(f, 'list'), v(f, 'off'), v(f, 'fee')]
    const net = sub(l, off)
    const quoted = add(net, fee)
    // The subscription's net is the quoted total less the undiscounted fee.
    const netFromQuote = sub(quoted, fee)
    const discount = sub(l, netFromQuote)
    return pct(
      div(discount, l),
      div(discount, netFromQuote),
      div(discount, add(l, fee)),
      div(discount, add(l, netFromQuote)),
      div(discount, div(add(l, netFromQuote), r(2))),
      div(discount, quoted),
      div(sub(add(l, fee), netFromQuote), add(l, fee)),
    )
  },
  'finance-approval-for-payment-terms': (f) => {
    const quotes = nums(f, 't', 12).map((t, j) => ({ t, d: i(f, `d${j + 1}`) }))
    return whole(
      tally(quotes, (q) => q.t > 60 || q.d >= 15),
      tally(quotes, (q) => q.t >= 60 || q.d >= 15),
      tally(quotes, (q) => q.t > 60 || q.d > 15),
      tally(quotes, (q) => q.t > 60 && q.d >= 15),
      add(
        tally(quotes, (q) => q.t > 60),
        tally(quotes, (q) => q.d >= 15),
      ),
      tally(quotes, (q) => q.t > 60),
      tally(quotes, (q) => q.d >= 15),
    )
  },
  'territory-reassignment-pipeline-moved': (f) => {
    const ops = list(f, 'v', 7).map((val, j) => ({
      val,
      stage: i(f, `s${j + 1}`),
      open: i(f, `o${j + 1}`) === 1,
    }))
    const sum = (keep: (x: (typeof ops)[number]) => boolean) =>
      add(...ops.filter(keep).map((x) => x.val))
    return cents(
      sum((x) => x.open && x.stage < 4),
      sum((x) => x.open),
      sum((x) => x.open && x.stage <= 4),
      sum((x) => x.open && x.stage < 3),
      sum((x) => x.stage < 4),
      sum((x) => x.open && x.stage >= 4),
    )
  },
  'account-hierarchy-arr-rollup': (f) => {
    // The hierarchy as stated: parent → North (→ North-East) and South (→ South-West).
    const tree = {
      active: v(f, 'own'),
      cancelled: r(0),
      kids: [
        {
          active: v(f, 'c1'),
          cancelled: v(f, 'c1x'),
          kids: [{ active: v(f, 'g1'), cancelled: r(0), kids: [] }],
        },
        {
          active: v(f, 'c2'),
          cancelled: r(0),
          kids: [{ active: v(f, 'g2'), cancelled: v(f, 'g2x'), kids: [] }],
        },
      ],
    }
    type Node =
      | typeof tree
      | (typeof tree.kids)[number]
      | (typeof tree.kids)[number]['kids'][number]
    const roll = (x: Node, withCancelled: boolean, depth: number): R =>
      depth < 0
        ? r(0)
        : add(
            x.active,
            withCancelled ? x.cancelled : r(0),
            ...x.kids.map((kid: Node) => roll(kid, withCancelled, depth - 1)),
          )
    const [own, c1, c1x, c2, g1, g2] = ['own', 'c1', 'c1x', 'c2', 'g1', 'g2'].map((key) =>
      v(f, key),
    ) as [R, R, R, R, R, R]
    return cents(
      roll(tree, false, 2),
      roll(tree, false, 1),
      roll(tree, true, 2),
      sub(roll(tree, false, 2), own),
      sub(roll(tree, false, 1), own),
      add(roll(tree, false, 2), g1, g2),
      roll(tree, true, 1),
      add(own, c1, c1x, c2, g1, g2),
    )
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...COMP,
  ...QUOTA,
  ...CAPACITY,
  ...PIPELINE,
  ...CRM,
}

describeEngineIndependent('sales operations scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route: 'exact BigInt rationals and record-by-record rule checks',
    digest,
    models: SOP_MODELS,
    engines,
  })
})
