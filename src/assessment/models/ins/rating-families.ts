import {
  add,
  CENT,
  div,
  dol,
  frac,
  money,
  mul,
  pc,
  rest,
  sub,
  tp,
  tpText,
  worked,
} from './ins-text.js'

// Rating a commercial risk and working its premium through the term, as an underwriting
// assistant or an MGA's rater does. The slips are a rate read per $1,000 for per $100, factors
// added instead of multiplied, a minimum premium ignored, written premium taken for earned or
// unearned, a short-rate penalty taken on the wrong base, a fee or tax left out or taxed, and
// the days already run taken for the days remaining.

/** A rate per $100 drawn in cents, as a stem writes it. */
const per100 = (c: number): string => `$${(c / 100).toFixed(2)}`
/** A rating factor drawn in hundredths, as a stem writes it. */
const fac = (h: number): string => (h / 100).toFixed(2)

export const RATING_FAMILIES = [
  worked('amount-charged-after-a-minimum-premium-fee-and-premium-tax', (rng) => {
    const s = rng.int(20, 90) * 1000
    const c = rng.int(40, 120)
    const m = rng.int(5, 15) * 100
    const f = rng.int(5, 20) * 10
    const t = rng.int(20, 60)
    const rated = mul(s, frac(c, 10000))
    if (rated.n * 10n >= BigInt(m) * rated.d * 9n) rest()
    const key = add(mul(m, tp(1000 + t)), f)
    return {
      stem: `A small shop’s contents of ${dol(s)} rate at ${per100(c)} per $100 of sum insured, subject to a minimum premium of ${dol(m)}. The insurer adds a ${dol(f)} policy fee, which is not taxed, and premium tax of ${tpText(t)} on the premium. What does the policy cost the insured in all, ${CENT}?`,
      show: money,
      figures: { s, c, m, f, t },
      key,
      wrong: [
        [add(mul(rated, tp(1000 + t)), f), 'ignores the minimum premium'],
        [mul(m + f, tp(1000 + t)), 'taxes the policy fee as well'],
        [frac(m + f), 'leaves out the premium tax'],
        [mul(m, tp(1000 + t)), 'leaves out the policy fee'],
        [add(div(m, tp(1000 - t)), f), 'grosses the premium up as if the tax were a share of it'],
      ],
    }
  }),
  worked('earned-premium-at-the-year-end', (rng) => {
    const p = rng.int(30, 200) * 100
    const d = rng.int(40, 320)
    const c = rng.int(10, 20)
    if (Math.abs(2 * d - 365) < 30) rest()
    return {
      stem: `A commercial policy with an annual premium of ${dol(p)}, written for a 365-day term, had run ${d} days at the insurer’s year-end. The broker’s commission is ${c}% of the premium. Premium is earned evenly by day. What earned premium, gross of commission, does the policy give the insurer for the year, ${CENT}?`,
      show: money,
      figures: { p, d, c },
      key: frac(p * d, 365),
      wrong: [
        [frac(p * (365 - d), 365), 'gives the unearned premium'],
        [frac(p), 'takes the written premium as earned'],
        [frac(p * d, 360), 'earns over a 360-day year'],
        [mul(frac(p * d, 365), pc(100 - c)), 'earns the premium net of commission'],
      ],
    }
  }),
  worked('unearned-premium-reserve-on-three-policies', (rng) => {
    const p1 = rng.int(20, 90) * 100
    const p2 = rng.int(20, 90) * 100
    const p3 = rng.int(20, 90) * 100
    const d1 = rng.int(20, 110)
    const d2 = rng.int(130, 230)
    const d3 = rng.int(250, 340)
    const up = (p: number, d: number) => frac(p * (365 - d), 365)
    const key = add(up(p1, d1), up(p2, d2), up(p3, d3))
    const avg = frac(d1 + d2 + d3, 3)
    return {
      stem: `Three annual policies (365-day terms) are in force at the year-end: premiums ${dol(p1)}, ${dol(p2)} and ${dol(p3)}, which have run ${d1}, ${d2} and ${d3} days. Premium is earned evenly by day. What is the unearned premium reserve on the three, ${CENT}?`,
      show: money,
      figures: { p1, p2, p3, d1, d2, d3 },
      key,
      wrong: [
        [sub(p1 + p2 + p3, key), 'gives the earned premium'],
        [frac(p1 + p2 + p3), 'reserves the whole written premium'],
        [mul(p1 + p2 + p3, div(sub(365, avg), 365)), 'uses the average days run for every policy'],
        [
          add(frac(p1 * (360 - d1), 360), frac(p2 * (360 - d2), 360), frac(p3 * (360 - d3), 360)),
          'works on a 360-day year',
        ],
      ],
    }
  }),
  worked('pro-rata-refund-when-the-insurer-cancels', (rng) => {
    const p = rng.int(20, 150) * 100
    const f = rng.int(5, 25) * 10
    const d = rng.int(30, 300)
    const s = rng.int(8, 15)
    if (Math.abs(2 * d - 365) < 30) rest()
    const key = frac(p * (365 - d), 365)
    return {
      stem: `An insurer cancels a commercial policy ${d} days into its 365-day term. The annual premium was ${dol(p)} plus a ${dol(f)} policy fee, which is fully earned at inception. The wording refunds pro rata by day when the insurer cancels, and keeps a ${s}% short-rate penalty on the unearned premium only when the insured cancels. What does the insured get back, ${CENT}?`,
      show: money,
      figures: { p, f, d, s },
      key,
      wrong: [
        [frac(p * d, 365), 'refunds the earned part'],
        [frac((p + f) * (365 - d), 365), 'refunds part of the fee too'],
        [mul(key, pc(100 - s)), 'applies the short-rate penalty'],
        [frac(p * (360 - d), 360), 'counts a 360-day year'],
      ],
    }
  }),
  worked('short-rate-refund-when-the-insured-cancels', (rng) => {
    const p = rng.int(30, 200) * 100
    const d = rng.int(40, 250)
    const s = rng.int(8, 20)
    const un = frac(p * (365 - d), 365)
    const key = mul(un, pc(100 - s))
    return {
      stem: `The insured cancels an annual policy (365-day term, premium ${dol(p)}) after ${d} days. The wording refunds the unearned premium, pro rata by day, less a short-rate penalty of ${s}% of that unearned premium. What is the refund, ${CENT}?`,
      show: money,
      figures: { p, d, s },
      key,
      wrong: [
        [un, 'refunds pro rata without the penalty'],
        [sub(un, mul(p, pc(s))), 'takes the penalty on the annual premium'],
        [sub(un, mul(frac(p * d, 365), pc(s))), 'takes the penalty on the earned premium'],
        [sub(p, key), 'gives what the insurer keeps'],
      ],
    }
  }),
  worked('refund-under-a-minimum-earned-premium', (rng) => {
    const p = rng.int(20, 150) * 100
    const m = rng.int(20, 35)
    const d = rng.int(15, 60)
    if (d * 100 >= m * 365) rest()
    const key = mul(p, pc(100 - m))
    return {
      stem: `A commercial policy with an annual premium of ${dol(p)} carries a minimum earned premium of ${m}% of the annual premium. The insured cancels after ${d} days of the 365-day term; the wording otherwise refunds pro rata by day. What is the refund, ${CENT}?`,
      show: money,
      figures: { p, m, d },
      key,
      wrong: [
        [frac(p * (365 - d), 365), 'ignores the minimum earned premium'],
        [mul(p, pc(m)), 'refunds the minimum earned premium'],
        [sub(frac(p * (365 - d), 365), mul(p, pc(m))), 'keeps the minimum on top of the days run'],
        [mul(frac(p * (365 - d), 365), pc(100 - m)), 'takes the minimum as a share of the refund'],
      ],
    }
  }),
  worked('additional-premium-for-a-mid-term-increase', (rng) => {
    const s = rng.int(50, 300) * 10000
    const ds = rng.int(10, 80) * 10000
    const c = rng.int(25, 120)
    const d = rng.int(60, 300)
    if (Math.abs(2 * d - 365) < 30) rest()
    const key = mul(ds, frac(c, 10000), frac(d, 365))
    return {
      stem: `Mid-term, a client raises a building’s sum insured from ${dol(s)} to ${dol(s + ds)}, with ${d} days of the 365-day term left to run. The rate is ${per100(c)} per $100 of sum insured, charged pro rata by day. What additional premium is due, ${CENT}?`,
      show: money,
      figures: { s, ds, c, d },
      key,
      wrong: [
        [mul(ds, frac(c, 10000)), 'charges a full year on the increase'],
        [mul(ds, frac(c, 10000), frac(365 - d, 365)), 'charges for the days already run'],
        [mul(s + ds, frac(c, 10000), frac(d, 365)), 'rates the whole new sum insured'],
        [div(key, 10), 'reads the rate as per $1,000'],
      ],
    }
  }),
  worked('net-adjustment-for-a-fleet-vehicle-swap', (rng) => {
    const a = rng.int(20, 45) * 100
    const b = rng.int(5, Math.floor(a / 200) - 1) * 100
    const d = rng.int(210, 330)
    if (a * d <= 365 * b + 36500 || a - b <= b) rest()
    const key = frac((a - b) * d, 365)
    return {
      stem: `A motor fleet policy is endorsed with ${d} days of its 365-day term left: a truck rated at ${dol(a)} a year is added and a van rated at ${dol(b)} a year is removed on the same day. Both are adjusted pro rata by day. What net additional premium is due, ${CENT}?`,
      show: money,
      figures: { a, b, d },
      key,
      wrong: [
        [frac(a * d, 365), 'leaves out the return on the van'],
        [frac((a + b) * d, 365), 'adds the van’s return to the charge'],
        [frac(a - b), 'charges the full-year difference'],
        [frac((a - b) * (365 - d), 365), 'uses the days already run'],
        [frac(a * d - 365 * b, 365), 'returns the van’s whole annual premium'],
        [frac(b * d, 365), 'gives the van’s return premium as the amount due'],
      ],
    }
  }),
  worked('payroll-audit-additional-premium', (rng) => {
    const e = rng.int(30, 120) * 10000
    const x = rng.int(5, 40) * 10000
    const c = rng.int(150, 900)
    const m = rng.int(75, 130)
    if (m === 100) rest()
    const key = mul(x, frac(c, 10000), frac(m, 100))
    return {
      stem: `A contractor’s liability premium is rated on payroll at ${per100(c)} per $100, times an experience modification of ${fac(m)}. The deposit premium was charged on an estimated payroll of ${dol(e)}; the year-end audit finds payroll of ${dol(e + x)}. What additional premium does the audit bring, ${CENT}?`,
      show: money,
      figures: { e, x, c, m },
      key,
      wrong: [
        [mul(x, frac(c, 10000)), 'leaves out the experience modification'],
        [mul(e + x, frac(c, 10000), frac(m, 100)), 'charges the whole audited premium again'],
        [div(mul(x, frac(c, 10000)), frac(m, 100)), 'divides by the modification'],
        [div(key, 10), 'reads the rate as per $1,000 of payroll'],
      ],
    }
  }),
  worked('what-the-broker-remits-to-the-insurer', (rng) => {
    const p = rng.int(50, 300) * 100
    const f = rng.int(5, 25) * 10
    const t = rng.int(20, 60)
    const c = rng.int(12, 25)
    const tax = mul(p, tp(t))
    const key = add(sub(p, mul(p, pc(c))), f, tax)
    return {
      stem: `A broker collects from a client a premium of ${dol(p)}, the insurer’s ${dol(f)} policy fee and premium tax of ${tpText(t)} on the premium only, and remits all of it to the insurer less its ${c}% commission on the premium. How much does the broker remit, ${CENT}?`,
      show: money,
      figures: { p, f, t, c },
      key,
      wrong: [
        [add(p, f, tax, mul(p, pc(c))), 'adds the commission instead of keeping it'],
        [mul(p, pc(100 - c)), 'remits only the net premium'],
        [add(p, f, tax), 'keeps no commission'],
        [
          add(div(p, pc(100 + c)), f, tax),
          'backs the commission out as a mark-up on the net premium',
        ],
        [
          mul(add(p, f, tax), pc(100 - c)),
          'takes commission on everything collected, tax and fee included',
        ],
        [add(mul(p, pc(100 - c)), f), 'holds back the premium tax'],
      ],
    }
  }),
  worked('earned-premium-by-the-eighths-rule', (rng) => {
    const w = [rng.int(20, 90), rng.int(20, 90), rng.int(20, 90), rng.int(20, 90)].map(
      (x) => x * 1000,
    )
    const [w1, w2, w3, w4] = w as [number, number, number, number]
    const by = (f: (k: number) => number, den: number) =>
      add(...w.map((x, i) => frac(x * f(i + 1), den)))
    const key = by((k) => 9 - 2 * k, 8)
    return {
      stem: `An MGA writes annual policies of ${dol(w1)}, ${dol(w2)}, ${dol(w3)} and ${dol(w4)} of premium in the four quarters of a year. It earns them by the eighths rule: each quarter’s writings are taken as written in the middle of the quarter and earned evenly over the next twelve months. How much of this year’s writings is earned by the year-end, ${CENT}?`,
      show: money,
      figures: { w1, w2, w3, w4 },
      key,
      wrong: [
        [frac(w1 + w2 + w3 + w4), 'takes the written premium as earned'],
        [by((k) => 4 - k, 4), 'takes each quarter as written at its end'],
        [by((k) => 5 - k, 4), 'takes each quarter as written at its start'],
        [by((k) => 2 * k - 1, 8), 'gives the unearned premium'],
      ],
    }
  }),
  worked('premium-on-an-excess-layer-from-increased-limit-factors', (rng) => {
    const b = rng.int(20, 120) * 100
    const a = rng.int(130, 160)
    const c = rng.int(a + 20, 200)
    const e = rng.int(c + 20, 260)
    return {
      stem: `A general liability risk costs ${dol(b)} at the basic limit of $1M. The insurer’s increased limit factors are 1.00 at $1M, ${fac(a)} at $2M, ${fac(c)} at $3M and ${fac(e)} at $5M. A broker places a $2M excess of $1M layer (cover from $1M to $3M) with a second insurer that prices it from these factors. What is the layer’s premium, ${CENT}?`,
      show: money,
      figures: { b, a, c, e },
      key: mul(b, frac(c - 100, 100)),
      wrong: [
        [mul(b, frac(c, 100)), 'prices the whole $3M limit'],
        [mul(b, frac(a - 100, 100)), 'reads the $2M layer as the $2M limit'],
        [mul(b, frac(c - a, 100)), 'takes the layer as attaching at $2M'],
        [mul(b, frac(e - a, 100)), 'prices $2M excess of $3M'],
        [mul(b, frac(e, 100)), 'prices the whole $5M limit'],
      ],
    }
  }),
  worked('premium-tax-on-a-policy-covering-two-states', (rng) => {
    const p = rng.int(20, 150) * 100
    const s1 = rng.int(10, 90) * 100000
    const s2 = rng.int(10, 90) * 100000
    const n1 = rng.int(1, 6)
    const n2 = rng.int(1, 6)
    const t1 = rng.int(15, 45)
    const t2 = rng.int(15, 45)
    const f = rng.int(5, 25) * 10
    if (t1 === t2 || n1 === n2 || n1 * s2 === n2 * s1) rest()
    const blend = (x: number, y: number) => div(add(mul(x, tp(t1)), mul(y, tp(t2))), x + y)
    const key = mul(p, blend(s1, s2))
    return {
      stem: `A property policy with a premium of ${dol(p)} covers ${n1} locations in State A with ${dol(s1)} of sum insured and ${n2} locations in State B with ${dol(s2)}. Premium tax is ${tpText(t1)} in A, where the insured is based, and ${tpText(t2)} in B; the premium is allocated to the states by sum insured, and the ${dol(f)} policy fee is not taxed. What premium tax is due in all, ${CENT}?`,
      show: money,
      figures: { p, s1, s2, n1, n2, t1, t2, f },
      key,
      wrong: [
        [mul(p, tp(t1)), 'charges the home state’s rate on all the premium'],
        [mul(p, tp(t1 + t2), frac(1, 2)), 'averages the two rates'],
        [mul(p + f, blend(s1, s2)), 'taxes the policy fee as well'],
        [mul(p, blend(n1, n2)), 'allocates by the number of locations'],
      ],
    }
  }),
  worked('earned-premium-on-a-term-longer-than-a-year', (rng) => {
    const p = rng.int(30, 200) * 100
    const t = rng.int(15, 36)
    const k = rng.int(3, 11)
    const c = rng.int(10, 20)
    if (t === 24 || Math.abs(2 * k - t) < 3) rest()
    return {
      stem: `A contractor’s project policy has a single premium of ${dol(p)} for a ${t}-month term, earned evenly by month; the broker’s commission is ${c}%. At the insurer’s year-end ${k} months have run. What earned premium, gross of commission, does the insurer book for the year, ${CENT}?`,
      show: money,
      figures: { p, t, k, c },
      key: frac(p * k, t),
      wrong: [
        [frac(p * k, 12), 'earns it as if the term were a year'],
        [frac(p), 'takes the written premium as earned'],
        [frac(p * (t - k), t), 'gives the unearned premium'],
        [mul(frac(p * k, t), pc(100 - c)), 'earns the premium net of commission'],
      ],
    }
  }),
  worked('renewal-premium-after-a-rate-change-and-exposure-growth', (rng) => {
    const p = rng.int(20, 150) * 100
    const r = rng.int(3, 15)
    const g = rng.int(4, 25)
    const k = rng.int(3, 10)
    const key = mul(p, pc(100 + r), pc(100 + g), pc(100 - k))
    return {
      stem: `An expiring fleet policy cost ${dol(p)}. At renewal the insurer’s rate rises ${r}%, the number of vehicles rises ${g}%, and the underwriter gives a ${k}% loyalty credit off the renewal premium. Premium is proportional to rate and to vehicles. What is the renewal premium, ${CENT}?`,
      show: money,
      figures: { p, r, g, k },
      key,
      wrong: [
        [mul(p, pc(100 + r + g - k)), 'adds the percentage changes'],
        [mul(p, pc(100 + r), pc(100 - k)), 'leaves out the exposure growth'],
        [mul(p, pc(100 + r), pc(100 + g)), 'leaves out the loyalty credit'],
        [
          sub(mul(p, pc(100 + r), pc(100 + g)), mul(p, pc(k))),
          'takes the credit as a share of the expiring premium',
        ],
      ],
    }
  }),
]
