import {
  annuity,
  bp,
  cap,
  client,
  disc,
  family,
  grow,
  money,
  pct,
  rate,
  round,
} from './iva-text.js'

// Time value of money: discounting and compounding single sums, annuities and perpetuities at
// annual rates compounded once a year unless the stem says otherwise. Money is rounded half away
// from zero to the cent and rates to two decimal places of a percent, as each stem states.

/** `n` whole-unit amounts in cents between `low` and `high`, in hundreds of units. */
const hundreds = (rng: { int(a: number, b: number): number }, low: number, high: number) =>
  rng.int(low, high) * 10_000

export const TVM_FAMILIES = [
  family('pv-of-a-single-sum', (rng) => {
    const m = money(rng)
    const [fv, r, n] = [hundreds(rng, 50, 900), rate(rng, 4, 12), rng.int(3, 9)]
    return {
      stem: `${cap(client(rng))} will receive ${m(fv)} from a customer ${n} years from now. At a discount rate of ${bp(r)} a year, compounded annually, what is that sum worth today, to the cent?`,
      key: m(round(disc(fv, r, n))),
      wrong: [
        [m(round(fv / (1 + (r / 10000) * n))), 'discounts at simple interest'],
        [m(round(disc(fv, r, n - 1))), 'discounts one year too few'],
        [m(round(disc(fv, r, n + 1))), 'discounts one year too many'],
        [m(round(fv * (1 - r / 10000) ** n)), 'takes the rate off each year, FV × (1 − r)^n'],
        [m(round(fv - (fv * r * n) / 10000)), 'deducts simple interest on the future sum'],
      ],
      figures: { fv, r, n },
    }
  }),
  family('fv-with-monthly-compounding', (rng) => {
    const m = money(rng)
    const [pv, r, n] = [hundreds(rng, 20, 500), rate(rng, 3, 9), rng.int(2, 8)]
    const i = r / 10000
    return {
      stem: `A company puts ${m(pv)} of surplus cash on deposit for ${n} years at a nominal ${bp(r)} a year compounded monthly. What will the deposit be worth at the end, to the cent?`,
      key: m(round(pv * (1 + i / 12) ** (12 * n))),
      wrong: [
        [m(round(pv * (1 + i) ** n)), 'compounds once a year'],
        [m(round(pv * (1 + i * n))), 'adds simple interest'],
        [m(round(pv * (1 + i / 4) ** (4 * n))), 'compounds quarterly'],
        [m(round(pv * (1 + i / 12) ** n)), 'uses the monthly rate for n periods, not 12 n'],
        [m(round(pv * (1 + i) ** (n + 1))), 'compounds annually for one year too many'],
      ],
      figures: { pv, r, n },
    }
  }),
  family('effective-annual-rate', (rng) => {
    const r = rate(rng, 4, 16)
    const [name, k] = rng.pick([
      ['monthly', 12],
      ['quarterly', 4],
    ] as const)
    const i = r / 10000
    const other = k === 12 ? 4 : 12
    return {
      stem: `A lender quotes a project loan at a nominal ${bp(r)} a year compounded ${name}. What is the effective annual rate, to two decimal places of a percent?`,
      key: bp(pct((1 + i / k) ** k - 1)),
      wrong: [
        [bp(r), 'takes the nominal rate as the effective rate'],
        [bp(pct((1 + i / other) ** other - 1)), `compounds ${other} times a year`],
        [bp(pct((1 + i / k) ** (k - 1) - 1)), 'compounds one period too few'],
        [bp(pct((1 + i / 2) ** 2 - 1)), 'compounds half-yearly'],
        [bp(pct(i / k)), 'gives the rate per period'],
        [bp(pct((1 + i / k) ** (k + 1) - 1)), 'compounds one period too many'],
      ],
      figures: { r, k },
    }
  }),
  family('pv-of-an-ordinary-annuity', (rng) => {
    const m = money(rng)
    const [c, r, n] = [hundreds(rng, 20, 300), rate(rng, 5, 12), rng.int(4, 10)]
    const a = c * annuity(r, n)
    return {
      stem: `A machine will save ${m(c)} a year for ${n} years, each saving at the end of its year. At ${bp(r)} a year, what is the present value of the savings, to the cent?`,
      key: m(round(a)),
      wrong: [
        [m(round(a * grow(r, 1))), 'treats the savings as an annuity due'],
        [m(c * n), 'adds the savings without discounting'],
        [m(round((c * 10000) / r)), 'values them as a perpetuity'],
        [m(round(c * annuity(r, n - 1))), 'counts one year of savings too few'],
        [m(round(disc(c * n, r, n))), 'discounts the total as one sum at year n'],
      ],
      figures: { c, r, n },
    }
  }),
  family('pv-of-an-annuity-due', (rng) => {
    const m = money(rng)
    const [c, r, n] = [hundreds(rng, 10, 200), rate(rng, 4, 11), rng.int(4, 10)]
    const a = c * annuity(r, n)
    return {
      stem: `A firm will lease a kiln for ${n} years at ${m(c)} a year, each payment made at the start of its year, the first today. At ${bp(r)} a year, what is the present value of the lease payments, to the cent?`,
      key: m(round(a * grow(r, 1))),
      wrong: [
        [m(round(a)), 'discounts the payments as if made at each year end'],
        [m(round(a * grow(r, 2))), 'moves the payments a year earlier twice'],
        [m(round(c + c * annuity(r, n))), 'adds today’s payment to n end-of-year payments'],
        [m(c * n), 'adds the payments without discounting'],
        [m(round(disc(c * n, r, n))), 'discounts the total as one sum at year n'],
      ],
      figures: { c, r, n },
    }
  }),
  family('fv-of-a-savings-annuity', (rng) => {
    const m = money(rng)
    const [c, r, n] = [hundreds(rng, 10, 150), rate(rng, 3, 8), rng.int(4, 10)]
    const f = (k: number) => (c * (grow(r, k) - 1)) / (r / 10000)
    return {
      stem: `To fund a machine replacement, ${client(rng)} sets aside ${m(c)} at the end of each year for ${n} years in an account paying ${bp(r)} a year. What will the account hold just after the last deposit, to the cent?`,
      key: m(round(f(n))),
      wrong: [
        [m(c * n), 'adds the deposits without interest'],
        [m(round(f(n) * grow(r, 1))), 'compounds the deposits as made at each year start'],
        [m(round(c * annuity(r, n))), 'gives the present value of the deposits'],
        [m(round(f(n + 1))), 'counts one deposit too many'],
        [m(round(f(n - 1))), 'counts one deposit too few'],
      ],
      figures: { c, r, n },
    }
  }),
  family('deferred-perpetuity', (rng) => {
    const m = money(rng)
    const [c, r, d] = [hundreds(rng, 5, 80), rate(rng, 5, 12), rng.int(2, 6)]
    const p = (c * 10000) / r
    return {
      stem: `A licence will pay ${m(c)} a year for ever, the first payment at the end of year ${d + 1}. At ${bp(r)} a year, what is the licence worth today, to the cent?`,
      key: m(round(disc(p, r, d))),
      wrong: [
        [m(round(p)), 'values the perpetuity as if it started next year'],
        [m(round(disc(p, r, d + 1))), 'discounts from the year of the first payment'],
        [m(round(disc(p, r, d - 1))), 'discounts one year too few'],
        [m(round(p - c * d)), 'takes the missed payments off the perpetuity undiscounted'],
        [m(round(disc(p, r, d) + c)), 'adds a payment today'],
      ],
      figures: { c, r, d },
    }
  }),
  family('growing-perpetuity-from-this-years-flow', (rng) => {
    const m = money(rng)
    const c0 = hundreds(rng, 10, 200)
    const r = rate(rng, 7, 14)
    const g = rng.int(4, Math.floor(r / 100) - 3) * 50
    const c1 = c0 * (1 + g / 10000)
    return {
      stem: `A site lease earned ${m(c0)} this year (just received). Rents are expected to grow ${bp(g)} a year for ever, received at the end of each year. At ${bp(r)} a year, what is the lease worth today, to the cent?`,
      key: m(round((c1 * 10000) / (r - g))),
      wrong: [
        [m(round((c0 * 10000) / (r - g))), 'uses this year’s rent, not next year’s'],
        [m(round((c1 * 10000) / (r + g))), 'adds the growth rate to the discount rate'],
        [m(round((c0 * 10000) / r)), 'ignores the growth'],
        [m(round(c0 + (c1 * 10000) / (r - g))), 'includes the rent already received'],
        [m(round((c1 * (1 + g / 10000) * 10000) / (r - g))), 'grows the rent twice'],
      ],
      figures: { c0, r, g },
    }
  }),
  family('pv-of-a-growing-annuity', (rng) => {
    const m = money(rng)
    const c1 = hundreds(rng, 10, 200)
    const r = rate(rng, 7, 13)
    const g = rng.int(2, Math.floor(r / 100) - 3) * 100
    const n = rng.int(4, 10)
    const q = (1 + g / 10000) / (1 + r / 10000)
    const key = ((c1 * 10000) / (r - g)) * (1 - q ** n)
    let undiscounted = 0
    for (let t = 1; t <= n; t++) undiscounted += c1 * (1 + g / 10000) ** (t - 1)
    return {
      stem: `A contract pays ${m(c1)} at the end of year 1, rising ${bp(g)} a year for ${n} payments in all. At ${bp(r)} a year, what is the present value of the payments, to the cent?`,
      key: m(round(key)),
      wrong: [
        [m(round(c1 * annuity(r, n))), 'ignores the growth'],
        [m(round((c1 * 10000) / (r - g))), 'values it as a growing perpetuity'],
        [m(round(undiscounted)), 'adds the grown payments without discounting'],
        [m(round(c1 * annuity(r - g, n))), 'discounts a level annuity at r − g'],
        [m(round(((c1 * 10000) / (r - g)) * (1 - q ** (n - 1)))), 'counts one payment too few'],
      ],
      figures: { c1, r, g, n },
    }
  }),
  family('deferred-annuity', (rng) => {
    const m = money(rng)
    const [c, r, n, d] = [hundreds(rng, 10, 200), rate(rng, 5, 12), rng.int(3, 8), rng.int(2, 5)]
    const a = c * annuity(r, n)
    return {
      stem: `A new product line will bring in ${m(c)} a year for ${n} years, the first at the end of year ${d + 1}. At ${bp(r)} a year, what is that stream worth today, to the cent?`,
      key: m(round(disc(a, r, d))),
      wrong: [
        [m(round(a)), 'values the stream as if it started next year'],
        [m(round(disc(a, r, d + 1))), 'discounts from the year of the first inflow'],
        [m(round(disc(a, r, d - 1))), 'discounts one year too few'],
        [m(round(c * annuity(r, n + d))), 'counts the years of delay as years of inflow too'],
        [m(round(disc(c * n, r, d))), 'discounts the undiscounted total over the delay'],
      ],
      figures: { c, r, n, d },
    }
  }),
  family('level-loan-payment', (rng) => {
    const m = money(rng)
    const [p, r, n] = [hundreds(rng, 100, 2000), rate(rng, 4, 10), rng.int(3, 8)]
    const key = p / annuity(r, n)
    return {
      stem: `A firm borrows ${m(p)} for a machine, repaid by ${n} equal annual payments at the end of each year, at ${bp(r)} a year on the balance. What is each payment, to the cent?`,
      key: m(round(key)),
      wrong: [
        [m(round(p / n)), 'spreads the principal evenly and charges no interest'],
        [m(round((p * (1 + (r / 10000) * n)) / n)), 'adds simple interest on the whole loan'],
        [m(round(key / grow(r, 1))), 'times the payments at the start of each year'],
        [m(round((p * grow(r, n)) / n)), 'compounds the loan and divides by the payments'],
        [m(round((p * r) / 10000)), 'pays only the interest each year'],
      ],
      figures: { p, r, n },
    }
  }),
  family('compound-annual-growth-rate', (rng) => {
    const m = money(rng)
    const a = hundreds(rng, 100, 800)
    const n = rng.int(3, 8)
    const b = Math.round((a * (1 + rng.int(25, 120) / 100)) / 10000) * 10000
    const x = b / a
    return {
      stem: `A client’s annual cash surplus grew from ${m(a)} to ${m(b)} over ${n} years. What compound annual growth rate is that, to two decimal places of a percent?`,
      key: bp(pct(x ** (1 / n) - 1)),
      wrong: [
        [bp(pct((x - 1) / n)), 'divides the total growth by the years'],
        [bp(pct(x - 1)), 'gives the total growth over all the years'],
        [bp(pct(x ** (1 / (n + 1)) - 1)), 'counts one year too many'],
        [bp(pct(x ** (1 / (n - 1)) - 1)), 'counts one year too few'],
        [bp(pct((b - a) / b / n)), 'divides the growth by the final figure and the years'],
      ],
      figures: { a, b, n },
    }
  }),
  family('real-rate-from-nominal', (rng) => {
    const nom = rate(rng, 6, 14)
    const inf = rate(rng, 2, 5)
    const [i, f] = [nom / 10000, inf / 10000]
    return {
      stem: `A client’s nominal required return is ${bp(nom)} and inflation is expected at ${bp(inf)} a year. What real rate should discount cash flows stated in today’s prices, to two decimal places of a percent?`,
      key: bp(pct((1 + i) / (1 + f) - 1)),
      wrong: [
        [bp(nom - inf), 'subtracts inflation from the nominal rate'],
        [bp(pct((1 + i) * (1 + f) - 1)), 'compounds inflation into the rate'],
        [bp(nom), 'uses the nominal rate on real flows'],
        [bp(pct((i - f) / (1 + i))), 'divides the difference by one plus the nominal rate'],
        [bp(nom + inf), 'adds inflation to the nominal rate'],
      ],
      figures: { nom, inf },
    }
  }),
  family('pv-of-uneven-flows', (rng) => {
    const m = money(rng)
    const c = [hundreds(rng, 20, 300), hundreds(rng, 20, 300), hundreds(rng, 20, 300)] as const
    const r = rate(rng, 5, 12)
    const at = (shift: number) => c.reduce((s, x, k) => s + disc(x, r, k + 1 + shift), 0)
    return {
      stem: `A project brings in ${m(c[0])} at the end of year 1, ${m(c[1])} at the end of year 2 and ${m(c[2])} at the end of year 3. At ${bp(r)} a year, what are the inflows worth today, to the cent?`,
      key: m(round(at(0))),
      wrong: [
        [m(c[0] + c[1] + c[2]), 'adds the inflows without discounting'],
        [m(round(at(1))), 'discounts each inflow one year too many'],
        [m(round(at(-1))), 'discounts each inflow one year too few'],
        [m(round(disc(c[0] + c[1] + c[2], r, 3))), 'discounts every inflow at the year-3 factor'],
        [m(round(disc(c[0] + c[1] + c[2], r, 1))), 'discounts every inflow for one year only'],
        [
          m(round(c.reduce((s, x, k) => s + x * (1 - ((k + 1) * r) / 10000), 0))),
          'deducts simple interest from each inflow',
        ],
      ],
      figures: { c0: c[0], c1: c[1], c2: c[2], r },
    }
  }),
  family('fv-of-uneven-deposits', (rng) => {
    const m = money(rng)
    const c = [hundreds(rng, 20, 300), hundreds(rng, 20, 300), hundreds(rng, 20, 300)] as const
    const r = rate(rng, 3, 9)
    const h = rng.int(4, 7)
    const at = (shift: number) => c.reduce((s, x, k) => s + x * grow(r, h - (k + 1) + shift), 0)
    return {
      stem: `A firm deposits ${m(c[0])} at the end of year 1, ${m(c[1])} at the end of year 2 and ${m(c[2])} at the end of year 3, and leaves everything to earn ${bp(r)} a year. What is the account worth at the end of year ${h}, to the cent?`,
      key: m(round(at(0))),
      wrong: [
        [m(c[0] + c[1] + c[2]), 'adds the deposits without interest'],
        [m(round(c.reduce((s, x) => s + x * grow(r, h), 0))), 'compounds every deposit from today'],
        [m(round(at(-1))), 'compounds each deposit one year too few'],
        [m(round(at(1))), 'compounds each deposit one year too many'],
        [m(round((c[0] + c[1] + c[2]) * grow(r, h - 3))), 'compounds the total from year 3 only'],
      ],
      figures: { c0: c[0], c1: c[1], c2: c[2], r, h },
    }
  }),
  family('periodic-rate-from-effective', (rng) => {
    const e = rate(rng, 5, 16)
    const x = 1 + e / 10000
    return {
      stem: `A client’s required return is an effective ${bp(e)} a year, and a project’s flows arrive quarterly. What nominal annual rate compounded quarterly is equivalent, to two decimal places of a percent?`,
      key: bp(pct(4 * (x ** (1 / 4) - 1))),
      wrong: [
        [bp(e), 'uses the effective rate as the nominal rate'],
        [
          bp(pct((1 + e / 40000) ** 4 - 1)),
          'compounds a quarter of the rate instead of finding its root',
        ],
        [bp(pct(x ** (1 / 4) - 1)), 'gives the quarterly rate, not the annual nominal rate'],
        [bp(pct(12 * (x ** (1 / 12) - 1))), 'finds the monthly-compounded nominal rate'],
        [bp(pct(2 * (x ** (1 / 2) - 1))), 'finds the half-yearly-compounded nominal rate'],
      ],
      figures: { e },
    }
  }),
]
