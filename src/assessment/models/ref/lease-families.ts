import {
  add,
  CENT,
  DOLLAR,
  div,
  dol,
  frac,
  monthly,
  mul,
  n,
  PCT2,
  payment,
  pc,
  pct2,
  power,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from './ref-text.js'

// The money clauses of commercial and residential leases a landlord's analyst checks: reviews
// and bumps, incentives turned into an effective rent, shares of service charge and CAM with their
// gross-ups, stops and fees, percentage rent, commissions, holdover and the prorations at closing.
// Each stem quotes the clause (the share's denominator, the day count, who owns the closing day),
// because the slips are the wrong area, the wrong year, a 30-day month and the wrong side's share.

const whole = usd(0)
const cents = usd(2)
const round1000 = (x: number): number => Math.round(x / 1000) * 1000
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))
/** Months of 31 days in a non-leap year, with the day of the year before each begins. */
const LONG_MONTHS = [
  ['January', 0],
  ['March', 59],
  ['May', 120],
  ['July', 181],
  ['August', 212],
  ['October', 273],
  ['December', 334],
] as const

export const LEASE_FAMILIES = [
  worked('rent-after-capped-and-collared-cpi-reviews', (rng) => {
    const r0 = rng.int(20, 300) * 1000
    const fl = rng.int(10, 20)
    const cp = rng.int(30, 45)
    const raw = rng.shuffle([rng.int(0, fl - 2), rng.int(cp + 3, 80), rng.int(fl + 1, cp - 1)])
    const grow = (xs: readonly number[]) => mul(r0, ...xs.map((x) => add(1, tenths(x))))
    const kept = raw.map((c) => clamp(c, fl, cp))
    return {
      stem: `A lease at ${dol(r0)} a year is reviewed each year by CPI, with a collar of ${tenthPct(fl)} and a cap of ${tenthPct(cp)} on each increase, compounding. The three CPI readings are ${raw.map(tenthPct).join(', ')}. What is the rent after the third review, ${DOLLAR}?`,
      show: whole,
      figures: { r0, fl, cp, c1: raw[0]!, c2: raw[1]!, c3: raw[2]! },
      key: grow(kept),
      wrong: [
        [grow(raw.map((c) => Math.max(c, fl))), 'ignores the cap'],
        [grow(raw.map((c) => Math.min(c, cp))), 'ignores the collar'],
        [
          mul(r0, add(1, tenths(kept[0]! + kept[1]! + kept[2]!))),
          'adds the increases without compounding',
        ],
        [grow(raw), 'applies CPI as it is'],
      ],
    }
  }),
  worked('total-rent-over-a-lease-with-fixed-bumps', (rng) => {
    const r0 = rng.int(20, 300) * 1000
    const e = rng.int(2, 4)
    const yrs = rng.int(5, 10)
    const g = add(1, pc(e))
    const total = div(mul(r0, sub(power(g, yrs), 1)), pc(e))
    return {
      stem: `A ${yrs}-year lease starts at ${dol(r0)} a year and the rent rises ${e}% at the start of each year after the first, compounding. What is the total rent over the lease, ${DOLLAR}?`,
      show: whole,
      figures: { r0, e, yrs },
      key: total,
      wrong: [
        [frac(r0 * yrs), 'leaves out the bumps'],
        [mul(r0, power(g, yrs - 1), yrs), "charges the final year's rent every year"],
        [
          mul(r0, add(yrs, mul(pc(e), frac(yrs * (yrs - 1), 2)))),
          'raises the rent without compounding',
        ],
        [mul(total, g), 'bumps the first year too'],
      ],
    }
  }),
  worked('straight-line-effective-rent-with-free-months-and-an-allowance', (rng) => {
    const r = rng.int(20, 60)
    const yrs = rng.int(5, 10)
    const f = rng.int(2, 11)
    const t = rng.int(5, Math.floor(0.8 * r) - 1)
    const a = rng.int(2, 30) * 500
    const face = frac(r * yrs)
    const eff = div(sub(sub(face, frac(r * f, 12)), t), yrs)
    return {
      stem: `An office lease of ${n(a)} sq ft runs ${yrs} years at $${r}.00 per sq ft a year, with the first ${f} months rent-free and a $${t}.00 per sq ft fit-out allowance paid by the landlord. Spreading the incentives evenly over the term (no discounting), what is the effective rent per sq ft a year, ${CENT}?`,
      show: cents,
      figures: { r, yrs, f, t, a },
      key: eff,
      wrong: [
        [div(sub(face, frac(r * f, 12)), yrs), 'leaves out the allowance'],
        [frac(r), 'gives the face rent'],
        [mul(r, frac(12 - f, 12)), 'takes the free months off every year'],
        [div(sub(face, t), yrs), 'leaves out the free months'],
        [sub(div(sub(face, frac(r * f, 12)), yrs), t), 'takes the whole allowance off every year'],
      ],
    }
  }),
  worked('net-effective-rent-after-a-rent-free-year', (rng) => {
    const r = rng.int(20, 60)
    const yrs = rng.int(3, 7)
    const k = rng.int(60, 100)
    const v = div(1, add(1, tenths(k)))
    const pv = (from: number) =>
      add(...Array.from({ length: yrs - from + 1 }, (_, i) => power(v, from + i)))
    const all = pv(1)
    const paid = pv(2)
    return {
      stem: `A ${yrs}-year lease at $${r}.00 per sq ft a year gives the first year rent-free. Rent is paid yearly in arrears. Discounting at ${tenthPct(k)}, the net effective rent is the level yearly rent with the same present value as the actual rents. What is it per sq ft, ${CENT}?`,
      show: cents,
      figures: { r, yrs, k },
      key: div(mul(r, paid), all),
      wrong: [
        [frac(r * (yrs - 1), yrs), 'spreads the free year without discounting'],
        [frac(r), 'gives the face rent'],
        [div(mul(r, paid), yrs), 'divides the present value by the number of years'],
        [div(sub(mul(r, all), r), all), 'takes the free year off undiscounted'],
      ],
    }
  }),
  worked('cam-recovery-with-an-admin-fee', (rng) => {
    const b = rng.int(20, 200) * 1000
    const l = round1000((b * rng.int(75, 95)) / 100)
    const a = round1000((b * rng.int(3, 20)) / 100)
    const pool = rng.int(10, 120) * 1000
    const k = round1000((pool * rng.int(10, 25)) / 100)
    const m = rng.int(10, 15)
    const rec = sub(frac(pool), k)
    const share = frac(a, b)
    return {
      stem: `A retail tenant occupies ${n(a)} sq ft of a ${n(b)} sq ft centre (${n(l)} sq ft leased). Common area costs were ${dol(pool)}, including a ${dol(k)} car park resurfacing the lease excludes as capital. The lease recovers the tenant's share by its area over the centre's total rentable area, plus a ${m}% admin fee on that share. What does the tenant pay, ${DOLLAR}?`,
      show: whole,
      figures: { b, l, a, pool, k, m },
      key: mul(share, rec, pc(100 + m)),
      wrong: [
        [mul(frac(a, l), rec, pc(100 + m)), 'divides by the leased area'],
        [mul(share, pool, pc(100 + m)), 'leaves the capital item in'],
        [mul(share, rec), 'leaves out the admin fee'],
        [mul(share, rec, pc(100 - m)), 'takes the admin fee off'],
        [add(mul(share, rec), mul(rec, pc(m))), 'charges the admin fee on the whole pool'],
      ],
    }
  }),
  worked('cam-share-with-variable-costs-grossed-up', (rng) => {
    const b = rng.int(20, 200) * 1000
    const a = round1000((b * rng.int(3, 20)) / 100)
    const fx = rng.int(20, 200) * 1000
    const vr = rng.int(20, 200) * 1000
    const o = rng.int(70, 90)
    const share = frac(a, b)
    return {
      stem: `An office building of ${n(b)} sq ft is ${o}% occupied. Operating costs were ${dol(fx)} fixed and ${dol(vr)} variable. The lease grosses variable costs up to 95% occupancy (variable × 95 ÷ occupancy %) and charges a ${n(a)} sq ft tenant its share by area of the whole building. What is the tenant's share, ${DOLLAR}?`,
      show: whole,
      figures: { b, a, fx, vr, o },
      key: mul(share, add(fx, mul(vr, frac(95, o)))),
      wrong: [
        [mul(share, fx + vr), 'does not gross up'],
        [mul(share, add(fx, mul(vr, frac(100, o)))), 'grosses up to 100%'],
        [mul(share, fx + vr, frac(95, o)), 'grosses up the fixed costs too'],
        [mul(share, add(fx, mul(vr, frac(o, 95)))), 'scales the variable costs down'],
        [mul(frac(a * 100, b * o), add(fx, mul(vr, frac(95, o)))), 'divides by the occupied area'],
        [mul(share, vr, frac(95, o)), 'leaves out the fixed costs'],
      ],
    }
  }),
  worked('expense-stop-over-a-base-year', (rng) => {
    const b = rng.int(20, 200) * 1000
    const a = round1000((b * rng.int(3, 20)) / 100)
    const l = round1000((b * rng.int(75, 95)) / 100)
    const eb = rng.int(100, 900) * 1000
    const ep = round1000((eb * rng.int(103, 110)) / 100)
    const ec = round1000((ep * rng.int(103, 110)) / 100)
    const share = frac(a, b)
    return {
      stem: `A tenant of ${n(a)} sq ft in a ${n(b)} sq ft building (${n(l)} sq ft leased) pays its share, by area of the whole building, of operating expenses above the base year. Expenses were ${dol(eb)} in the base year, ${dol(ep)} last year and ${dol(ec)} this year. What does the tenant owe for this year, ${DOLLAR}?`,
      show: whole,
      figures: { b, a, l, eb, ep, ec },
      key: mul(share, ec - eb),
      wrong: [
        [mul(share, ec), 'charges its share of all expenses'],
        [frac(ec - eb), 'charges the whole increase'],
        [mul(share, ec - ep), 'measures the increase from last year'],
        [mul(frac(a, l), ec - eb), 'divides by the leased area'],
      ],
    }
  }),
  worked('percentage-rent-over-a-natural-breakpoint', (rng) => {
    const bm = rng.int(20, 150) * 100
    const p = rng.int(5, 8)
    const brk = frac(bm * 12 * 100, p)
    const s = round1000(Number(brk.n / brk.d) * (1 + rng.int(15, 90) / 100))
    return {
      stem: `A shop pays base rent of ${dol(bm)} a month plus ${p}% of annual sales above a natural breakpoint (annual base rent ÷ ${p}%). Annual sales were ${dol(s)}. How much percentage rent is due for the year, on top of base rent, ${DOLLAR}?`,
      show: whole,
      figures: { bm, p, s },
      key: sub(mul(s, pc(p)), bm * 12),
      wrong: [
        [sub(mul(s, pc(p)), bm), 'sets the breakpoint with a month of base rent'],
        [mul(s, pc(p)), 'takes the percentage of all sales'],
        [mul(s - bm * 12, pc(p)), 'takes the base rent off sales, not the breakpoint'],
        [
          sub(sub(mul(s, pc(p)), bm * 12), mul(bm * 12, pc(p))),
          'takes the base rent off sales as well as the breakpoint',
        ],
        [div(sub(mul(s, pc(p)), bm * 12), 12), 'gives a monthly figure for a yearly charge'],
        [mul(bm * 12, pc(p)), 'takes the percentage of the base rent, not of sales'],
      ],
    }
  }),
  worked('break-even-occupancy-with-reserves', (rng) => {
    const gpi = rng.int(80, 600) * 1000
    const v = rng.int(4, 12)
    const e = round1000((gpi * rng.int(30, 45)) / 100)
    const rv = round1000((gpi * rng.int(1, 3)) / 100)
    const ds = round1000((gpi * rng.int(20, 35)) / 100)
    const egi = mul(gpi, pc(100 - v))
    return {
      stem: `A building's gross potential rent is ${dol(gpi)} (current vacancy ${v}%). Operating expenses are ${dol(e)}, replacement reserves ${dol(rv)} and debt service ${dol(ds)} a year. What is break-even occupancy ((expenses + reserves + debt service) ÷ gross potential rent), ${PCT2}?`,
      show: pct2,
      figures: { gpi, v, e, rv, ds },
      key: frac(e + rv + ds, gpi),
      wrong: [
        [frac(e + ds, gpi), 'leaves out the reserves'],
        [frac(e + rv, gpi), 'leaves out the debt service'],
        [div(e + rv + ds, egi), 'divides by rent at today’s occupancy'],
        [sub(1, frac(e + rv + ds, gpi)), 'gives the vacancy it can bear'],
      ],
    }
  }),
  worked('fit-out-above-the-allowance-repaid-as-rent', (rng) => {
    const a = rng.int(2, 30) * 500
    const t = rng.int(20, 60)
    const c = t + rng.int(10, 60)
    const yrs = rng.int(5, 10)
    const k = rng.int(60, 100)
    const extra = a * (c - t)
    return {
      stem: `A tenant's ${n(a)} sq ft fit-out costs $${c}.00 per sq ft; the landlord's allowance is $${t}.00 per sq ft. The landlord funds the excess and the tenant repays it as extra rent over the ${yrs}-year term at ${tenthPct(k)}, level monthly payments in arrears, interest at the annual rate ÷ 12. What is the extra monthly rent, ${CENT}?`,
      show: cents,
      figures: { a, t, c, yrs, k },
      key: payment(extra, monthly(k), 12 * yrs),
      wrong: [
        [frac(extra, 12 * yrs), 'spreads the excess with no interest'],
        [payment(a * c, monthly(k), 12 * yrs), 'amortises the whole fit-out cost'],
        [
          div(payment(extra, tenths(k), yrs), 12),
          'works an annual payment and divides it by twelve',
        ],
        [
          div(mul(extra, add(1, mul(tenths(k), yrs))), 12 * yrs),
          'adds simple interest on the excess for the term',
        ],
      ],
    }
  }),
  worked('monthly-rent-on-rentable-area-with-a-load-factor', (rng) => {
    const ub = rng.int(20, 200) * 1000
    const rb = round1000((ub * rng.int(110, 125)) / 100)
    const u = rng.int(2, 20) * 500
    const rate = rng.int(20, 60)
    const rsf = mul(u, frac(rb, ub))
    return {
      stem: `A building has ${n(rb)} sq ft rentable and ${n(ub)} sq ft usable. A tenant takes ${n(u)} sq ft usable; rent is $${rate}.00 per rentable sq ft a year, and rentable area is usable area × (building rentable ÷ building usable). What is the monthly rent, ${CENT}?`,
      show: cents,
      figures: { ub, rb, u, rate },
      key: div(mul(rsf, rate), 12),
      wrong: [
        [frac(u * rate, 12), 'charges the usable area'],
        [
          div(mul(u, add(1, frac(rb - ub, rb)), rate), 12),
          'takes the load as a share of rentable area',
        ],
        [div(mul(u, frac(ub, rb), rate), 12), 'divides by the load factor'],
        [frac((u + rb - ub) * rate, 12), "adds the building's whole common area"],
        [div(mul(rsf, frac(rb, ub), rate), 12), 'applies the load factor twice'],
      ],
    }
  }),
  worked('leasing-commission-on-total-lease-value', (rng) => {
    const a = rng.int(2, 30) * 500
    const r = rng.int(20, 50)
    const bump = rng.int(1, 3)
    const yrs = rng.int(7, 10)
    const c1 = rng.int(5, 6)
    const c2 = rng.int(2, 3)
    const rent = (t: number) => a * (r + bump * (t - 1))
    const years = Array.from({ length: yrs }, (_, i) => i + 1)
    const sum = (ts: readonly number[]) => ts.reduce((s, t) => s + rent(t), 0)
    const early = sum(years.filter((t) => t <= 5))
    const late = sum(years.filter((t) => t > 5))
    return {
      stem: `A ${yrs}-year lease of ${n(a)} sq ft starts at $${r}.00 per sq ft a year, rising $${bump}.00 per sq ft each year. The broker earns ${c1}% of the rent for years 1 to 5 and ${c2}% for the later years. What is the commission, ${DOLLAR}?`,
      show: whole,
      figures: { a, r, bump, yrs, c1, c2 },
      key: add(mul(early, pc(c1)), mul(late, pc(c2))),
      wrong: [
        [mul(early + late, pc(c1)), 'charges the higher rate on every year'],
        [mul(rent(1) * yrs, pc(c1)), 'charges the higher rate on year-one rent for every year'],
        [add(mul(rent(1) * 5, pc(c1)), mul(rent(1) * (yrs - 5), pc(c2))), 'leaves out the bumps'],
        [mul(early + late, pc(c2)), 'charges the lower rate on every year'],
      ],
    }
  }),
  worked('holdover-rent-for-part-of-a-month', (rng) => {
    const m = rng.int(10, 150) * 100
    const h = rng.pick([125, 150, 175])
    const [month] = rng.pick(LONG_MONTHS)
    const d = rng.int(5, 25)
    return {
      stem: `A tenant paying ${dol(m)} a month stays ${d} days into ${month} after the lease ends. The lease charges holdover at ${h}% of the monthly rent, prorated by the actual days in the month. What holdover rent is due, ${CENT}?`,
      show: cents,
      figures: { m, h, d },
      key: mul(m, pc(h), frac(d, 31)),
      wrong: [
        [mul(m, pc(h), frac(d, 30)), 'prorates over a 30-day month'],
        [mul(m, frac(d, 31)), 'leaves out the holdover premium'],
        [mul(m, pc(h)), "charges a full month's holdover"],
        [mul(m, pc(h - 100), frac(d, 31)), 'charges only the premium'],
      ],
    }
  }),
  worked('cost-of-re-leasing-when-a-tenant-leaves', (rng) => {
    const a = rng.int(2, 30) * 500
    const ro = rng.int(20, 50)
    const rn = ro + rng.int(2, 10)
    const v = rng.int(3, 9)
    const t = rng.int(10, 40)
    const yrs = rng.int(3, 7)
    const c = rng.int(4, 6)
    const lost = frac(a * rn * v, 12)
    const comm = mul(a * rn * yrs, pc(c))
    return {
      stem: `A ${n(a)} sq ft tenant paying $${ro}.00 per sq ft a year leaves. The space should take ${v} months to re-let at the market rent of $${rn}.00 per sq ft a year on a ${yrs}-year lease, with $${t}.00 per sq ft of tenant improvements and a ${c}% commission on the new lease's total rent. What is the cost of re-leasing (rent lost at market while vacant + improvements + commission), ${DOLLAR}?`,
      show: whole,
      figures: { a, ro, rn, v, t, yrs, c },
      key: add(lost, a * t, comm),
      wrong: [
        [add(lost, a * t), 'leaves out the commission'],
        [add(frac(a * ro * v, 12), a * t, comm), 'counts the vacancy at the old rent'],
        [add(lost, a * t, mul(a * rn, pc(c))), "charges commission on one year's rent"],
        [add(lost, a * t * yrs, comm), 'counts the improvements per year of the lease'],
      ],
    }
  }),
  worked('rent-credit-to-the-buyer-at-closing', (rng) => {
    const m = rng.int(20, 300) * 100
    const [month] = rng.pick(LONG_MONTHS)
    const d = rng.int(5, 27)
    return {
      stem: `The seller of a rental building collected ${dol(m)} of rent for ${month} on the 1st. The sale closes on ${month} ${d}; the buyer owns the building from the closing day onwards, and rent is prorated by the actual days in the month. What rent credit does the buyer get, ${CENT}?`,
      show: cents,
      figures: { m, d },
      key: mul(m, frac(31 - d + 1, 31)),
      wrong: [
        [mul(m, frac(31 - d, 31)), 'gives the closing day to the seller'],
        [mul(m, frac(31 - d + 1, 30)), 'prorates over a 30-day month'],
        [mul(m, frac(d - 1, 31)), "gives the seller's share"],
        [mul(m, frac(12 * (31 - d + 1), 365)), 'uses a yearly per diem on a 365-day year'],
      ],
    }
  }),
  worked('property-tax-credit-for-a-bill-paid-in-arrears', (rng) => {
    const tax = rng.int(30, 300) * 100
    const [month, before] = rng.pick(LONG_MONTHS.slice(1))
    const d = rng.int(5, 27)
    const doy = before + d
    const full = LONG_MONTHS.findIndex(([name]) => name === month)
    const monthsBefore = [0, 2, 4, 6, 7, 9, 11][full]!
    return {
      stem: `A property's ${dol(tax)} tax bill for calendar year 2027 (365 days) will be paid by the buyer in arrears next year. The sale closes on ${month} ${d}, 2027; the seller owns the property up to the day before closing. Prorating by the day, what does the seller credit the buyer for its share of the year's tax, ${DOLLAR}?`,
      show: whole,
      figures: { tax, doy, mb: monthsBefore },
      key: frac(tax * (doy - 1), 365),
      wrong: [
        [frac(tax * doy, 365), 'gives the closing day to the seller'],
        [frac(tax * (365 - doy + 1), 365), "credits the buyer's own share"],
        [frac(tax * (doy - 1), 360), 'uses a 360-day year'],
        [frac(tax * monthsBefore, 12), 'prorates by whole months'],
      ],
    }
  }),
]
